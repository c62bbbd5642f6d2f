// ejournal check: every rule of the catalog with a case that passes and one that fails, on small
// journals built with the real import commands (a school in Vladivostok, +10:00), and the
// command's contract: --as-of, policy, exit codes, --json, --list-rules, -o, csv and html.
import Database from 'better-sqlite3'
import {cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

import {presetCalendar} from '../../src/calendar/preset.js'
import {calendarRows} from '../../src/compliance/calendar-tables.js'
import {type CheckReport, type Finding} from '../../src/compliance/types.js'
import {DATA, run, spawn, tempDir} from '../helpers/cli.js'
import {writeCsv} from '../helpers/files.js'

const AUGUST = {LANG: 'en_US.UTF-8', LC_ALL: undefined, EJOURNAL_NOW: '2026-08-28T02:00:00Z'}
const EN = {...AUGUST, EJOURNAL_NOW: '2026-11-20T02:00:00Z'}

const FROLOV = 'Фролов Илья Викторович'
const TIKHONOV = 'Тихонов Илья Сергеевич'
const GROMOVA = 'Громова Анна Александровна'
const KUZMIN = 'Кузьмин Илья Игоревич'
const ILYINA = 'Ильина Елизавета Сергеевна'

const PUPILS_HEADER =
  'Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;Иностранный язык;Внешний ID;ФИО родителя 1;Email родителя 1'
const PUPILS_5A = [
  'Иванова;Мария;Петровна;12.03.2014;Ж;5А;Английский;P-1;Иванова Ольга Ивановна;olga@mail.ru',
  'Петров;Олег;Игоревич;05.05.2014;М;5А;Немецкий;P-2;Петрова Анна Сергеевна;anna@mail.ru',
  'Сидоров;Павел;Андреевич;01.02.2014;М;5А;Английский;P-3;Сидорова Вера Павловна;vera@mail.ru',
]

let base: string

/** The school every test starts from: 1А, 5А (5-day week), 7А (6-day week), Vladivostok. */
beforeAll(async () => {
  const dir = tempDir('ejournal-check-base-')
  base = join(dir, 'school')
  const ok = async (args: string[]) => {
    const r = await run([...args, '-w', base], AUGUST)
    expect(r.code, r.stderr + r.stdout).toBe(0)
  }
  await ok(['init', '--school-name', 'Школа <№ 1> & «Лицей»', '--timezone', 'Asia/Vladivostok', '--yes'])
  await ok(['year', 'open', '2026/2027'])
  await ok(['import', 'staff', join(DATA, 'staff.csv')])
  const file = (name: string, lines: string[]) => writeCsv(dir, name, lines)
  await ok([
    'import',
    'curriculum',
    file('curriculum.csv', [
      'Параллель или класс;Предмет;Часов в неделю;Деление на подгруппы;Оценивание',
      '1;Математика;4;нет;отметки',
      '5;Математика;5;нет;отметки',
      '5;Иностранный язык;3;да;отметки',
      '7;Алгебра;3;нет;отметки',
    ]),
  ])
  await ok([
    'import',
    'classes',
    file('classes.csv', [
      'Класс;Профиль;Классный руководитель;Учебная неделя',
      `1А;;${GROMOVA};5`,
      `5А;;${FROLOV};5`,
      `7А;;${TIKHONOV};6`,
    ]),
  ])
  await ok([
    'import',
    'pupils',
    file('pupils.csv', [
      PUPILS_HEADER,
      ...PUPILS_5A,
      'Кузнецова;Ева;Олеговна;10.10.2019;Ж;1А;;P-4;Кузнецова Ирина Олеговна;irina@mail.ru',
      'Смирнов;Лев;Ильич;11.11.2012;М;7А;Английский;P-5;Смирнова Нина Львовна;nina@mail.ru',
    ]),
  ])
  await ok([
    'import',
    'assignments',
    file('assignments.csv', [
      'Класс;Предмет;Учитель',
      `1А;Математика;${GROMOVA}`,
      `5А;Математика;${FROLOV}`,
      `5А;Иностранный язык;${ILYINA}`,
      `7А;Алгебра;${KUZMIN}`,
    ]),
  ])
  await ok([
    'import',
    'timetable',
    file('timetable.csv', [
      'Класс;День недели;Урок;Предмет;Учитель',
      `1А;2;1;Математика;${GROMOVA}`,
      `5А;1;1;Математика;${FROLOV}`,
      `5А;3;2;Математика;${FROLOV}`,
      `7А;6;1;Алгебра;${KUZMIN}`,
    ]),
  ])
})

/** A fresh copy of the base school. */
function school(): string {
  const ws = join(tempDir('ejournal-check-'), 'school')
  cpSync(base, ws, {recursive: true})
  return ws
}

async function ok(ws: string, args: string[], env: Record<string, string | undefined> = EN) {
  const r = await run([...args, '-w', ws], env)
  expect(r.code, r.stderr + r.stdout).toBe(0)
  return r
}

function sql(ws: string, text: string, ...params: unknown[]): void {
  const db = new Database(join(ws, 'ejournal.sqlite'))
  try {
    db.prepare(text).run(...params)
  } finally {
    db.close()
  }
}

interface Lesson {
  date: string
  no: number
  cls?: string
  subject?: string
  teacher?: string
  substitution?: boolean
  topic?: string
  type?: string
  homework?: string
  /** 'dd.mm.yyyy hh:mm' at the school; default 15:00 on the lesson day; '' for none. */
  at?: string
  attendance?: string
}

function lessonLine(l: Lesson): string {
  const at = l.at ?? `${l.date} 15:00`
  const topic = l.topic ?? (at ? `Тема ${l.no} ${l.date}` : '')
  return [
    l.date,
    l.no,
    l.cls ?? '5А',
    '',
    l.subject ?? 'Математика',
    l.teacher ?? FROLOV,
    l.substitution ? 'да' : 'нет',
    topic,
    l.type ?? '',
    l.homework ?? '',
    topic ? at : '',
    l.homework ? at : '',
    l.attendance ?? at,
  ].join(';')
}

/** Imports journal files (lessons.csv from Lesson rows; other files as lines) with `import journal`. */
async function journal(ws: string, lessons: Lesson[], extra: Record<string, string[]> = {}): Promise<void> {
  const d = join(tempDir('ejournal-check-files-'), 'export')
  mkdirSync(d)
  if (lessons.length)
    writeCsv(
      d,
      'lessons.csv',
      [
        'Дата;Урок;Класс;Подгруппа;Предмет;Учитель;Замена;Тема;Тип;Домашнее задание;Тема внесена;ДЗ внесено;Посещаемость внесена',
        ...lessons.map(lessonLine),
      ],
      'cp1251',
    )
  for (const [name, lines] of Object.entries(extra)) writeCsv(d, name, lines)
  await ok(ws, ['import', 'journal', d])
}

async function check(
  ws: string,
  args: string[],
  env: Record<string, string | undefined> = EN,
): Promise<{code: number; report: CheckReport; stderr: string}> {
  const r = await run(['check', ...args, '--json', '-w', ws], env)
  expect([0, 3], r.stderr).toContain(r.code)
  return {code: r.code, report: JSON.parse(r.stdout) as CheckReport, stderr: r.stderr}
}

async function findings(ws: string, rule: string, asOf: string, more: string[] = []): Promise<Finding[]> {
  return (await check(ws, ['--rule', rule, '--as-of', asOf, ...more])).report.findings
}

const pick = (list: Finding[], f: Partial<Finding>) =>
  list.filter((x) => Object.entries(f).every(([k, v]) => x[k as keyof Finding] === v))

describe('lesson-topic-on-time (п. 3.2)', () => {
  it('takes 23:59 at the school as on time and 00:01 as a day late; a missing topic is an error after 7 days', async () => {
    const ws = school()
    await journal(ws, [
      {date: '14.10.2026', no: 2, at: '14.10.2026 23:59'},
      {date: '12.10.2026', no: 1, at: '13.10.2026 00:01'},
      {date: '07.10.2026', no: 2, at: ''},
      {date: '19.10.2026', no: 1, at: ''},
    ])
    const found = await findings(ws, 'lesson-topic-on-time', '2026-10-20')
    expect(found.map((f) => [f.date, f.severity, f.delayDays])).toEqual([
      ['2026-10-07', 'error', 13],
      ['2026-10-12', 'warning', 1],
      ['2026-10-19', 'warning', 1],
    ])
    const late = pick(found, {date: '2026-10-12'})[0]!
    expect(late).toMatchObject({
      rule: 'lesson-topic-on-time',
      clause: '3.2',
      responsible: {name: FROLOV, role: 'teacher'},
      class: '5А',
      subject: 'Математика',
      deadline: '2026-10-12T23:59:59+10:00',
      message:
        '5А, Математика, 12.10.2026, урок 1: тема внесена 13.10.2026 в 00:01, на 1 день позже срока (п. 3.2)',
    })
    expect(pick(found, {date: '2026-10-07'})[0]!.message).toBe(
      '5А, Математика, 07.10.2026, урок 2: тема урока не внесена, просрочено на 13 дней (срок 07.10.2026) (п. 3.2)',
    )
  })

  it('holds the substitute responsible for a substituted lesson', async () => {
    const ws = school()
    await journal(ws, [
      {date: '05.10.2026', no: 1, teacher: TIKHONOV, substitution: true, at: '07.10.2026 09:00'},
    ])
    const [f] = await findings(ws, 'lesson-topic-on-time', '2026-10-20')
    expect(f).toMatchObject({
      responsible: {name: TIKHONOV, role: 'teacher'},
      delayDays: 2,
      severity: 'warning',
    })
  })

  it('reproduces a past day with --as-of: later entries do not count, later deadlines are not due', async () => {
    const ws = school()
    await journal(ws, [
      {date: '12.10.2026', no: 1, at: '15.10.2026 08:00'},
      {date: '14.10.2026', no: 2, at: '14.10.2026 10:00'},
    ])
    expect(await findings(ws, 'lesson-topic-on-time', '2026-10-12')).toEqual([])
    const past = await findings(ws, 'lesson-topic-on-time', '13.10.2026')
    expect(past).toHaveLength(1)
    expect(past[0]).toMatchObject({date: '2026-10-12', severity: 'warning', delayDays: 1})
    expect(past[0]!.message).toContain('тема урока не внесена')
    const now = await findings(ws, 'lesson-topic-on-time', '2026-10-20')
    expect(now.map((f) => [f.date, f.delayDays])).toEqual([['2026-10-12', 3]])
    expect(now[0]!.message).toContain('тема внесена 15.10.2026 в 08:00, на 3 дня позже срока')
  })
})

describe('attendance-on-time (п. 3.2, 3.3)', () => {
  it('passes attendance marked on the day, warns when later, errs when never', async () => {
    const ws = school()
    await journal(ws, [
      {date: '05.10.2026', no: 1},
      {date: '07.10.2026', no: 2, attendance: '08.10.2026 08:00'},
      {date: '12.10.2026', no: 1, attendance: ''},
    ])
    const found = await findings(ws, 'attendance-on-time', '2026-10-20')
    expect(found.map((f) => [f.date, f.severity, f.delayDays])).toEqual([
      ['2026-10-12', 'error', 8],
      ['2026-10-07', 'warning', 1],
    ])
  })
})

describe('weekly-fill (п. 3.2)', () => {
  it('finds class × subject weeks without an entry; vacation weeks and holidays expect nothing; Saturdays count in a 6-day class', async () => {
    const ws = school()
    await journal(ws, [
      {date: '02.09.2026', no: 2},
      // Recorded, but only after the week and its day of grace.
      {date: '07.09.2026', no: 1, at: '16.09.2026 10:00'},
      {date: '09.09.2026', no: 2, at: '16.09.2026 10:00'},
      // Entered on the Monday after the week: within the grace day.
      {date: '16.09.2026', no: 2, at: '21.09.2026 10:00'},
    ])
    const found = await findings(ws, 'weekly-fill', '2026-09-25')
    const weeks = found.map((f) => `${f.class} ${f.date}`)
    expect(weeks).toContain('5А 2026-09-07')
    expect(weeks).not.toContain('5А 2026-08-31')
    expect(weeks).not.toContain('5А 2026-09-14')
    // Nothing at all recorded in 1А and 7А (Saturday lessons of a 6-day week).
    expect(weeks).toEqual(expect.arrayContaining(['1А 2026-08-31', '7А 2026-08-31', '7А 2026-09-14']))
    expect(pick(found, {class: '5А'})[0]).toMatchObject({
      severity: 'error',
      period: 'week:2026-09-07',
      deadline: '2026-09-14T23:59:59+10:00',
      responsible: {name: FROLOV},
    })

    // Autumn vacation (26.10–03.11) and the holiday of 4 November: no lessons, no findings.
    const autumn = await findings(ws, 'weekly-fill', '2026-11-12', ['--class', '5А'])
    const mondays = autumn.map((f) => f.date)
    expect(mondays).toContain('2026-10-19')
    expect(mondays).not.toContain('2026-10-26')
    expect(mondays).not.toContain('2026-11-02')
    // 7А studies on Saturday 7 November, in the week of the holiday.
    const seventh = await findings(ws, 'weekly-fill', '2026-11-12', ['--class', '7А'])
    expect(seventh.map((f) => f.date)).toContain('2026-11-02')
  })
})

describe('homework-weekly (п. 3.2)', () => {
  it('warns about a week without homework, not in grade 1, not for exempt subjects', async () => {
    const ws = school()
    await journal(ws, [
      {date: '14.09.2026', no: 1, homework: '§ 3, № 12'},
      {date: '16.09.2026', no: 2},
      {date: '21.09.2026', no: 1},
      {date: '23.09.2026', no: 2},
      {date: '15.09.2026', no: 1, cls: '1А', teacher: GROMOVA},
      {date: '22.09.2026', no: 1, cls: '1А', teacher: GROMOVA},
    ])
    const found = await findings(ws, 'homework-weekly', '2026-10-01')
    expect(found.map((f) => [f.class, f.date, f.severity])).toEqual([['5А', '2026-09-21', 'warning']])
    expect(found[0]!.message).toBe(
      '5А, Математика, неделя 21.09–27.09.2026: за неделю с уроками не записано ни одного домашнего задания (п. 3.2)',
    )

    const settings = JSON.parse(readFileSync(join(ws, 'ejournal.json'), 'utf8'))
    settings.policy = {'homework-weekly': {exemptSubjects: ['математика']}}
    writeFileSync(join(ws, 'ejournal.json'), JSON.stringify(settings))
    expect(await findings(ws, 'homework-weekly', '2026-10-01')).toEqual([])
  })
})

describe('work-type-specified (п. 3.2)', () => {
  it('warns about a control work written without its type, and not about a lesson preparing for one', async () => {
    const ws = school()
    await journal(ws, [
      {date: '05.10.2026', no: 1, topic: 'Контрольная работа № 1'},
      {date: '07.10.2026', no: 2, topic: 'Контрольная работа № 2', type: 'контрольная работа'},
      {date: '12.10.2026', no: 1, topic: 'Подготовка к контрольной работе'},
      {date: '14.10.2026', no: 2, topic: 'Лабораторная работа «<Маятник>»'},
    ])
    const found = await findings(ws, 'work-type-specified', '2026-10-20')
    expect(found.map((f) => f.date)).toEqual(['2026-10-05', '2026-10-14'])
    expect(found[0]!.message).toBe(
      '5А, Математика, 05.10.2026, урок 1: тема «Контрольная работа № 1» записана без типа работы (п. 3.2)',
    )
  })
})

describe('first-grade-no-marks (п. 3.2)', () => {
  it('errs on a mark in grade 1 and not on one in grade 5', async () => {
    const ws = school()
    await journal(
      ws,
      [
        {date: '15.09.2026', no: 1, cls: '1А', teacher: GROMOVA},
        {date: '16.09.2026', no: 2},
      ],
      {
        'marks.csv': [
          'Дата;Урок;Класс;Предмет;Ученик;Отметка;Внесено',
          '15.09.2026;1;1А;Математика;P-4;5;15.09.2026 12:00',
          '16.09.2026;2;5А;Математика;P-1;5;16.09.2026 12:00',
        ],
      },
    )
    const found = await findings(ws, 'first-grade-no-marks', '2026-10-01')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({
      severity: 'error',
      class: '1А',
      pupil: 'Кузнецова Ева Олеговна',
      responsible: {name: GROMOVA},
      message:
        '1А, Математика, Кузнецова Ева Олеговна, 15.09.2026, урок 1: в 1 классе выставлено отметок: 1 (п. 3.2)',
    })
  })
})

const FINALS_HEADER = 'Ученик;Класс;Предмет;Период;Отметка;Внесено'

describe('final-marks-deadline (п. 3.2)', () => {
  it('errs on a missing final mark 3 days after the quarter, warns on a late one, expects none for a pupil who left', async () => {
    const ws = school()
    // Сидоров leaves 5А on 15 October, in the middle of the first quarter (to 25.10).
    await ok(ws, [
      'import',
      'pupils',
      writeCsv(tempDir(), 'sync.csv', [PUPILS_HEADER, ...PUPILS_5A.slice(0, 2)]),
      '--mode',
      'sync',
      '--effective',
      '15.10.2026',
      '--yes',
    ])
    await journal(ws, [], {
      'final_marks.csv': [
        FINALS_HEADER,
        'P-1;5А;Математика;1 четверть;5;28.10.2026 23:59',
        'P-2;5А;Математика;1 четверть;4;30.10.2026 10:00',
        'P-1;5А;Иностранный язык;1 четверть;5;27.10.2026 10:00',
        'P-5;7А;Алгебра;1 четверть;4;26.10.2026 10:00',
      ],
    })
    const found = await findings(ws, 'final-marks-deadline', '2026-11-10')
    expect(found.map((f) => [f.pupil, f.subject, f.severity, f.delayDays])).toEqual([
      ['Петров Олег Игоревич', 'Иностранный язык', 'error', 13],
      ['Петров Олег Игоревич', 'Математика', 'warning', 2],
    ])
    expect(found[0]).toMatchObject({
      period: 'quarter:1',
      deadline: '2026-10-28T23:59:59+10:00',
      responsible: {name: ILYINA},
      message:
        '5А, Иностранный язык, Петров Олег Игоревич, 1 четверть: итоговая отметка не выставлена, просрочено на 13 дней (срок 28.10.2026) (п. 3.2)',
    })
    // On the deadline day itself nothing is due yet.
    expect(
      pick(await findings(ws, 'final-marks-deadline', '2026-10-28'), {severity: 'error'}).map((f) => f.pupil),
    ).toEqual([])
  })
})

describe('final-mark-grounded (п. 3.2, 6.7)', () => {
  it('warns when the final mark is far from the current marks or has too few behind it', async () => {
    const ws = school()
    await journal(
      ws,
      [
        {date: '05.10.2026', no: 1},
        {date: '07.10.2026', no: 2},
        {date: '12.10.2026', no: 1},
      ],
      {
        'marks.csv': [
          'Дата;Урок;Класс;Предмет;Ученик;Отметка;Внесено',
          '05.10.2026;1;5А;Математика;P-1;5;05.10.2026 12:00',
          '07.10.2026;2;5А;Математика;P-1;5;07.10.2026 12:00',
          '12.10.2026;1;5А;Математика;P-1;4;12.10.2026 12:00',
          '05.10.2026;1;5А;Математика;P-2;3;05.10.2026 12:00',
          '07.10.2026;2;5А;Математика;P-2;3;07.10.2026 12:00',
          '12.10.2026;1;5А;Математика;P-2;4;12.10.2026 12:00',
          '05.10.2026;1;5А;Математика;P-3;4;05.10.2026 12:00',
        ],
        'final_marks.csv': [
          FINALS_HEADER,
          'P-1;5А;Математика;1 четверть;5;26.10.2026 10:00',
          'P-2;5А;Математика;1 четверть;5;26.10.2026 10:00',
          'P-3;5А;Математика;1 четверть;4;26.10.2026 10:00',
        ],
      },
    )
    const found = await findings(ws, 'final-mark-grounded', '2026-11-10')
    expect(found.map((f) => [f.pupil, f.severity])).toEqual([
      ['Петров Олег Игоревич', 'warning'],
      ['Сидоров Павел Андреевич', 'warning'],
    ])
    expect(found[0]!.message).toBe(
      '5А, Математика, Петров Олег Игоревич, 1 четверть: итоговая «5» при среднем 3,33 по 3 отметкам (п. 3.2, 6.7)',
    )
    expect(found[1]!.message).toContain('выставлена по 1 текущей отметке (нужно не меньше 3)')
  })
})

describe('thematic-plan (п. 3.2)', () => {
  it('errs on a missing plan after 30 September, warns on a late one and on hours that do not add up', async () => {
    const ws = school()
    const weeks = calendarRows(
      presetCalendar(2026, 'quarters'),
      [{id: 1, name: '5А', grade: 5, weekDays: 5}],
      'Asia/Vladivostok',
      '2026-10-05',
    ).weeks.length
    // Topics of 1 hour, as many as the curriculum's hours for the year.
    const topics = (cls: string, subject: string, hours: number, created: string) =>
      Array.from({length: hours}, (_, i) => `${cls};${subject};${i + 1};Тема ${i + 1};1;${created}`)
    await journal(ws, [], {
      'thematic_plans.csv': [
        'Класс;Предмет;№ темы;Тема;Часов;Создано',
        ...topics('5А', 'Математика', 5 * weeks, '05.09.2026 10:00'),
        ...topics('5А', 'Иностранный язык', 3 * weeks, '30.09.2026 23:00'),
        '7А;Алгебра;1;Выражения;20;05.10.2026 10:00',
      ],
    })
    const found = await findings(ws, 'thematic-plan', '2026-10-20')
    expect(found.map((f) => [f.class, f.subject, f.severity])).toEqual([
      ['1А', 'Математика', 'error'],
      ['7А', 'Алгебра', 'warning'],
      ['7А', 'Алгебра', 'warning'],
    ])
    expect(found.map((f) => f.message)).toEqual([
      '1А, Математика: тематического плана нет, просрочено на 20 дней (срок 30.09.2026) (п. 3.2)',
      '7А, Алгебра: тематический план создан 05.10.2026 в 10:00, на 5 дней позже срока (п. 3.2)',
      expect.stringMatching(
        /^7А, Алгебра: в тематическом плане 20 ч, по учебному плану \d+ ч \(10 % допуска\) \(п\. 3\.2\)$/,
      ),
    ])
    // Before the deadline a missing plan is not yet due.
    expect(await findings(ws, 'thematic-plan', '2026-09-30')).toEqual([])
  })
})

describe('class-list-checked (п. 3.3)', () => {
  it('warns when a class list was not checked in the first school week, or later', async () => {
    const ws = school()
    await ok(ws, ['classes', 'confirm-list', '5А'], {...EN, EJOURNAL_NOW: '2026-09-03T01:00:00Z'})
    await ok(ws, ['classes', 'confirm-list', '7а'], {...EN, EJOURNAL_NOW: '2026-09-09T01:00:00Z'})
    const found = await findings(ws, 'class-list-checked', '2026-09-20')
    expect(found.map((f) => [f.class, f.severity, f.delayDays, f.responsible.role])).toEqual([
      ['1А', 'warning', 14, 'class_teacher'],
      ['7А', 'warning', 3, 'class_teacher'],
    ])
    expect(found[0]!.responsible.name).toBe(GROMOVA)
    expect(found[0]!.deadline).toBe('2026-09-06T23:59:59+10:00')
  })
})

describe('pupil-data-complete (п. 3.3)', () => {
  it('lists what is missing for a pupil after October, and nothing for complete ones', async () => {
    const ws = school()
    await ok(
      ws,
      [
        'import',
        'pupils',
        writeCsv(tempDir(), 'new.csv', [
          'Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;Иностранный язык',
          'Орлов;Ян;Петрович;03.03.2014;М;5А;',
        ]),
        '--yes',
      ],
      {...EN, EJOURNAL_NOW: '2026-09-10T01:00:00Z'},
    )
    expect(await findings(ws, 'pupil-data-complete', '2026-10-31')).toEqual([])
    const found = await findings(ws, 'pupil-data-complete', '2026-11-05')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({
      pupil: 'Орлов Ян Петрович',
      responsible: {name: FROLOV, role: 'class_teacher'},
      message:
        '5А, Орлов Ян Петрович: не внесено: иностранные языки, ФИО родителей, электронная почта родителей (срок 31.10.2026) (п. 3.3)',
    })
  })
})

describe('no-forbidden-personal-data (п. 3.3)', () => {
  it('errs on a phone number or an address in the journal, masking it, and passes ordinary homework', async () => {
    const ws = school()
    await journal(ws, [
      {date: '05.10.2026', no: 1, homework: '§ 8, № 24–26'},
      {date: '07.10.2026', no: 2, homework: 'Принести справку, вопросы по тел. 8-914-555-12-34'},
      {date: '12.10.2026', no: 1, topic: 'Экскурсия: ул. Светланская, д. 12'},
    ])
    const found = await findings(ws, 'no-forbidden-personal-data', '2026-10-20')
    expect(found.map((f) => [f.date, f.severity, f.responsible.role, f.responsible.name])).toEqual([
      ['2026-10-07', 'error', 'admin', 'Митрофанова Юлия Евгеньевна'],
      ['2026-10-12', 'error', 'admin', 'Митрофанова Юлия Евгеньевна'],
    ])
    expect(found[0]!.message).toBe(
      '5А, Математика, 07.10.2026, урок 2: в домашнем задании номер телефона «тел. 8-914-***-**-34» — удалить (п. 3.3)',
    )
    expect(found[1]!.message).toContain('в теме урока адрес «ул. Светланская, д. 12» — удалить')
    expect(JSON.stringify(found)).not.toContain('555-12')
  })
})

describe('subgroups-complete (п. 3.3, 4.4)', () => {
  it('errs on a split subject without subgroups, and on a pupil in none after the division', async () => {
    const ws = school()
    const [f] = await findings(ws, 'subgroups-complete', '2026-09-10')
    expect(f).toMatchObject({class: '5А', subject: 'Иностранный язык', severity: 'error', pupil: null})
    await ok(ws, ['subgroups', 'assign', '--class', '5А', '--yes'], {
      ...EN,
      EJOURNAL_NOW: '2026-09-03T01:00:00Z',
    })
    expect(await findings(ws, 'subgroups-complete', '2026-09-10')).toEqual([])
    await ok(ws, [
      'import',
      'pupils',
      writeCsv(tempDir(), 'new.csv', [PUPILS_HEADER, 'Орлов;Ян;Петрович;03.03.2014;М;5А;Английский;P-9;;']),
      '--yes',
    ])
    const [late] = await findings(ws, 'subgroups-complete', '2026-12-01')
    expect(late).toMatchObject({pupil: 'Орлов Ян Петрович', responsible: {name: FROLOV}})
    expect(late!.message).toBe(
      '5А, Иностранный язык, Орлов Ян Петрович: ученик не состоит ни в одной подгруппе (п. 3.3, 4.4)',
    )
  })
})

describe('parent-letters (п. 3.3)', () => {
  it('warns about a class whose last letter run is older than 14 days', async () => {
    const ws = school()
    const letter = (cls: string, at: string) =>
      sql(
        ws,
        `INSERT INTO letter_log (class_id, sent_at, letters, os_user)
         SELECT id, ?, 3, 'test' FROM class WHERE name = ?`,
        at,
        cls,
      )
    letter('5А', '2026-09-30T06:00:00Z')
    letter('1А', '2026-10-10T06:00:00Z')
    const found = await findings(ws, 'parent-letters', '2026-10-20')
    expect(found.map((f) => [f.class, f.delayDays])).toEqual([
      ['7А', 35],
      ['5А', 6],
    ])
    expect(found[1]!.message).toBe(
      '5А: письма родителям не отправлялись с 30.09.2026 в 16:00, 6 дней сверх срока (п. 3.3)',
    )
  })
})

describe('lessons-held (п. 6.6)', () => {
  it('errs on a timetabled lesson not recorded 3 days after (Saturdays only in a 6-day class), warns on an unmarked substitution', async () => {
    const ws = school()
    // A Saturday lesson in the 5-day 5А is never expected.
    await ok(ws, [
      'import',
      'timetable',
      writeCsv(tempDir(), 'sat.csv', [
        'Класс;День недели;Урок;Предмет;Учитель',
        `5А;6;3;Математика;${FROLOV}`,
      ]),
    ])
    await journal(ws, [
      {date: '01.09.2026', no: 1, cls: '1А', teacher: GROMOVA},
      {date: '07.09.2026', no: 1, teacher: TIKHONOV},
    ])
    const found = await findings(ws, 'lessons-held', '2026-09-10')
    expect(found.map((f) => [f.severity, f.class, f.date, f.responsible.name])).toEqual([
      ['error', '7А', '2026-09-05', KUZMIN],
      ['error', '5А', '2026-09-02', FROLOV],
      ['warning', '5А', '2026-09-07', TIKHONOV],
    ])
    expect(found[2]!.message).toBe(
      `5А, Математика, 07.09.2026, урок 1: урок провёл не назначенный учитель (назначен ${FROLOV}), замена не отмечена (п. 6.6)`,
    )
    // Vacation and the holiday of 4 November (a Wednesday of 5А) expect no lessons.
    const autumn = await findings(ws, 'lessons-held', '2026-11-10', ['--class', '5А', '--from', '2026-10-26'])
    expect(autumn.map((f) => f.date)).toEqual([])
  })
})

describe('program-fulfilment (п. 6.6, 6.7)', () => {
  it('warns when the lessons held fall behind the curriculum hours due to date', async () => {
    const ws = school()
    const days = calendarRows(
      presetCalendar(2026, 'quarters'),
      [{id: 1, name: '5А', grade: 5, weekDays: 5}],
      'Asia/Vladivostok',
      '2026-09-30',
    ).schoolDays.filter((d) => d.date <= '2026-09-30')
    await journal(
      ws,
      days.map((d) => ({date: d.date.split('-').reverse().join('.'), no: 3})),
    )
    const found = await findings(ws, 'program-fulfilment', '2026-09-30')
    expect(found.map((f) => [f.class, f.subject])).toEqual(
      expect.arrayContaining([
        ['1А', 'Математика'],
        ['7А', 'Алгебра'],
      ]),
    )
    expect(pick(found, {class: '5А', subject: 'Математика'})).toEqual([])
    expect(pick(found, {class: '1А'})[0]!.message).toMatch(
      /^1А, Математика: проведено 0 уроков при 18 по учебному плану на дату \(−100 %\) \(п\. 6\.6, 6\.7\)$/,
    )
  })
})

describe('control-works-present (п. 6.7)', () => {
  it('warns about a finished quarter without a control work, for subjects of 2+ hours a week, not in grade 1', async () => {
    const ws = school()
    await journal(ws, [
      {date: '14.10.2026', no: 2, topic: 'Контрольная работа № 1', type: 'контрольная работа'},
    ])
    const found = await findings(ws, 'control-works-present', '2026-11-10')
    expect(found.map((f) => [f.class, f.subject, f.period])).toEqual([
      ['5А', 'Иностранный язык', 'quarter:1'],
      ['7А', 'Алгебра', 'quarter:1'],
    ])
    expect(await findings(ws, 'control-works-present', '2026-10-25')).toEqual([])
  })
})

describe('timetable-published (п. 4.3)', () => {
  it('errs on a class without a timetable 7 days after the year was opened', async () => {
    const ws = school()
    await ok(ws, ['import', 'classes', writeCsv(tempDir(), 'c.csv', ['Класс', '9А'])], AUGUST)
    expect(await findings(ws, 'timetable-published', '2026-09-04')).toEqual([])
    const found = await findings(ws, 'timetable-published', '2026-09-10')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({
      class: '9А',
      severity: 'error',
      responsible: {name: 'Моисеев Кирилл Николаевич', role: 'deputy'},
      deadline: '2026-09-04T23:59:59+10:00',
      delayDays: 6,
    })
  })
})

describe('year-opened (п. 4.4)', () => {
  it('passes a year opened in August, warns on one opened late, errs on one still planned', async () => {
    const ws = school()
    expect(await findings(ws, 'year-opened', '2026-09-10')).toEqual([])
    sql(ws, "UPDATE academic_year SET opened_at = '2026-09-08T01:00:00.000Z'")
    const [late] = await findings(ws, 'year-opened', '2026-09-10')
    expect(late).toMatchObject({severity: 'warning', delayDays: 2, responsible: {role: 'admin'}})
    expect(late!.message).toBe(
      'учебный год 2026/2027 открыт 08.09.2026 в 11:00, на 2 дня позже срока (п. 4.4)',
    )
    sql(ws, "UPDATE academic_year SET status = 'planned'")
    const [missing] = await findings(ws, 'year-opened', '2026-09-10')
    expect(missing).toMatchObject({severity: 'error', delayDays: 4})
  })
})

describe('monthly-control (п. 6.6)', () => {
  it('warns about a finished month of the year without a recorded control', async () => {
    const ws = school()
    sql(
      ws,
      "INSERT INTO control_log (at, month, os_user, summary) VALUES ('2026-09-28T05:00:00Z', '2026-09', 'deputy', '{}')",
    )
    const found = await findings(ws, 'monthly-control', '2026-11-05')
    expect(found.map((f) => [f.period, f.severity, f.responsible.name])).toEqual([
      ['month:2026-10', 'warning', 'Моисеев Кирилл Николаевич'],
    ])
    expect(found[0]!.message).toBe(
      'октябрь 2026: проверка журнала за месяц не проводилась, просрочено на 5 дней (срок 31.10.2026) (п. 6.6)',
    )
  })
})

describe('backups-fresh (п. 6.5)', () => {
  it('errs when the last verified backup is older than 14 days (policy.backupIntervalDays), or there is none', async () => {
    const ws = school()
    const [never] = await findings(ws, 'backups-fresh', '2026-09-20')
    expect(never!.message).toBe('проверенных резервных копий нет (срок 15.09.2026) (п. 6.5)')
    sql(
      ws,
      "INSERT INTO backup_log (at, action, backup_id, ok) VALUES ('2026-10-01T03:00:00Z', 'run', 'b1', 1)",
    )
    sql(
      ws,
      "INSERT INTO backup_log (at, action, backup_id, ok) VALUES ('2026-10-05T03:00:00Z', 'run', 'b2', 0)",
    )
    expect(await findings(ws, 'backups-fresh', '2026-10-15')).toEqual([])
    const [stale] = await findings(ws, 'backups-fresh', '2026-10-20')
    expect(stale).toMatchObject({severity: 'error', delayDays: 5, deadline: '2026-10-15T23:59:59+10:00'})
    // A backup whose verification failed does not count.
    sql(
      ws,
      "INSERT INTO backup_log (at, action, backup_id, ok) VALUES ('2026-10-12T03:00:00Z', 'run', 'b3', 1)",
    )
    sql(
      ws,
      "INSERT INTO backup_log (at, action, backup_id, ok) VALUES ('2026-10-13T03:00:00Z', 'verify', 'b3', 0)",
    )
    expect((await findings(ws, 'backups-fresh', '2026-10-20'))[0]!.delayDays).toBe(5)
    const settings = JSON.parse(readFileSync(join(ws, 'ejournal.json'), 'utf8'))
    settings.policy = {backupIntervalDays: 30}
    writeFileSync(join(ws, 'ejournal.json'), JSON.stringify(settings))
    expect(await findings(ws, 'backups-fresh', '2026-10-20')).toEqual([])
  })
})

describe('previous-year-archived (п. 6.9)', () => {
  it('warns about an ended year not archived 30 days after its end', async () => {
    const ws = school()
    sql(
      ws,
      "INSERT INTO academic_year (label, starts_on, ends_on, status) VALUES ('2025/2026', '2025-09-01', '2026-05-26', 'closed')",
    )
    const [f] = await findings(ws, 'previous-year-archived', '2026-09-10')
    expect(f!.message).toBe(
      'учебный год 2025/2026 не архивирован (состояние «закрыт»), просрочено на 77 дней (срок 25.06.2026) (п. 6.9)',
    )
    sql(ws, "UPDATE academic_year SET status = 'archived' WHERE label = '2025/2026'")
    expect(await findings(ws, 'previous-year-archived', '2026-09-10')).toEqual([])
  })
})

describe('ejournal check', () => {
  it('prints the --json contract with every field, nulls where they do not apply', async () => {
    const ws = school()
    await journal(ws, [{date: '05.10.2026', no: 1, at: '06.10.2026 09:00'}])
    const {report, code} = await check(ws, ['--as-of', '2026-10-20'])
    expect(code).toBe(3)
    expect(Object.keys(report)).toEqual(['asOf', 'findings', 'summary'])
    expect(report.asOf).toBe('2026-10-20')
    for (const f of report.findings)
      expect(Object.keys(f)).toEqual([
        'rule',
        'severity',
        'clause',
        'responsible',
        'class',
        'subgroup',
        'subject',
        'pupil',
        'date',
        'period',
        'deadline',
        'delayDays',
        'message',
      ])
    const backup = report.findings.find((f) => f.rule === 'backups-fresh')!
    expect(backup).toMatchObject({
      class: null,
      subgroup: null,
      subject: null,
      pupil: null,
      date: null,
      period: null,
    })
    expect(Object.keys(report.summary.byRule)).toHaveLength(22)
    expect(report.summary.bySeverity.error + report.summary.bySeverity.warning).toBe(report.findings.length)
    // Worst first.
    const ranks = report.findings.map((f) => ['error', 'warning', 'info'].indexOf(f.severity))
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
  })

  it('exits 3 at or above --fail-on, 0 otherwise', async () => {
    const ws = school()
    await journal(ws, [{date: '05.10.2026', no: 1, at: '06.10.2026 09:00'}])
    const topic = ['--rule', 'lesson-topic-on-time', '--as-of', '2026-10-20']
    expect((await run(['check', ...topic, '-w', ws], EN)).code).toBe(0)
    expect((await run(['check', ...topic, '--fail-on', 'warning', '-w', ws], EN)).code).toBe(3)
    expect((await run(['check', '--as-of', '2026-10-20', '-w', ws], EN)).code).toBe(3)
    expect((await run(['check', '--as-of', '2026-10-20', '--fail-on', 'never', '-w', ws], EN)).code).toBe(0)
    const bad = await run(['check', '--rule', 'no-such-rule', '-w', ws], EN)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('There is no rule «no-such-rule». There are: ')
  })

  it('follows the policy in ejournal.json: numbers, severities, rules switched off; and says what is wrong in it', async () => {
    const ws = school()
    await journal(ws, [{date: '14.10.2026', no: 2, at: ''}])
    const asOf = ['--as-of', '2026-10-20', '--rule', 'lesson-topic-on-time,homework-weekly']
    expect((await check(ws, asOf)).report.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['lesson-topic-on-time', 'warning'],
      ['homework-weekly', 'warning'],
    ])
    const file = join(ws, 'ejournal.json')
    const settings = JSON.parse(readFileSync(file, 'utf8'))
    settings.policy = {'lesson-topic-on-time': {errorAfterDays: 5}, 'homework-weekly': false}
    writeFileSync(file, JSON.stringify(settings))
    expect(
      (await check(ws, ['--as-of', '2026-10-20'])).report.summary.byRule['homework-weekly'],
    ).toBeUndefined()
    expect((await check(ws, asOf)).report.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['lesson-topic-on-time', 'error'],
      // A rule named with --rule runs even when the policy switches it off.
      ['homework-weekly', 'warning'],
    ])
    const list = JSON.parse((await ok(ws, ['check', '--list-rules', '--json'])).stdout)
    expect(list.find((r: {id: string}) => r.id === 'homework-weekly').enabled).toBe(false)
    expect(list.find((r: {id: string}) => r.id === 'lesson-topic-on-time').params.errorAfterDays).toBe(5)

    settings.policy = {'lesson-topic-on-time': {errorAfterDay: 5}}
    writeFileSync(file, JSON.stringify(settings))
    const bad = await run(['check', '-w', ws], EN)
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain(
      'policy.lesson-topic-on-time.errorAfterDay is 5; it must be one of the rule’s settings: enabled, severity, graceDays, errorAfterDays.',
    )
  })

  it('runs from cron as the built program: no terminal, nothing printed with -o, exit 3 on errors', () => {
    const ws = school()
    const file = join(tempDir(), 'report.html')
    const env = {EJOURNAL_HOME: ws, EJOURNAL_NOW: '2026-10-20T00:00:00Z'}
    const r = spawn(['check', '--fail-on', 'error', '--format', 'html', '-o', file], env)
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe('')
    expect(r.code).toBe(3)
    expect(readFileSync(file, 'utf8')).toContain('на 20.10.2026')
    expect(spawn(['check', '--rule', 'year-opened'], env).code).toBe(0)
  })

  it('lists the rules with their clause, duty, parameters and state', async () => {
    const ws = school()
    const list = JSON.parse((await ok(ws, ['check', '--list-rules', '--json'])).stdout)
    expect(list).toHaveLength(22)
    expect(list[0]).toEqual({
      id: 'lesson-topic-on-time',
      clause: '3.2',
      duty: 'lesson record and topic entered on the day of the lesson',
      check: 'topic entered after the lesson day (+0 days) → warning; still missing 7 days after → error',
      responsible: 'teacher',
      enabled: true,
      severities: {late: 'warning', missing: 'warning', overdue: 'error'},
      params: {graceDays: 0, errorAfterDays: 7},
    })
    const table = (await ok(ws, ['check', '--list-rules', '--lang', 'ru'])).stdout
    expect(table).toContain('запись об уроке')
    expect(table).toContain('errorAfterDays=7')
  })

  it('writes the report to a file with -o: html escaped, with a chart; csv for Excel; text grouped by person', async () => {
    const ws = school()
    await journal(ws, [
      {date: '05.10.2026', no: 1, at: '06.10.2026 09:00'},
      {date: '14.10.2026', no: 2, topic: 'Лабораторная работа <script>alert(1)</script>'},
    ])
    const dir = tempDir()
    const html = join(dir, 'report.html')
    const r = await run(['check', '--as-of', '2026-10-20', '--format', 'html', '-o', html, '-w', ws], EN)
    expect(r.code).toBe(3)
    expect(r.stdout).toBe('')
    const page = readFileSync(html, 'utf8')
    expect(page).toMatch(/^<!doctype html>/)
    expect(page).toContain('<svg')
    expect(page).toContain('Школа &lt;№ 1&gt; &amp; «Лицей»')
    expect(page).toContain('&lt;script&gt;')
    expect(page).not.toContain('<script>')
    expect(statSync(html).mode & 0o777).toBe(0o600)

    const csv = join(dir, 'report.csv')
    await run(['check', '--as-of', '2026-10-20', '--format', 'csv', '-o', csv, '--lang', 'ru', '-w', ws], EN)
    const text = readFileSync(csv, 'utf8')
    expect(text.startsWith('\ufeffПравило;Важность;Пункт;Ответственный;')).toBe(true)
    expect(text).toContain(
      'lesson-topic-on-time;предупреждение;3.2;Фролов Илья Викторович;учитель;5А;;Математика;;05.10.2026;;05.10.2026 23:59;1;',
    )

    const json = join(dir, 'report.json')
    await run(['check', '--as-of', '2026-10-20', '--json', '-o', json, '-w', ws], EN)
    expect(existsSync(json)).toBe(true)
    expect(JSON.parse(readFileSync(json, 'utf8')).asOf).toBe('2026-10-20')

    const out = (await run(['check', '--as-of', '2026-10-20', '--lang', 'ru', '--details', '-w', ws], EN))
      .stdout
    expect(out).toContain('Проверка журнала: Школа <№ 1> & «Лицей», на 20.10.2026 (учебный год 2026/2027)')
    expect(out).toMatch(/\nФролов Илья Викторович — учитель, классный руководитель: \d+ ошиб/)
    expect(out).toContain(
      '      5А, Математика, 05.10.2026, урок 1: тема внесена 06.10.2026 в 09:00, на 1 день позже срока (п. 3.2)',
    )
    expect(out.trim().split('\n').at(-1)).toMatch(
      /^Итого: \d+ ошиб\S+, \d+ предупрежд\S+, 0 замечаний; ответственных: \d+; правил проверено: 22\.$/,
    )

    const filtered = JSON.parse(
      (
        await run(
          [
            'check',
            '--as-of',
            '2026-10-20',
            '--class',
            '5а',
            '--teacher',
            'фролов',
            '--severity',
            'warning',
            '--json',
            '-w',
            ws,
          ],
          EN,
        )
      ).stdout,
    ) as CheckReport
    expect(new Set(filtered.findings.map((f) => `${f.class} ${f.responsible.name}`))).toEqual(
      new Set([`5А ${FROLOV}`]),
    )
  })
})
