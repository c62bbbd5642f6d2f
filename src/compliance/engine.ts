// The engine: the calendar into TEMP tables once, then every rule of the catalog as one
// set-based query over the whole journal, inside one read transaction (one consistent moment).
// Rows become findings: names joined by SQL, deadlines and delays in the school's time zone.
import {daysBetween, type IsoDate} from '../calendar/dates.js'
import {type Db} from '../db/open.js'
import {findClass, refuse, requireTeacher} from '../lists/lookup.js'
import {matchKey} from '../people/names.js'
import {type Settings} from '../workspace/settings.js'
import {loadCalendar, noOpenYear, type Year} from '../year/store.js'
import {
  calendarRows,
  type CheckClass,
  checkContext,
  loadCalendarTables,
  schoolClock,
} from './calendar-tables.js'
import {CATALOG} from './catalog.js'
import {effectiveRules, sqlParams} from './policy.js'
import {
  type CheckReport,
  type EffectiveRule,
  type Finding,
  type FindingFacts,
  type RuleDef,
  type RuleRow,
  type SchoolClock,
  SEVERITIES,
  type Severity,
  severityRank,
} from './types.js'

export interface CheckRequest {
  asOf: IsoDate
  /** Only findings dated on or after this day (findings without a date are kept). */
  from?: IsoDate
  /** Class name as typed ('5а', '5 А'); refused when the year has no such class. */
  className?: string
  /** Part of the responsible person's name; refused when no staff member's name has it. */
  teacher?: string
  /** Rule ids to run; all that are on when absent. */
  rules?: string[]
  /** The least severe findings shown. */
  severity?: Severity
}

export interface CheckRun extends CheckReport {
  year: string
  schoolName: string
  /** The rules that ran, in catalog order. */
  rules: EffectiveRule[]
}

/** The year a check on that day is about: the one covering it, else the last begun, else the next. */
export function yearForCheck(db: Db, asOf: IsoDate): Year {
  const columns = 'id, label, starts_on AS startsOn, ends_on AS endsOn, status, opened_at AS openedAt'
  const year = db
    .prepare(
      `SELECT ${columns} FROM academic_year
       ORDER BY (starts_on <= @asOf AND @asOf <= ends_on) DESC, (starts_on <= @asOf) DESC,
                CASE WHEN starts_on <= @asOf THEN starts_on END DESC, starts_on LIMIT 1`,
    )
    .get({asOf}) as Year | undefined
  // Any year will do, closed ones too: none at all is the only dead end.
  if (!year) throw noOpenYear(db, asOf)
  return year
}

/** SQLite's REGEXP operator, case-insensitive and Unicode-aware (Cyrillic). */
export function registerRegexp(db: Db): void {
  // A query asks with one pattern row after row: the last one is kept compiled.
  let last: string | undefined
  let compiled = /$^/
  db.function('regexp', {deterministic: true}, (pattern: unknown, text: unknown) => {
    if (typeof text !== 'string') return 0
    if (pattern !== last) {
      compiled = new RegExp(String(pattern), 'iu')
      last = String(pattern)
    }
    return compiled.test(text) ? 1 : 0
  })
}

const NAMES = `
  SELECT r.*, trim(s.last_name || ' ' || s.first_name || ' ' || s.middle_name) AS responsibleName,
         c.name AS className, g.name AS subgroupName, sj.name AS subjectName,
         trim(p.last_name || ' ' || p.first_name || ' ' || p.middle_name) AS pupilName
  FROM (SELECT kind, responsible_id, class_id, subgroup_id, subject_id, pupil_id, date, lesson_no, period,
               deadline_date, entered_at, detail FROM (%RULE%)) r
  LEFT JOIN main.staff s ON s.id = r.responsible_id
  LEFT JOIN main.class c ON c.id = r.class_id
  LEFT JOIN main.subgroup g ON g.id = r.subgroup_id
  LEFT JOIN main.subject sj ON sj.id = r.subject_id
  LEFT JOIN main.pupil p ON p.id = r.pupil_id`

type NamedRow = RuleRow &
  Pick<FindingFacts, 'responsibleName' | 'className' | 'subgroupName' | 'subjectName' | 'pupilName'>

/** Rows of one rule (the calendar tables must be loaded). */
export function ruleRows(db: Db, rule: EffectiveRule, bind: Record<string, unknown>): NamedRow[] {
  return db.prepare(NAMES.replace('%RULE%', rule.def.sql)).all({...bind, ...sqlParams(rule)}) as NamedRow[]
}

export function toFinding(rule: EffectiveRule, row: NamedRow, clock: SchoolClock, asOf: IsoDate): Finding {
  const def: RuleDef = rule.def
  const delayDays = row.deadline_date
    ? Math.max(0, daysBetween(row.deadline_date, row.entered_at ? clock.dateOf(row.entered_at) : asOf))
    : null
  const facts: FindingFacts = {
    ...row,
    facts: row.detail ? (JSON.parse(row.detail) as Record<string, unknown>) : {},
    clock,
    delayDays,
    clause: def.clause,
    params: rule.params,
  }
  return {
    rule: def.id,
    severity: rule.severities[row.kind] ?? 'warning',
    clause: def.clause,
    responsible: {id: row.responsible_id, name: row.responsibleName || null, role: def.who},
    class: row.className,
    subgroup: row.subgroupName,
    subject: row.subjectName,
    pupil: row.pupilName || null,
    date: row.date,
    period: row.period,
    deadline: row.deadline_date ? clock.deadline(row.deadline_date) : null,
    delayDays,
    message: def.message(facts),
  }
}

/** The rules a request runs: those named (each must exist), else all that the policy leaves on. */
export function selectRules(all: EffectiveRule[], ids: string[] | undefined): EffectiveRule[] {
  if (!ids || ids.length === 0) return all.filter((r) => r.enabled)
  const known = new Set(all.map((r) => r.def.id))
  const unknown = ids.find((id) => !known.has(id))
  if (unknown !== undefined) refuse('filters.unknownRule', unknown, [...known])
  return all.filter((r) => ids.includes(r.def.id))
}

export function rulesOf(settings: Pick<Settings, 'policy'>, file?: string): EffectiveRule[] {
  return effectiveRules(CATALOG, settings.policy, file)
}

/** Worst first: severity, then who, rule order, class, subject, date, period, pupil. */
export function compareFindings(order: Map<string, number>) {
  const collator = new Intl.Collator('ru', {numeric: true})
  const text = (a: string | null, b: string | null) => (a === b ? 0 : collator.compare(a ?? '', b ?? ''))
  const plain = (a: string | null, b: string | null) => (a === b ? 0 : (a ?? '') < (b ?? '') ? -1 : 1)
  return (a: Finding, b: Finding): number =>
    severityRank(a.severity) - severityRank(b.severity) ||
    text(a.responsible.name, b.responsible.name) ||
    (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0) ||
    text(a.class, b.class) ||
    text(a.subject, b.subject) ||
    plain(a.date, b.date) ||
    plain(a.period, b.period) ||
    text(a.pupil, b.pupil)
}

export function keepFinding(f: Finding, request: CheckRequest): boolean {
  if (request.severity && severityRank(f.severity) > severityRank(request.severity)) return false
  if (request.className && f.class !== request.className) return false
  if (request.teacher && !matchKey(f.responsible.name).includes(matchKey(request.teacher))) return false
  if (request.from) {
    const when = f.date ?? f.deadline?.slice(0, 10) ?? null
    if (when && when < request.from) return false
  }
  return true
}

export function summarise(findings: Finding[], rules: EffectiveRule[]): CheckReport['summary'] {
  const byRule: Record<string, number> = Object.fromEntries(rules.map((r) => [r.def.id, 0]))
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>
  for (const f of findings) {
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1
    bySeverity[f.severity]++
  }
  return {byRule, bySeverity}
}

export interface CheckWorkspace {
  db: Db
  settings: Settings
  /** The settings file, for errors in its policy. */
  settingsFile?: string
}

export function runCheck(ws: CheckWorkspace, request: CheckRequest): CheckRun {
  const {db, settings} = ws
  const timezone = settings.timezone
  const all = rulesOf(settings, ws.settingsFile)
  const rules = selectRules(all, request.rules)
  const year = yearForCheck(db, request.asOf)
  const filter: CheckRequest = {
    ...request,
    className: request.className && findClass(db, year, request.className).name,
    teacher: request.teacher && requireTeacher(db, request.teacher),
  }
  const calendar = loadCalendar(db, year)
  const classes = (
    db
      .prepare(
        'SELECT id, name, grade, week_days AS weekDays FROM class WHERE year_id = ? ORDER BY grade, letter',
      )
      .all(year.id) as CheckClass[]
  ).map((c) => ({...c, weekDays: (c.weekDays === 6 ? 6 : 5) as 5 | 6}))
  const ctx = checkContext(calendar, year, timezone, request.asOf)
  // Before any TEMP table exists: changing it later would drop them.
  db.pragma('temp_store = MEMORY')
  registerRegexp(db)
  const bind = {asOf: ctx.asOf, asOfEnd: ctx.asOfEnd, yearId: year.id}
  const order = new Map(CATALOG.map((r, i) => [r.id, i]))

  const rows = calendarRows(calendar, classes, timezone, request.asOf)
  const clock = schoolClock(rows.dayEnds, timezone)
  const findings = db.transaction(() => {
    loadCalendarTables(db, ctx, rows)
    const out: Finding[] = []
    for (const rule of rules) {
      for (const row of ruleRows(db, rule, bind)) {
        const f = toFinding(rule, row, clock, request.asOf)
        if (keepFinding(f, filter)) out.push(f)
      }
    }
    return out
  })()
  findings.sort(compareFindings(order))
  return {
    asOf: request.asOf,
    year: year.label,
    schoolName: settings.schoolName,
    rules,
    findings,
    summary: summarise(findings, rules),
  }
}
