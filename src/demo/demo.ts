// ejournal demo: a complete, realistic school built through the product's own code paths — it
// writes the import files a school office would have into a folder and imports them, divides
// the classes into subgroups, issues logins and passwords, imports the journal month by month,
// records class-list checks and letter runs, and takes a backup.
import iconv from 'iconv-lite'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'

import {runBackup} from '../backup/run.js'
import {addDays, formatRu, type IsoDate, makeDate} from '../calendar/dates.js'
import {presetCalendar} from '../calendar/preset.js'
import {schoolInstant} from '../calendar/zone.js'
import {withClockAt} from '../core/clock.js'
import {issueCredentials} from '../credentials/issue.js'
import {runImport, runImports} from '../importing/import.js'
import {type KindName} from '../importing/kind.js'
import {recordLetterRun, recordListCheck} from '../journal/records.js'
import {planAssign} from '../subgroups/assign.js'
import {initWorkspace} from '../workspace/init.js'
import {openWorkspace, type Workspace} from '../workspace/workspace.js'
import {openYear} from '../year/open.js'
import {loadCalendar, requireYear, type Year} from '../year/store.js'
import {demoCurriculum} from './curriculum.js'
import {finalMarkLines, journalMonths, thematicPlanLines} from './journal.js'
import {seeded} from './random.js'
import {buildSchool, fullName, type School} from './school.js'

export const DEMO_SCHOOL_NAME = 'МБОУ «Демонстрационная средняя школа № 1»'
export const DEMO_TIMEZONE = 'Asia/Vladivostok'

export interface DemoRequest {
  dir: string
  pupils: number
  /** The day the journal runs to; by default yesterday (defaultAsOf). */
  asOf: IsoDate
  seed: number
  onStep?: (step: string) => void
}

export interface DemoResult {
  dir: string
  year: string
  asOf: IsoDate
  staff: number
  classes: number
  pupils: number
  lessons: number
  marks: number
  absences: number
  finalMarks: number
}

/**
 * Yesterday at the school: the journal runs to it, so that the checks (as of today) find the
 * teachers' habits and nothing else — today's lessons are not due yet.
 */
export function defaultAsOf(today: IsoDate): IsoDate {
  return addDays(today, -1)
}

/**
 * The school year a journal up to `asOf` belongs to: the last one begun by then. After its last
 * day it is the whole year (with its year marks); in the summer and on 1 September, before the
 * next one has begun, it is the year that ended in May.
 */
export function demoFirstYear(asOf: IsoDate): number {
  const year = Number(asOf.slice(0, 4))
  const first = Number(asOf.slice(5, 7)) >= 9 ? year : year - 1
  return asOf < presetCalendar(first, 'quarters').startsOn ? first - 1 : first
}

export async function buildDemo(request: DemoRequest): Promise<DemoResult> {
  const firstYear = demoFirstYear(request.asOf)
  const label = `${firstYear}/${firstYear + 1}`
  const dir = resolve(request.dir)
  const files = mkdtempSync(join(tmpdir(), 'ejournal-demo-'))
  // The office hands its lists over in the last days of August (п. 4.3).
  const august = schoolInstant(makeDate(firstYear, 8, 28), '10:00', DEMO_TIMEZONE)
  try {
    initWorkspace({dir, schoolName: DEMO_SCHOOL_NAME, timezone: DEMO_TIMEZONE, weekDays: 5})
    const ws = openWorkspace(dir)
    try {
      return await withClockAt(august, async () => {
        await openYear(ws, {label, preset: 'quarters', promote: false, keepSubgroups: false}, false)
        const rnd = seeded(request.seed)
        const school = buildSchool(rnd, request.pupils, firstYear)
        const year = requireYear(ws.db, label, makeDate(firstYear, 9, 1))
        const step = request.onStep ?? (() => undefined)

        step('lists')
        const write = (name: string, lines: string[], cp1251 = false) => {
          const path = join(files, name)
          const text = lines.join('\r\n') + '\r\n'
          writeFileSync(path, cp1251 ? iconv.encode(text, 'win1251') : text)
          return path
        }
        const list = async (kind: KindName, path: string) =>
          runImport(
            ws,
            {
              kind,
              path,
              mode: 'upsert',
              dryRun: false,
              skipInvalid: false,
              dropForbidden: false,
              effective: year.startsOn,
              today: year.startsOn,
              lang: 'ru',
            },
            async () => true,
          )
        await list('staff', write('staff.csv', staffLines(school)))
        await list('curriculum', write('curriculum.csv', curriculumLines()))
        await list('classes', write('classes.csv', classLines(school)))
        // Pupil lists come from Excel: Windows-1251 with «;».
        await list('pupils', write('pupils.csv', pupilLines(school), true))
        step('subgroups')
        ;(
          await planAssign(ws, {all: true, groups: 2, maxSize: 25, rebalance: false, today: year.startsOn})
        ).apply()
        await list('assignments', write('assignments.csv', assignmentLines(school)))
        await list('timetable', write('timetable.csv', timetableLines(school)))
        // September's logins and passwords, with the slips the class teachers hand out.
        step('credentials')
        await issueCredentials(ws, {role: 'all', today: year.startsOn}, {format: 'pdf'})

        step('journal')
        const calendarYear = loadCalendar(ws.db, year)
        const importJournal = (journal: Array<{kind: KindName; path: string}>, at: IsoDate) =>
          withClockAt(schoolInstant(at, '18:00', DEMO_TIMEZONE), () =>
            runImports(ws, journal, {
              mode: 'upsert',
              dryRun: false,
              dropForbidden: false,
              effective: at,
              today: at,
            }),
          )
        const plans = thematicPlanLines(rnd, school, request.asOf, firstYear)
        if (plans.length > 1)
          await importJournal(
            [{kind: 'thematic_plans', path: write('thematic_plans.csv', plans)}],
            year.startsOn,
          )
        const totals = new Map<string, {sum: number; n: number}>()
        const counts = {lessons: 0, marks: 0, absences: 0, finalMarks: 0}
        for (const month of journalMonths(rnd, school, {
          calendar: calendarYear,
          asOf: request.asOf,
          totals,
        })) {
          step(`journal ${month.month}`)
          const last = lastDayOf(month.month, request.asOf)
          await importJournal(
            [
              {kind: 'lessons', path: write(`${month.month}-lessons.csv`, month.lessons)},
              {kind: 'marks', path: write(`${month.month}-marks.csv`, month.marks)},
              {kind: 'absences', path: write(`${month.month}-absences.csv`, month.absences)},
            ],
            last,
          )
          counts.lessons += month.lessons.length - 1
          counts.marks += month.marks.length - 1
          counts.absences += month.absences.length - 1
        }
        const finals = finalMarkLines(rnd, school, calendarYear, request.asOf, totals)
        if (finals.length > 1)
          await importJournal([{kind: 'final_marks', path: write('final_marks.csv', finals)}], request.asOf)
        counts.finalMarks = finals.length - 1

        step('records')
        recordDuties(ws, school, year, request.asOf, firstYear)
        // The administrator's backup of the evening (п. 6.5).
        step('backup')
        await withClockAt(schoolInstant(request.asOf, '19:00', DEMO_TIMEZONE), () => runBackup(ws))
        return {
          dir,
          year: label,
          asOf: request.asOf,
          staff: school.staff.length,
          classes: school.classes.length,
          pupils: school.classes.reduce((n, c) => n + c.pupils.length, 0),
          ...counts,
        }
      })
    } finally {
      ws.close()
    }
  } finally {
    rmSync(files, {recursive: true, force: true})
  }
}

function lastDayOf(month: string, asOf: IsoDate): IsoDate {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const end = addDays(m === 12 ? makeDate(y + 1, 1, 1) : makeDate(y, m + 1, 1), -1)
  return end < asOf ? end : asOf
}

/** Class-list checks in the first week (all but a few classes) and letters every two weeks. */
function recordDuties(ws: Workspace, school: School, year: Year, asOf: IsoDate, firstYear: number): void {
  school.classes.forEach((cls, i) => {
    const checked = makeDate(firstYear, 9, 2 + (i % 3))
    if (i % 7 !== 6 && checked <= asOf)
      recordListCheck(ws.db, year, cls.name, schoolInstant(checked, '15:00', DEMO_TIMEZONE))
    // Every fifth class's teacher stops sending letters after September; nobody sends any in the summer.
    const stopAt = i % 5 === 4 ? makeDate(firstYear, 10, 1) : year.endsOn
    for (let d = makeDate(firstYear, 9, 14); d <= stopAt && d <= asOf; d = addDays(d, 14)) {
      recordLetterRun(ws.db, year, cls.name, schoolInstant(d, '16:00', DEMO_TIMEZONE), cls.pupils.length)
    }
  })
}

function staffLines(school: School): string[] {
  return [
    'Фамилия;Имя;Отчество;Email;Должность;Роли',
    ...school.staff.map((t) =>
      [t.lastName, t.firstName, t.middleName, t.email, t.position, t.roles.join(', ')].join(';'),
    ),
  ]
}

function curriculumLines(): string[] {
  const lines = ['Параллель или класс;Предмет;Часов в неделю;Деление на подгруппы;Оценивание']
  for (let grade = 1; grade <= 11; grade++) {
    for (const [subject, hours, split, assessment] of demoCurriculum(grade)) {
      lines.push(
        [grade, subject, hours, split ? 'да' : 'нет', assessment === 'marks' ? 'отметки' : 'зачёт'].join(';'),
      )
    }
  }
  return lines
}

function classLines(school: School): string[] {
  return [
    'Класс;Профиль;Классный руководитель;Учебная неделя',
    ...school.classes.map((c) => [c.name, c.profile ?? '', fullName(c.classTeacher), 5].join(';')),
  ]
}

function pupilLines(school: School): string[] {
  const lines = [
    'Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;Иностранный язык;Внешний ID;ФИО родителя 1;Email родителя 1;ФИО родителя 2;Email родителя 2',
  ]
  for (const c of school.classes) {
    for (const p of c.pupils) {
      const [p1, p2] = p.parents
      lines.push(
        [
          p.lastName,
          p.firstName,
          p.middleName,
          formatRu(p.birthDate),
          p.male ? 'М' : 'Ж',
          c.name,
          p.languages.join(', '),
          p.externalId,
          p1?.name ?? '',
          p1?.email ?? '',
          p2?.name ?? '',
          p2?.email ?? '',
        ].join(';'),
      )
    }
  }
  return lines
}

function assignmentLines(school: School): string[] {
  const lines = ['Класс;Предмет;Учитель']
  for (const c of school.classes)
    for (const [subject, teacher] of c.teachers) lines.push([c.name, subject, fullName(teacher)].join(';'))
  return lines
}

function timetableLines(school: School): string[] {
  const lines = ['Класс;День недели;Урок;Предмет;Учитель']
  for (const c of school.classes) {
    for (const [day, subjects] of c.timetable) {
      subjects.forEach((subject, i) =>
        lines.push([c.name, day, i + 1, subject, fullName(c.teachers.get(subject)!)].join(';')),
      )
    }
  }
  return lines
}
