// The journal's records must fall in a stay of their pupil in their class (issue 17, item 1): a
// mark, an absence or a final mark from before a pupil came is refused with the pupil's stays and
// the fix, and nothing of the run is written.
import Database from 'better-sqlite3'
import {createHash} from 'node:crypto'
import {mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

import {InputError} from '../../src/cli/errors.js'
import {DATA, okIn, run} from '../helpers/cli.js'
import {writeCsv} from '../helpers/files.js'
import {openSchool} from '../helpers/school.js'

// 5 December 2026 in Vladivostok: the journal since September is loaded after the lists.
const EN = {LANG: 'en_US.UTF-8', LC_ALL: undefined, EJOURNAL_NOW: '2026-12-05T02:00:00Z'}
const RU = {...EN, LANG: 'ru_RU.UTF-8'}
const PUPILS = 'Фамилия;Имя;Отчество;Дата рождения;Класс'
const LESSONS = [
  'Дата;Урок;Класс;Подгруппа;Предмет;Учитель;Замена;Тема;Тип;Домашнее задание;Тема внесена;ДЗ внесено;Посещаемость внесена',
  '14.10.2026;3;5А;;Математика;Фролов Илья Викторович;нет;Дроби;урок;№ 245;14.10.2026 15:00;14.10.2026 15:00;14.10.2026 15:00',
  '07.12.2026;2;5А;;Математика;Фролов Илья Викторович;нет;Проценты;урок;№ 301;07.12.2026 15:00;07.12.2026 15:00;07.12.2026 15:00',
]
// A refused input file's exit code, as the one error hierarchy gives it to every InputError.
const BAD_INPUT = new InputError('', []).exitCode
const FIX =
  'if the class list is wrong, load it again with «ejournal import pupils FILE --effective DD.MM.YYYY», the day the pupil came, then this file'

let ws: string
let dir: string

const ok = okIn(() => ws, EN)

/** Every row of every table: what «nothing written» means. */
function dump(): string {
  const db = new Database(join(ws, 'ejournal.sqlite'), {readonly: true})
  try {
    const hash = createHash('sha256')
    for (const {name} of db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as Array<{name: string}>) {
      hash.update(`${name}:${JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).raw().all())}\n`)
    }
    return hash.digest('hex')
  } finally {
    db.close()
  }
}

function count(table: string): number {
  const db = new Database(join(ws, 'ejournal.sqlite'), {readonly: true})
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as {n: number}).n
  } finally {
    db.close()
  }
}

function journal(name: string, files: Record<string, string[]>): string {
  const d = join(dir, name)
  mkdirSync(d)
  for (const [file, lines] of Object.entries(files)) writeCsv(d, file, lines)
  return d
}

/** Refused as bad input with these problem lines, and not a row changed. */
async function refused(path: string, problems: string[], env = EN) {
  const before = dump()
  const r = await run(['import', 'journal', path, '-w', ws], env)
  expect(r.code, r.stderr).toBe(BAD_INPUT)
  for (const p of problems) expect(r.stderr).toContain(`\n  ${p}\n`)
  expect(r.stderr.split('\n').filter((l) => l.startsWith('  '))).toHaveLength(problems.length)
  expect(dump()).toBe(before)
}

let marks: string
let absences: string
let finals: string

beforeAll(async () => {
  ;({dir, ws} = await openSchool(EN, {yearOptions: ['--preset', 'quarters']}))
  await ok(['import', 'staff', join(DATA, 'staff.csv')])
  await ok(['import', 'curriculum', join(DATA, 'curriculum.csv')])
  // The class's first list (from 1 September), then Сидоров, who comes today.
  await ok([
    'import',
    'pupils',
    writeCsv(dir, 'p.csv', [PUPILS, 'Иванова;Мария;Петровна;12.03.2014;5А', 'Петров;Олег;;05.05.2014;5А']),
  ])
  await ok(['import', 'pupils', writeCsv(dir, 'q.csv', [PUPILS, 'Сидоров;Иван;;05.06.2014;5А'])])
  await ok([
    'import',
    'assignments',
    writeCsv(dir, 'a.csv', ['Класс;Предмет;Учитель', '5А;Математика;Фролов Илья Викторович']),
  ])
  marks = journal('marks', {
    'lessons.csv': LESSONS,
    'marks.csv': [
      'Дата;Урок;Класс;Предмет;Ученик;Отметка;Внесено',
      '14.10.2026;3;5А;Математика;Иванова Мария;5;14.10.2026 16:00',
      '14.10.2026;3;5А;Математика;Сидоров Иван;4;14.10.2026 16:00',
      '07.12.2026;2;5А;Математика;Сидоров Иван;5;07.12.2026 16:00',
    ],
  })
  absences = journal('absences', {
    'lessons.csv': LESSONS,
    'absences.csv': [
      'Дата;Урок;Класс;Предмет;Ученик;Причина;Внесено',
      '14.10.2026;3;5А;Математика;Сидоров Иван;б;14.10.2026 15:00',
      '07.12.2026;2;5А;Математика;Петров Олег;н;07.12.2026 15:00',
    ],
  })
  finals = journal('finals', {
    'final_marks.csv': [
      'Ученик;Класс;Предмет;Период;Отметка;Внесено',
      'Иванова Мария Петровна;5А;Математика;1 четверть;5;27.10.2026 10:00',
      'Сидоров Иван;5А;Математика;1 четверть;4;27.10.2026 10:00',
      // The second quarter runs into December: Сидоров was in the class during it.
      'Сидоров Иван;5А;Математика;2 четверть;5;29.12.2026 10:00',
    ],
  })
})

describe('import journal checks the pupils were in the class', () => {
  it('refuses a mark from before the pupil came, naming the pupil, the date, the stays and the fix', async () => {
    await refused(marks, [
      `marks.csv:3:5: column «Ученик»: Сидоров Иван was not in 5А on 14.10.2026 (this year: 5А 05.12.2026–…); ${FIX}`,
    ])
    expect([count('lesson'), count('mark')]).toEqual([0, 0])
    await refused(
      marks,
      [
        'marks.csv:3:5: столбец «Ученик»: Сидоров Иван 14.10.2026 не учился в 5А (в этом году: 5А 05.12.2026–…); если список класса неверен, загрузите его снова: «ejournal import pupils ФАЙЛ --effective ДД.ММ.ГГГГ» с днём прихода ученика, затем этот файл',
      ],
      RU,
    )
  })

  it('refuses an absence from before the pupil came', async () => {
    await refused(absences, [
      `absences.csv:2:5: column «Ученик»: Сидоров Иван was not in 5А on 14.10.2026 (this year: 5А 05.12.2026–…); ${FIX}`,
    ])
    expect([count('lesson'), count('absence')]).toEqual([0, 0])
  })

  it('refuses a final mark for a period the pupil was not in the class at all', async () => {
    await refused(finals, [
      `final_marks.csv:3:4: column «Период»: Сидоров Иван was not in 5А during «1 четверть» (01.09.2026–25.10.2026; this year: 5А 05.12.2026–…); ${FIX}`,
    ])
    expect(count('final_mark')).toBe(0)
  })

  it('takes them all once the list says when the pupil came', async () => {
    await ok(['import', 'pupils', join(dir, 'q.csv'), '--effective', '01.09.2026'])
    await ok(['import', 'journal', marks])
    await ok(['import', 'journal', absences])
    await ok(['import', 'journal', finals])
    expect([count('lesson'), count('mark'), count('absence'), count('final_mark')]).toEqual([2, 3, 2, 3])
  })
})
