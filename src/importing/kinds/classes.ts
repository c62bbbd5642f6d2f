// Classes of the year: profile (п. 4.3 «названия профильных классов»), class teacher, school week.
import {parseClassName} from '../../people/class-name.js'
import {fullName} from '../../people/names.js'
import {type Change, diff, type ImportKind, type LineProblem} from '../kind.js'
import {staffLookup} from '../lookups.js'
import * as p from '../parsers.js'
import {classColumn} from './common.js'

type Key = 'className' | 'profile' | 'classTeacher' | 'weekDays'

export interface ClassRow {
  className: string
  profile: string | null
  classTeacher: string | null
  weekDays: 5 | 6 | null
}

export const classesKind: ImportKind<Key, ClassRow> = {
  name: 'classes',
  needsYear: true,
  modes: ['upsert', 'insert', 'update'],
  columns: [
    classColumn,
    {
      key: 'profile',
      names: ['Профиль', 'profile'],
      parse: p.text,
      hint: 'профиль класса',
      example: 'технологический',
    },
    {
      key: 'classTeacher',
      names: ['Классный руководитель', 'class_teacher'],
      parse: p.staffName,
      hint: 'ФИО из списка сотрудников',
      example: 'Громова Анна Александровна',
    },
    {
      key: 'weekDays',
      names: ['Учебная неделя', 'week_days'],
      parse: p.weekDays,
      hint: '5 или 6 дней',
      example: '5',
    },
  ],

  toRow: (v) => ({
    row: {
      className: v.className as string,
      profile: (v.profile as string | undefined) ?? null,
      classTeacher: (v.classTeacher as string | undefined) ?? null,
      weekDays: (v.weekDays as 5 | 6 | undefined) ?? null,
    },
  }),

  key: (r) => r.className,

  plan(rows, {db, year, mode}) {
    const staff = staffLookup(db)
    const stored = new Map(
      (
        db
          .prepare(
            `SELECT c.id, c.name, c.profile, c.week_days AS weekDays, c.class_teacher_id AS teacherId,
                    s.last_name AS lastName, s.first_name AS firstName, s.middle_name AS middleName
             FROM class c LEFT JOIN staff s ON s.id = c.class_teacher_id WHERE c.year_id = ?`,
          )
          .all(year!.id) as Array<{
          id: number
          name: string
          profile: string | null
          weekDays: number
          teacherId: number | null
          lastName: string | null
          firstName: string
          middleName: string
        }>
      ).map((c) => [c.name, c]),
    )
    const changes: Change[] = []
    const problems: LineProblem[] = []
    const writes: Array<() => void> = []
    const insert = db.prepare(
      'INSERT INTO class (year_id, grade, letter, profile, class_teacher_id, week_days) VALUES (?, ?, ?, ?, ?, ?)',
    )
    const update = db.prepare(
      'UPDATE class SET profile = ?, class_teacher_id = ?, week_days = ? WHERE id = ?',
    )

    for (const {line, row} of rows) {
      let teacher: {id: number; name: string} | null = null
      if (row.classTeacher) {
        const found = staff.get(row.classTeacher)
        if (!found || 'ambiguous' in found) {
          problems.push({
            line,
            column: 'classTeacher',
            key: found ? 'import.ambiguousTeacher' : 'import.unknownTeacher',
            params: {
              count: found && 'ambiguous' in found ? found.ambiguous : 0,
              known: found ? null : staff.near(row.classTeacher),
            },
          })
          continue
        }
        teacher = found
      }
      const old = stored.get(row.className)
      if (!old) {
        if (mode === 'update') {
          problems.push({line, column: 'className', key: 'import.notFound'})
          continue
        }
        const c = parseClassName(row.className)!
        changes.push({op: '+', entity: 'class', name: row.className, line})
        writes.push(() =>
          insert.run(year!.id, c.grade, c.letter, row.profile, teacher?.id ?? null, row.weekDays ?? 5),
        )
        continue
      }
      if (mode === 'insert') {
        problems.push({line, column: 'className', key: 'import.alreadyExists', params: {name: row.className}})
        continue
      }
      // An empty optional cell keeps what is stored.
      const oldTeacher = old.lastName ? fullName({...old, lastName: old.lastName}) : null
      const next = {
        profile: row.profile ?? old.profile,
        teacherId: teacher?.id ?? old.teacherId,
        weekDays: row.weekDays ?? old.weekDays,
      }
      const fields = diff(
        {profile: old.profile, classTeacher: oldTeacher, weekDays: String(old.weekDays)},
        {profile: next.profile, classTeacher: teacher?.name ?? oldTeacher, weekDays: String(next.weekDays)},
      )
      changes.push({op: fields.length ? '~' : '=', entity: 'class', name: row.className, line, fields})
      if (fields.length) writes.push(() => update.run(next.profile, next.teacherId, next.weekDays, old.id))
    }
    return {changes, problems, apply: () => writes.forEach((w) => w())}
  },
}
