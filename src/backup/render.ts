// What a person reads after each backup command; --json prints the typed results instead.
import {formatRu} from '../calendar/dates.js'
import {formatInZone} from '../calendar/zone.js'
import {type Lang, type Translate} from '../cli/i18n.js'
import {type Paint} from '../cli/paint.js'
import {type Column} from '../cli/render.js'
import {type BackupListing} from './list.js'
import {type Retention} from './policy.js'
import {type Problem} from './problem.js'
import {type PruneResult} from './prune.js'
import {type RestoreResult} from './restore.js'
import {type RunResult} from './run.js'
import {type BackupStatus} from './status.js'
import {type VerifyResult} from './verify.js'

/** dd.mm.yyyy hh:mm at the school. */
export function schoolTime(iso: string, timezone: string): string {
  const s = formatInZone(new Date(iso), timezone)
  return `${s.slice(8, 10)}.${s.slice(5, 7)}.${s.slice(0, 4)} ${s.slice(11, 16)}`
}

/** One decimal; two below a megabyte, so that a small backup does not read as 0.0. */
export function megabytes(lang: Lang, bytes: number): string {
  const mb = bytes / (1024 * 1024)
  return new Intl.NumberFormat(locale(lang), {
    minimumFractionDigits: 1,
    maximumFractionDigits: mb < 1 ? 2 : 1,
  }).format(mb)
}

const locale = (lang: Lang) => (lang === 'ru' ? 'ru-RU' : 'en-GB')

const problemLines = (problems: Problem[], tr: Translate) => problems.map((p) => `  – ${tr(p.key, p.params)}`)

export function renderRun(result: RunResult, tr: Translate, lang: Lang): string {
  if (result.kind === 'notDue') return ''
  if (result.kind === 'planned') {
    const lines = [
      tr('backup.run.planned', {
        size: megabytes(lang, result.databaseBytes),
        dir: result.dir,
        needed: megabytes(lang, result.neededBytes),
        free: megabytes(lang, result.freeBytes),
      }),
    ]
    if (result.copyTo) lines.push(tr('backup.run.plannedCopy', {dir: result.copyTo}))
    lines.push(tr('cli.dryRun'))
    return lines.join('\n')
  }
  const b = result.backup
  const lines: string[] = []
  if (b.leftovers.removed > 0) lines.push(tr('backup.run.leftovers', {count: b.leftovers.removed}))
  if (b.leftovers.unknown.length > 0)
    lines.push(
      tr('backup.run.unknownKept', {
        count: b.leftovers.unknown.length,
        files: b.leftovers.unknown.join(', '),
      }),
    )
  lines.push(
    tr('backup.run.done', {
      id: b.id,
      size: megabytes(lang, b.bytes),
      snapshot: megabytes(lang, b.snapshotBytes),
      tables: Object.keys(b.rows).length,
      rows: new Intl.NumberFormat(locale(lang)).format(Object.values(b.rows).reduce((a, n) => a + n, 0)),
      seconds: new Intl.NumberFormat(locale(lang), {maximumFractionDigits: 1}).format(b.durationMs / 1000),
      file: b.file,
    }),
  )
  if (b.copy) lines.push(tr('backup.run.copied', {file: b.copy}))
  return lines.join('\n')
}

export function listColumns(tr: Translate, lang: Lang, timezone: string): Column<BackupListing>[] {
  return [
    {header: tr('backup.col.id'), value: (b) => b.id},
    {header: tr('backup.col.created'), value: (b) => (b.createdAt ? schoolTime(b.createdAt, timezone) : '')},
    {header: tr('backup.col.size'), value: (b) => (b.bytes === null ? '' : megabytes(lang, b.bytes))},
    {
      header: tr('backup.col.purpose'),
      value: (b) => (b.purpose ? tr(`backup.purpose.${b.purpose}`, {object: b.object}) : ''),
    },
    {
      header: tr('backup.col.state'),
      value: (b) =>
        b.state === 'ok' && b.lastVerifiedAt
          ? tr('backup.state.verified', {date: schoolTime(b.lastVerifiedAt, timezone)})
          : tr(`backup.state.${b.state}`),
    },
  ]
}

export function renderVerify(results: VerifyResult[], tr: Translate, color: Paint, timezone: string): string {
  const lines: string[] = []
  for (const r of results) {
    const date = r.createdAt ? schoolTime(r.createdAt, timezone) : '—'
    if (r.ok) lines.push(color.green(tr('backup.verify.ok', {id: r.id, date})))
    else lines.push(color.red(tr('backup.verify.failed', {id: r.id, date})), ...problemLines(r.problems, tr))
  }
  if (results.length > 1) {
    const ok = results.filter((r) => r.ok).length
    lines.push(tr('backup.verify.summary', {ok, count: results.length, failed: results.length - ok}))
  }
  return lines.join('\n')
}

export function renderRestore(r: RestoreResult, tr: Translate, timezone: string): string {
  const date = r.createdAt ? schoolTime(r.createdAt, timezone) : '—'
  if (r.cancelled) return tr('backup.restore.cancelled')
  if (!r.ok) return [tr('backup.restore.refused', {id: r.id}), ...problemLines(r.problems, tr)].join('\n')
  if (r.dryRun) return [tr('backup.restore.checked', {id: r.id, date}), tr('cli.dryRun')].join('\n')
  return r.replaced
    ? tr('backup.restore.doneForce', {id: r.id, date, safety: r.safetyBackup})
    : tr('backup.restore.doneTo', {id: r.id, date, file: r.target})
}

export function renderPrunePlan(
  r: Pick<PruneResult, 'keep' | 'remove'>,
  tr: Translate,
  lang: Lang,
  timezone: string,
  retention: Retention,
): string {
  const reason = (k: string) =>
    tr(`backup.reason.${k}` as 'backup.reason.recent', {weeks: retention.keepAllWeeks})
  return [
    ...r.keep.map((k) =>
      tr('backup.prune.keep', {
        id: k.id,
        date: schoolTime(k.createdAt, timezone),
        reasons: k.reasons.map(reason).join('; '),
      }),
    ),
    ...r.remove.map((d) =>
      tr('backup.prune.remove', {
        id: d.id,
        date: schoolTime(d.createdAt, timezone),
        size: megabytes(lang, d.bytes),
      }),
    ),
  ].join('\n')
}

export function prunedBytes(r: Pick<PruneResult, 'remove'>): number {
  return r.remove.reduce((sum, d) => sum + d.bytes, 0)
}

export function renderPrune(
  r: PruneResult,
  dryRun: boolean,
  tr: Translate,
  lang: Lang,
  timezone: string,
  retention: Retention,
): string {
  if (r.remove.length === 0) return tr('backup.prune.nothing', {count: r.keep.length})
  const plan = renderPrunePlan(r, tr, lang, timezone, retention)
  const size = megabytes(lang, prunedBytes(r))
  if (r.applied) return [plan, tr('backup.prune.done', {count: r.remove.length, size})].join('\n')
  return [plan, tr(dryRun ? 'backup.prune.dryRun' : 'backup.prune.cancelled')].join('\n')
}

export function renderStatus(
  s: BackupStatus,
  tr: Translate,
  color: Paint,
  lang: Lang,
  timezone: string,
): string {
  const warnings = s.warnings.map((w) =>
    color.red(tr(`backup.status.${w.code}`, {id: w.id, date: schoolTime(w.at, timezone)})),
  )
  if (!s.last)
    return [color.red(tr('backup.status.never', {interval: s.intervalDays})), ...warnings].join('\n')
  const lines = [
    tr('backup.status.last', {id: s.last.id, date: schoolTime(s.last.createdAt, timezone), age: s.ageDays}),
    s.overdue
      ? color.red(tr('backup.status.overdue', {date: formatRu(s.nextDue!), interval: s.intervalDays}))
      : tr('backup.status.next', {date: formatRu(s.nextDue!), interval: s.intervalDays}),
    tr('backup.status.count', {count: s.backups, size: megabytes(lang, s.bytes)}),
    ...warnings,
  ]
  return lines.join('\n')
}
