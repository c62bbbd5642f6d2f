// Journal records: lessons, marks, absences, final marks and thematic plans brought in from files.
import {mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {beforeEach, describe, expect, it} from 'vitest'

import {DATA, okIn, run, tempDir} from '../helpers/cli.js'
import {writeCsv} from '../helpers/files.js'
import {openSchool} from '../helpers/school.js'
import {rows} from '../helpers/database.js'

const EN = {LANG: 'en_US.UTF-8', LC_ALL: undefined, EJOURNAL_NOW: '2026-10-20T02:00:00Z'}
const RU = {...EN, LANG: 'ru_RU.UTF-8'}

let ws: string
let dir: string

const ok = okIn(() => ws, EN)

const query = <T>(sql: string) => rows<T>(ws, sql)

const LESSONS_HEADER =
  'Дата;Урок;Класс;Подгруппа;Предмет;Учитель;Замена;Тема;Тип;Домашнее задание;Тема внесена;ДЗ внесено;Посещаемость внесена'

beforeEach(async () => {
  ;({dir, ws} = await openSchool(EN))
  await ok(['import', 'staff', join(DATA, 'staff.csv')])
  await ok(['import', 'curriculum', join(DATA, 'curriculum.csv')])
  await ok([
    'import',
    'pupils',
    writeCsv(dir, 'p.csv', [
      'Фамилия;Имя;Отчество;Дата рождения;Класс;Внешний ID',
      'Иванова;Мария;Петровна;12.03.2014;5А;P-1',
      'Петров;Олег;;05.05.2014;5А;P-2',
    ]),
  ])
  await ok([
    'import',
    'assignments',
    writeCsv(dir, 'a.csv', ['Класс;Предмет;Учитель', '5А;Математика;Фролов Илья Викторович']),
  ])
})

function journalDir(lessons: string[], marks: string[] = [], extra: Record<string, string[]> = {}): string {
  const d = join(tempDir(), 'export')
  mkdirSync(d)
  writeCsv(d, 'lessons.csv', [LESSONS_HEADER, ...lessons], 'cp1251')
  if (marks.length) writeCsv(d, 'marks.csv', ['Дата;Урок;Класс;Предмет;Ученик;Отметка;Внесено', ...marks])
  for (const [name, lines] of Object.entries(extra)) writeCsv(d, name, lines)
  return d
}

describe('import journal', () => {
  it('brings lessons, marks, absences, final marks and plans in, with entry times in school time', async () => {
    const d = journalDir(
      [
        '14.10.2026;3;5А;;Математика;Фролов Илья Викторович;нет;Сложение дробей;урок;№ 245;14.10.2026 23:59;14.10.2026 23:59;14.10.2026 15:00',
        '15.10.2026;2;5А;;Математика;Тихонов Илья Сергеевич;да;Контрольная работа № 2;контрольная работа;;2026-10-16T00:01:00+10:00;;',
      ],
      [
        '14.10.2026;3;5А;Математика;Иванова Мария;5;14.10.2026 16:00',
        '15.10.2026;2;5А;Математика;P-2;3;16.10.2026 09:00',
      ],
      {
        'absences.csv': [
          'Дата;Урок;Класс;Предмет;Ученик;Причина;Внесено',
          '14.10.2026;3;5А;Математика;Петров Олег;б;14.10.2026 15:00',
        ],
        'final_marks.csv': [
          'Ученик;Класс;Предмет;Период;Отметка;Внесено',
          'Иванова Мария Петровна;5А;Математика;1 четверть;5;27.10.2026 10:00',
        ],
        'thematic_plans.csv': [
          'Класс;Предмет;№ темы;Тема;Часов;Создано',
          '5А;Математика;1;Натуральные числа;20;05.09.2026 10:00',
          '5А;Математика;2;Дроби;25;05.09.2026 10:05',
        ],
      },
    )
    const r = await ok(['import', 'journal', d, '--json'])
    const results = JSON.parse(r.stdout)
    expect(results.map((x: {kind: string; counts: {created: number}}) => [x.kind, x.counts.created])).toEqual(
      [
        ['thematic_plans', 2],
        ['lessons', 2],
        ['marks', 2],
        ['absences', 1],
        ['final_marks', 1],
      ],
    )
    expect(
      query(
        'SELECT date, topic_entered_at AS t, substitution, planned_teacher_id = teacher_id AS planned, lesson_type AS type FROM lesson ORDER BY date',
      ),
    ).toEqual([
      // 23:59 in Vladivostok is 13:59 UTC; 00:01 on the 16th there is 14:01 UTC on the 15th.
      {date: '2026-10-14', t: '2026-10-14T13:59:00.000Z', substitution: 0, planned: 1, type: 'lesson'},
      {date: '2026-10-15', t: '2026-10-15T14:01:00.000Z', substitution: 1, planned: 0, type: 'control'},
    ])
    expect(query('SELECT period, value FROM final_mark')).toEqual([{period: 'quarter:1', value: '5'}])
    expect(query('SELECT created_at AS c FROM thematic_plan')).toEqual([{c: '2026-09-05T00:00:00.000Z'}])

    const again = JSON.parse((await ok(['import', 'journal', d, '--json'])).stdout)
    expect(
      again.every(
        (x: {counts: {created: number; updated: number}}) => x.counts.created === 0 && x.counts.updated === 0,
      ),
    ).toBe(true)

    const page = await ok(['journal', 'show', '--class', '5А', '--subject', 'математика'], RU)
    expect(page.stdout).toContain('5А, Математика: 2 урока')
    expect(page.stdout).toMatch(/14\.10\.2026.*Сложение дробей.*№ 245.*Иванова Мария 5.*Петров Олег \(б\)/)
    expect(page.stdout).toContain('Тихонов Илья Сергеевич (замена)')
  })

  it('updates a lesson imported again with a changed topic', async () => {
    await ok([
      'import',
      'journal',
      journalDir(['14.10.2026;3;5А;;Математика;Фролов Илья Викторович;;Дроби;;;;;']),
    ])
    const r = JSON.parse(
      (
        await ok([
          'import',
          'journal',
          journalDir([
            '14.10.2026;3;5А;;Математика;Фролов Илья Викторович;;Сложение дробей;;;15.10.2026 08:12;;',
          ]),
          '--json',
        ])
      ).stdout,
    )
    expect(r[0].changes[0]).toMatchObject({
      op: '~',
      fields: [
        {field: 'topic', old: 'Дроби', new: 'Сложение дробей'},
        {field: 'topicEnteredAt', old: null, new: '2026-10-14T22:12:00.000Z'},
      ],
    })
    expect(query('SELECT count(*) AS n FROM lesson')).toEqual([{n: 1}])
  })

  it('refuses bad rows of every file and writes nothing of any', async () => {
    const d = journalDir(
      [
        '14.10.2026;3;5А;;Математика;Фролов Илья Викторович;;Тема;урок;;14.10.2026 25:00;;',
        '01.07.2027;1;5А;;Математика;Фролов Илья Викторович;;Тема;урок;;;;',
        '15.10.2026;1;5А;;Математика;Фролов Илья Викторович;;Тема;семинар;;;;',
      ],
      [
        '15.10.2026;1;5А;Математика;Сидоров Пётр;5;15.10.2026 10:00',
        '15.10.2026;4;5А;Математика;Иванова Мария;6;15.10.2026 10:00',
      ],
    )
    const r = await run(['import', 'journal', d, '-w', ws], EN)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('lessons.csv:2:11: column «Тема внесена»: «14.10.2026 25:00» is not a time')
    expect(r.stderr).toContain(
      'lessons.csv:3:1: column «Дата»: 01.07.2027 is outside the school year 2026/2027',
    )
    expect(r.stderr).toContain('lessons.csv:4:9: column «Тип»: «семинар» is not a lesson type')
    expect(r.stderr).toContain('marks.csv:3:6: column «Отметка»: «6» is not a mark')
    expect(query('SELECT count(*) AS n FROM lesson')).toEqual([{n: 0}])

    const marks = journalDir(
      ['15.10.2026;1;5А;;Математика;Фролов Илья Викторович;;Тема;;;;;'],
      [
        '15.10.2026;1;5А;Математика;Сидоров Пётр;5;15.10.2026 10:00',
        '16.10.2026;1;5А;Математика;Иванова Мария;5;16.10.2026 10:00',
      ],
    )
    const m = await run(['import', 'journal', marks, '-w', ws], EN)
    expect(m.code).toBe(2)
    expect(m.stderr).toContain(
      'marks.csv:2:5: column «Ученик»: there is no pupil «Сидоров Пётр» in this class',
    )
    expect(m.stderr).toContain(
      'marks.csv:3:2: column «Урок»: there is no lesson 1 on 16.10.2026 of this class and subject',
    )
    // The lessons of the same run were rolled back with the marks.
    expect(query('SELECT count(*) AS n FROM lesson')).toEqual([{n: 0}])
  })

  it('writes nothing on --dry-run, yet plans marks against the lessons of the same run', async () => {
    const d = journalDir(
      ['14.10.2026;3;5А;;Математика;Фролов Илья Викторович;;Тема;;;;;'],
      ['14.10.2026;3;5А;Математика;Иванова Мария;4;14.10.2026 16:00'],
    )
    const r = JSON.parse((await ok(['import', 'journal', d, '--dry-run', '--json'])).stdout)
    expect(
      r.map((x: {kind: string; counts: {created: number}; applied: boolean}) => [
        x.kind,
        x.counts.created,
        x.applied,
      ]),
    ).toEqual([
      ['lessons', 1, false],
      ['marks', 1, false],
    ])
    expect(query('SELECT count(*) AS n FROM lesson')).toEqual([{n: 0}])
    expect(query('SELECT count(*) AS n FROM import_log WHERE kind = ?'.replace('?', "'lessons'"))).toEqual([
      {n: 0},
    ])
  })

  it('refuses a file that is not a journal file', async () => {
    const file = writeCsv(dir, 'оценки.csv', ['a;b', '1;2'])
    const r = await run(['import', 'journal', file, '-w', ws], EN)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(
      'оценки.csv is not a journal file; expected thematic_plans.csv, lessons.csv, marks.csv, absences.csv, final_marks.csv.',
    )
  })

  it('records a class-list check', async () => {
    const r = await ok(['classes', 'confirm-list', '5 а'], RU)
    expect(r.stdout).toBe('Список класса 5А отмечен как проверенный 20.10.2026.\n')
    expect(query('SELECT checked_at AS at FROM class_list_check')).toEqual([{at: '2026-10-20T02:00:00.000Z'}])
  })
})
