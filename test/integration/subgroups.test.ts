// subgroups assign / list / move / check on real workspaces built with the real import commands.
import Database from 'better-sqlite3'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeEach, describe, expect, it} from 'vitest'

import {DATA, run, spawn, tempDir} from '../helpers/cli.js'

const EN = {LANG: 'en_US.UTF-8', LC_ALL: undefined, EJOURNAL_NOW: '2026-09-02T01:00:00Z'}
const RU = {...EN, LANG: 'ru_RU.UTF-8'}
/** A month later: pupils arrive and leave. */
const LATER = {...EN, EJOURNAL_NOW: '2026-10-05T08:00:00Z'}

const PUPILS_HEADER = 'Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;Иностранный язык;Внешний ID'
const PUPILS_7A = [
  'Андреев;Антон;Игоревич;01.03.2013;М;7А;Английский;P-01',
  'Борисова;Вера;Олеговна;12.04.2013;Ж;7А;Немецкий;P-02',
  'Воронин;Глеб;Сергеевич;23.05.2013;М;7А;Английский;P-03',
  'Громова;Дарья;Андреевна;04.06.2013;Ж;7А;Английский;P-04',
  'Денисов;Егор;Павлович;15.07.2013;М;7А;Немецкий;P-05',
  'Жукова;Зоя;Ивановна;26.08.2013;Ж;7А;Английский;P-06',
  'Исаев;Кирилл;Олегович;07.09.2013;М;7А;Английский;P-07',
]
const CURRICULUM = [
  'Параллель или класс;Предмет;Часов в неделю;Деление на подгруппы',
  '7;Алгебра;3;нет',
  '7;Иностранный язык;3;да',
  '7;Информатика;1;да',
  '7;Физическая культура;2;да',
].join('\n')

let ws: string
let files: string

function write(name: string, lines: string[] | string): string {
  const path = join(files, name)
  writeFileSync(path, Array.isArray(lines) ? lines.join('\n') + '\n' : lines)
  return path
}

async function ok(args: string[], env: Record<string, string | undefined> = EN) {
  const r = await run([...args, '-w', ws], env)
  expect(r.code, r.stderr + r.stdout).toBe(0)
  return r
}

function count(sql: string): number {
  const db = new Database(join(ws, 'ejournal.sqlite'), {readonly: true})
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${sql}`).get() as {n: number}).n
  } finally {
    db.close()
  }
}

type Listed = Array<{
  class: string
  subject: string
  name: string
  teacher: string | null
  members: Array<{id: number; name: string}>
}>

async function listed(...filter: string[]): Promise<Listed> {
  return JSON.parse((await ok(['subgroups', 'list', '--json', ...filter])).stdout) as Listed
}

/** Subgroup → surnames, for one subject. */
async function surnames(subject: string): Promise<Record<string, string[]>> {
  return Object.fromEntries(
    (await listed('--subject', subject)).map((g) => [g.name, g.members.map((m) => m.name.split(' ')[0]!)]),
  )
}

beforeEach(async () => {
  files = tempDir()
  ws = join(files, 'school')
  expect((await run(['init', '-w', ws, '--school-name', 'МБОУ СОШ № 23', '--yes'], EN)).code).toBe(0)
  await ok(['year', 'open', '2026/2027'])
  await ok(['import', 'staff', join(DATA, 'staff.csv')])
  await ok(['import', 'curriculum', write('curriculum.csv', CURRICULUM)])
  await ok(['import', 'pupils', write('pupils.csv', [PUPILS_HEADER, ...PUPILS_7A])])
  await ok([
    'import',
    'assignments',
    write('assignments.csv', ['Класс;Предмет;Учитель', '7А;Информатика;Кузьмин Илья Игоревич']),
  ])
})

describe('subgroups assign', () => {
  it('divides languages by language and the rest alphabetically, with the teacher, as JSON', async () => {
    const r = await ok(['subgroups', 'assign', '--class', '7А', '--json'])
    const result = JSON.parse(r.stdout)
    expect(result).toMatchObject({
      year: '2026/2027',
      dryRun: false,
      applied: true,
      counts: {placed: 21, moved: 0, removed: 0, created: 6, deleted: 0, unplaced: 0},
      reshuffled: 0,
    })
    expect(result.pairs.map((p: {subject: string; strategy: string}) => [p.subject, p.strategy])).toEqual([
      ['Иностранный язык', 'language'],
      ['Информатика', 'alphabet'],
      ['Физическая культура', 'alphabet'],
    ])
    expect(await surnames('Иностранный язык')).toEqual({
      'Английский язык': ['Андреев', 'Воронин', 'Громова', 'Жукова', 'Исаев'],
      'Немецкий язык': ['Борисова', 'Денисов'],
    })
    const list = await listed('--subject', 'Информатика')
    expect(list).toEqual([
      {
        class: '7А',
        subject: 'Информатика',
        name: 'Информатика, гр. 1',
        teacher: 'Кузьмин Илья Игоревич',
        members: [
          {id: 1, name: 'Андреев Антон Игоревич'},
          {id: 2, name: 'Борисова Вера Олеговна'},
          {id: 3, name: 'Воронин Глеб Сергеевич'},
          {id: 4, name: 'Громова Дарья Андреевна'},
        ],
      },
      {
        class: '7А',
        subject: 'Информатика',
        name: 'Информатика, гр. 2',
        teacher: 'Кузьмин Илья Игоревич',
        members: [
          {id: 5, name: 'Денисов Егор Павлович'},
          {id: 6, name: 'Жукова Зоя Ивановна'},
          {id: 7, name: 'Исаев Кирилл Олегович'},
        ],
      },
    ])
    const audit = JSON.parse((await ok(['audit', '--action', 'subgroups.assign', '--json'])).stdout)
    expect(audit).toMatchObject([{object: '7А', outcome: '+21 ~0 −0; subgroups +6 −0; not placed 0'}])
  })

  it('writes nothing on --dry-run', async () => {
    const r = await ok(['subgroups', 'assign', '--all', '--dry-run'])
    expect(r.stdout).toContain(
      '7А · Иностранный язык (by language)\n  + new subgroup «Английский язык»\n  + new subgroup «Немецкий язык»',
    )
    expect(r.stdout).toContain(
      'Placed 21, moved 0, taken out 0; subgroups new 6, removed 0; not placed 0.\nDry run: nothing was written.',
    )
    expect(count('subgroup')).toBe(0)
    expect(count('subgroup_member')).toBe(0)
    expect(count("audit_log WHERE action LIKE 'subgroups.%'")).toBe(0)
  })

  it('after arrivals and departures places only the new pupils and takes out those who left', async () => {
    await ok(['subgroups', 'assign', '--class', '7А'])
    const before = await surnames('Физическая культура')
    // Воронин leaves; Ершова and Яковлев arrive.
    const next = [
      ...PUPILS_7A.filter((p) => !p.startsWith('Воронин')),
      'Ершова;Анна;Петровна;11.11.2013;Ж;7А;Немецкий;P-08',
      'Яковлев;Юрий;Ильич;12.12.2013;М;7А;Английский;P-09',
    ]
    await ok(
      ['import', 'pupils', write('pupils-oct.csv', [PUPILS_HEADER, ...next]), '--mode', 'sync', '--yes'],
      LATER,
    )

    const r = await ok(['subgroups', 'assign', '--class', '7А'], LATER)
    expect(r.stdout).toContain(
      [
        '7А · Иностранный язык (by language)',
        '  − Воронин Глеб Сергеевич ← Английский язык (left the class)',
        '  + Ершова Анна Петровна → Немецкий язык',
        '  + Яковлев Юрий Ильич → Английский язык',
      ].join('\n'),
    )
    expect(r.stdout).toContain(
      [
        '7А · Информатика (alphabetically)',
        '  − Воронин Глеб Сергеевич ← Информатика, гр. 1 (left the class)',
        '  + Ершова Анна Петровна → Информатика, гр. 1',
        '  + Яковлев Юрий Ильич → Информатика, гр. 2',
      ].join('\n'),
    )
    expect(r.stdout).toContain(
      'Placed 6, moved 0, taken out 3; subgroups new 0, removed 0; not placed 0.\nWritten.',
    )
    // Nobody else moved.
    expect(await surnames('Информатика')).toEqual({
      'Информатика, гр. 1': ['Андреев', 'Борисова', 'Громова', 'Ершова'],
      'Информатика, гр. 2': ['Денисов', 'Жукова', 'Исаев', 'Яковлев'],
    })
    const pe = await surnames('Физическая культура')
    expect(pe['Физическая культура, гр. 1']).toEqual([
      ...before['Физическая культура, гр. 1']!.filter((s) => s !== 'Воронин'),
      'Ершова',
    ])
    expect(pe['Физическая культура, гр. 2']).toEqual([...before['Физическая культура, гр. 2']!, 'Яковлев'])

    const again = await ok(['subgroups', 'assign', '--class', '7А'], LATER)
    expect(again.stdout).toContain('7А · Информатика (alphabetically)\n  no changes: 2 subgroups, 8 pupils')
    expect(again.stdout).toContain('Nothing to change.')
  })

  it('divides again with --rebalance, after confirmation', async () => {
    await ok(['subgroups', 'assign', '--class', '7А'])
    await ok(['subgroups', 'move', 'Андреев Антон', '--to', 'Информатика, гр. 2'])
    expect(await surnames('Информатика')).toEqual({
      'Информатика, гр. 1': ['Борисова', 'Воронин', 'Громова'],
      'Информатика, гр. 2': ['Андреев', 'Денисов', 'Жукова', 'Исаев'],
    })
    const refused = await run(
      ['subgroups', 'assign', '--class', '7А', '--subject', 'Информатика', '--rebalance', '-w', ws],
      EN,
    )
    expect(refused.code).toBe(2)
    expect(refused.stderr).toBe(
      '1 pupil would change or leave a subgroup; nothing was written. Run again with --yes to confirm, or --dry-run to review.\n',
    )
    const r = await ok([
      'subgroups',
      'assign',
      '--class',
      '7А',
      '--subject',
      'Информатика',
      '--rebalance',
      '--yes',
    ])
    expect(r.stdout).toContain(
      '7А · Информатика (alphabetically)\n  ~ Андреев Антон Игоревич: Информатика, гр. 2 → Информатика, гр. 1\n',
    )
    expect(await surnames('Информатика')).toEqual({
      'Информатика, гр. 1': ['Андреев', 'Борисова', 'Воронин', 'Громова'],
      'Информатика, гр. 2': ['Денисов', 'Жукова', 'Исаев'],
    })
  })

  it('lists a pupil whose language is unknown instead of guessing', async () => {
    await ok([
      'import',
      'pupils',
      write('new.csv', [PUPILS_HEADER, 'Зуев;Лев;Петрович;02.02.2013;М;7А;;P-10']),
    ])
    const r = await ok(['subgroups', 'assign', '--class', '7А', '--subject', 'иностранный язык'], RU)
    expect(r.stdout).toContain(
      '  ? Зуев Лев Петрович: не указан иностранный язык, подгруппа не выбрана; внесите язык (столбец «Иностранный язык» в ejournal import pupils) и запустите ещё раз',
    )
    expect(r.stdout).toContain('не распределено 1.')
  })

  it('divides boys and girls, and does not re-divide another way without --rebalance', async () => {
    const r = await ok([
      'subgroups',
      'assign',
      '--class',
      '7а',
      '--subject',
      'Физическая культура',
      '--by',
      'gender',
      '--json',
    ])
    expect(
      JSON.parse(r.stdout).pairs[0].groups.map((g: {name: string; members: unknown[]}) => [
        g.name,
        g.members.length,
      ]),
    ).toEqual([
      ['Девочки', 3],
      ['Мальчики', 4],
    ])
    await ok(['subgroups', 'assign', '--class', '7А', '--subject', 'Информатика'])
    const conflict = await run(['subgroups', 'assign', '--class', '7А', '--by', 'gender', '-w', ws], EN)
    expect(conflict.code).toBe(1)
    expect(conflict.stderr).toBe(
      'Already divided another way: 7А Информатика. To divide again --by gender, add --rebalance (pupils will change subgroups); nothing was written.\n',
    )
  })

  it('refuses a bad command line and unknown classes with one sentence', async () => {
    const none = await run(['subgroups', 'assign', '-w', ws], EN)
    expect([none.code, none.stderr]).toEqual([
      2,
      'Name the class with --class 7А, or pass --all for every class.\n',
    ])
    const unknown = await run(['subgroups', 'assign', '--class', '9В', '-w', ws], EN)
    expect([unknown.code, unknown.stderr]).toEqual([2, 'There is no class 9В in 2026/2027. There are: 7А\n'])
    const subject = await run(['subgroups', 'assign', '--class', '7А', '--subject', 'Алгебра', '-w', ws], EN)
    expect(subject.stderr).toBe(
      '«Алгебра» is not divided into subgroups in 7А; divided there are: Иностранный язык, Информатика, Физическая культура.\n',
    )
  })
})

describe('subgroups assign --by file', () => {
  it('refuses a file with bad rows, every problem as file:line:column, and writes nothing', async () => {
    const file = write('split.csv', [
      'Класс;Предмет;Подгруппа;Ученик',
      '7А;Информатика;Группа 1;Андреев Антон',
      '7А;Информатика;Группа 1;Боррисова Вера',
      '7Б;Информатика;Группа 2;Громова Дарья',
      '7А;Алгебра;Группа 2;Денисов Егор',
      '7А;Информатика;;Жукова Зоя',
      '7А;Информатика;Группа 2;андреев антон игоревич',
    ])
    const r = await run(['subgroups', 'assign', '--by', 'file', '--file', file, '-w', ws], EN)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      [
        'split.csv: 5 problems found; nothing was written.',
        '  split.csv:3:4: column «Ученик»: there is no pupil «Боррисова Вера» in 7А; did you mean Борисова Вера Олеговна?',
        '  split.csv:4:1: column «Класс»: there is no class «7Б» this year; did you mean 7А?',
        '  split.csv:5:2: column «Предмет»: the curriculum does not divide «Алгебра» into subgroups in 7А',
        '  split.csv:6:3: column «Подгруппа»: a value is required',
        '  split.csv:7:4: column «Ученик»: «андреев антон игоревич» is already listed for this subject on line 2',
        '',
      ].join('\n'),
    )
    expect(count('subgroup')).toBe(0)
    expect(count('subgroup_member')).toBe(0)
  })

  it('takes the class teacher’s lists, by ФИО or external id', async () => {
    const file = write('split.csv', [
      'Класс;Предмет;Подгруппа;Ученик',
      '7А;Информатика;Группа Кузьмина;Андреев Антон',
      '7А;Информатика;Группа Кузьмина;P-02',
      '7 а;информатика;Группа Петровой;Громова Дарья Андреевна',
    ])
    const r = await ok(['subgroups', 'assign', '--file', file])
    expect(r.stdout).toContain('7А · Информатика (from the file)')
    expect(r.stdout).toContain('  ? Воронин Глеб Сергеевич: not in the file and in no subgroup')
    expect(await surnames('Информатика')).toEqual({
      'Группа Кузьмина': ['Андреев', 'Борисова'],
      'Группа Петровой': ['Громова'],
    })
  })
})

describe('subgroups move, list and check', () => {
  it('moves a pupil within the class and subject, and lists the subgroups per class', async () => {
    await ok(['subgroups', 'assign', '--all'])
    const dry = await ok(['subgroups', 'move', 'P-01', '--to', 'немецкий язык', '--dry-run'])
    expect(dry.stdout).toBe(
      'Андреев Антон Игоревич (7А, Иностранный язык): Английский язык → Немецкий язык; the subgroup now has 3 pupils.\nDry run: nothing was written.\n',
    )
    const r = await ok(['subgroups', 'move', 'Андреев Антон Игоревич', '--to', 'Немецкий язык'], RU)
    expect(r.stdout).toBe(
      'Андреев Антон Игоревич (7А, Иностранный язык): Английский язык → Немецкий язык; теперь в подгруппе 3 ученика.\n',
    )
    expect(await surnames('Иностранный язык')).toEqual({
      'Английский язык': ['Воронин', 'Громова', 'Жукова', 'Исаев'],
      'Немецкий язык': ['Андреев', 'Борисова', 'Денисов'],
    })
    const csv = await ok(['subgroups', 'list', '--subject', 'Иностранный язык', '--format', 'csv'])
    expect(csv.stdout).toBe(
      '\ufeffClass;Subject;Subgroup;Teacher;Pupils;Members\r\n' +
        '7А;Иностранный язык;Английский язык;;4;Воронин Глеб Сергеевич, Громова Дарья Андреевна, Жукова Зоя Ивановна, Исаев Кирилл Олегович\r\n' +
        '7А;Иностранный язык;Немецкий язык;;3;Андреев Антон Игоревич, Борисова Вера Олеговна, Денисов Егор Павлович\r\n\n',
    )
    const table = await ok(['subgroups', 'list', '--class', '7А'], RU)
    expect(table.stdout.split('\n')[0]).toBe('7А')
    expect(table.stdout).toContain(
      '│ Информатика         │ Информатика, гр. 1         │ Кузьмин Илья Игоревич │ 4        │ Андреев Антон Игоревич; Борисова Вера Олеговна; Воронин Глеб Сергеевич; Громова Дарья Андреевна │',
    )
    const unknown = await run(['subgroups', 'move', 'Андреев', '--to', 'Группа 3', '-w', ws], EN)
    expect([unknown.code, unknown.stderr.split('. There are: ')[0]]).toEqual([
      2,
      'There is no pupil «Андреев» this year',
    ])
    expect(unknown.stderr.split('. There are: ')[1]).toMatch(/^Андреев Антон Игоревич \(7А\), /)
  })

  it('check: exit 0 when every pupil is in exactly one subgroup, 3 with the offenders', async () => {
    const none = await run(['subgroups', 'check', '-w', ws], EN)
    expect([none.code, none.stdout.split('\n')[0]]).toEqual([
      3,
      '✗ 3 problems in subgroups (3 class × subject pairs checked, limit 25):',
    ])
    await ok(['subgroups', 'assign', '--all'])
    const fine = await run(['subgroups', 'check', '-w', ws], EN)
    expect([fine.code, fine.stdout]).toEqual([
      0,
      '✓ Subgroups are in order: 3 class × subject pairs checked, limit 25.\n',
    ])

    await ok(
      [
        'import',
        'pupils',
        write('pupils-oct.csv', [PUPILS_HEADER, ...PUPILS_7A.slice(1)]),
        '--mode',
        'sync',
        '--yes',
      ],
      LATER,
    )
    await ok(
      ['import', 'pupils', write('new.csv', [PUPILS_HEADER, 'Зуев;Лев;Петрович;02.02.2013;М;7А;;P-10'])],
      LATER,
    )
    const settings = join(ws, 'ejournal.json')
    writeFileSync(
      settings,
      JSON.stringify({...JSON.parse(readFileSync(settings, 'utf8')), policy: {subgroupMaxSize: 3}}),
    )
    const bad = await run(['subgroups', 'check', '--json', '-w', ws], LATER)
    expect(bad.code).toBe(3)
    const json = JSON.parse(bad.stdout)
    expect({...json, problems: undefined}).toEqual({
      year: '2026/2027',
      ok: false,
      pairs: 3,
      maxSize: 3,
      problems: undefined,
    })
    const problems = json.problems.filter((p: {subject: string}) => p.subject === 'Иностранный язык')
    expect(problems).toEqual([
      {
        class: '7А',
        subject: 'Иностранный язык',
        problem: 'notInSubgroup',
        subgroup: null,
        pupil: {id: 8, name: 'Зуев Лев Петрович'},
        count: null,
        max: null,
      },
      {
        class: '7А',
        subject: 'Иностранный язык',
        problem: 'left',
        subgroup: 'Английский язык',
        pupil: {id: 1, name: 'Андреев Антон Игоревич'},
        count: null,
        max: null,
      },
      {
        class: '7А',
        subject: 'Иностранный язык',
        problem: 'overLimit',
        subgroup: 'Английский язык',
        pupil: null,
        count: 5,
        max: 3,
      },
    ])
    // As cron runs it: the built CLI, no terminal.
    const cron = spawn(['subgroups', 'check', '-w', ws], {EJOURNAL_NOW: LATER.EJOURNAL_NOW})
    expect([cron.code, cron.stderr, cron.stdout.split('\n')[0]]).toEqual([
      3,
      '',
      '✗ 9 problems in subgroups (3 class × subject pairs checked, limit 3):',
    ])
    const ru = await run(['subgroups', 'check', '-w', ws], {...LATER, LANG: 'ru_RU.UTF-8'})
    expect(ru.code).toBe(3)
    expect(ru.stdout).toContain(
      '│ 7А    │ Иностранный язык    │ Английский язык            │ Андреев Антон Игоревич │ выбыл из класса, но остаётся в подгруппе │',
    )
  })
})
