// Enrollment dates of class lists loaded after the year began (issue 17, item 1): a class's first
// list of the year is the class since 1 September; later arrivals take --effective (default
// today); an earlier --effective moves the start of a stay back unless the pupil was elsewhere.
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

import {okIn} from '../helpers/cli.js'
import {writeCsv} from '../helpers/files.js'
import {openSchool} from '../helpers/school.js'

// 5 December 2026, 12:00 in Vladivostok: the lists are loaded three months into the year.
const EN = {LANG: 'en_US.UTF-8', LC_ALL: undefined, EJOURNAL_NOW: '2026-12-05T02:00:00Z'}
const RU = {...EN, LANG: 'ru_RU.UTF-8'}
const HEADER = 'Фамилия;Имя;Отчество;Дата рождения;Класс'

let ws: string
let dir: string

const ok = okIn(() => ws, EN)

interface Listed {
  lastName: string
  history: Array<{class: string; from: string; to: string | null}>
}

async function history(lastName: string) {
  const pupils = JSON.parse((await ok(['pupils', 'list', '--json'])).stdout) as Listed[]
  return pupils.find((p) => p.lastName === lastName)!.history.map((h) => [h.class, h.from, h.to])
}

async function pupilsInFirstQuarter(): Promise<number> {
  const report = JSON.parse(
    (await ok(['report', 'period', '--period', '1 четверть', '--class', '5А', '--json'])).stdout,
  ) as {classes: Array<{pupils: number}>}
  return report.classes[0]!.pupils
}

const FIRST_LIST =
  ': the first list of the class this year, so its pupils are enrolled from 01.09.2026, the first day of the year; pupils who come later are enrolled from --effective (default today)'

beforeAll(async () => {
  ;({dir, ws} = await openSchool(EN, {yearOptions: ['--preset', 'quarters']}))
})

describe('enrollment dates of lists loaded after the year began', () => {
  it("enrolls a class's first list from the year's first day and says so in one line", async () => {
    const file = writeCsv(dir, 'p.csv', [
      HEADER,
      'Иванова;Мария;Петровна;12.03.2014;5А',
      'Петров;Олег;;05.05.2014;5А',
      'Кузнецов;Пётр;;05.06.2014;5Б',
    ])
    const ru = await ok(['import', 'pupils', file, '--dry-run'], RU)
    expect(ru.stdout).toContain(
      '! p.csv:2: 5А, 5Б: первый список класса в этом году, поэтому ученики зачислены с 01.09.2026, первого дня учебного года; пришедших позже зачисляют с даты --effective (по умолчанию — сегодня)\n',
    )
    const r = await ok(['import', 'pupils', file])
    expect(r.stdout).toContain(`! p.csv:2: 5А, 5Б${FIRST_LIST}\n`)
    expect(r.stdout.match(/first list/g)).toHaveLength(1)
    expect(await history('Иванова')).toEqual([['5А', '2026-09-01', null]])
    expect(await history('Кузнецов')).toEqual([['5Б', '2026-09-01', null]])
    expect(await pupilsInFirstQuarter()).toBe(2)
  })

  it('enrolls later arrivals from today or from --effective, without the first-list line', async () => {
    const today = await ok([
      'import',
      'pupils',
      writeCsv(dir, 'q.csv', [HEADER, 'Сидоров;Иван;;05.06.2014;5А', 'Орлова;Анна;;07.07.2014;5А']),
    ])
    expect(today.stdout).not.toContain('first list')
    expect(await history('Сидоров')).toEqual([['5А', '2026-12-05', null]])
    const given = await ok([
      'import',
      'pupils',
      writeCsv(dir, 'r.csv', [HEADER, 'Смирнова;Ольга;;01.02.2014;5А']),
      '--effective',
      '10.11.2026',
    ])
    expect(given.stdout).not.toContain('first list')
    expect(await history('Смирнова')).toEqual([['5А', '2026-11-10', null]])
    expect(await pupilsInFirstQuarter()).toBe(2)
  })

  it('moves the start of a stay back with an earlier --effective, once', async () => {
    const file = join(dir, 'q.csv')
    const planned = JSON.parse(
      (await ok(['import', 'pupils', file, '--effective', '01.09.2026', '--dry-run', '--json'])).stdout,
    ) as {counts: {updated: number}; changes: Array<{op: string; name: string; fields: unknown[]}>}
    expect(planned.counts.updated).toBe(2)
    expect(planned.changes[0]).toMatchObject({
      op: '~',
      name: 'Сидоров Иван, 5А',
      fields: [{field: 'enrolledFrom', old: '2026-12-05', new: '2026-09-01'}],
    })

    const r = await ok(['import', 'pupils', file, '--effective', '01.09.2026'])
    expect(r.stdout).toContain(
      '~ pupil Сидоров Иван, 5А (line 2): enrolled from: 05.12.2026 → 01.09.2026\n~ pupil Орлова Анна, 5А (line 3): enrolled from: 05.12.2026 → 01.09.2026\n',
    )
    expect(r.stdout).toContain('New 0, changed 2, unchanged 0, leaving 0, rejected 0.')
    expect(await history('Сидоров')).toEqual([['5А', '2026-09-01', null]])
    expect(await pupilsInFirstQuarter()).toBe(4)

    const ru = await ok(
      ['import', 'pupils', join(dir, 'r.csv'), '--effective', '01.09.2026', '--dry-run'],
      RU,
    )
    expect(ru.stdout).toContain(
      '~ ученик Смирнова Ольга, 5А (строка 2): зачислен с: 10.11.2026 → 01.09.2026\n',
    )

    const again = await ok(['import', 'pupils', file, '--effective', '01.09.2026'])
    expect(again.stdout).toContain('New 0, changed 0, unchanged 2, leaving 0, rejected 0.')
    expect(await history('Сидоров')).toEqual([['5А', '2026-09-01', null]])
  })

  it('keeps the start of a stay when the pupil was in another class in between, and says why', async () => {
    // Кузнецов is in 5Б since 1 September and moves to 5А today.
    const file = writeCsv(dir, 'm.csv', [HEADER, 'Кузнецов;Пётр;;05.06.2014;5А'])
    await ok(['import', 'pupils', file])
    expect(await history('Кузнецов')).toEqual([
      ['5Б', '2026-09-01', '2026-12-04'],
      ['5А', '2026-12-05', null],
    ])
    const r = await ok(['import', 'pupils', file, '--effective', '01.09.2026'])
    expect(r.stdout).toContain(
      '! m.csv:2: Кузнецов Пётр stays enrolled in 5А from 05.12.2026, not from 01.09.2026: the pupil was in 5Б from 01.09.2026 to 04.12.2026\n',
    )
    expect(r.stdout).toContain('New 0, changed 0, unchanged 1, leaving 0, rejected 0.')
    const ru = await ok(['import', 'pupils', file, '--effective', '01.09.2026', '--dry-run'], RU)
    expect(ru.stdout).toContain(
      '! m.csv:2: Кузнецов Пётр: зачисление в 5А оставлено с 05.12.2026, а не с 01.09.2026: с 01.09.2026 по 04.12.2026 ученик был в 5Б\n',
    )
    expect(await history('Кузнецов')).toEqual([
      ['5Б', '2026-09-01', '2026-12-04'],
      ['5А', '2026-12-05', null],
    ])
  })

  it('enrolls a pupil who left earlier this year from the day after, in a first list', async () => {
    // Петров leaves 5А on 14 October, and is back in December in the new 5В.
    await ok([
      'import',
      'pupils',
      writeCsv(dir, 'sync.csv', [
        HEADER,
        'Иванова;Мария;Петровна;12.03.2014;5А',
        'Сидоров;Иван;;05.06.2014;5А',
        'Орлова;Анна;;07.07.2014;5А',
        'Смирнова;Ольга;;01.02.2014;5А',
        'Кузнецов;Пётр;;05.06.2014;5А',
      ]),
      '--mode',
      'sync',
      '--effective',
      '15.10.2026',
      '--yes',
    ])
    const r = await ok([
      'import',
      'pupils',
      writeCsv(dir, 'v.csv', [HEADER, 'Новикова;Вера;;03.03.2014;5В', 'Петров;Олег;;05.05.2014;5В']),
    ])
    expect(r.stdout).toContain(`! v.csv:2: 5В${FIRST_LIST}\n`)
    expect(await history('Новикова')).toEqual([['5В', '2026-09-01', null]])
    expect(await history('Петров')).toEqual([
      ['5А', '2026-09-01', '2026-10-14'],
      ['5В', '2026-10-15', null],
    ])
  })
})
