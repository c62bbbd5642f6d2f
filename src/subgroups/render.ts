// Subgroups as a person reads them: the plan of `assign`, the tables of `list`, the findings of
// `check`. The table and CSV go through the one renderer (src/cli/render.ts).
import {type MessageKey, type Translate} from '../cli/i18n.js'
import {type Paint} from '../cli/paint.js'
import {type Column, type Format, renderRows} from '../cli/render.js'
import {type AssignResult, hasChanges, type PairResult} from './assign.js'
import {type CheckItem, type CheckResult, type SubgroupItem, type SubgroupListing} from './list.js'
import {type MoveResult} from './move.js'
import {type Member, type Move} from './strategies.js'
import {NOT_STUDYING} from './subjects.js'

interface GroupRow {
  class: string
  subject: string
  name: string
  teacher: string | null
  members: Member[]
}

function groupColumns(
  tr: Translate,
  members: (m: Member[]) => string,
  show: {class: boolean; subject: boolean},
): Column<GroupRow>[] {
  return [
    ...(show.class ? [{header: tr('subgroups.col.class'), value: (g: GroupRow) => g.class}] : []),
    ...(show.subject ? [{header: tr('subgroups.col.subject'), value: (g: GroupRow) => g.subject}] : []),
    {header: tr('subgroups.col.subgroup'), value: (g) => g.name},
    {header: tr('subgroups.col.teacher'), value: (g) => g.teacher},
    {header: tr('subgroups.col.size'), value: (g) => g.members.length},
    {header: tr('subgroups.col.members'), value: (g) => members(g.members)},
  ]
}

function leaveCause(tr: Translate, move: Move, pair: PairResult): string {
  if (move.cause === 'unknown')
    return tr(
      pair.strategy === 'gender' ? 'subgroups.cause.unknownGender' : 'subgroups.cause.unknownLanguage',
    )
  return tr(`subgroups.cause.${move.cause ?? 'duplicate'}` as MessageKey)
}

async function renderPair(pair: PairResult, tr: Translate, color: Paint): Promise<string[]> {
  const lines = [
    color.bold(
      tr('subgroups.plan.pair', {
        class: pair.class,
        subject: pair.subject,
        strategy: tr(`subgroups.strategy.${pair.strategy}`),
      }),
    ),
  ]
  const live = pair.groups.filter((g) => !g.deleted)
  const changed = pair.changes.length > 0 || pair.groups.some((g) => g.created || g.deleted)
  if (!changed && pair.unplaced.length === 0 && pair.warnings.length === 0) {
    const pupils = live.reduce((n, g) => n + g.members.length, 0)
    lines.push('  ' + tr('subgroups.plan.unchanged', {groups: live.length, pupils}))
    return lines
  }
  const firstDivision = pair.groups.every((g) => g.created)
  for (const g of pair.groups) {
    if (g.created) lines.push(color.green('  ' + tr('subgroups.plan.createGroup', {name: g.name})))
    else if (g.deleted) lines.push(color.red('  ' + tr('subgroups.plan.deleteGroup', {name: g.name})))
    else if (g.members.length === 0 && pair.changes.some((m) => m.from === g.name)) {
      lines.push(color.yellow('  ' + tr('subgroups.plan.keepEmpty', {name: g.name})))
    }
  }
  for (const m of pair.changes) {
    if (m.from === null) {
      if (!firstDivision)
        lines.push(color.green('  ' + tr('subgroups.plan.joins', {pupil: m.pupil.name, to: m.to})))
    } else if (m.to === null) {
      lines.push(
        color.red(
          '  ' +
            tr('subgroups.plan.leaves', {pupil: m.pupil.name, from: m.from, cause: leaveCause(tr, m, pair)}),
        ),
      )
    } else
      lines.push(
        color.yellow('  ' + tr('subgroups.plan.moves', {pupil: m.pupil.name, from: m.from, to: m.to})),
      )
  }
  for (const u of pair.unplaced)
    lines.push(color.yellow('  ' + tr(`subgroups.unplaced.${u.reason}`, {pupil: u.name})))
  for (const w of pair.warnings) {
    if (w.kind === 'overLimit')
      lines.push(
        color.yellow('  ' + tr('subgroups.warn.overLimit', {group: w.group, size: w.size, max: w.max})),
      )
    else if (w.expected === NOT_STUDYING)
      lines.push(color.yellow('  ' + tr('subgroups.warn.notStudying', {pupil: w.pupil.name, group: w.group})))
    else {
      const expected =
        pair.strategy === 'gender'
          ? tr(w.expected === 'F' ? 'subgroups.gender.F' : 'subgroups.gender.M')
          : w.expected
      lines.push(
        color.yellow('  ' + tr('subgroups.warn.mismatch', {pupil: w.pupil.name, group: w.group, expected})),
      )
    }
  }
  if (live.length) {
    const rows = live.map((g) => ({...g, class: pair.class, subject: pair.subject}))
    lines.push(
      await renderRows(
        'table',
        groupColumns(tr, (ms) => ms.map((m) => m.name).join('\n'), {class: false, subject: false}),
        rows,
      ),
    )
  }
  return lines
}

export async function renderAssign(result: AssignResult, tr: Translate, color: Paint): Promise<string> {
  const lines: string[] = []
  for (const pair of result.pairs) lines.push(...(await renderPair(pair, tr, color)))
  if (result.skippedRows) lines.push(tr('subgroups.plan.skipped', {count: result.skippedRows}))
  lines.push(tr('subgroups.plan.totals', {...result.counts}))
  if (result.dryRun) lines.push(tr('cli.dryRun'))
  else lines.push(hasChanges(result) ? tr('subgroups.plan.written') : tr('subgroups.plan.nothing'))
  return lines.join('\n')
}

/** A table per class; CSV and JSON as one list. */
export async function renderList(listing: SubgroupListing, format: Format, tr: Translate): Promise<string> {
  const {items, departed} = listing
  if (format === 'json') return JSON.stringify(items, null, 2)
  if (format === 'csv')
    return renderRows(
      'csv',
      groupColumns(tr, (ms) => ms.map((m) => m.name).join(', '), {class: true, subject: true}),
      items,
    )
  if (items.length === 0) return tr('subgroups.list.empty')
  const mark = (m: Member) => (departed.has(m.id) ? `${m.name} ${tr('subgroups.list.departed')}` : m.name)
  const columns = groupColumns(tr, (ms) => ms.map(mark).join('\n'), {class: false, subject: true})
  const out: string[] = []
  for (const className of [...new Set(items.map((i) => i.class))]) {
    out.push(
      className,
      await renderRows(
        'table',
        columns,
        items.filter((i: SubgroupItem) => i.class === className),
      ),
    )
  }
  return out.join('\n')
}

function problemText(tr: Translate, p: CheckItem): string {
  return tr(`subgroups.check.${p.problem}`, {count: p.count, max: p.max})
}

export async function renderCheck(
  result: CheckResult,
  format: Format,
  tr: Translate,
  color: Paint,
): Promise<string> {
  const columns: Column<CheckItem>[] = [
    {header: tr('subgroups.col.class'), value: (p) => p.class},
    {header: tr('subgroups.col.subject'), value: (p) => p.subject},
    {header: tr('subgroups.col.subgroup'), value: (p) => p.subgroup},
    {header: tr('subgroups.col.pupil'), value: (p) => p.pupil?.name},
    {header: tr('subgroups.col.problem'), value: (p) => problemText(tr, p)},
  ]
  if (format !== 'table') return renderRows(format, columns, result.problems, result)
  if (result.ok) return color.green(tr('subgroups.check.ok', {pairs: result.pairs, max: result.maxSize}))
  return [
    color.red(
      tr('subgroups.check.found', {count: result.problems.length, pairs: result.pairs, max: result.maxSize}),
    ),
    await renderRows('table', columns, result.problems),
    tr('subgroups.check.hint'),
  ].join('\n')
}

export function renderMove(result: MoveResult, tr: Translate): string {
  const params = {
    pupil: result.pupil.name,
    class: result.class,
    subject: result.subject,
    from: result.from.join(', ') || '—',
    to: result.to,
    size: result.size,
    max: result.maxSize,
  }
  if (!result.changed) return tr('subgroups.move.unchanged', params)
  const lines = [tr('subgroups.move.done', params)]
  if (result.overLimit) lines.push(tr('subgroups.move.overLimit', params))
  if (result.dryRun) lines.push(tr('cli.dryRun'))
  return lines.join('\n')
}
