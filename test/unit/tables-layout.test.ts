// The one table layout: widths from the content and the terminal, word wrap, … for the least
// useful columns; off a terminal one line per row. No I/O: widths are given.
import {describe, expect, it} from 'vitest'

import {argumentsSummary} from '../../src/audit/audit-log.js'
import {toTable} from '../../src/cli/render.js'
import {displayWidth, layoutTable, rowLines, shorten, wrapWords} from '../../src/cli/table-layout.js'
import {renderDocText, type ReportDoc} from '../../src/reports/document.js'

const pupils = [
  ['Андреева Арина Артёмовна', '5А', 'Андреева Алиса Викторовна <mama6464@mail.ru>'],
  ['Марков Михаил', '5А', 'Маркова Ангелина'],
]

describe('display width', () => {
  it('counts a Cyrillic letter as one column, a combining breve and colour codes as none', () => {
    expect(displayWidth('Ёжик')).toBe(4)
    expect(displayWidth('Андреи\u0306')).toBe(6)
    expect(displayWidth('\u001b[31m✗\u001b[39m ошибка')).toBe(8)
  })
})

describe('wrapping and shortening', () => {
  it('breaks lines at spaces, and a word longer than the line inside it', () => {
    expect(wrapWords('один два три', 7)).toEqual(['один', 'два три'])
    expect(wrapWords('Римский-Корсаков Максим', 10)).toEqual(['Римский-Ко', 'рсаков', 'Максим'])
    expect(wrapWords('строка\nвторая', 20)).toEqual(['строка', 'вторая'])
  })

  it('shortens to one line ending with …', () => {
    expect(shorten('import journal /very/long/path', 14)).toBe('import journa…')
    expect(shorten('две\nстроки', 20)).toBe('две; строки')
    expect(shorten('коротко', 7)).toBe('коротко')
  })
})

describe('table layout', () => {
  it('off a terminal keeps every column whole and every row on one line', () => {
    const layout = layoutTable(['Подгруппа', 'Состав'], [['Английский язык', 'Андреев Антон\nБорисова Вера']])
    expect(layout.widths).toEqual([15, 28])
    expect(layout.rows).toEqual([['Английский язык', 'Андреев Антон; Борисова Вера']])
  })

  it('shrinks the widest column first and wraps it at word boundaries', () => {
    const layout = layoutTable(['Ученик', 'Родители'], [[pupils[0]![0]!, pupils[0]![2]!]], {width: 40})
    // 24 + 44 = 68 columns of content: the parents' column shrinks alone down to 24, then both.
    expect(layout.widths).toEqual([20, 20])
    expect(layout.rows[0]).toEqual([
      'Андреева Арина\nАртёмовна',
      'Андреева Алиса\nВикторовна\n<mama6464@mail.ru>',
    ])
    expect(layout.wordsBroken).toBe(false)
  })

  it('shortens the least useful columns with … before the others shrink', () => {
    const layout = layoutTable(
      ['Время', 'Аргументы'],
      [['01.09.2026 08:00', 'import journal /very/long/path/to/lessons.csv']],
      {width: 30, shorten: [false, true]},
    )
    expect(layout.widths).toEqual([16, 14])
    expect(layout.rows[0]).toEqual(['01.09.2026 08:00', 'import journa…'])
  })

  it('breaks a header word before a word of the cells, and says when cell words had to break', () => {
    const layout = layoutTable(['Класс', 'Отметки'], [['5А', '5 4']], {width: 6})
    expect(layout.widths).toEqual([3, 3])
    expect(layout.headers).toEqual(['Кла\nсс', 'Отм\nетк\nи'])
    expect(layout.wordsBroken).toBe(false)
    expect(layoutTable(['A'], [['Римский-Корсаков']], {width: 10}).wordsBroken).toBe(true)
  })

  it('puts cells side by side without borders', () => {
    const layout = layoutTable(['', ''], [['✗ правило', 'обязанность учителя']], {width: 20})
    expect(rowLines(layout)).toEqual([['✗ правило  обязанность', '           учителя']])
  })
})

describe('the terminal table', () => {
  it('fits the width given, with no rule between rows', async () => {
    const table = await toTable(['Ученик', 'Класс', 'Родители'], pupils, {width: 40})
    expect(table.split('\n')).toEqual([
      '┌───────────┬─────┬────────────────────┐',
      '│ Ученик    │ Кла │ Родители           │',
      '│           │ сс  │                    │',
      '├───────────┼─────┼────────────────────┤',
      '│ Андреева  │ 5А  │ Андреева Алиса     │',
      '│ Арина     │     │ Викторовна         │',
      '│ Артёмовна │     │ <mama6464@mail.ru> │',
      '│ Марков    │ 5А  │ Маркова Ангелина   │',
      '│ Михаил    │     │                    │',
      '└───────────┴─────┴────────────────────┘',
    ])
  })

  it('off a terminal prints each row on one line', async () => {
    const table = await toTable(['Ученик', 'Класс', 'Родители'], pupils, {width: undefined})
    expect(table.split('\n')).toHaveLength(6)
    expect(table.split('\n')[3]).toBe(
      '│ Андреева Арина Артёмовна │ 5А    │ Андреева Алиса Викторовна <mama6464@mail.ru> │',
    )
  })

  it('drops the padding of a table too narrow for whole words', async () => {
    // With padding the pupil's column would have 14 columns, too few for «Римский-Корсаков».
    const table = await toTable(['Номер', 'Ученик'], [['1', 'Римский-Корсаков Максим']], {width: 22})
    expect(table.split('\n')).toEqual([
      '┌───┬────────────────┐',
      '│Ном│Ученик          │',
      '│ер │                │',
      '├───┼────────────────┤',
      '│1  │Римский-Корсаков│',
      '│   │Максим          │',
      '└───┴────────────────┘',
    ])
  })
})

describe('reports on the terminal', () => {
  const doc: ReportDoc = {
    title: 'Учителя',
    lines: ['МБОУ «Школа № 1»'],
    blocks: [
      {kind: 'heading', text: 'Замечания по учителям', level: 2},
      {kind: 'chart', title: 'Замечания', mode: 'stacked', series: [], rows: []},
      {kind: 'heading', text: 'Часы', level: 2},
      {kind: 'text', text: 'Уроков проведено: 965 из 979 по учебному плану'},
    ],
  }

  it('leaves out a heading with only a chart under it and wraps paragraphs', async () => {
    const text = await renderDocText(doc, (t) => t, 30)
    expect(text).toBe('Учителя\nМБОУ «Школа № 1»\n\nЧасы\nУроков проведено: 965 из 979\nпо учебному плану')
  })
})

describe('the audit log summary of a command line', () => {
  const more = (n: number) => `… and ${n} more`

  it('keeps a short command line whole', () => {
    expect(argumentsSummary(['2026/2027', '--preset', 'quarters'], more)).toBe('2026/2027 --preset quarters')
  })

  it('cuts long arguments in the middle and counts those that do not fit', () => {
    const files = Array.from(
      {length: 300},
      (_, i) => `/home/zavuch/Загрузки/журнал-2026/5А/файл-${i + 1}/lessons.csv`,
    )
    expect(argumentsSummary(['/tmp/x', ...files], more)).toBe(
      '/tmp/x /home/zavuch/За…26/5А/файл-1/lessons.csv … and 299 more',
    )
  })
})
