// Curriculum (учебный план): hours per week of a subject for a grade (параллель) or one class,
// whether it is divided into subgroups, and how it is assessed. It is where subjects come from.
import {matchKey} from '../../people/names.js'
import {type Change, diff, type ImportKind, type LineProblem} from '../kind.js'
import {classLookup, subjectLookup} from '../lookups.js'
import * as p from '../parsers.js'
import {subjectColumn} from './common.js'

type Key = 'gradeOrClass' | 'subject' | 'hours' | 'split' | 'assessment'

export interface CurriculumRow {
  grade: number | null
  className: string | null
  subject: string
  hours: number
  split: boolean
  assessment: p.Assessment
}

const gradeOrClass: p.Parser<{grade: number} | {className: string}> = (s) => {
  const grade = p.integer(1, 11)(s)
  if (grade.ok) return {ok: true, value: {grade: grade.value}}
  const cls = p.className(s)
  return cls.ok ? {ok: true, value: {className: cls.value}} : {ok: false, key: 'import.badGradeOrClass'}
}

const ASSESSMENT_NAMES: Record<p.Assessment, string> = {
  marks: 'отметки',
  pass_fail: 'зачёт',
  none: 'без оценивания',
}

export const curriculumKind: ImportKind<Key, CurriculumRow> = {
  name: 'curriculum',
  needsYear: true,
  modes: ['upsert', 'insert', 'update'],
  columns: [
    {
      key: 'gradeOrClass',
      names: ['Параллель или класс', 'grade_or_class', 'Параллель'],
      required: true,
      parse: gradeOrClass,
      hint: 'параллель (5) или класс (10А)',
      example: '5',
    },
    subjectColumn,
    {
      key: 'hours',
      names: ['Часов в неделю', 'hours_per_week'],
      required: true,
      parse: p.hours,
      hint: 'часов в неделю: 5, 0,5',
      example: '5',
    },
    {
      key: 'split',
      names: ['Деление на подгруппы', 'split'],
      parse: p.yesNo,
      hint: 'да или нет',
      example: 'нет',
    },
    {
      key: 'assessment',
      names: ['Оценивание', 'assessment'],
      parse: p.assessment,
      hint: 'отметки, зачёт или без оценивания',
      example: 'отметки',
    },
  ],

  toRow(v) {
    const target = v.gradeOrClass as {grade: number} | {className: string}
    return {
      row: {
        grade: 'grade' in target ? target.grade : null,
        className: 'className' in target ? target.className : null,
        subject: v.subject as string,
        hours: v.hours as number,
        split: (v.split as boolean | undefined) ?? false,
        assessment: (v.assessment as p.Assessment | undefined) ?? 'marks',
      },
    }
  },

  key: (r) => `${r.grade ?? r.className}|${matchKey(r.subject)}`,

  plan(rows, {db, year, mode}) {
    const y = year!
    const classes = classLookup(db, y)
    const subjects = subjectLookup(db)
    const stored = new Map(
      (
        db
          .prepare(
            `SELECT cu.id, coalesce(cu.grade, c.name) AS target, s.match_key AS subjectKey, cu.hours_per_week AS hours,
                    cu.split, cu.assessment
             FROM curriculum cu JOIN subject s ON s.id = cu.subject_id LEFT JOIN class c ON c.id = cu.class_id
             WHERE cu.year_id = ?`,
          )
          .all(y.id) as Array<{
          id: number
          target: string | number
          subjectKey: string
          hours: number
          split: number
          assessment: p.Assessment
        }>
      ).map((r) => [`${r.target}|${r.subjectKey}`, r]),
    )
    const changes: Change[] = []
    const problems: LineProblem[] = []
    const newSubjects = new Map<string, string>()
    const writes: Array<(subjectId: (name: string) => number) => void> = []
    const insert = db.prepare(
      `INSERT INTO curriculum (year_id, grade, class_id, subject_id, hours_per_week, split, assessment) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    const update = db.prepare(
      'UPDATE curriculum SET hours_per_week = ?, split = ?, assessment = ? WHERE id = ?',
    )

    for (const {line, row} of rows) {
      const classId = row.className ? classes.get(row.className) : null
      if (row.className && !classId) {
        problems.push({
          line,
          column: 'gradeOrClass',
          key: 'import.unknownClass',
          params: {known: classes.near(row.className)},
        })
        continue
      }
      if (!subjects.get(row.subject) && !newSubjects.has(matchKey(row.subject))) {
        newSubjects.set(matchKey(row.subject), row.subject)
        changes.push({op: '+', entity: 'subject', name: row.subject, line})
      }
      const label = `${row.grade ?? row.className}: ${row.subject}`
      const old = stored.get(`${row.grade ?? row.className}|${matchKey(row.subject)}`)
      if (!old) {
        if (mode === 'update') {
          problems.push({line, key: 'import.notFound'})
          continue
        }
        changes.push({op: '+', entity: 'curriculum', name: label, line})
        writes.push((subjectId) =>
          insert.run(
            y.id,
            row.grade,
            classId ?? null,
            subjectId(row.subject),
            row.hours,
            row.split ? 1 : 0,
            row.assessment,
          ),
        )
        continue
      }
      if (mode === 'insert') {
        problems.push({line, key: 'import.alreadyExists', params: {name: label}})
        continue
      }
      const fields = diff(
        {
          hours: String(old.hours),
          split: old.split ? 'да' : 'нет',
          assessment: ASSESSMENT_NAMES[old.assessment],
        },
        {
          hours: String(row.hours),
          split: row.split ? 'да' : 'нет',
          assessment: ASSESSMENT_NAMES[row.assessment],
        },
      )
      changes.push({op: fields.length ? '~' : '=', entity: 'curriculum', name: label, line, fields})
      if (fields.length) writes.push(() => update.run(row.hours, row.split ? 1 : 0, row.assessment, old.id))
    }

    const apply = () => {
      const insertSubject = db.prepare('INSERT INTO subject (name, match_key) VALUES (?, ?)')
      const created = new Map<string, number>()
      for (const [key, name] of newSubjects)
        created.set(key, Number(insertSubject.run(name, key).lastInsertRowid))
      const subjectId = (name: string) => subjects.get(name) ?? created.get(matchKey(name))!
      writes.forEach((w) => w(subjectId))
    }
    return {changes, problems, apply}
  },
}
