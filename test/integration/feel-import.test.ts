// Import feel (issue 19, part 5): templates for the journal's files and the calendar that import
// as they are, a Windows-1251 file read as UTF-8 named as such, plan lines that show the mark, and
// «Written.» only when something was.
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

import {InputError} from '../../src/cli/errors.js'
import {DATA, run, tempDir} from '../helpers/cli.js'
import {writeCsv} from '../helpers/files.js'
import {openMathClass} from '../helpers/school.js'

const EN = {LANG: 'en_US.UTF-8', LC_ALL: undefined, EJOURNAL_NOW: '2026-10-20T02:00:00Z'}
const RU = {...EN, LANG: 'ru_RU.UTF-8'}
const BAD_INPUT = new InputError('f', []).exitCode

let dir: string
let ws: string

async function ok(args: string[], env: Record<string, string | undefined> = EN, where = ws) {
  const r = await run([...args, '-w', where], env)
  expect(r.code, r.stderr + r.stdout).toBe(0)
  return r
}

const lines = (text: string) => text.trimEnd().split('\n')

// 5А with Иванова Мария Петровна and Антонов Иван, Математика taught by Громова Анна
// Александровна: the names the templates' example rows use.
beforeAll(async () => {
  dir = tempDir('ejournal-feel-')
  ws = join(dir, 'school')
  await openMathClass(dir, (args) => ok(args), [
    'Иванова;Мария;Петровна;12.03.2015;5А',
    'Антонов;Иван;;01.02.2015;5А',
  ])
})

const JOURNAL = ['thematic_plans', 'lessons', 'marks', 'absences', 'final_marks']

describe('import template for the journal and the calendar', () => {
  it('writes each journal file with its headers and an example row that imports as it is', async () => {
    const csv = join(tempDir(), 'journal')
    const xlsx = join(tempDir(), 'journal')
    mkdirSync(csv)
    mkdirSync(xlsx)
    for (const kind of JOURNAL) {
      await ok(['import', 'template', kind, '-o', join(csv, `${kind}.csv`)])
      await ok(['import', 'template', kind, '--xlsx', '-o', join(xlsx, `${kind}.xlsx`)])
    }
    const marks = readFileSync(join(csv, 'marks.csv'), 'utf8')
    expect(marks).toBe(
      '\ufeffДата;Урок;Класс;Предмет;Ученик;Отметка;Внесено\r\n14.10.2026;3;5А;Математика;Иванова Мария Петровна;5;14.10.2026 15:40\r\n',
    )
    expect(readFileSync(join(csv, 'lessons.csv'), 'utf8').split('\r\n')[0]).toBe(
      '\ufeffДата;Урок;Класс;Подгруппа;Предмет;Учитель;Замена;Тема;Тип;Домашнее задание;Тема внесена;ДЗ внесено;Посещаемость внесена',
    )
    expect(readFileSync(join(csv, 'absences.csv'), 'utf8').split('\r\n')[0]).toBe(
      '\ufeffДата;Урок;Класс;Предмет;Ученик;Причина;Внесено',
    )
    expect(readFileSync(join(csv, 'final_marks.csv'), 'utf8').split('\r\n')[0]).toBe(
      '\ufeffУченик;Класс;Предмет;Период;Отметка;Внесено',
    )
    expect(readFileSync(join(csv, 'thematic_plans.csv'), 'utf8').split('\r\n')[0]).toBe(
      '\ufeffКласс;Предмет;№ темы;Тема;Часов;Создано',
    )

    const r = await ok(['import', 'journal', csv])
    expect(lines(r.stdout)).toContain(
      '+ mark Иванова Мария Петровна, 5А, Математика, 14.10.2026, урок 3: 5 (line 2)',
    )
    expect(lines(r.stdout)).toContain(
      '+ absence Иванова Мария Петровна, 5А, Математика, 14.10.2026, урок 3: б (line 2)',
    )
    expect(lines(r.stdout)).toContain('+ lesson 5А, Математика, 14.10.2026, урок 3 (line 2)')
    expect(lines(r.stdout).filter((l) => l === 'Written.')).toHaveLength(5)

    // The workbooks hold the same rows: all of them are already there.
    const again = JSON.parse((await ok(['import', 'journal', xlsx, '--json'])).stdout)
    expect(
      again.map((x: {kind: string; counts: {unchanged: number}}) => [x.kind, x.counts.unchanged]),
    ).toEqual(JOURNAL.map((k) => [k, 1]))
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(join(xlsx, 'marks.xlsx'))
    expect(workbook.worksheets[0]!.getRow(1).values).toEqual([
      undefined,
      'Дата',
      'Урок',
      'Класс',
      'Предмет',
      'Ученик',
      'Отметка',
      'Внесено',
    ])
  })

  it('writes the calendar that year open --calendar takes, as CSV and as a workbook', async () => {
    const out = tempDir()
    const r = await run(['import', 'template', 'calendar', '-o', join(out, 'calendar.csv')], EN)
    expect(r.code).toBe(0)
    expect(r.stdout.trim()).toBe(
      `Written ${join(out, 'calendar.csv')} with the columns: Вид; Номер; Начало; Окончание; Параллели; Класс; Название`,
    )
    const text = readFileSync(join(out, 'calendar.csv'), 'utf8')
    expect(text.split('\r\n').slice(0, 2)).toEqual([
      '\ufeffВид;Номер;Начало;Окончание;Параллели;Класс;Название',
      'четверть;1;01.09.2026;25.10.2026;1-9;;',
    ])
    expect(
      await run(['import', 'template', 'calendar', '--xlsx', '-o', join(out, 'calendar.xlsx')], EN),
    ).toMatchObject({code: 0})

    for (const file of ['calendar.csv', 'calendar.xlsx']) {
      const school = join(tempDir(), 'school')
      await ok(['init', '--school-name', 'Школа', '--timezone', 'Asia/Vladivostok', '--yes'], EN, school)
      const opened = await ok(['year', 'open', '2026/2027', '--calendar', join(out, file)], EN, school)
      expect(lines(opened.stdout)[0]).toBe(
        'Year 2026/2027: 01.09.2026 – 26.05.2027, 6 periods, 12 non-school spans (vacations, holidays).',
      )
    }

    // The path rules of every output: an existing file is kept without --force.
    writeFileSync(join(out, 'mine.csv'), 'mine')
    const refused = await run(['import', 'template', 'calendar', '-o', join(out, 'mine.csv')], EN)
    expect(refused.code).not.toBe(0)
    expect(readFileSync(join(out, 'mine.csv'), 'utf8')).toBe('mine')
    expect(
      await run(['import', 'template', 'calendar', '-o', join(out, 'mine.csv'), '--force'], EN),
    ).toMatchObject({
      code: 0,
    })
    expect(readFileSync(join(out, 'mine.csv'), 'utf8')).toBe(text)
  })
})

describe('a Windows-1251 file read as UTF-8', () => {
  it('says the text looks like Windows-1251 instead of naming missing columns', async () => {
    const file = join(DATA, 'pupils-excel-cp1251.csv')
    const r = await run(['import', 'pupils', file, '--encoding', 'utf8', '-w', ws], EN)
    expect(r.code).toBe(BAD_INPUT)
    expect(r.stderr.trim().split('\n')).toEqual([
      'pupils-excel-cp1251.csv: 1 problem found; nothing was written.',
      '  pupils-excel-cp1251.csv:1: the file is not in UTF-8 as --encoding utf8 says: it looks like Windows-1251 (read so, it says «Иностранный язык»). Run again with --encoding cp1251, or with --encoding auto (the default) to detect it',
    ])

    const d = join(tempDir(), 'journal')
    mkdirSync(d)
    writeFileSync(
      join(d, 'marks.csv'),
      iconv.encode(
        'Date;Lesson_no;Class;Subject;Pupil;Value;Entered_at\r\n05.10.2026;2;5А;Математика;Антонов Иван;5;05.10.2026 16:00\r\n',
        'win1251',
      ),
    )
    const ru = await run(['import', 'journal', d, '--encoding', 'utf8', '-w', ws], RU)
    expect(ru.code).toBe(BAD_INPUT)
    expect(ru.stderr).toContain(
      'marks.csv:2: файл не в UTF-8, как сказано в --encoding utf8: похоже, он в Windows-1251 (в ней здесь написано «Антонов Иван»). Запустите снова с --encoding cp1251 или с --encoding auto (по умолчанию) — кодировка определится сама',
    )
  })
})

describe('the plan of a journal import', () => {
  it('shows the mark after «урок N», and says «Written.» only when something was written', async () => {
    const d = join(tempDir(), 'journal')
    mkdirSync(d)
    writeCsv(d, 'lessons.csv', [
      'Дата;Урок;Класс;Предмет;Учитель;Тема',
      '05.10.2026;2;5А;Математика;Громова Анна Александровна;Дроби',
    ])
    writeCsv(d, 'marks.csv', [
      'Дата;Урок;Класс;Предмет;Ученик;Отметка;Внесено',
      '05.10.2026;2;5А;Математика;Антонов Иван;5;05.10.2026 16:00',
    ])
    const dry = await ok(['import', 'journal', join(d, 'marks.csv'), join(d, 'lessons.csv'), '--dry-run'])
    expect(lines(dry.stdout)).toEqual([
      'Read as UTF-8, delimiter «;».',
      '+ lesson 5А, Математика, 05.10.2026, урок 2 (line 2)',
      'New 1, changed 0, unchanged 0, leaving 0, rejected 0.',
      'Dry run: nothing was written.',
      '',
      'Read as UTF-8, delimiter «;».',
      '+ mark Антонов Иван, 5А, Математика, 05.10.2026, урок 2: 5 (line 2)',
      'New 1, changed 0, unchanged 0, leaving 0, rejected 0.',
      'Dry run: nothing was written.',
    ])
    const done = await ok(['import', 'journal', d])
    expect(lines(done.stdout).filter((l) => l.startsWith('+') || l === 'Written.')).toEqual([
      '+ lesson 5А, Математика, 05.10.2026, урок 2 (line 2)',
      'Written.',
      '+ mark Антонов Иван, 5А, Математика, 05.10.2026, урок 2: 5 (line 2)',
      'Written.',
    ])

    // The same files again: nothing to write, and it says so.
    const again = await ok(['import', 'journal', d], RU)
    expect(lines(again.stdout)).toEqual([
      'Прочитано как UTF-8, разделитель «;».',
      'Новых 0, изменённых 0, без изменений 1, выбывают 0, отклонено 0.',
      'Записывать нечего: всё, что есть в файле, уже сохранено.',
      '',
      'Прочитано как UTF-8, разделитель «;».',
      'Новых 0, изменённых 0, без изменений 1, выбывают 0, отклонено 0.',
      'Записывать нечего: всё, что есть в файле, уже сохранено.',
    ])

    // A changed mark: the change is written, and said to be.
    writeCsv(d, 'marks.csv', [
      'Дата;Урок;Класс;Предмет;Ученик;Отметка;Внесено',
      '05.10.2026;2;5А;Математика;Антонов Иван;4;05.10.2026 16:00',
    ])
    const changed = await ok(['import', 'journal', join(d, 'marks.csv')])
    expect(lines(changed.stdout)).toEqual([
      'Read as UTF-8, delimiter «;».',
      '~ mark Антонов Иван, 5А, Математика, 05.10.2026, урок 2 (line 2): value: 5 → 4',
      'New 0, changed 1, unchanged 0, leaving 0, rejected 0.',
      'Written.',
    ])
  })

  it('says nothing was written for a list that is already stored', async () => {
    const r = await ok(['import', 'pupils', join(dir, 'pupils.csv')])
    expect(lines(r.stdout)).toEqual([
      'Read as UTF-8, delimiter «;».',
      'New 0, changed 0, unchanged 2, leaving 0, rejected 0.',
      'Nothing to write: the file holds nothing that is not already stored.',
    ])
  })
})
