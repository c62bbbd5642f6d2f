// The limits of input on a real workspace (README «Importing lists»): a file a school never
// makes — a 10 000-character surname, a 10 MB cell, a workbook that unpacks to 100 MB — is
// refused at its place, before it is held in memory, and nothing is written; names in two
// alphabets are refused, names in Latin letters warned about.
import Database from 'better-sqlite3'
import {truncateSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

import {InputError} from '../../src/cli/errors.js'
import {run, spawn, tempDir} from '../helpers/cli.js'
import {writeCsv} from '../helpers/files.js'
import {writeWorkbook} from '../helpers/limits-zip.js'

const NOW = '2026-08-28T02:00:00Z'
const EN = {LANG: 'en_US.UTF-8', LC_ALL: undefined, EJOURNAL_NOW: NOW}
/** The exit code of refused input (README «Exit codes»). */
const REFUSED = new InputError('x', []).exitCode
const HEADER = 'Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;Иностранный язык;ФИО родителя 1;Email родителя 1'
/** The built CLI in a heap far smaller than the files: what it reads must not be held. */
const SMALL_HEAP = {LANG: 'en_US.UTF-8', EJOURNAL_NOW: NOW, NODE_OPTIONS: '--max-old-space-size=64'}

let ws: string
let dir: string

function snapshot(): string {
  const db = new Database(join(ws, 'ejournal.sqlite'), {readonly: true})
  try {
    const tables = ['pupil', 'parent', 'enrollment', 'class', 'staff', 'subject', 'curriculum', 'import_log']
    return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM ${t}`).all()))
  } finally {
    db.close()
  }
}

function pupils(): Array<{lastName: string; firstName: string}> {
  const db = new Database(join(ws, 'ejournal.sqlite'), {readonly: true})
  try {
    return db
      .prepare('SELECT last_name AS lastName, first_name AS firstName FROM pupil ORDER BY id')
      .all() as Array<{
      lastName: string
      firstName: string
    }>
  } finally {
    db.close()
  }
}

async function refused(args: string[], env: Record<string, string | undefined> = EN) {
  const before = snapshot()
  const r = await run([...args, '-w', ws], env)
  expect(r.code, r.stdout).toBe(REFUSED)
  expect(snapshot()).toBe(before)
  return r
}

/** A spawned run in the small heap, and how long it took beyond starting the CLI at all. */
function spawnedRefusal(args: string[]) {
  const before = snapshot()
  let started = performance.now()
  expect(spawn(['--version'], SMALL_HEAP).code).toBe(0)
  const startup = performance.now() - started
  started = performance.now()
  const r = spawn([...args, '-w', ws], SMALL_HEAP)
  const beyondStartup = performance.now() - started - startup
  expect(r.code, r.stderr).toBe(REFUSED)
  expect(snapshot()).toBe(before)
  return {...r, beyondStartup}
}

beforeAll(async () => {
  dir = tempDir()
  ws = join(dir, 'school')
  const init = ['init', '-w', ws, '--school-name', 'Школа № 23', '--timezone', 'Asia/Vladivostok', '--yes']
  expect((await run(init, EN)).code).toBe(0)
  expect((await run(['year', 'open', '2026/2027', '-w', ws], EN)).code).toBe(0)
})

describe('long names and cells', () => {
  it('refuses a 10 000-character surname at its line and column; nothing is written', async () => {
    const file = writeCsv(dir, 'long.csv', [
      HEADER,
      'Петров;Иван;;01.02.2015;М;5А',
      `${'Я'.repeat(10_000)};Мария;;01.02.2015;Ж;5А`,
    ])
    const r = await refused(['import', 'pupils', file])
    expect(r.stderr).toContain('long.csv: 1 problem found; nothing was written.')
    expect(r.stderr).toContain(
      'long.csv:3:1: the cell is longer than 4000 characters, more than any list of a school holds; check the file',
    )
  })

  it('takes a surname of 60 characters and refuses one of 61, in a pupil’s and a parent’s name', async () => {
    const sixty = 'Я'.repeat(60)
    const tooLong = writeCsv(dir, 'names61.csv', [
      HEADER,
      `${sixty}я;Мария;;01.02.2015;Ж;5А`,
      `Петрова;Анна;;01.02.2015;Ж;5А;;Петрова ${sixty}я Ивановна;`,
    ])
    const r = await refused(['import', 'pupils', tooLong])
    expect(r.stderr).toContain(
      `names61.csv:2:1: column «Фамилия»: «${'Я'.repeat(30)}…» is 61 characters long; a surname, first name or patronymic holds at most 60`,
    )
    expect(r.stderr).toContain(
      `names61.csv:3:8: column «ФИО родителя 1»: «${'Я'.repeat(30)}…» is 61 characters long`,
    )

    const fits = writeCsv(dir, 'names60.csv', [
      HEADER,
      `${sixty};Мария;;01.02.2015;Ж;5А;;Петрова ${sixty} Ивановна;`,
    ])
    const ok = await run(['import', 'pupils', fits, '-w', ws], EN)
    expect(ok.code, ok.stderr).toBe(0)
    expect(pupils()).toEqual([{lastName: `Я${'я'.repeat(59)}`, firstName: 'Мария'}])
  })

  it('refuses a subject name over 100 characters', async () => {
    const file = writeCsv(dir, 'curriculum.csv', [
      'Параллель или класс;Предмет;Часов в неделю',
      `5;${'М'.repeat(101)};2`,
    ])
    const r = await refused(['import', 'curriculum', file])
    expect(r.stderr).toContain(
      `curriculum.csv:2:2: column «Предмет»: «${'М'.repeat(30)}…» is 101 characters long; a subject name holds at most 100`,
    )
  })

  it('refuses a long cell in every file read the same way: a calendar, a workbook', async () => {
    const calendar = writeCsv(dir, 'calendar.csv', [
      'Вид;Номер;Начало;Окончание;Параллели;Класс;Название',
      `четверть;1;01.09.2027;25.10.2027;1-9;;${'x'.repeat(4001)}`,
    ])
    const r = await refused(['year', 'open', '2027/2028', '--calendar', calendar])
    expect(r.stderr).toContain('calendar.csv:2:7: the cell is longer than 4000 characters')

    const workbook = join(dir, 'cell.xlsx')
    writeWorkbook(workbook, 'Я'.repeat(4001), 1)
    const x = await refused(['import', 'pupils', workbook])
    expect(x.stderr).toContain('cell.xlsx:Лист1!A2: the cell is longer than 4000 characters')
  })

  it('refuses a CSV file over 1 GB before reading it', async () => {
    const file = writeCsv(dir, 'huge.csv', [HEADER])
    truncateSync(file, 1024 * 1024 * 1024 + 1) // sparse: nothing is written to the disk
    const r = await refused(['import', 'pupils', file])
    expect(r.stderr).toContain(
      'huge.csv:1: the file is 1025 MB; a school list is far smaller and at most 1024 MB is read',
    )
  })

  it('refuses a 10 MB cell at once, in a heap of 64 MB', () => {
    const file = join(dir, 'big.csv')
    writeFileSync(
      file,
      `${HEADER}\nПетров;Иван;;01.02.2015;М;5А\n${'Я'.repeat(10_000_000)};Мария;;01.02.2015;Ж;5А\n`,
    )
    const r = spawnedRefusal(['import', 'pupils', file])
    expect(r.stderr).toContain('big.csv:3:1: the cell is longer than 4000 characters')
    expect(r.beyondStartup).toBeLessThan(2000)
  })
})

describe('workbooks that unpack to far more than they weigh', () => {
  it('refuses a 100 KB workbook holding 100 MB before unpacking it, in a heap of 64 MB', () => {
    const file = join(dir, 'bomb.xlsx')
    expect(writeWorkbook(file, 'x'.repeat(1 << 20), 100)).toBeLessThan(200_000)
    const r = spawnedRefusal(['import', 'pupils', file])
    expect(r.stderr).toContain(
      'bomb.xlsx:1: the workbook unpacks to more than 32 MB (a school list unpacks to a few MB); it was not opened',
    )
    expect(r.beyondStartup).toBeLessThan(2000)
  })

  it('counts what the workbook really unpacks to when its sizes are understated', () => {
    const file = join(dir, 'lying.xlsx')
    writeWorkbook(file, 'x'.repeat(1 << 20), 100, true)
    const r = spawnedRefusal(['import', 'staff', file])
    expect(r.stderr).toContain('lying.xlsx:1: the workbook unpacks to more than 32 MB')
    expect(r.beyondStartup).toBeLessThan(2000)
  })
})

describe('alphabets of names', () => {
  it('refuses a surname in two alphabets with its place and the letters', async () => {
    const file = writeCsv(dir, 'mixed.csv', [HEADER, 'Ivанова;Мария;;01.02.2015;Ж;5А'])
    const r = await refused(['import', 'pupils', file])
    expect(r.stderr).toContain(
      'mixed.csv:2:1: column «Фамилия»: «Ivанова» mixes alphabets in one word (I, v: another alphabet than the rest of the word, and no look-alike ejournal can replace); retype the word in one alphabet',
    )
    const ru = await refused(['import', 'pupils', file], {...EN, LANG: 'ru_RU.UTF-8'})
    expect(ru.stderr).toContain(
      'mixed.csv:2:1: столбец «Фамилия»: в слове «Ivанова» смешаны алфавиты (I, v — буквы другого алфавита',
    )
  })

  it('imports a name in Latin letters with a warning naming its place', async () => {
    const file = writeCsv(dir, 'latin.csv', [
      HEADER,
      'Ivanova;Maria;;01.02.2015;Ж;5А',
      'Иванoва;Анна;;01.02.2015;Ж;5А',
    ])
    const r = await run(['import', 'pupils', file, '-w', ws], EN)
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain(
      '! latin.csv:2:1: column «Фамилия»: «Ivanova» is written in Latin letters; the journal writes names in Cyrillic — keep it only if the person’s documents spell it so',
    )
    expect(r.stdout).toContain('! latin.csv:2:2: column «Имя»: «Maria» is written in Latin letters')
    expect(r.stdout).toContain(
      '! latin.csv:3:1: column «Фамилия»: Latin letters replaced by Cyrillic look-alikes: «Иванoва» → «Иванова»',
    )
    expect(pupils().slice(1)).toEqual([
      {lastName: 'Ivanova', firstName: 'Maria'},
      {lastName: 'Иванова', firstName: 'Анна'},
    ])
  })
})
