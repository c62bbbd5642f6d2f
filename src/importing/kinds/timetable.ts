// The timetable (расписание уроков): entered within a week of the year's opening (п. 4.3) and
// changed during the year, so each row may say from and to when it holds.
import {formatRu, type IsoDate} from '../../calendar/dates.js'
import {type Change, diff, type ImportKind, type LineProblem} from '../kind.js'
import {teachingResolver} from '../lookups.js'
import * as p from '../parsers.js'
import {classColumn, lessonNoColumn, subgroupColumn, subjectColumn, teacherColumn} from './common.js'

type Key = 'className' | 'subgroup' | 'weekday' | 'lessonNo' | 'subject' | 'teacher' | 'validFrom' | 'validTo'

export interface TimetableRow {
  className: string
  subgroup: string | null
  weekday: number
  lessonNo: number
  subject: string
  teacher: string
  validFrom: IsoDate | null
  validTo: IsoDate | null
}

const WEEKDAY = ['', 'Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб']

export const timetableKind: ImportKind<Key, TimetableRow> = {
  name: 'timetable',
  needsYear: true,
  modes: ['upsert', 'insert', 'update'],
  columns: [
    classColumn,
    subgroupColumn,
    {
      key: 'weekday',
      names: ['День недели', 'weekday'],
      required: true,
      parse: p.weekday,
      hint: 'Пн … Сб или 1 … 6',
      example: 'Пн',
    },
    lessonNoColumn,
    subjectColumn,
    teacherColumn,
    {
      key: 'validFrom',
      names: ['Действует с', 'valid_from'],
      parse: p.date,
      hint: 'с какой даты (пусто: с начала года)',
      example: '',
    },
    {
      key: 'validTo',
      names: ['Действует по', 'valid_to'],
      parse: p.date,
      hint: 'по какую дату (пусто: до конца года)',
      example: '',
    },
  ],

  toRow(v, line) {
    const row: TimetableRow = {
      className: v.className as string,
      subgroup: (v.subgroup as string | undefined) ?? null,
      weekday: v.weekday as number,
      lessonNo: v.lessonNo as number,
      subject: v.subject as string,
      teacher: v.teacher as string,
      validFrom: (v.validFrom as IsoDate | undefined) ?? null,
      validTo: (v.validTo as IsoDate | undefined) ?? null,
    }
    if (row.validFrom && row.validTo && row.validFrom > row.validTo) {
      return {problem: {line, column: 'validTo', key: 'calendar.endBeforeStart'}}
    }
    return {row}
  },

  key: (r) => `${r.className}|${r.subgroup ?? ''}|${r.weekday}|${r.lessonNo}|${r.validFrom ?? ''}`,

  plan(rows, {db, year, mode}) {
    const resolve = teachingResolver(db, year!)
    const stored = new Map(
      (
        db
          .prepare(
            `SELECT t.id, t.class_id AS classId, t.subgroup_id AS subgroupId, t.weekday, t.lesson_no AS lessonNo,
                    t.valid_from AS validFrom, t.valid_to AS validTo, s.name AS subject,
                    trim(st.last_name || ' ' || st.first_name || ' ' || st.middle_name) AS teacher
             FROM timetable t JOIN class c ON c.id = t.class_id JOIN subject s ON s.id = t.subject_id
             JOIN staff st ON st.id = t.teacher_id WHERE c.year_id = ?`,
          )
          .all(year!.id) as Array<{
          id: number
          classId: number
          subgroupId: number | null
          weekday: number
          lessonNo: number
          validFrom: IsoDate | null
          validTo: IsoDate | null
          subject: string
          teacher: string
        }>
      ).map((t) => [`${t.classId}|${t.subgroupId ?? ''}|${t.weekday}|${t.lessonNo}|${t.validFrom ?? ''}`, t]),
    )
    const changes: Change[] = []
    const problems: LineProblem[] = []
    const writes: Array<() => void> = []
    const insert = db.prepare(
      `INSERT INTO timetable (class_id, subgroup_id, weekday, lesson_no, subject_id, teacher_id, valid_from, valid_to)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    const update = db.prepare(
      'UPDATE timetable SET subject_id = ?, teacher_id = ?, valid_to = ? WHERE id = ?',
    )

    for (const {line, row} of rows) {
      const r = resolve(row)
      if (Array.isArray(r)) {
        problems.push(...r.map((x) => ({line, ...x})))
        continue
      }
      const label =
        `${row.className}${row.subgroup ? ` (${row.subgroup})` : ''}, ${WEEKDAY[row.weekday]}, урок ${row.lessonNo}` +
        (row.validFrom ? ` с ${formatRu(row.validFrom)}` : '')
      const old = stored.get(
        `${r.classId}|${r.subgroupId ?? ''}|${row.weekday}|${row.lessonNo}|${row.validFrom ?? ''}`,
      )
      if (!old) {
        if (mode === 'update') {
          problems.push({line, key: 'import.notFound'})
          continue
        }
        changes.push({op: '+', entity: 'lesson', name: `${label}: ${r.subjectName}, ${r.teacherName}`, line})
        writes.push(() =>
          insert.run(
            r.classId,
            r.subgroupId,
            row.weekday,
            row.lessonNo,
            r.subjectId,
            r.teacherId,
            row.validFrom,
            row.validTo,
          ),
        )
        continue
      }
      if (mode === 'insert') {
        problems.push({line, key: 'import.alreadyExists', params: {name: label}})
        continue
      }
      const fields = diff(
        {subject: old.subject, teacher: old.teacher, validTo: old.validTo},
        {subject: r.subjectName, teacher: r.teacherName, validTo: row.validTo},
      )
      changes.push({op: fields.length ? '~' : '=', entity: 'lesson', name: label, line, fields})
      if (fields.length) writes.push(() => update.run(r.subjectId, r.teacherId, row.validTo, old.id))
    }
    return {changes, problems, apply: () => writes.forEach((w) => w())}
  },
}
