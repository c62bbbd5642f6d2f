// Issue 16, item 2: a filter that names nothing real — a class, a teacher, a subject, a pupil, a
// rule, a period, a subgroup, an audit action, a grade, a year — is bad usage (exit 2, nothing
// written) with the value and the nearest real names; a real one still answers, even with no rows.
// One small demo school (11 classes 1А…11А) for the file, and a seeded school of 5А and 5Б.
import Database from 'better-sqlite3'
import {mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

import {run, tempDir} from '../helpers/cli.js'
import {writeCsv} from '../helpers/files.js'
import {seedYear} from '../helpers/school.js'

const EN = {LANG: 'en_US.UTF-8', LC_ALL: undefined, EJOURNAL_NOW: '2026-11-16T00:00:00Z'}
const RU = {...EN, LANG: 'ru_RU.UTF-8'}
const CLASS_5V = 'There is no class 5В in 2026/2027. There are: 5А, 1А, 2А, 3А, 4А, …\n'

let demo: string
let small: string
/** A teacher and a pupil of the demo whose last names no one else has, and a typo of each. */
let teacher: {name: string; typo: string}
let pupil: {name: string; typo: string; class: string}

function count(ws: string, table: string): number {
  const db = new Database(join(ws, 'ejournal.sqlite'), {readonly: true})
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as {n: number}).n
  } finally {
    db.close()
  }
}

/** Every row the refused commands could have written. */
function written(ws: string): number[] {
  return ['audit_log', 'account', 'class_list_check', 'letter_log', 'subgroup_member', 'control_log'].map(
    (t) => count(ws, t),
  )
}

async function refused(args: string[], message: string, ws = demo, env = EN): Promise<void> {
  const before = written(ws)
  const r = await run([...args, '-w', ws], env)
  expect([r.code, r.stderr], args.join(' ')).toEqual([
    2,
    message.endsWith('\n') ? message : expect.stringContaining(message),
  ])
  expect(r.stdout, args.join(' ')).toBe('')
  expect(written(ws), args.join(' ')).toEqual(before)
}

async function answered(args: string[], ws = demo): Promise<string> {
  const r = await run([...args, '-w', ws], EN)
  expect([0, 3], `${args.join(' ')}: ${r.stderr}`).toContain(r.code)
  return r.stdout
}

type Named = {lastName: string; firstName: string; middleName: string}
const full = (p: Named) => [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ')
/** The first whose last name is theirs alone. */
function alone<T extends Named>(people: T[]): T {
  return people.find((p) => people.filter((o) => o.lastName === p.lastName).length === 1)!
}

beforeAll(async () => {
  demo = join(tempDir('ejournal-filters-'), 'demo')
  const made = await run(['demo', '--dir', demo, '--pupils', '60', '--as-of', '15.11.2026'], EN)
  expect(made.code, made.stderr).toBe(0)
  const staff = JSON.parse(await answered(['staff', 'list', '--json'])) as Named[]
  const t = alone(staff)
  teacher = {name: full(t), typo: `${t.lastName}ъ`}
  const pupils = JSON.parse(await answered(['pupils', 'list', '--json'])) as Array<Named & {class: string}>
  const p = alone(pupils)
  pupil = {name: full(p), typo: `${p.lastName}ъ ${p.firstName}`, class: p.class}

  small = tempDir('ejournal-filters-small-')
  const init = await run(
    ['init', '-w', small, '--school-name', 'Школа', '--timezone', 'Asia/Vladivostok', '--yes'],
    EN,
  )
  expect(init.code, init.stderr).toBe(0)
  const open = await run(['year', 'open', '2026/2027', '-w', small], {
    ...EN,
    EJOURNAL_NOW: '2026-08-28T02:00:00Z',
  })
  expect(open.code, open.stderr).toBe(0)
  seedYear(small, '2026/2027', [{name: '5А'}, {name: '5Б'}], [{last: 'Иванова', first: 'Мария', cls: '5А'}])
}, 120_000)

describe('check', () => {
  it('refuses a class, a teacher or a rule that is not there, with the nearest real ones', async () => {
    await refused(['check', '--class', '5В'], CLASS_5V)
    await refused(['check', '--class', '5ВВ'], 'There is no class 5ВВ in 2026/2027. There are: 5А, ')
    await refused(
      ['check', '--teacher', teacher.typo],
      `No staff member is called «${teacher.typo}». There are: ${teacher.name}, `,
    )
    await refused(
      ['check', '--rule', 'lessons-held,lesons-held'],
      'There is no rule «lesons-held». There are: lessons-held, ',
    )
  })

  it('answers a real class, teacher and rule as before, also when nothing is found', async () => {
    const report = JSON.parse(
      await answered([
        'check',
        '--class',
        '5а',
        '--teacher',
        teacher.name.split(' ')[0]!.toLowerCase(),
        '--json',
      ]),
    ) as {
      findings: Array<{class: string; responsible: {name: string}}>
    }
    const part = teacher.name.split(' ')[0]!.toLowerCase()
    for (const f of report.findings)
      expect([f.class, f.responsible.name.toLowerCase()]).toEqual(['5А', expect.stringContaining(part)])
    // A rule about the whole school has no findings of a class: a clean answer, not a refusal.
    const r = await run(['check', '--class', '5А', '--rule', 'backups-fresh', '-w', demo], EN)
    expect([r.code, r.stdout]).toEqual([0, expect.stringContaining('No findings.')])
  })

  it('puts the refusal in the --json error document', async () => {
    const r = await run(['check', '--class', '5В', '--json', '-w', demo], EN)
    expect(r.code).toBe(2)
    expect(JSON.parse(r.stdout)).toEqual({
      error: {code: 'filters.unknownClass', message: CLASS_5V.trim(), problems: []},
    })
  })
})

describe('lists', () => {
  it('pupils list, timetable show, classes confirm-list: the class', async () => {
    await refused(['pupils', 'list', '--class', '5В'], CLASS_5V)
    await refused(['timetable', 'show', '--class', '5в'], CLASS_5V)
    await refused(['classes', 'confirm-list', '5В'], CLASS_5V)
    expect(JSON.parse(await answered(['pupils', 'list', '--class', '5a', '--json']))).toHaveLength(5)
    expect(
      JSON.parse(await answered(['timetable', 'show', '--class', '5 а', '--json'])).length,
    ).toBeGreaterThan(20)
  })

  it('says so in Russian, listing every class when there are only a few', async () => {
    await refused(['pupils', 'list', '--class', '5В'], 'Класса 5В в 2026/2027 нет. Есть: 5А, 5Б\n', small, RU)
    const r = await run(['pupils', 'list', '--class', '5Б', '--json', '-w', small], EN)
    expect([r.code, JSON.parse(r.stdout)]).toEqual([0, []])
  })

  it('curriculum list --grade: a grade with no classes', async () => {
    await refused(
      ['curriculum', 'list', '--grade', '7'],
      'There are no classes of grade 7 in 2026/2027. There are grades: 5\n',
      small,
    )
    expect(
      JSON.parse(await answered(['curriculum', 'list', '--grade', '5', '--json'])).length,
    ).toBeGreaterThan(5)
  })

  it('audit --action: an action ejournal never writes', async () => {
    await refused(
      ['audit', '--action', 'year.opne'],
      'The audit log has no action «year.opne». There are: year.open, ',
    )
    const r = await run(['audit', '--action', 'Year.Open', '--json', '-w', demo], EN)
    expect([r.code, JSON.parse(r.stdout)]).toEqual([0, []])
  })

  it('--year: a school year that is not there', async () => {
    await refused(
      ['pupils', 'list', '--year', '2025/2026'],
      'There is no school year 2025/2026. There are: 2026/2027\n',
    )
  })
})

describe('journal show and reports', () => {
  it('journal show: the class and the subject', async () => {
    await refused(['journal', 'show', '--class', '5В', '--subject', 'Математика'], CLASS_5V)
    await refused(
      ['journal', 'show', '--class', '5А', '--subject', 'Матиматика'],
      'There is no subject «Матиматика». There are: Математика, ',
    )
    expect(await answered(['journal', 'show', '--class', '5А', '--subject', 'математика'])).toContain(
      '5А, Математика:',
    )
  })

  it('report period: the period and the class', async () => {
    await refused(
      ['report', 'period', '--period', '5 четверть'],
      'The school year 2026/2027 has no period «5 четверть». It has: 1 четверть, 2 четверть, 3 четверть, 4 четверть, ',
    )
    await refused(['report', 'period', '--period', '1 четверть', '--class', '5В'], CLASS_5V)
    const r = await run(['report', 'period', '--period', '3 триместр', '--json', '-w', small], EN)
    expect([r.code, JSON.parse(r.stdout)]).toEqual([
      2,
      {
        error: {
          code: 'filters.unknownPeriod',
          message:
            'The school year 2026/2027 has no period «3 триместр». It has: 3 четверть, 1 четверть, 2 четверть, 4 четверть, 1 полугодие, …',
          problems: [],
        },
      },
    ])
    // A period the year has, with no classes in the school yet: an empty report, not a refusal.
    const empty = await run(['report', 'period', '--period', '2 полугодие', '--json', '-w', small], EN)
    expect([empty.code, JSON.parse(empty.stdout).classes]).toEqual([0, []])
  })

  it('report pupil: the pupil and the class', async () => {
    await refused(
      ['report', 'pupil', pupil.typo],
      `There is no pupil «${pupil.typo}» this year. There are: ${pupil.name} (${pupil.class}), `,
    )
    await refused(['report', 'pupil', pupil.name, '--class', '5В'], CLASS_5V)
  })

  it('report control: a month of no school year', async () => {
    await refused(
      ['report', 'control', '--month', '2020-10'],
      'No school year covers октябрь 2020. The years: 2026/2027 (01.09.2026–',
    )
  })

  it('letters: the class', async () => {
    await refused(['letters', '--class', '5В', '--dry-run'], CLASS_5V)
  })
})

describe('subgroups and credentials', () => {
  it('subgroups list, assign and move: the class, the subject, the pupil and the subgroup', async () => {
    await refused(['subgroups', 'list', '--class', '5В'], CLASS_5V)
    await refused(
      ['subgroups', 'list', '--subject', 'Инфарматика'],
      'There is no subject «Инфарматика». There are: Информатика, ',
    )
    // A real subject that no class divides: an empty list, not a refusal.
    expect(JSON.parse(await answered(['subgroups', 'list', '--subject', 'Математика', '--json']))).toEqual([])
    await refused(['subgroups', 'assign', '--class', '5В', '--dry-run'], CLASS_5V)
    await refused(
      ['subgroups', 'assign', '--class', '5А', '--subject', 'Иностраный язык', '--dry-run'],
      'There is no subject «Иностраный язык». There are: Иностранный язык, ',
    )
    await refused(['subgroups', 'move', pupil.name, '--to', 'Немецкий язык', '--class', '5В'], CLASS_5V)
    await refused(
      ['subgroups', 'move', pupil.typo, '--to', 'Немецкий язык'],
      `There is no pupil «${pupil.typo}» this year. There are: ${pupil.name} (${pupil.class}), `,
    )
    await refused(
      ['subgroups', 'move', pupil.name, '--to', 'Немецкий язык', '--subject', 'Инастранный язык'],
      'There is no subject «Инастранный язык». There are: Иностранный язык, ',
    )
    await refused(
      ['subgroups', 'move', pupil.name, '--to', 'Немецкий язьк'],
      `${pupil.class} has no subgroup «Немецкий язьк». There are: Немецкий язык (Иностранный язык); Английский язык (Иностранный язык); `,
    )
  })

  it('credentials issue, list and reset: the class, the subgroup and the person', async () => {
    await refused(['credentials', 'issue', '--role', 'pupil', '--class', '5В', '--dry-run'], CLASS_5V)
    await refused(['credentials', 'list', '--class', '5В'], CLASS_5V)
    await refused(['credentials', 'reset', '--class', '5В', '--role', 'pupil', '--dry-run'], CLASS_5V)
    await refused(
      [
        'credentials',
        'issue',
        '--role',
        'pupil',
        '--class',
        '5А',
        '--subgroup',
        'Немецкий язьк',
        '--dry-run',
      ],
      'There is no subgroup «Немецкий язьк» in 2026/2027. There are: Немецкий язык; Английский язык; ',
    )
    await refused(
      ['credentials', 'issue', '--role', 'pupil', '--person', '99999', '--dry-run'],
      'There is no pupil with the id 99999',
    )
    const accounts = JSON.parse(await answered(['credentials', 'list', '--json'])) as Array<{
      login: string | null
    }>
    const login = accounts.find((a) => a.login)!.login!
    await refused(
      ['credentials', 'reset', `${login}x`, '--dry-run'],
      `There is no account with the login «${login}x». There are: ${login}, `,
    )
    const r = await run(['credentials', 'list', '--class', '5А', '--role', 'pupil', '--json', '-w', demo], EN)
    expect([r.code, JSON.parse(r.stdout).length]).toEqual([0, 5])
  })
})

const LESSONS =
  'Дата;Урок;Класс;Подгруппа;Предмет;Учитель;Замена;Тема;Тип;Домашнее задание;Тема внесена;ДЗ внесено;Посещаемость внесена'

describe('imports', () => {
  it('suggest the nearest subject and pupil for a typo in a journal file, and write nothing', async () => {
    const pupils = JSON.parse(await answered(['pupils', 'list', '--class', '5А', '--json'])) as Named[]
    const p = alone(pupils)
    const dir = join(tempDir('ejournal-filters-journal-'), 'export')
    mkdirSync(dir)
    writeCsv(dir, 'lessons.csv', [LESSONS, `13.11.2026;7;5А;;Матиматика;${teacher.name};;Тема;урок;;;;`])
    writeCsv(dir, 'marks.csv', [
      'Дата;Урок;Класс;Предмет;Ученик;Отметка;Внесено',
      `13.11.2026;7;5А;Математика;${p.lastName}ъ ${p.firstName};5;13.11.2026 16:00`,
    ])
    const lessons = count(demo, 'lesson')
    const r = await run(['import', 'journal', dir, '-w', demo], EN)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(
      'lessons.csv:2:5: column «Предмет»: there is no subject «Матиматика»; did you mean Математика?',
    )
    // The lesson put right, the pupil's name is next.
    writeCsv(dir, 'lessons.csv', [LESSONS, `13.11.2026;7;5А;;Математика;${teacher.name};;Тема;урок;;;;`])
    const m = await run(['import', 'journal', dir, '-w', demo], EN)
    expect(m.code).toBe(2)
    expect(m.stderr).toContain(
      `marks.csv:2:5: column «Ученик»: there is no pupil «${p.lastName}ъ ${p.firstName}» in this class; did you mean ${full(p)}?`,
    )
    expect(count(demo, 'lesson')).toBe(lessons)
  })
})
