// What a filter on the command line names — a class, a subject, a teacher, a pupil, a period,
// a subgroup, a rule, an audit action, a grade, a school year — found among the real ones. A value that names
// nothing real is bad usage (exit 2) with the nearest real names, never an empty answer.
import {AUDIT_ACTIONS, type AuditAction} from '../audit/audit-log.js'
import {UsageError} from '../cli/errors.js'
import {type MessageKey, type MessageParams} from '../cli/i18n.js'
import {periodName} from '../compliance/text.js'
import {type Db} from '../db/open.js'
import {parseClassName} from '../people/class-name.js'
import {lookupKey, nearestList} from '../people/nearest.js'
import {fullName, type FullName} from '../people/names.js'
import {findPupil, type NamedPupil} from '../subgroups/match.js'
import {type Year} from '../year/store.js'

/**
 * The item named `value` (compared as lookupKey does: any case, ё as е, Latin look-alikes);
 * refused with `key` and the nearest names when none is.
 */
export function findByName<T>(
  key: MessageKey,
  value: string,
  items: readonly T[],
  nameOf: (item: T) => string,
  params: MessageParams = {},
): T {
  const wanted = lookupKey(value)
  const found = items.find((item) => lookupKey(nameOf(item)) === wanted)
  if (found !== undefined) return found
  return refuse(key, value, items.map(nameOf), params)
}

/** The refusal itself: the value and the real names nearest to it. */
export function refuse(
  key: MessageKey,
  value: string,
  names: readonly string[],
  params: MessageParams = {},
): never {
  throw new UsageError(key, {...params, value: value.trim(), known: nearestList(value, names)})
}

/** --class 5а, «5 А», 5A: the class of the year. */
export function findClass(db: Db, year: Year, value: string): {id: number; name: string; grade: number} {
  const classes = db
    .prepare('SELECT id, name, grade FROM class WHERE year_id = ? ORDER BY grade, letter')
    .all(year.id) as Array<{id: number; name: string; grade: number}>
  const shown = parseClassName(value)?.name ?? value
  return findByName('filters.unknownClass', shown, classes, (c) => c.name, {year: year.label})
}

export function findSubject(db: Db, value: string): {id: number; name: string} {
  const subjects = db.prepare('SELECT id, name FROM subject ORDER BY name').all() as Array<{
    id: number
    name: string
  }>
  return findByName('filters.unknownSubject', value, subjects, (s) => s.name)
}

/**
 * --teacher is a part of a name («Фролов»): refused when no staff member's name contains it.
 * The part as names are matched in (Latin look-alikes made Cyrillic).
 */
export function requireTeacher(db: Db, value: string): string {
  const names = (
    db
      .prepare(
        'SELECT last_name AS lastName, first_name AS firstName, middle_name AS middleName FROM staff ORDER BY last_name, first_name',
      )
      .all() as FullName[]
  ).map(fullName)
  const part = lookupKey(value)
  if (!names.some((name) => lookupKey(name).includes(part))) refuse('filters.unknownTeacher', value, names)
  return part
}

/** --period «1 четверть», quarter:1, год: the period's code, if the year has that period. */
export function findPeriod(
  db: Db,
  year: Year,
  value: string,
  parse: (text: string) => string | null,
): string {
  const codes = [
    ...(
      db
        .prepare('SELECT kind, number FROM period WHERE year_id = ? ORDER BY kind, number')
        .all(year.id) as Array<{
        kind: string
        number: number
      }>
    ).map((p) => `${p.kind}:${p.number}`),
    'year',
  ]
  const code = parse(value)
  if (code && codes.includes(code)) return code
  return refuse('filters.unknownPeriod', value, codes.map(periodName), {year: year.label})
}

/** The pupil named by ФИО, external id or id among `pupils`; the nearest names when none is. */
export function findPupilOf<P extends NamedPupil & {className: string}>(
  reference: string,
  pupils: P[],
  ambiguous: MessageKey,
): P {
  const found = findPupil(reference, pupils, {byId: true})
  if ('pupil' in found) return found.pupil
  if ('ambiguous' in found)
    throw new UsageError(ambiguous, {
      pupil: reference,
      count: found.ambiguous.length,
      candidates: found.ambiguous.map((p) => `${fullName(p)}, ${p.className} (id ${p.id})`).join('; '),
    })
  return refuse(
    'filters.unknownPupil',
    reference,
    pupils.map((p) => `${fullName(p)} (${p.className})`),
  )
}

export function findAuditAction(value: string): AuditAction {
  return findByName('filters.unknownAction', value, AUDIT_ACTIONS, (action) => action)
}

/** --grade: a grade with classes or a curriculum this year. */
export function requireGrade(db: Db, year: Year, grade: number): void {
  const grades = (
    db
      .prepare(
        `SELECT grade FROM class WHERE year_id = @year UNION SELECT grade FROM curriculum WHERE year_id = @year AND grade IS NOT NULL
         ORDER BY 1`,
      )
      .all({year: year.id}) as Array<{grade: number}>
  ).map((g) => String(g.grade))
  findByName('filters.unknownGrade', String(grade), grades, (g) => g, {year: year.label})
}
