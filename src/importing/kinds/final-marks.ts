// final_marks.csv: marks for a period, the year, the exam and the final one (п. 3.2: no later
// than 3 days after the period ends — the check counts when they were entered).
import {formatRu, type IsoDate} from '../../calendar/dates.js'
import {type Change, diff, type ImportKind, type LineProblem} from '../kind.js'
import {classStays, pupilResolver, stampInstant} from '../journal-lookups.js'
import {classAndSubject, classLookup, subjectLookup} from '../lookups.js'
import * as p from '../parsers.js'
import {classColumn, enteredAtColumn, pupilColumn, subjectColumn} from './common.js'

type Key = 'pupil' | 'className' | 'subject' | 'period' | 'value' | 'enteredAt'

export interface FinalMarkRow {
  pupil: string
  className: string
  subject: string
  period: string
  value: string
  enteredAt: string
}

export const finalMarksKind: ImportKind<Key, FinalMarkRow> = {
  name: 'final_marks',
  needsYear: true,
  modes: ['upsert'],
  columns: [
    pupilColumn,
    classColumn,
    subjectColumn,
    {
      key: 'period',
      names: ['Период', 'period'],
      required: true,
      parse: p.periodName,
      hint: '1 четверть … 4 четверть, 1 полугодие, 2 полугодие, год, экзамен, итог',
      example: '1 четверть',
    },
    {
      key: 'value',
      names: ['Отметка', 'value'],
      required: true,
      parse: p.finalMarkValue,
      hint: '5, 4, 3, 2, н/а, осв, зач, незач',
      example: '5',
    },
    // The template's example: a quarter's mark is put in at the quarter's end, not in mid-term.
    {...enteredAtColumn, example: '26.10.2026 15:40'},
  ],

  toRow: (v, _line, {timezone}) => ({
    row: {
      pupil: v.pupil as string,
      className: v.className as string,
      subject: v.subject as string,
      period: v.period as string,
      value: v.value as string,
      enteredAt: stampInstant(v.enteredAt as p.Stamp, timezone),
    },
  }),

  key: (r) => `${r.className}|${r.pupil.toLowerCase()}|${r.subject.toLowerCase()}|${r.period}`,

  plan(rows, {db, year}) {
    const y = year!
    const classes = classLookup(db, y)
    const subjects = subjectLookup(db)
    const pupil = pupilResolver(db, y)
    const stays = classStays(db, y)
    // A final mark is the class's for a pupil who was in it at some time during the period (one
    // who moved mid-quarter may get it from either class); the year, the exam and the final
    // one, and a period the class's grade does not have, span the year.
    const periods = new Map(
      (
        db
          .prepare(
            `SELECT c.id AS classId, p.kind || ':' || p.number AS period, p.starts_on AS startsOn, p.ends_on AS endsOn
             FROM class c JOIN period p ON p.year_id = c.year_id AND c.grade IN (SELECT value FROM json_each(p.grades))
             WHERE c.year_id = ?`,
          )
          .all(y.id) as Array<{classId: number; period: string; startsOn: IsoDate; endsOn: IsoDate}>
      ).map((p) => [`${p.classId}|${p.period}`, p]),
    )
    const stored = new Map(
      (
        db
          .prepare(
            `SELECT id, pupil_id AS pupilId, subject_id AS subjectId, period, value, entered_at AS enteredAt FROM final_mark WHERE year_id = ?`,
          )
          .all(y.id) as Array<{
          id: number
          pupilId: number
          subjectId: number
          period: string
          value: string
          enteredAt: string
        }>
      ).map((m) => [`${m.pupilId}|${m.subjectId}|${m.period}`, m]),
    )
    const insert = db.prepare(
      'INSERT INTO final_mark (year_id, pupil_id, class_id, subject_id, period, value, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    const update = db.prepare('UPDATE final_mark SET value = ?, entered_at = ?, class_id = ? WHERE id = ?')
    const changes: Change[] = []
    const problems: LineProblem[] = []
    const writes: Array<() => void> = []
    for (const {line, row} of rows) {
      const target = classAndSubject(line, row, classes, subjects, problems)
      if (!target) continue
      const {classId, subjectId} = target
      const found = pupil(classId, row.pupil)
      if ('problem' in found) {
        problems.push({line, column: 'pupil', key: found.problem, params: found.params})
        continue
      }
      const span = periods.get(`${classId}|${row.period}`) ?? y
      if (!stays.inClass(found.id, classId, span.startsOn, span.endsOn)) {
        problems.push({
          line,
          column: 'period',
          key: 'enroll.notInClassInPeriod',
          params: {
            ...stays.describe(found.id),
            class: row.className,
            from: formatRu(span.startsOn),
            to: formatRu(span.endsOn),
          },
        })
        continue
      }
      const name = `${row.pupil}, ${row.className}, ${row.subject}, ${row.period}`
      const old = stored.get(`${found.id}|${subjectId}|${row.period}`)
      if (!old) {
        changes.push({op: '+', entity: 'finalMark', name: `${name}: ${row.value}`, line})
        writes.push(() =>
          insert.run(y.id, found.id, classId, subjectId, row.period, row.value, row.enteredAt),
        )
        continue
      }
      const fields = diff(
        {value: old.value, enteredAt: old.enteredAt},
        {value: row.value, enteredAt: row.enteredAt},
      )
      changes.push({op: fields.length ? '~' : '=', entity: 'finalMark', name, line, fields})
      if (fields.length) writes.push(() => update.run(row.value, row.enteredAt, classId, old.id))
    }
    return {changes, problems, apply: () => writes.forEach((w) => w())}
  },
}
