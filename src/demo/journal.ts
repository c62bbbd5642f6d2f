// The demo school's journal from 1 September to the as-of date, written by teachers with habits:
// most punctual, some entering topics a day or two late, one often forgetting homework, one
// putting a mark in grade 1, some final marks late or missing, a phone number typed into a
// homework, one class without a thematic plan. Lines of the journal files, month by month.
import {addDays, formatRu, type IsoDate, weekday} from '../calendar/dates.js'
import {isSchoolDay, periodsForGrade, type SchoolCalendar} from '../calendar/school-calendar.js'
import {demoCurriculum} from './curriculum.js'
import {type Random} from './random.js'
import {fullName, type School, type Teacher} from './school.js'

export interface JournalMonth {
  month: string
  lessons: string[]
  marks: string[]
  absences: string[]
}

export const LESSONS_HEADER =
  'Дата;Урок;Класс;Подгруппа;Предмет;Учитель;Замена;Тема;Тип;Домашнее задание;Тема внесена;ДЗ внесено;Посещаемость внесена'
export const MARKS_HEADER = 'Дата;Урок;Класс;Предмет;Ученик;Отметка;Внесено'
export const ABSENCES_HEADER = 'Дата;Урок;Класс;Предмет;Ученик;Причина;Внесено'
export const FINAL_MARKS_HEADER = 'Ученик;Класс;Предмет;Период;Отметка;Внесено'
export const PLANS_HEADER = 'Класс;Предмет;№ темы;Тема;Часов;Создано'

// The teachers' habits, by their place in the staff list.
const isLateWithTopics = (t: Teacher) => t.index % 7 === 3
const isLateWithFinalMarks = (t: Teacher) => t.index % 9 === 4
const skipsFinalMarks = (t: Teacher) => t.index % 11 === 6
const isLateWithPlan = (t: Teacher) => t.index % 10 === 2
/** The class whose teachers never made their thematic plans. */
const NO_PLAN_CLASS = 3

const pad = (n: number) => String(n).padStart(2, '0')
const stamp = (date: IsoDate, hour: number, minute: number) => `${formatRu(date)} ${pad(hour)}:${pad(minute)}`

const PERIOD_NAMES = {quarter: 'четверть', half: 'полугодие', trimester: 'триместр'} as const

export interface JournalOptions {
  calendar: SchoolCalendar
  asOf: IsoDate
  /** Filled as marks are written: sum and count per class, subject, pupil and period. */
  totals: Map<string, {sum: number; n: number}>
}

export function* journalMonths(
  rnd: Random,
  school: School,
  {calendar, asOf, totals}: JournalOptions,
): Generator<JournalMonth> {
  const last = asOf < calendar.endsOn ? asOf : calendar.endsOn
  const ability = new Map(
    school.classes.flatMap((c) => c.pupils.map((p) => [p.externalId, 2.6 + rnd() * 2.4])),
  )
  const counters = new Map<string, number>()
  const substitutes = school.staff.filter((t) => t.subjects.length > 0)
  // The teacher who often forgets homework teaches older pupils (grade 1 has none anyway).
  const forgetful = substitutes.find((t) => t.index >= 5 && !t.subjects.includes('начальные классы'))
  let gradeOneMark = false
  let phoneWritten = false
  let month: JournalMonth | null = null

  for (let day = calendar.startsOn; day <= last; day = addDays(day, 1)) {
    const key = day.slice(0, 7)
    if (month && month.month !== key) {
      yield month
      month = null
    }
    month ??= {month: key, lessons: [LESSONS_HEADER], marks: [MARKS_HEADER], absences: [ABSENCES_HEADER]}
    for (const cls of school.classes) {
      if (!isSchoolDay(calendar, {name: cls.name, grade: cls.grade, weekDays: 5}, day)) continue
      const subjects = cls.timetable.get(weekday(day))
      if (!subjects) continue
      const period = periodsForGrade(calendar, cls.grade).find((p) => p.startsOn <= day && day <= p.endsOn)
      // Pupils away for the whole day.
      const away = new Map(
        cls.pupils.filter(() => rnd.chance(0.05)).map((p) => [p.externalId, rnd.pick(['б', 'б', 'у', 'н'])]),
      )
      subjects.forEach((subject, i) => {
        const lessonNo = i + 1
        // A lesson now and then goes unrecorded (п. 6.6 counts those).
        if (rnd.chance(0.004)) return
        const planned = cls.teachers.get(subject)!
        const substituted = rnd.chance(0.01)
        const teacher = substituted ? rnd.pick(substitutes.filter((t) => t !== planned)) : planned
        const n = (counters.get(`${cls.name}|${subject}`) ?? 0) + 1
        counters.set(`${cls.name}|${subject}`, n)
        const hours = demoCurriculum(cls.grade).find(([s]) => s === subject)![1]
        const control = hours >= 2 && n % 16 === 8
        let topic = control ? `Контрольная работа № ${Math.ceil(n / 16)}` : `${subject}: тема ${n}`
        let type = control ? 'контрольная работа' : ''
        // One teacher writes down the control work without marking its type.
        if (control && teacher.index % 6 === 1) type = ''
        // Grade 1 gets no homework (СанПиН 1.2.3685-21).
        let homework =
          cls.grade === 1
            ? ''
            : teacher === forgetful && !rnd.chance(0.3)
              ? ''
              : `§ ${n}, № ${n * 3}–${n * 3 + 2}`
        if (!phoneWritten && cls.grade === 7 && n === 12) {
          homework = 'Принести справку, вопросы по тел. 8-914-555-12-34'
          phoneWritten = true
        }
        const late = isLateWithTopics(teacher) && rnd.chance(0.3)
        const enteredOn = late ? addDays(day, rnd.int(1, 2)) : day
        const entered = stamp(enteredOn, late ? rnd.int(7, 9) : rnd.int(13, 21), rnd.int(0, 59))
        // Nothing is entered after the as-of day: such a lesson has no topic yet.
        if (enteredOn > asOf) {
          topic = ''
          type = ''
          homework = ''
        }
        const at = enteredOn > asOf ? '' : entered
        month!.lessons.push(
          [
            formatRu(day),
            lessonNo,
            cls.name,
            '',
            subject,
            fullName(teacher),
            substituted ? 'да' : 'нет',
            topic,
            type,
            homework,
            at,
            homework ? at : '',
            at,
          ].join(';'),
        )
        if (!at) return
        const assessment = demoCurriculum(cls.grade).find(([s]) => s === subject)![3]
        for (const pupil of cls.pupils) {
          const reason = away.get(pupil.externalId)
          if (reason) {
            month!.absences.push(
              [formatRu(day), lessonNo, cls.name, subject, pupil.externalId, reason, at].join(';'),
            )
            continue
          }
          const firstGradeSlip = cls.grade === 1 && !gradeOneMark && subject === 'Математика' && n === 10
          if (firstGradeSlip) gradeOneMark = true
          if (!firstGradeSlip && (cls.grade === 1 || !rnd.chance(control ? 0.95 : 0.3))) continue
          const value = assessment === 'pass_fail' ? 'зач' : markFor(rnd, ability.get(pupil.externalId)!)
          month!.marks.push(
            [formatRu(day), lessonNo, cls.name, subject, pupil.externalId, value, at].join(';'),
          )
          if (period && value !== 'зач') {
            const key = `${cls.name}|${subject}|${pupil.externalId}|${period.kind}:${period.number}`
            const t = totals.get(key) ?? {sum: 0, n: 0}
            totals.set(key, {sum: t.sum + Number(value), n: t.n + 1})
          }
        }
      })
    }
  }
  if (month) yield month
}

function markFor(rnd: Random, ability: number): string {
  return String(Math.max(2, Math.min(5, Math.round(ability + (rnd() - 0.5) * 1.6))))
}

/**
 * Final marks of every period that ended by the as-of date, from the period's current marks, and
 * after the year's last day the year marks, from the whole year's.
 */
export function finalMarkLines(
  rnd: Random,
  school: School,
  calendar: SchoolCalendar,
  asOf: IsoDate,
  byPeriod: Map<string, {sum: number; n: number}>,
): string[] {
  const lines = [FINAL_MARKS_HEADER]
  for (const cls of school.classes) {
    if (cls.grade === 1) continue
    for (const period of periodsForGrade(calendar, cls.grade)) {
      if (period.endsOn >= asOf) continue
      for (const [subject, , , assessment] of demoCurriculum(cls.grade)) {
        const teacher = cls.teachers.get(subject)!
        const delay = isLateWithFinalMarks(teacher) ? rnd.int(4, 6) : rnd.int(1, 3)
        const enteredOn = addDays(period.endsOn, delay)
        if (enteredOn > asOf) continue
        cls.pupils.forEach((pupil, i) => {
          if (skipsFinalMarks(teacher) && i < 2) return
          const t = byPeriod.get(`${cls.name}|${subject}|${pupil.externalId}|${period.kind}:${period.number}`)
          const value = assessment === 'pass_fail' ? 'зач' : t ? String(Math.round(t.sum / t.n)) : 'н/а'
          lines.push(
            [
              pupil.externalId,
              cls.name,
              subject,
              `${period.number} ${PERIOD_NAMES[period.kind]}`,
              value,
              stamp(enteredOn, 12, rnd.int(0, 59)),
            ].join(';'),
          )
        })
      }
    }
    // Only after the year's end, so that a journal within the year stays what it was for its seed.
    if (asOf <= calendar.endsOn) continue
    for (const [subject, , , assessment] of demoCurriculum(cls.grade)) {
      const teacher = cls.teachers.get(subject)!
      const delay = isLateWithFinalMarks(teacher) ? rnd.int(4, 6) : rnd.int(1, 3)
      const enteredOn = addDays(calendar.endsOn, delay)
      if (enteredOn > asOf) continue
      cls.pupils.forEach((pupil, i) => {
        if (skipsFinalMarks(teacher) && i < 2) return
        const year = {sum: 0, n: 0}
        for (const p of periodsForGrade(calendar, cls.grade)) {
          const t = byPeriod.get(`${cls.name}|${subject}|${pupil.externalId}|${p.kind}:${p.number}`)
          year.sum += t?.sum ?? 0
          year.n += t?.n ?? 0
        }
        const value =
          assessment === 'pass_fail' ? 'зач' : year.n > 0 ? String(Math.round(year.sum / year.n)) : 'н/а'
        lines.push(
          [pupil.externalId, cls.name, subject, 'год', value, stamp(enteredOn, 12, rnd.int(0, 59))].join(';'),
        )
      })
    }
  }
  return lines
}

/** Thematic plans made in September (one teacher in October), except for one class. */
export function thematicPlanLines(rnd: Random, school: School, asOf: IsoDate, firstYear: number): string[] {
  const lines = [PLANS_HEADER]
  school.classes.forEach((cls, c) => {
    if (c === NO_PLAN_CLASS) return
    for (const [subject, hours] of demoCurriculum(cls.grade)) {
      const teacher = cls.teachers.get(subject)!
      const created = isLateWithPlan(teacher)
        ? `${firstYear}-10-${pad(rnd.int(2, 9))}`
        : `${firstYear}-09-${pad(rnd.int(1, 15))}`
      if (created > asOf) continue
      // About 34 school weeks of hours, in topics of up to 8 hours.
      let left = hours * 34
      for (let n = 1; left > 0; n++) {
        const h = Math.min(left, rnd.int(4, 8))
        lines.push([cls.name, subject, n, `${subject}: раздел ${n}`, h, stamp(created, 10, 0)].join(';'))
        left -= h
      }
    }
  })
  return lines
}
