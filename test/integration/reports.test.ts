// Reports and letters (issue 8) on a small school built with the real import commands (Vladivostok,
// +10:00): 5А with six pupils and known marks, one of whom leaves in October, one exempt, one н/а.
// The figures below are computed by hand from the files imported here.
import {execFileSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

import {type ControlReport} from '../../src/reports/control.js'
import {type LettersResult} from '../../src/reports/letters.js'
import {type PeriodReport} from '../../src/reports/period.js'
import {type PupilProgress} from '../../src/reports/progress.js'
import {type TeachersReport} from '../../src/reports/teachers.js'
import {DATA, okIn, run, tempDir} from '../helpers/cli.js'
import {writeCsv} from '../helpers/files.js'
import {openSchool} from '../helpers/school.js'
import {rows} from '../helpers/database.js'

const AUGUST = {LANG: 'en_US.UTF-8', LC_ALL: undefined, EJOURNAL_NOW: '2026-08-28T02:00:00Z'}
// 20.11.2026 at noon at the school.
const EN = {...AUGUST, EJOURNAL_NOW: '2026-11-20T02:00:00Z'}
const RU = {...EN, LANG: 'ru_RU.UTF-8'}

const FROLOV = 'Фролов Илья Викторович'
const TIKHONOV = 'Тихонов Илья Сергеевич'

const PUPILS_HEADER =
  'Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;Внешний ID;ФИО родителя 1;Email родителя 1;ФИО родителя 2;Email родителя 2'
const STAYING = [
  'Иванова;Мария;Петровна;12.03.2015;Ж;5А;P-1;Иванова Ольга Ивановна;olga@mail.ru;;',
  'Петров;Олег;Игоревич;05.05.2015;М;5А;P-2;Петрова Анна Сергеевна;anna@mail.ru;Петров Игорь Олегович;igor@mail.ru',
  'Сидоров;Павел;Андреевич;01.02.2015;М;5А;P-3;Сидорова Вера Павловна;;;',
  'Смирнова;Анна;Викторовна;07.07.2015;Ж;5А;P-4;Смирнова Нина Львовна;nina@mail.ru;;',
  'Козлов;Иван;Сергеевич;09.09.2015;М;5А;P-5;Козлова Ирина Олеговна;irina@mail.ru;;',
]
const LEAVING = 'Волкова;Ева;Олеговна;10.10.2015;Ж;5А;P-6;Волкова Юлия Ивановна;yulia@mail.ru;;'

const LESSONS_HEADER =
  'Дата;Урок;Класс;Подгруппа;Предмет;Учитель;Замена;Тема;Тип;Домашнее задание;Тема внесена;ДЗ внесено;Посещаемость внесена'
const math = (date: string, no: number, more: string) => `${date};${no};5А;;Математика;${more}`
/** October: 5 lessons recorded (one substituted, one entered a day late, one without attendance), 21.10 not recorded. */
const LESSONS = [
  math('05.10.2026', 1, `${FROLOV};нет;Дроби;;№ 1;05.10.2026 15:00;05.10.2026 15:00;05.10.2026 15:00`),
  math('07.10.2026', 2, `${TIKHONOV};да;Сравнение дробей;;;07.10.2026 15:00;;07.10.2026 15:00`),
  math('12.10.2026', 1, `${FROLOV};нет;Сложение дробей;;;13.10.2026 09:00;;13.10.2026 09:00`),
  math(
    '14.10.2026',
    2,
    `${FROLOV};нет;Контрольная работа № 1;контрольная работа;№ 2;14.10.2026 15:00;14.10.2026 15:00;14.10.2026 15:00`,
  ),
  math('19.10.2026', 1, `${FROLOV};нет;Вычитание дробей;;;19.10.2026 15:00;;`),
  math(
    '09.11.2026',
    1,
    `${FROLOV};нет;Умножение дробей;;№ 3;09.11.2026 15:00;09.11.2026 15:00;09.11.2026 15:00`,
  ),
  math(
    '11.11.2026',
    2,
    `${FROLOV};нет;Деление дробей;;№ 4;11.11.2026 15:00;11.11.2026 15:00;11.11.2026 15:00`,
  ),
]
const mark = (date: string, no: number, pupil: string, value: string) =>
  `${date};${no};5А;Математика;${pupil};${value};${date} 16:00`
const MARKS = [
  mark('12.10.2026', 1, 'P-1', '4'),
  mark('14.10.2026', 2, 'P-1', '4'),
  mark('19.10.2026', 1, 'P-1', '5'),
  mark('05.10.2026', 1, 'P-2', '4'),
  mark('07.10.2026', 2, 'P-2', '4'),
  mark('14.10.2026', 2, 'P-2', '4'),
  mark('05.10.2026', 1, 'P-3', '3'),
  mark('12.10.2026', 1, 'P-3', '3'),
  mark('14.10.2026', 2, 'P-3', '4'),
  mark('05.10.2026', 1, 'P-4', '2'),
  mark('12.10.2026', 1, 'P-4', '3'),
  mark('14.10.2026', 2, 'P-4', '2'),
  mark('05.10.2026', 1, 'P-6', '5'),
  mark('09.11.2026', 1, 'P-1', '5'),
  mark('11.11.2026', 2, 'P-1', '4'),
  mark('09.11.2026', 1, 'P-2', '3'),
]
const absence = (date: string, no: number, pupil: string, reason: string, at: string) =>
  `${date};${no};5А;Математика;${pupil};${reason};${at}`
const ABSENCES = [
  absence('05.10.2026', 1, 'P-1', 'б', '05.10.2026 15:00'),
  absence('07.10.2026', 2, 'P-1', 'б', '07.10.2026 15:00'),
  absence('12.10.2026', 1, 'P-2', 'н', '13.10.2026 09:00'),
  absence('07.10.2026', 2, 'P-3', 'у', '07.10.2026 15:00'),
  absence('12.10.2026', 1, 'P-3', 'о', '13.10.2026 09:00'),
  absence('09.11.2026', 1, 'P-4', 'б', '09.11.2026 15:00'),
]
const final = (pupil: string, subject: string, value: string) =>
  `${pupil};5А;${subject};1 четверть;${value};27.10.2026 10:00`
const FINALS = [
  ...[
    ['P-1', '5'],
    ['P-2', '4'],
    ['P-3', '3'],
    ['P-4', '2'],
    ['P-5', 'н/а'],
    ['P-6', '5'],
  ].map(([p, v]) => final(p!, 'Математика', v!)),
  ...[
    ['P-1', '5'],
    ['P-2', '5'],
    ['P-3', '4'],
    ['P-4', '3'],
    ['P-5', 'осв'],
    ['P-6', '4'],
  ].map(([p, v]) => final(p!, 'Русский язык', v!)),
]

let base: string

beforeAll(async () => {
  const school = await openSchool(AUGUST, {name: 'Школа № 1 «Лицей»', prefix: 'ejournal-reports-base-'})
  const dir = school.dir
  base = school.ws
  const ok = okIn(() => base, AUGUST)
  const file = (name: string, lines: string[]) => writeCsv(dir, name, lines)
  await ok(['import', 'staff', join(DATA, 'staff.csv')])
  await ok([
    'import',
    'curriculum',
    file('curriculum.csv', [
      'Параллель или класс;Предмет;Часов в неделю;Деление на подгруппы;Оценивание',
      '5;Русский язык;3;нет;отметки',
      '5;Математика;5;нет;отметки',
      '10;Алгебра;3;нет;отметки',
    ]),
  ])
  await ok([
    'import',
    'classes',
    file('classes.csv', [
      'Класс;Профиль;Классный руководитель;Учебная неделя',
      `5А;;${FROLOV};5`,
      `10А;;${TIKHONOV};5`,
    ]),
  ])
  await ok(['import', 'pupils', file('pupils.csv', [PUPILS_HEADER, ...STAYING, LEAVING])])
  await ok([
    'import',
    'assignments',
    file('assignments.csv', [
      'Класс;Предмет;Учитель',
      `5А;Математика;${FROLOV}`,
      `5А;Русский язык;${TIKHONOV}`,
    ]),
  ])
  await ok([
    'import',
    'timetable',
    file('timetable.csv', [
      'Класс;День недели;Урок;Предмет;Учитель',
      `5А;1;1;Математика;${FROLOV}`,
      `5А;3;2;Математика;${FROLOV}`,
    ]),
  ])
  const journal = join(dir, 'journal')
  mkdirSync(journal)
  writeCsv(journal, 'lessons.csv', [LESSONS_HEADER, ...LESSONS], 'cp1251')
  writeCsv(journal, 'marks.csv', ['Дата;Урок;Класс;Предмет;Ученик;Отметка;Внесено', ...MARKS])
  writeCsv(journal, 'absences.csv', ['Дата;Урок;Класс;Предмет;Ученик;Причина;Внесено', ...ABSENCES])
  writeCsv(journal, 'final_marks.csv', ['Ученик;Класс;Предмет;Период;Отметка;Внесено', ...FINALS])
  await ok(['import', 'journal', journal], EN)
  // Волкова Ева leaves on 15.10, before the quarter ends (25.10).
  await ok(
    [
      'import',
      'pupils',
      file('pupils-sync.csv', [PUPILS_HEADER, ...STAYING]),
      '--mode',
      'sync',
      '--effective',
      '16.10.2026',
      '--yes',
    ],
    EN,
  )
})

function school(): string {
  const ws = join(tempDir('ejournal-reports-'), 'school')
  cpSync(base, ws, {recursive: true})
  return ws
}

async function ok(ws: string, args: string[], env: Record<string, string | undefined> = EN) {
  const r = await run([...args, '-w', ws], env)
  expect(r.code, r.stderr + r.stdout).toBe(0)
  return r
}

async function json<T>(ws: string, args: string[], env: Record<string, string | undefined> = EN): Promise<T> {
  return JSON.parse((await ok(ws, [...args, '--json'], env)).stdout) as T
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], {encoding: 'utf8'})
const mode = (path: string) => statSync(path).mode & 0o777

const IVANOVA = 'Иванова Мария Петровна'
const PETROV = 'Петров Олег Игоревич'
const SIDOROV = 'Сидоров Павел Андреевич'
const SMIRNOVA = 'Смирнова Анна Викторовна'
const KOZLOV = 'Козлов Иван Сергеевич'

describe('report period (п. 3.3, 6.7)', () => {
  it('computes N, the counts, успеваемость, качество, СОУ and the mean by hand; the leaver is not in N, осв neither, н/а is', async () => {
    const ws = school()
    const r = await json<PeriodReport>(ws, ['report', 'period', '--period', '1 четверть'])
    expect(r.period).toBe('quarter:1')
    // 10А learns in halves: not in a quarter's report.
    expect(r.classes.map((c) => c.class)).toEqual(['5А'])
    const [c] = r.classes
    expect(c!.subjects).toEqual([
      {
        subject: 'Русский язык',
        n: 4,
        counts: {'5': 2, '4': 1, '3': 1, '2': 0, 'н/а': 0},
        // 4/4; 3/4; (200 + 64 + 36) / 4; (5 + 5 + 4 + 3) / 4
        success: 100,
        quality: 75,
        sou: 75,
        mean: 4.25,
        exempt: 1,
        missing: 0,
        controlWorks: 0,
      },
      {
        subject: 'Математика',
        n: 5,
        counts: {'5': 1, '4': 1, '3': 1, '2': 1, 'н/а': 1},
        // 3/5; 2/5; (100 + 64 + 36 + 16 + 7) / 5 = 223 / 5; (5 + 4 + 3 + 2) / 4
        success: 60,
        quality: 40,
        sou: 44.6,
        mean: 3.5,
        exempt: 0,
        missing: 0,
        controlWorks: 1,
      },
    ])
    expect(c).toMatchObject({
      class: '5А',
      classTeacher: FROLOV,
      startsOn: '2026-09-01',
      endsOn: '2026-10-25',
      pupils: 5,
      assessed: 5,
      success: 60,
      quality: 40,
      excellent: [IVANOVA],
      good: [PETROV],
      oneThree: [SIDOROV],
      failing: [KOZLOV, SMIRNOVA],
      failingMarks: [
        {pupil: KOZLOV, subject: 'Математика', value: 'н/а'},
        {pupil: SMIRNOVA, subject: 'Математика', value: '2'},
      ],
      // 4, 4, 5 → 4.33 behind a 5; the others are within 0.5 of their mean.
      deviations: [{pupil: IVANOVA, subject: 'Математика', value: '5', mean: 4.33, marks: 3}],
    })
    expect(c!.absences).toEqual([
      {pupil: IVANOVA, total: 2, excused: 2, illness: 2, unexcused: 0, late: 0},
      {pupil: KOZLOV, total: 0, excused: 0, illness: 0, unexcused: 0, late: 0},
      {pupil: PETROV, total: 1, excused: 0, illness: 0, unexcused: 1, late: 0},
      {pupil: SIDOROV, total: 1, excused: 1, illness: 0, unexcused: 0, late: 1},
      {pupil: SMIRNOVA, total: 0, excused: 0, illness: 0, unexcused: 0, late: 0},
    ])
    expect(JSON.stringify(r)).not.toContain('Волкова')
  })

  it('prints a PDF with the figures and the Cyrillic names, an HTML page with the chart, and CSV for Excel', async () => {
    const ws = school()
    const pdf = join(ws, 'четверть.pdf')
    await ok(ws, [
      'report',
      'period',
      '--period',
      '1 четверть',
      '--class',
      '5а',
      '--format',
      'pdf',
      '-o',
      pdf,
    ])
    expect(mode(pdf)).toBe(0o600)
    const text = pdfText(pdf)
    expect(text).toContain('Анализ успеваемости и посещаемости: 1 четверть')
    expect(text).toContain('Школа № 1 «Лицей»')
    expect(text).toMatch(/Математика\s+5\s+1\s+1\s+1\s+1\s+1\s+60\s+40\s+44,6\s+3,50\s+1/)
    expect(text).toMatch(/Русский язык\s+4\s+2\s+1\s+1\s+0\s+0\s+100\s+75\s+75\s+4,25/)
    expect(text).toContain(`Отличники (1): ${IVANOVA}`)
    expect(text).toMatch(
      /Неуспевающие \(2\): Козлов Иван Сергеевич \(Математика: н\/а\), Смирнова Анна\s+Викторовна \(Математика: 2\)/,
    )

    const html = join(ws, 'четверть.html')
    await ok(ws, ['report', 'period', '--period', '1 четверть', '--format', 'html', '-o', html], RU)
    expect(mode(html)).toBe(0o600)
    const page = readFileSync(html, 'utf8')
    expect(page).toContain('<title>Анализ успеваемости и посещаемости: 1 четверть</title>')
    expect(page).toContain('Школа № 1 «Лицей»')
    expect(page).toMatch(/<svg[^>]*aria-label="Успеваемость и качество по классам, %"/)
    expect(page).toContain('<td class="n">44,6</td>')

    const csv = (await ok(ws, ['report', 'period', '--period', '1 четверть', '--format', 'csv'], RU)).stdout
    expect(csv.startsWith('\ufeff')).toBe(true)
    expect(csv).toContain('5А;Математика;5;1;1;1;1;1;60;40;44,6;3,50;1;\r\n')
    expect(csv).toContain(`5А;Неуспевающие;${SMIRNOVA}\r\n`)
  })

  it('says which periods a class has when it has not the one asked for', async () => {
    const ws = school()
    const r = await run(['report', 'period', '--period', '1 четверть', '--class', '10А', '-w', ws], EN)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('10А has no 1 четверть')
    expect(r.stderr).toContain('1 полугодие, 2 полугодие')
    const bad = await run(['report', 'period', '--period', '5 четверть', '-w', ws], EN)
    expect(bad.code).toBe(2)
  })
})

describe('report control (п. 6.6)', () => {
  it('counts the month per teacher × class × subject as the check does', async () => {
    const ws = school()
    const r = await json<ControlReport>(ws, ['report', 'control', '--month', '10.2026'])
    expect(r).toMatchObject({
      month: '2026-10',
      from: '2026-10-01',
      to: '2026-10-31',
      asOf: '2026-11-20',
      recorded: null,
    })
    const mathRow = r.rows.find((x) => x.subject === 'Математика')!
    expect(mathRow).toEqual({
      teacher: FROLOV,
      class: '5А',
      subject: 'Математика',
      subgroup: null,
      // 17 school days in October before the vacation: 5 × 17 / 5 due, 5 held.
      lessons: {
        held: 5,
        due: 17,
        fulfilment: 29.4,
        unrecorded: 1,
        substitutions: 1,
        unmarkedSubstitutions: 0,
      },
      topics: {due: 5, onTime: 4, late: 1, missing: 0, percent: 80},
      attendance: {due: 5, onTime: 3, late: 1, missing: 1, percent: 60},
      homeworkWeeks: {due: 3, covered: 2},
      marks: {pupils: 6, marks: 13, perPupil: 2.2, fewerThan3: ['Волкова Ева (1)', 'Козлов Иван (0)']},
    })
    expect(r.rows.find((x) => x.subject === 'Русский язык')).toMatchObject({
      teacher: TIKHONOV,
      lessons: {held: 0, due: 10.2, fulfilment: 0, unrecorded: 0},
    })
    expect(r.teachers.find((t) => t.teacher === FROLOV)).toEqual({
      teacher: FROLOV,
      lessonsHeld: 5,
      topicsOnTime: 80,
      attendanceOnTime: 60,
      homeworkWeeks: 66.7,
      unrecorded: 1,
    })
    // The same numbers as the check's findings about October.
    const check = JSON.parse(
      (
        await run(
          [
            'check',
            '--json',
            '--fail-on',
            'never',
            '--rule',
            'lesson-topic-on-time,attendance-on-time,homework-weekly,lessons-held',
            '-w',
            ws,
          ],
          EN,
        )
      ).stdout,
    ) as {findings: Array<{rule: string; date: string | null}>}
    const october: Record<string, number> = {}
    for (const f of check.findings)
      if (f.date && f.date.startsWith('2026-10')) october[f.rule] = (october[f.rule] ?? 0) + 1
    expect(r.summary.byRule).toEqual({
      'lesson-topic-on-time': october['lesson-topic-on-time'] ?? 0,
      'attendance-on-time': october['attendance-on-time'] ?? 0,
      'homework-weekly': october['homework-weekly'] ?? 0,
      'lessons-held': october['lessons-held'] ?? 0,
    })
    expect(r.summary.byRule).toEqual({
      'lesson-topic-on-time': 1,
      'attendance-on-time': 2,
      'homework-weekly': 1,
      'lessons-held': 1,
    })
  })

  it('--record keeps the control in control_log and the audit log; the check then no longer asks for that month', async () => {
    const ws = school()
    const before = await run(
      ['check', '--json', '--rule', 'monthly-control', '--fail-on', 'never', '-w', ws],
      EN,
    )
    const months = (out: string) =>
      (JSON.parse(out) as {findings: Array<{period: string}>}).findings.map((f) => f.period)
    expect(months(before.stdout)).toEqual(['month:2026-09', 'month:2026-10'])

    const r = await json<ControlReport>(ws, ['report', 'control', '--month', '2026-10', '--record'])
    expect(r.recorded).toEqual({id: 1, at: '2026-11-20T02:00:00.000Z'})
    const [stored] = rows<{month: string; at: string; os_user: string; summary: string}>(
      ws,
      'SELECT * FROM control_log',
    )
    expect(stored).toMatchObject({month: '2026-10', at: '2026-11-20T02:00:00.000Z'})
    expect(stored!.os_user).toBeTruthy()
    expect(JSON.parse(stored!.summary)).toMatchObject({
      lessonsHeld: 5,
      unrecorded: 1,
      topicsOnTime: 80,
      byRule: {'lesson-topic-on-time': 1, 'attendance-on-time': 2, 'homework-weekly': 1, 'lessons-held': 1},
    })
    expect(rows(ws, "SELECT command, action, object FROM audit_log WHERE action = 'report.control'")).toEqual(
      [{command: 'report:control', action: 'report.control', object: '2026-10'}],
    )
    const after = await run(
      ['check', '--json', '--rule', 'monthly-control', '--fail-on', 'never', '-w', ws],
      EN,
    )
    expect(months(after.stdout)).toEqual(['month:2026-09'])
  })

  it('writes a PDF into exports/<date>/ without -o, with the chart and the table', async () => {
    const ws = school()
    const r = await ok(ws, ['report', 'control', '--month', '2026-10', '--format', 'pdf'], RU)
    const file = join(ws, 'exports', '2026-11-20', 'control-2026-10.pdf')
    expect(r.stdout).toContain(`Записано: ${file}`)
    expect(mode(file)).toBe(0o600)
    expect(mode(join(ws, 'exports', '2026-11-20'))).toBe(0o700)
    const text = pdfText(file)
    expect(text).toContain('Контроль ведения электронного журнала: октябрь 2026')
    expect(text).toContain('Своевременность записей по учителям, %')
    expect(text).toMatch(
      /Фролов Илья Викторович\s+5А\s+Математика\s+5\s+17\s+29,4\s+80\s+60\s+2\/3\s+2,2\s+2\s+1\s+1/,
    )
    expect(text).toContain('Волкова Ева (1), Козлов Иван (0)')
  })

  it('refuses a month that is not a month, and one that has not begun', async () => {
    const ws = school()
    expect((await run(['report', 'control', '--month', 'октябрь', '-w', ws], EN)).code).toBe(2)
    const future = await run(['report', 'control', '--month', '2026-12', '-w', ws], EN)
    expect(future.code).toBe(2)
    expect(future.stderr).toContain('has not begun')
  })
})

describe('report teachers and report pupil', () => {
  it('shows each teacher’s classes, hours against the curriculum and open findings', async () => {
    const ws = school()
    const r = await json<TeachersReport>(ws, ['report', 'teachers'])
    const frolov = r.teachers.find((t) => t.teacher === FROLOV)!
    expect(frolov.assignments).toEqual([{class: '5А', subject: 'Математика', subgroup: null, hours: 5}])
    expect(frolov.hours).toEqual({curriculum: 5, timetable: 2})
    const check = JSON.parse(
      (await run(['check', '--json', '--fail-on', 'never', '--teacher', 'Фролов Илья', '-w', ws], EN)).stdout,
    ) as {summary: {bySeverity: Record<string, number>}}
    expect(frolov.findings).toEqual(check.summary.bySeverity)
    expect(frolov.findings.error).toBeGreaterThan(0)
    expect(r.unassigned).toEqual([{class: '10А', subject: 'Алгебра', hours: 3}])
  })

  it('gives a pupil’s marks by subject with dates and means, and absences, over a span', async () => {
    const ws = school()
    const p = await json<PupilProgress>(ws, [
      'report',
      'pupil',
      'иванова мария',
      '--from',
      '01.10.2026',
      '--to',
      '31.10.2026',
    ])
    expect(p).toMatchObject({
      pupil: IVANOVA,
      class: '5А',
      classTeacher: {name: FROLOV, email: 'teacher01@school23.ru'},
      from: '2026-10-01',
      to: '2026-10-31',
      subjects: [
        {subject: 'Русский язык', marks: [], mean: null},
        {
          subject: 'Математика',
          marks: [
            {date: '2026-10-12', value: '4'},
            {date: '2026-10-14', value: '4'},
            {date: '2026-10-19', value: '5'},
          ],
          mean: 4.33,
        },
      ],
      absences: {total: 2, excused: 2, illness: 2, unexcused: 0, late: 0},
      parents: [{name: 'Иванова Ольга Ивановна', email: 'olga@mail.ru'}],
    })
    const table = await ok(ws, ['report', 'pupil', 'P-1', '--from', '01.10.2026', '--to', '31.10.2026'], RU)
    expect(table.stdout).toContain('Успеваемость: Иванова Мария Петровна, 5А')
    expect(table.stdout).toMatch(/Математика\s+│ 4 \(12\.10\), 4 \(14\.10\), 5 \(19\.10\)\s+│\s+4,33/)
    const unknown = await run(['report', 'pupil', 'Иванова Марья', '-w', ws], EN)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain(
      'There is no pupil «Иванова Марья» this year. There are: Иванова Мария Петровна (5А), ',
    )
  })
})

describe('letters (п. 3.3)', () => {
  it('writes a PDF to print and an .eml per parent e-mail, lists the parent without e-mail, and records the run', async () => {
    const ws = school()
    const r = await json<LettersResult>(ws, ['letters', '--class', '5А'])
    const dir = join(ws, 'exports', '2026-11-20', '5А')
    // No run before: the last 14 days.
    expect(r).toMatchObject({
      class: '5А',
      from: '2026-11-06',
      to: '2026-11-20',
      dir,
      letters: 5,
      dryRun: false,
    })
    expect(r.print).toEqual([{pupil: SIDOROV, parent: 'Сидорова Вера Павловна'}])
    expect(readdirSync(dir).sort()).toEqual([
      '01_Иванова_Мария.eml',
      '02_Козлов_Иван.eml',
      '03_Петров_Олег.eml',
      '03_Петров_Олег_2.eml',
      '05_Смирнова_Анна.eml',
      'letters.pdf',
    ])
    expect(mode(join(ws, 'exports', '2026-11-20'))).toBe(0o700)
    expect(mode(dir)).toBe(0o700)
    for (const f of readdirSync(dir)) expect(mode(join(dir, f))).toBe(0o600)

    const eml = readFileSync(join(dir, '01_Иванова_Мария.eml'), 'utf8')
    const [head, body] = eml.split('\r\n\r\n') as [string, string]
    const headers = Object.fromEntries(
      head
        .replace(/\r\n(?=[ \t])/g, '')
        .split('\r\n')
        .map((l) => [l.slice(0, l.indexOf(':')), decode(l.slice(l.indexOf(':') + 2))]),
    )
    expect(headers).toMatchObject({
      From: `${FROLOV} <teacher01@school23.ru>`,
      To: 'Иванова Ольга Ивановна <olga@mail.ru>',
      Subject: 'Успеваемость: Иванова Мария Петровна, 5А класс, 06.11.2026 – 20.11.2026',
      Date: 'Fri, 20 Nov 2026 12:00:00 +1000',
      'MIME-Version': '1.0',
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Transfer-Encoding': 'base64',
    })
    expect(headers['Message-ID']).toMatch(/^<[0-9a-f-]+@school23\.ru>$/)
    const text = Buffer.from(body.replace(/\r\n/g, ''), 'base64').toString('utf8')
    expect(text).toContain('Здравствуйте, Иванова Ольга Ивановна!')
    expect(text).toContain('Математика: 5 (09.11), 4 (11.11); средний балл 4,50\r\n')
    expect(text).toContain('Русский язык: отметок нет')
    expect(text).toContain('Классный руководитель: Фролов Илья Викторович')
    const second = readFileSync(join(dir, '03_Петров_Олег_2.eml'), 'utf8')
    expect(decode(second.replace(/\r\n(?=[ \t])/g, '').match(/^To: (.*)$/m)![1]!)).toBe(
      'Петров Игорь Олегович <igor@mail.ru>',
    )

    const pdf = pdfText(join(dir, 'letters.pdf'))
    expect(pdf.split('\f').filter((p) => p.trim())).toHaveLength(5)
    expect(pdf).toContain('Информационное письмо об успеваемости и посещаемости')
    expect(pdf).toContain('Здравствуйте, Сидорова Вера Павловна!')
    expect(pdf).toMatch(/Математика\s+5 \(09\.11\), 4 \(11\.11\)\s+4,50/)
    expect(pdf).toContain('по болезни — 1')

    expect(
      rows(ws, 'SELECT c.name, l.sent_at, l.letters FROM letter_log l JOIN class c ON c.id = l.class_id'),
    ).toEqual([{name: '5А', sent_at: '2026-11-20T02:00:00.000Z', letters: 5}])
    expect(rows(ws, "SELECT action, object, outcome FROM audit_log WHERE action = 'letters'")).toEqual([
      {action: 'letters', object: '5А', outcome: '5 letters; 5 e-mails; 1 to print'},
    ])
    const parentLetters = await run(
      ['check', '--json', '--rule', 'parent-letters', '--fail-on', 'never', '-w', ws],
      EN,
    )
    const classes = (JSON.parse(parentLetters.stdout) as {findings: Array<{class: string}>}).findings.map(
      (f) => f.class,
    )
    expect(classes).not.toContain('5А')

    // The next run starts where the last one ended.
    const again = await json<LettersResult>(ws, ['letters', '--class', '5А', '--dry-run'], {
      ...EN,
      EJOURNAL_NOW: '2026-12-04T02:00:00Z',
    })
    expect(again).toMatchObject({from: '2026-11-20', to: '2026-12-04', dir: null, dryRun: true})
  })

  it('writes nothing on --dry-run and tells whose letters to print', async () => {
    const ws = school()
    const r = await ok(ws, ['letters', '--class', '5А', '--since', '01.11.2026', '--dry-run'], RU)
    expect(r.stdout).toContain('Письма родителям 5А, 01.11.2026 – 20.11.2026: 5 писем.')
    expect(r.stdout).toContain('Пробный запуск: ничего не записано.')
    expect(r.stdout).toContain(`${SIDOROV} — Сидорова Вера Павловна`)
    expect(existsSync(join(ws, 'exports', '2026-11-20'))).toBe(false)
    expect(rows(ws, 'SELECT * FROM letter_log')).toEqual([])
  })
})

/** RFC 2047 as mail programs read it: whitespace between adjacent encoded words is dropped. */
function decode(value: string): string {
  return value
    .replace(/(=\?UTF-8\?B\?[^?]*\?=)\s+(?==\?UTF-8\?B\?)/g, '$1')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'))
}
