// The reports that must agree with `ejournal check` read the journal the way the check does: the
// same TEMP calendar tables and views (src/compliance/calendar-tables.ts) as of a day, and the
// rules' own queries with the school's policy, aggregated here with GROUP BY instead of being
// turned into findings.
import {type IsoDate} from '../calendar/dates.js'
import {type Db} from '../db/open.js'
import {
  calendarRows,
  type CheckClass,
  checkContext,
  type CheckContext,
  loadCalendarTables,
} from '../compliance/calendar-tables.js'
import {registerRegexp, rulesOf, yearForCheck} from '../compliance/engine.js'
import {sqlParams} from '../compliance/policy.js'
import {type EffectiveRule} from '../compliance/types.js'
import {type Settings} from '../workspace/settings.js'
import {loadCalendar, type Year} from '../year/store.js'

export interface CheckTables {
  year: Year
  ctx: CheckContext
  /** @asOf, @asOfEnd, @yearId, as the rules expect them. */
  bind: {asOf: IsoDate; asOfEnd: string; yearId: number}
  rules: EffectiveRule[]
}

/**
 * Runs `fn` inside one read transaction with the check's TEMP tables loaded as of `asOf`, for
 * `year` (default: the year the check would choose for that day).
 */
export function withCheckTables<T>(
  db: Db,
  settings: Settings,
  settingsFile: string,
  asOf: IsoDate,
  year: Year | undefined,
  fn: (t: CheckTables) => T,
): T {
  const rules = rulesOf(settings, settingsFile)
  const y = year ?? yearForCheck(db, asOf)
  const calendar = loadCalendar(db, y)
  const classes = (
    db
      .prepare(
        'SELECT id, name, grade, week_days AS weekDays FROM class WHERE year_id = ? ORDER BY grade, letter',
      )
      .all(y.id) as CheckClass[]
  ).map((c) => ({...c, weekDays: (c.weekDays === 6 ? 6 : 5) as 5 | 6}))
  const ctx = checkContext(calendar, y, settings.timezone, asOf)
  // Before any TEMP table exists: changing it later would drop them.
  db.pragma('temp_store = MEMORY')
  registerRegexp(db)
  const rows = calendarRows(calendar, classes, settings.timezone, asOf)
  return db.transaction(() => {
    loadCalendarTables(db, ctx, rows)
    return fn({year: y, ctx, bind: {asOf: ctx.asOf, asOfEnd: ctx.asOfEnd, yearId: y.id}, rules})
  })()
}

export function ruleOf(t: CheckTables, id: string): EffectiveRule {
  const rule = t.rules.find((r) => r.def.id === id)
  if (!rule) throw new Error(`no rule ${id} in the catalog`)
  return rule
}

/**
 * A rule's rows grouped: `SELECT <select> FROM (<the rule's query>) r <where> GROUP BY <groupBy>`,
 * bound with the check's values, the rule's parameters and `extra`.
 */
export function groupRule<T>(
  db: Db,
  t: CheckTables,
  id: string,
  query: {select: string; where?: string; groupBy: string},
  extra: Record<string, unknown> = {},
): T[] {
  const rule = ruleOf(t, id)
  return db
    .prepare(
      `SELECT ${query.select} FROM (${rule.def.sql}) r ${query.where ? `WHERE ${query.where}` : ''} GROUP BY ${query.groupBy}`,
    )
    .all({...t.bind, ...sqlParams(rule), ...extra}) as T[]
}
