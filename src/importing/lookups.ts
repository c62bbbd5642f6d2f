// Resolving what a file names by its human value — a class «5А», a subject, a teacher's ФИО —
// to rows of the database. Built once per import; no guessing: unknown or ambiguous is a problem.
import {type MessageKey, type MessageParams} from '../cli/i18n.js'
import {type Db} from '../db/open.js'
import {type FullName, fullName, matchKey} from '../people/names.js'
import {type Year} from '../year/store.js'
import {type LineProblem} from './kind.js'
import {closest} from '../people/nearest.js'

export interface Lookup<T> {
  get(name: string): T | undefined
  /** The known names nearest to one it does not know, for the message that suggests them. */
  near(name: string): string
}

/** How many equally near names an import problem suggests: its line is one of many, so a short hint. */
const HINT = 3

function lookup<T>(rows: Array<{key: string; name: string; value: T}>): Lookup<T> {
  const map = new Map(rows.map((r) => [r.key, r.value]))
  return {
    get: (name) => map.get(matchKey(name)),
    near: (name) =>
      nearHint(
        name,
        rows.map((r) => r.name),
      ),
  }
}

export function nearHint(name: string, names: readonly string[]): string {
  return closest(name, names, HINT).join(', ') || '—'
}

export function classLookup(db: Db, year: Year): Lookup<number> & {add(name: string, id: number): void} {
  const rows = db
    .prepare('SELECT id, name FROM class WHERE year_id = ? ORDER BY grade, letter')
    .all(year.id) as Array<{
    id: number
    name: string
  }>
  const map = new Map(rows.map((r) => [r.name, r.id]))
  return {
    get: (name) => map.get(name),
    near: (name) => nearHint(name, [...map.keys()]),
    add: (name, id) => map.set(name, id),
  }
}

export function subjectLookup(db: Db): Lookup<number> {
  const rows = db.prepare('SELECT id, name, match_key AS key FROM subject ORDER BY name').all() as Array<{
    id: number
    name: string
    key: string
  }>
  return lookup(rows.map((r) => ({key: r.key, name: r.name, value: r.id})))
}

export type StaffMatch = {id: number; name: string} | {ambiguous: number} | undefined

/** Staff by «Фамилия Имя Отчество» or «Фамилия Имя»; two people with that name is ambiguous. */
export function staffLookup(db: Db): {get(name: string): StaffMatch; near(name: string): string} {
  const rows = db
    .prepare(
      'SELECT id, match_key AS key, last_name AS lastName, first_name AS firstName, middle_name AS middleName FROM staff',
    )
    .all() as Array<FullName & {id: number; key: string}>
  const index = new Map<string, Array<{id: number; name: string}>>()
  const add = (key: string, person: {id: number; name: string}) =>
    index.set(key, [...(index.get(key) ?? []), person])
  for (const r of rows) {
    const person = {id: r.id, name: fullName(r)}
    add(r.key, person)
    const short = matchKey(r.lastName, r.firstName)
    if (short !== r.key) add(short, person)
  }
  return {
    get(name) {
      const found = index.get(matchKey(name))
      if (!found) return undefined
      return found.length === 1 ? found[0]! : {ambiguous: found.length}
    },
    near: (name) => nearHint(name, rows.map(fullName)),
  }
}

export interface TeachingRef {
  className: string
  subgroup: string | null
  subject: string
  teacher: string
}

export interface ResolvedTeaching {
  classId: number
  subgroupId: number | null
  subjectId: number
  teacherId: number
  teacherName: string
  subjectName: string
}

type TeachingColumn = 'className' | 'subgroup' | 'subject' | 'teacher'

/** Class, subgroup, subject and teacher of an assignment or a timetable row, or what is wrong. */
export function teachingResolver(db: Db, year: Year) {
  const classes = classLookup(db, year)
  const subjects = subjectLookup(db)
  const staff = staffLookup(db)
  const subgroup = db.prepare('SELECT id FROM subgroup WHERE class_id = ? AND subject_id = ? AND name = ?')
  const subjectName = db.prepare('SELECT name FROM subject WHERE id = ?')
  return (
    ref: TeachingRef,
  ): ResolvedTeaching | Array<{column: TeachingColumn; key: MessageKey; params?: MessageParams}> => {
    const problems: Array<{column: TeachingColumn; key: MessageKey; params?: MessageParams}> = []
    const classId = classes.get(ref.className)
    if (!classId)
      problems.push({
        column: 'className',
        key: 'import.unknownClass',
        params: {known: classes.near(ref.className)},
      })
    const subjectId = subjects.get(ref.subject)
    if (!subjectId)
      problems.push({
        column: 'subject',
        key: 'import.unknownSubject',
        params: {known: subjects.near(ref.subject)},
      })
    const teacher = staff.get(ref.teacher)
    if (!teacher || 'ambiguous' in teacher) {
      problems.push({
        column: 'teacher',
        key: teacher ? 'import.ambiguousTeacher' : 'import.unknownTeacher',
        params: {
          count: teacher && 'ambiguous' in teacher ? teacher.ambiguous : 0,
          known: teacher ? null : staff.near(ref.teacher),
        },
      })
    }
    let subgroupId: number | null = null
    if (ref.subgroup && classId && subjectId) {
      const found = subgroup.get(classId, subjectId, ref.subgroup) as {id: number} | undefined
      if (!found) problems.push({column: 'subgroup', key: 'import.unknownSubgroup'})
      else subgroupId = found.id
    }
    if (problems.length) return problems
    const t = teacher as {id: number; name: string}
    return {
      classId: classId!,
      subgroupId,
      subjectId: subjectId!,
      teacherId: t.id,
      teacherName: t.name,
      subjectName: (subjectName.get(subjectId) as {name: string}).name,
    }
  }
}

/**
 * The class and subject a journal row names, or the problems with them on that line (the known
 * ones listed, no guessing).
 */
export function classAndSubject(
  line: number,
  row: {className: string; subject: string},
  classes: Lookup<number>,
  subjects: Lookup<number>,
  problems: LineProblem[],
): {classId: number; subjectId: number} | null {
  const classId = classes.get(row.className)
  const subjectId = subjects.get(row.subject)
  if (!classId)
    problems.push({
      line,
      column: 'className',
      key: 'import.unknownClass',
      params: {known: classes.near(row.className)},
    })
  if (!subjectId)
    problems.push({
      line,
      column: 'subject',
      key: 'import.unknownSubject',
      params: {known: subjects.near(row.subject)},
    })
  return classId && subjectId ? {classId, subjectId} : null
}
