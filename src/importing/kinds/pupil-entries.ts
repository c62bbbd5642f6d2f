// marks.csv and absences.csv: one entry per pupil per lesson, with the moment it was entered.
// The two files differ only in the value column and the table, so one definition serves both.
import {formatRu, type IsoDate} from '../../calendar/dates.js'
import {type Change, diff, type ImportKind, type KindName, type LineProblem} from '../kind.js'
import {classStays, lessonFinder, pupilResolver, stampInstant} from '../journal-lookups.js'
import {classAndSubject, classLookup, subjectLookup} from '../lookups.js'
import * as p from '../parsers.js'
import {
  classColumn,
  dateColumn,
  enteredAtColumn,
  lessonNoColumn,
  pupilColumn,
  subjectColumn,
} from './common.js'

type Key = 'date' | 'lessonNo' | 'className' | 'subject' | 'pupil' | 'value' | 'enteredAt'

export interface PupilEntryRow {
  date: IsoDate
  lessonNo: number
  className: string
  subject: string
  pupil: string
  value: string
  enteredAt: string
}

interface Spec {
  name: KindName
  entity: string
  table: 'mark' | 'absence'
  column: 'value' | 'reason'
  value: {names: string[]; parse: p.Parser<string>; hint: string; example: string}
}

function pupilEntryKind(spec: Spec): ImportKind<Key, PupilEntryRow> {
  return {
    name: spec.name,
    needsYear: true,
    modes: ['upsert'],
    columns: [
      dateColumn,
      lessonNoColumn,
      classColumn,
      subjectColumn,
      pupilColumn,
      {key: 'value', required: true, ...spec.value},
      enteredAtColumn,
    ],

    toRow: (v, _line, {timezone}) => ({
      row: {
        date: v.date as IsoDate,
        lessonNo: v.lessonNo as number,
        className: v.className as string,
        subject: v.subject as string,
        pupil: v.pupil as string,
        value: v.value as string,
        enteredAt: stampInstant(v.enteredAt as p.Stamp, timezone),
      },
    }),

    key: (r) => `${r.date}|${r.lessonNo}|${r.className}|${r.subject.toLowerCase()}|${r.pupil.toLowerCase()}`,

    plan(rows, {db, year}) {
      const classes = classLookup(db, year!)
      const subjects = subjectLookup(db)
      const pupil = pupilResolver(db, year!)
      const stays = classStays(db, year!)
      const lesson = lessonFinder(db, year!)
      const stored = new Map(
        (
          db
            .prepare(
              `SELECT e.id, e.lesson_id AS lessonId, e.pupil_id AS pupilId, e.${spec.column} AS value, e.entered_at AS enteredAt
               FROM ${spec.table} e JOIN lesson l ON l.id = e.lesson_id JOIN class c ON c.id = l.class_id WHERE c.year_id = ?`,
            )
            .all(year!.id) as Array<{
            id: number
            lessonId: number
            pupilId: number
            value: string
            enteredAt: string
          }>
        ).map((e) => [`${e.lessonId}|${e.pupilId}`, e]),
      )
      const insert = db.prepare(
        `INSERT INTO ${spec.table} (lesson_id, pupil_id, ${spec.column}, entered_at) VALUES (?, ?, ?, ?)`,
      )
      const update = db.prepare(`UPDATE ${spec.table} SET ${spec.column} = ?, entered_at = ? WHERE id = ?`)
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
        const lessonId = lesson(classId, subjectId, row.date, row.lessonNo, found.id)
        if (!lessonId) {
          problems.push({
            line,
            column: 'lessonNo',
            key: 'journal.unknownLesson',
            params: {date: formatRu(row.date)},
          })
          continue
        }
        if (!stays.inClass(found.id, classId, row.date)) {
          problems.push({
            line,
            column: 'pupil',
            key: 'enroll.notInClass',
            params: {...stays.describe(found.id), class: row.className, date: formatRu(row.date)},
          })
          continue
        }
        // «урок 2» so that the lesson's number is not read as the mark; a new entry shows its value.
        const name = `${row.pupil}, ${row.className}, ${row.subject}, ${formatRu(row.date)}, урок ${row.lessonNo}`
        const old = stored.get(`${lessonId}|${found.id}`)
        if (!old) {
          changes.push({op: '+', entity: spec.entity, name: `${name}: ${row.value}`, line})
          writes.push(() => insert.run(lessonId, found.id, row.value, row.enteredAt))
          continue
        }
        const fields = diff(
          {value: old.value, enteredAt: old.enteredAt},
          {value: row.value, enteredAt: row.enteredAt},
        )
        changes.push({op: fields.length ? '~' : '=', entity: spec.entity, name, line, fields})
        if (fields.length) writes.push(() => update.run(row.value, row.enteredAt, old.id))
      }
      return {changes, problems, apply: () => writes.forEach((w) => w())}
    },
  }
}

export const marksKind = pupilEntryKind({
  name: 'marks',
  entity: 'mark',
  table: 'mark',
  column: 'value',
  value: {
    names: ['Отметка', 'value', 'mark'],
    parse: p.markValue,
    hint: '5, 4, 3, 2, 1, зач, незач',
    example: '5',
  },
})

export const absencesKind = pupilEntryKind({
  name: 'absences',
  entity: 'absence',
  table: 'absence',
  column: 'reason',
  value: {
    names: ['Причина', 'reason'],
    parse: p.absenceReason,
    hint: 'н — без причины, у — уважительная, б — болезнь, о — опоздание',
    example: 'б',
  },
})
