// lessons.csv: the lesson records of the journal with their topic, type and homework, and the
// moments each part was entered (п. 3.2: on the day of the lesson).
import {formatRu, type IsoDate} from '../../calendar/dates.js'
import {type Change, diff, type ImportKind, type LineProblem, str} from '../kind.js'
import {stampInstant} from '../journal-lookups.js'
import {teachingResolver} from '../lookups.js'
import * as p from '../parsers.js'
import {
  classColumn,
  dateColumn,
  lessonNoColumn,
  subgroupColumn,
  subjectColumn,
  teacherColumn,
} from './common.js'

type Key =
  | 'date'
  | 'lessonNo'
  | 'className'
  | 'subgroup'
  | 'subject'
  | 'teacher'
  | 'substitution'
  | 'topic'
  | 'lessonType'
  | 'homework'
  | 'topicEnteredAt'
  | 'homeworkEnteredAt'
  | 'attendanceEnteredAt'

export interface LessonRow {
  date: IsoDate
  lessonNo: number
  className: string
  subgroup: string | null
  subject: string
  teacher: string
  substitution: boolean
  topic: string | null
  lessonType: p.LessonType
  homework: string | null
  topicEnteredAt: string | null
  homeworkEnteredAt: string | null
  attendanceEnteredAt: string | null
}

interface StoredLesson {
  id: number
  teacher: string
  substitution: number
  topic: string | null
  lessonType: p.LessonType
  homework: string | null
  topicEnteredAt: string | null
  homeworkEnteredAt: string | null
  attendanceEnteredAt: string | null
}

const stamp = (hint: string) => ({parse: p.timestamp, hint, example: '14.10.2026 08:12'})

export const lessonsKind: ImportKind<Key, LessonRow> = {
  name: 'lessons',
  needsYear: true,
  modes: ['upsert'],
  columns: [
    dateColumn,
    lessonNoColumn,
    classColumn,
    subgroupColumn,
    subjectColumn,
    teacherColumn,
    {
      key: 'substitution',
      names: ['Замена', 'substitution'],
      parse: p.yesNo,
      hint: 'да, если урок провёл заменяющий учитель',
      example: 'нет',
    },
    {key: 'topic', names: ['Тема', 'topic'], parse: p.text, hint: 'тема урока', example: 'Сложение дробей'},
    {
      key: 'lessonType',
      names: ['Тип', 'lesson_type'],
      parse: p.lessonType,
      hint: 'урок, контрольная работа, практическая работа, лабораторная работа, диктант, зачёт, самостоятельная работа',
      example: 'урок',
    },
    {
      key: 'homework',
      names: ['Домашнее задание', 'homework'],
      parse: p.text,
      hint: 'домашнее задание',
      example: '№ 245, 246',
    },
    {key: 'topicEnteredAt', names: ['Тема внесена', 'topic_entered_at'], ...stamp('когда внесена тема')},
    {
      key: 'homeworkEnteredAt',
      names: ['ДЗ внесено', 'homework_entered_at'],
      ...stamp('когда внесено задание'),
    },
    {
      key: 'attendanceEnteredAt',
      names: ['Посещаемость внесена', 'attendance_entered_at'],
      ...stamp('когда отмечена посещаемость'),
    },
  ],

  toRow(v, line, {year, timezone}) {
    const date = v.date as IsoDate
    if (date < year!.startsOn || date > year!.endsOn) {
      return {problem: {line, column: 'date', key: 'journal.outsideYear', params: {year: year!.label}}}
    }
    const at = (k: Key) => (v[k] ? stampInstant(v[k] as p.Stamp, timezone) : null)
    return {
      row: {
        date,
        lessonNo: v.lessonNo as number,
        className: v.className as string,
        subgroup: (v.subgroup as string | undefined) ?? null,
        subject: v.subject as string,
        teacher: v.teacher as string,
        substitution: (v.substitution as boolean | undefined) ?? false,
        topic: (v.topic as string | undefined) ?? null,
        lessonType: (v.lessonType as p.LessonType | undefined) ?? 'lesson',
        homework: (v.homework as string | undefined) ?? null,
        topicEnteredAt: at('topicEnteredAt'),
        homeworkEnteredAt: at('homeworkEnteredAt'),
        attendanceEnteredAt: at('attendanceEnteredAt'),
      },
    }
  },

  key: (r) => `${r.date}|${r.lessonNo}|${r.className}|${r.subgroup ?? ''}|${r.subject.toLowerCase()}`,

  plan(rows, {db, year}) {
    const resolve = teachingResolver(db, year!)
    const stored = new Map<string, StoredLesson>()
    for (const l of db
      .prepare(
        `SELECT l.id, l.class_id AS classId, l.subgroup_id AS subgroupId, l.subject_id AS subjectId, l.date, l.lesson_no AS lessonNo,
                trim(s.last_name || ' ' || s.first_name || ' ' || s.middle_name) AS teacher, l.substitution, l.topic,
                l.lesson_type AS lessonType, l.homework, l.topic_entered_at AS topicEnteredAt,
                l.homework_entered_at AS homeworkEnteredAt, l.attendance_entered_at AS attendanceEnteredAt
         FROM lesson l JOIN class c ON c.id = l.class_id JOIN staff s ON s.id = l.teacher_id WHERE c.year_id = ?`,
      )
      .all(year!.id) as Array<
      StoredLesson & {
        classId: number
        subgroupId: number | null
        subjectId: number
        date: string
        lessonNo: number
      }
    >) {
      stored.set(`${l.classId}|${l.subgroupId ?? 0}|${l.subjectId}|${l.date}|${l.lessonNo}`, l)
    }
    const planned = db.prepare(
      `SELECT teacher_id AS id FROM teaching_assignment WHERE class_id = ? AND subject_id = ?
       ORDER BY (coalesce(subgroup_id, 0) = coalesce(?, 0)) DESC LIMIT 1`,
    )
    const insert = db.prepare(
      `INSERT INTO lesson (class_id, subgroup_id, subject_id, teacher_id, planned_teacher_id, substitution, date, lesson_no,
                           topic, lesson_type, homework, topic_entered_at, homework_entered_at, attendance_entered_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    const update = db.prepare(
      `UPDATE lesson SET teacher_id = ?, substitution = ?, topic = ?, lesson_type = ?, homework = ?, topic_entered_at = ?,
              homework_entered_at = ?, attendance_entered_at = ? WHERE id = ?`,
    )
    const changes: Change[] = []
    const problems: LineProblem[] = []
    const writes: Array<() => void> = []
    const describe = (l: {
      teacher: string
      substitution: boolean
      topic: string | null
      lessonType: string
      homework: string | null
      topicEnteredAt: string | null
      homeworkEnteredAt: string | null
      attendanceEnteredAt: string | null
    }) => ({
      teacher: l.teacher,
      substitution: l.substitution ? 'да' : 'нет',
      topic: l.topic,
      lessonType: l.lessonType,
      homework: l.homework,
      topicEnteredAt: l.topicEnteredAt,
      homeworkEnteredAt: l.homeworkEnteredAt,
      attendanceEnteredAt: l.attendanceEnteredAt,
    })

    for (const {line, row} of rows) {
      const r = resolve(row)
      if (Array.isArray(r)) {
        problems.push(...r.map((x) => ({line, ...x})))
        continue
      }
      const name = `${row.className}${row.subgroup ? ` (${row.subgroup})` : ''}, ${r.subjectName}, ${formatRu(row.date)}, урок ${row.lessonNo}`
      const old = stored.get(`${r.classId}|${r.subgroupId ?? 0}|${r.subjectId}|${row.date}|${row.lessonNo}`)
      const values = [
        row.substitution ? 1 : 0,
        row.topic,
        row.lessonType,
        row.homework,
        row.topicEnteredAt,
        row.homeworkEnteredAt,
        row.attendanceEnteredAt,
      ] as const
      if (!old) {
        changes.push({op: '+', entity: 'lessonRecord', name, line})
        const plannedTeacher =
          (planned.get(r.classId, r.subjectId, r.subgroupId) as {id: number} | undefined)?.id ?? null
        writes.push(() =>
          insert.run(
            r.classId,
            r.subgroupId,
            r.subjectId,
            r.teacherId,
            plannedTeacher,
            values[0],
            row.date,
            row.lessonNo,
            ...values.slice(1),
          ),
        )
        continue
      }
      const fields = diff(
        describe({...old, substitution: Boolean(old.substitution)}),
        describe({...row, teacher: r.teacherName}),
      )
      changes.push({
        op: fields.length ? '~' : '=',
        entity: 'lessonRecord',
        name,
        line,
        fields: fields.map((f) => ({...f, old: str(f.old), new: str(f.new)})),
      })
      if (fields.length) writes.push(() => update.run(r.teacherId, ...values, old.id))
    }
    return {changes, problems, apply: () => writes.forEach((w) => w())}
  },
}
