// The check as people read it: grouped counts on the terminal (worst first, one summary line),
// Excel-friendly CSV through the one renderer, a printable self-contained HTML page, and the
// rule catalog (--list-rules, and the README table made from the same rows).
import {formatRu} from '../calendar/dates.js'
import {barChart, escapeHtml, htmlPage} from '../cli/html.js'
import {format, type Lang, type MessageKey, type Translate} from '../cli/i18n.js'
import {type Paint} from '../cli/paint.js'
import {renderRows, toCsv} from '../cli/render.js'
import {layoutTable, rowLines, wrapWords} from '../cli/table-layout.js'
import {type CheckRun} from './engine.js'
import {describeCheck, describeParams} from './policy.js'
import {periodName} from './text.js'
import {
  type CheckReport,
  type EffectiveRule,
  type Finding,
  type Role,
  SEVERITIES,
  type Severity,
} from './types.js'

export type GroupBy = 'responsible' | 'rule' | 'class'

/** The --json contract: {asOf, findings, summary}. */
export function reportJson(run: CheckRun): CheckReport {
  return {asOf: run.asOf, findings: run.findings, summary: run.summary}
}

type Counts = Record<Severity, number>

function countsOf(findings: Finding[]): Counts {
  const c: Counts = {error: 0, warning: 0, info: 0}
  for (const f of findings) c[f.severity]++
  return c
}

const worstFirst = (a: Counts, b: Counts) => b.error - a.error || b.warning - a.warning || b.info - a.info

function countsText(c: Counts, tr: Translate): string {
  return SEVERITIES.filter((s) => c[s] > 0)
    .map((s) => tr(`check.count.${s}` as MessageKey, {count: c[s]}))
    .join(', ')
}

interface Group {
  key: string
  title: string
  findings: Finding[]
  counts: Counts
}

function roleName(role: Role, tr: Translate): string {
  return tr(`list.role.${role}` as MessageKey)
}

/** The words a grouping needs, in the reader's language (the HTML document is always Russian). */
interface Words {
  role: (role: Role) => string
  nobody: string
  schoolWide: string
}

const wordsOf = (tr: Translate): Words => ({
  role: (role) => roleName(role, tr),
  nobody: tr('check.nobody'),
  schoolWide: tr('check.schoolWide'),
})

const ROLES: Role[] = ['teacher', 'class_teacher', 'deputy', 'admin']

/** «Павлова Алёна Алексеевна — учитель, классный руководитель»: a person with every role answered for. */
function personTitle(list: Finding[], words: Words): string {
  const held = new Set(list.map((f) => f.responsible.role))
  const roles = ROLES.filter((r) => held.has(r))
    .map(words.role)
    .join(', ')
  return `${list[0]!.responsible.name ?? words.nobody} — ${roles}`
}

function ruleTitle(f: Finding, duties: Map<string, string>): string {
  return `${f.rule} (п. ${f.clause}) — ${duties.get(f.rule) ?? ''}`
}

/** In a block, the rule's id and clause; its duty follows the counts. */
const ruleLabel = (f: Finding) => `${f.rule} (п. ${f.clause})`

/** Groups findings by a key, worst first (errors, then warnings, then notes, then the title). */
function groupsOf(
  findings: Finding[],
  key: (f: Finding) => string,
  title: (list: Finding[]) => string,
): Group[] {
  const map = new Map<string, Finding[]>()
  for (const f of findings) {
    const k = key(f)
    let list = map.get(k)
    if (!list) map.set(k, (list = []))
    list.push(f)
  }
  return [...map.entries()]
    .map(([k, list]) => ({key: k, title: title(list), findings: list, counts: countsOf(list)}))
    .sort((a, b) => worstFirst(a.counts, b.counts) || a.title.localeCompare(b.title, 'ru', {numeric: true}))
}

function grouping(groupBy: GroupBy, words: Words, duties: Map<string, string>) {
  // One block per person, whatever their roles; nobody assigned to a role is a block of its own.
  const person = {
    key: (f: Finding) =>
      f.responsible.id === null ? `role:${f.responsible.role}` : `id:${f.responsible.id}`,
    title: (list: Finding[]) => personTitle(list, words),
  }
  const rule = {
    key: (f: Finding) => f.rule,
    title: (list: Finding[]) => ruleTitle(list[0]!, duties),
    label: (list: Finding[]) => ruleLabel(list[0]!),
    note: (f: Finding) => duties.get(f.rule) ?? '',
  }
  const cls = {
    key: (f: Finding) => f.class ?? '',
    title: (list: Finding[]) => list[0]!.class ?? words.schoolWide,
  }
  if (groupBy === 'rule') return {outer: rule, inner: person}
  if (groupBy === 'class') return {outer: cls, inner: rule}
  return {outer: person, inner: rule}
}

const MARK: Record<Severity, string> = {error: '✗', warning: '!', info: '·'}

function worst(c: Counts): Severity {
  return c.error ? 'error' : c.warning ? 'warning' : 'info'
}

function paintFor(color: Paint, s: Severity): (t: string) => string {
  return s === 'error' ? color.red : s === 'warning' ? color.yellow : (t) => t
}

export function summaryLine(run: CheckRun, tr: Translate): string {
  const c = run.summary.bySeverity
  const people = new Set(
    run.findings.map((f) => (f.responsible.id === null ? `role:${f.responsible.role}` : f.responsible.id)),
  ).size
  return tr('check.summary', {
    errors: c.error,
    warnings: c.warning,
    infos: c.info,
    people,
    rules: run.rules.length,
  })
}

/**
 * The terminal report: a block per group with counts per rule (or person), worst first; lines
 * wrapped to the terminal's `width` (none: a pipe or a file, each row on one line).
 */
export function renderText(
  run: CheckRun,
  options: {groupBy: GroupBy; details: boolean; lang: Lang; width?: number},
  tr: Translate,
  color: Paint,
): string {
  const {width} = options
  const wrap = (text: string, indent = '') =>
    (width === undefined ? [text] : wrapWords(text, width - indent.length)).map((l) => indent + l)
  const duties = new Map(run.rules.map((r) => [r.def.id, r.def.duty[options.lang]]))
  const lines = [
    ...wrap(
      color.bold(tr('check.header', {school: run.schoolName, asOf: formatRu(run.asOf), year: run.year})),
    ),
    '',
  ]
  if (run.findings.length === 0) lines.push(color.green(tr('check.none')))
  const {outer, inner} = grouping(options.groupBy, wordsOf(tr), duties)
  for (const group of groupsOf(run.findings, outer.key, outer.title)) {
    const paintGroup = paintFor(color, worst(group.counts))
    lines.push(...wrap(color.bold(`${group.title}: `) + paintGroup(countsText(group.counts, tr))))
    const label = 'label' in inner ? inner.label : inner.title
    const note = 'note' in inner ? inner.note : () => ''
    const rows = groupsOf(group.findings, inner.key, label)
    const cells = rows.map((row) => {
      const s = worst(row.counts)
      return [
        `${paintFor(color, s)(MARK[s])} ${row.title}`,
        countsText(row.counts, tr),
        note(row.findings[0]!),
      ]
    })
    // Two spaces of indent and two between the three columns.
    const layout = layoutTable(['', '', ''], cells, {width: width === undefined ? undefined : width - 6})
    for (const [i, row] of rowLines(layout).entries()) {
      lines.push(...row.map((l) => `  ${l}`))
      if (options.details) for (const f of rows[i]!.findings) lines.push(...wrap(f.message, '      '))
    }
    lines.push('')
  }
  lines.push(...wrap(summaryLine(run, tr)))
  return lines.join('\n')
}

function cells(f: Finding, tr: Translate): string[] {
  return [
    f.rule,
    tr(`check.severity.${f.severity}` as MessageKey),
    f.clause,
    f.responsible.name ?? '',
    roleName(f.responsible.role, tr),
    f.class ?? '',
    f.subgroup ?? '',
    f.subject ?? '',
    f.pupil ?? '',
    f.date ? formatRu(f.date) : '',
    periodName(f.period),
    f.deadline ? `${formatRu(f.deadline.slice(0, 10))} ${f.deadline.slice(11, 16)}` : '',
    f.delayDays === null ? '' : String(f.delayDays),
    f.message,
  ]
}

const CSV_COLUMNS = [
  'rule',
  'severity',
  'clause',
  'responsible',
  'role',
  'class',
  'subgroup',
  'subject',
  'pupil',
  'date',
  'period',
  'deadline',
  'delay',
  'message',
] as const

/** One row per finding, UTF-8 with BOM and «;» (Excel), dates as dd.mm.yyyy. */
export async function renderCsv(run: CheckRun, tr: Translate): Promise<string> {
  return toCsv(
    CSV_COLUMNS.map((c) => tr(`check.col.${c}` as MessageKey)),
    run.findings.map((f) => cells(f, tr)),
  )
}

const COLOURS: Record<Severity, string> = {error: '#c62828', warning: '#ef8f00', info: '#8a8a8a'}

const HTML_SEVERITY: Record<Severity, string> = {
  error: 'ошибки',
  warning: 'предупреждения',
  info: 'замечания',
}
const RU_SEVERITY: Record<Severity, string> = {error: 'ошибка', warning: 'предупреждение', info: 'замечание'}
const RU_ROLE: Record<Role, string> = {
  teacher: 'учитель',
  class_teacher: 'классный руководитель',
  deputy: 'заместитель директора',
  admin: 'администратор',
}

/** One printable page, in Russian (a document): school, date, summary, chart, a table per group. */
export function renderHtml(run: CheckRun, groupBy: GroupBy): string {
  const words: Words = {role: (r) => RU_ROLE[r], nobody: 'никто не назначен', schoolWide: 'вся школа'}
  const duties = new Map(run.rules.map((r) => [r.def.id, r.def.duty.ru]))
  const {outer} = grouping(groupBy, words, duties)
  const groups = groupsOf(run.findings, outer.key, outer.title)
  const byPerson = grouping('responsible', words, duties).outer
  const people = groupsOf(run.findings, byPerson.key, byPerson.title)
  const c = run.summary.bySeverity
  const byRule = run.rules
    .map((r) => ({r, counts: countsOf(run.findings.filter((f) => f.rule === r.def.id))}))
    .filter((x) => x.counts.error + x.counts.warning + x.counts.info > 0)
  const e = escapeHtml
  const sections = groups.map(
    (g) => `<section><h3>${e(g.title)} <small>${e(htmlCounts(g.counts))}</small></h3>
<table><thead><tr><th>Правило</th><th>П.</th><th>Важность</th><th>Сообщение</th><th>Срок</th><th>Просрочка, дн.</th></tr></thead><tbody>
${g.findings
  .map(
    (f) =>
      `<tr class="${f.severity}"><td>${e(f.rule)}</td><td>${e(f.clause)}</td><td>${e(RU_SEVERITY[f.severity])}</td><td>${e(f.message)}${groupBy === 'responsible' ? '' : `<br><small>${e(f.responsible.name ?? 'никто не назначен')}</small>`}</td><td>${f.deadline ? e(`${formatRu(f.deadline.slice(0, 10))} ${f.deadline.slice(11, 16)}`) : ''}</td><td class="n">${f.delayDays ?? ''}</td></tr>`,
  )
  .join('\n')}
</tbody></table></section>`,
  )
  return htmlPage({
    title: 'Проверка электронного журнала',
    lines: [run.schoolName, `на ${formatRu(run.asOf)}, учебный год ${run.year}`],
    style:
      'tr.error td:nth-child(3){color:#c62828;font-weight:bold}tr.warning td:nth-child(3){color:#b36200}',
    body: `<p class="summary">Ошибок: <b>${c.error}</b>, предупреждений: <b>${c.warning}</b>, замечаний: <b>${c.info}</b>; ответственных: ${people.length}; правил проверено: ${run.rules.length}.</p>
${run.findings.length === 0 ? '<p>Нарушений не найдено.</p>' : ''}
${
  people.length
    ? `<h2>Нарушения по ответственным</h2>\n${barChart({
        title: 'Нарушения по ответственным',
        mode: 'stacked',
        series: SEVERITIES.map((sv) => ({name: HTML_SEVERITY[sv], colour: COLOURS[sv]})),
        rows: people.map((g) => ({
          label: g.findings[0]!.responsible.name ?? g.title,
          title: g.title,
          values: SEVERITIES.map((sv) => g.counts[sv] || null),
        })),
      })}`
    : ''
}
${
  byRule.length
    ? `<h2>По правилам</h2>
<table><thead><tr><th>Правило</th><th>П.</th><th>Обязанность</th><th>Ошибок</th><th>Предупреждений</th><th>Замечаний</th></tr></thead><tbody>
${byRule.map((x) => `<tr><td>${e(x.r.def.id)}</td><td>${e(x.r.def.clause)}</td><td>${e(x.r.def.duty.ru)}</td><td class="n">${x.counts.error}</td><td class="n">${x.counts.warning}</td><td class="n">${x.counts.info}</td></tr>`).join('\n')}
</tbody></table>`
    : ''
}
${groups.length ? `<h2>${groupBy === 'rule' ? 'По правилам' : groupBy === 'class' ? 'По классам' : 'По ответственным'}: подробно</h2>` : ''}
${sections.join('\n')}`,
  })
}

function htmlCounts(c: Counts): string {
  const words: Record<Severity, [string, string, string]> = {
    error: ['ошибка', 'ошибки', 'ошибок'],
    warning: ['предупреждение', 'предупреждения', 'предупреждений'],
    info: ['замечание', 'замечания', 'замечаний'],
  }
  return SEVERITIES.filter((s) => c[s] > 0)
    .map((s) => format('ru', `{n|${words[s].join('|')}}`, {n: c[s]}))
    .join(', ')
}

export interface RuleListing {
  id: string
  clause: string
  duty: string
  check: string
  responsible: Role
  enabled: boolean
  severities: Record<string, Severity>
  params: Record<string, unknown>
}

/** The catalog as --list-rules shows it (with the school's policy applied). */
export function ruleListing(rules: EffectiveRule[], lang: Lang): RuleListing[] {
  return rules.map((r) => ({
    id: r.def.id,
    clause: r.def.clause,
    duty: r.def.duty[lang],
    check: describeCheck(r.def.check[lang], r.params),
    responsible: r.def.who,
    enabled: r.enabled,
    severities: r.severities,
    params: r.params,
  }))
}

export async function renderRuleList(
  rules: EffectiveRule[],
  format: 'table' | 'csv' | 'json',
  lang: Lang,
  tr: Translate,
): Promise<string> {
  const listing = ruleListing(rules, lang)
  return renderRows(
    format,
    [
      {header: 'id', value: (r: RuleListing) => r.id},
      {header: tr('check.col.clause'), value: (r) => r.clause},
      {header: tr('check.col.duty'), value: (r) => r.duty},
      {header: tr('check.col.check'), value: (r) => r.check},
      {header: tr('check.col.who'), value: (r) => roleName(r.responsible, tr)},
      {header: tr('check.col.params'), value: (r) => describeParams(r.params as EffectiveRule['params'])},
      {header: tr('check.col.on'), value: (r) => (r.enabled ? tr('check.on') : tr('check.off'))},
    ],
    listing,
  )
}

const EN_ROLE: Record<Role, string> = {
  teacher: 'teacher',
  class_teacher: 'class teacher',
  deputy: 'deputy director',
  admin: 'administrator',
}

/** The README's rule table: the catalog with its defaults, in English. */
export function rulesMarkdown(rules: EffectiveRule[]): string {
  const esc = (t: string) => t.replace(/\|/g, '\\|')
  const lines = [
    '| id | clause | duty | default check | who | parameters (defaults) |',
    '|---|---|---|---|---|---|',
    ...rules.map(
      (r) =>
        `| \`${r.def.id}\` | ${r.def.clause} | ${esc(r.def.duty.en)} | ${esc(describeCheck(r.def.check.en, r.params))} | ${EN_ROLE[r.def.who]} | ${esc(
          Object.entries(r.params)
            .map(([k, v]) => `\`${k}\`: ${'`'}${JSON.stringify(v)}${'`'}`)
            .join(', ') || '—',
        )} |`,
    ),
  ]
  return lines.join('\n')
}
