import {describe, expect, it} from 'vitest'

import {detectLang, format, t} from '../../src/cli/i18n.js'
import {en} from '../../src/cli/messages/en.js'
import {ru} from '../../src/cli/messages/ru.js'
import {escapeFormula, renderRows} from '../../src/cli/render.js'
import {parseClassName} from '../../src/people/class-name.js'
import {parseGrades} from '../../src/year/calendar-file.js'
import {parseYearLabel} from '../../src/year/label.js'

describe('messages', () => {
  it('chooses Russian for ru_* locales and English otherwise; --lang wins', () => {
    expect(detectLang(undefined, {LANG: 'ru_RU.UTF-8'})).toBe('ru')
    expect(detectLang(undefined, {LC_ALL: 'en_US.UTF-8', LANG: 'ru_RU.UTF-8'})).toBe('en')
    expect(detectLang(undefined, {LANG: 'C.UTF-8'})).toBe('en')
    expect(detectLang('ru', {LANG: 'C'})).toBe('ru')
  })

  it('uses Russian plural forms', () => {
    const tpl = '{n|класс|класса|классов}'
    expect([1, 2, 5, 11, 21, 22, 25, 111, 0].map((n) => format('ru', tpl, {n}))).toEqual([
      '1 класс',
      '2 класса',
      '5 классов',
      '11 классов',
      '21 класс',
      '22 класса',
      '25 классов',
      '111 классов',
      '0 классов',
    ])
    expect(format('en', '{n|class|classes}', {n: 1})).toBe('1 class')
    expect(format('en', '{n|class|classes}', {n: 3})).toBe('3 classes')
  })

  it('has every key in both languages with the same placeholders', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort())
    const names = (s: string) => [...s.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort()
    for (const key of Object.keys(en) as Array<keyof typeof en>)
      expect(names(ru[key]), key).toEqual(names(en[key]))
    expect(t('ru', 'year.notFound', {label: '2030/2031', known: '2026/2027'})).toBe(
      'Учебного года 2030/2031 нет. Есть: 2026/2027',
    )
  })
})

describe('names and labels', () => {
  it('brings class names to the canonical form', () => {
    for (const text of ['5А', '5 а', '5-А', '5a', ' 5А ', '5A'])
      expect(parseClassName(text)?.name, text).toBe('5А')
    expect(parseClassName('11б')?.name).toBe('11Б')
    expect(parseClassName('12А')).toBeNull()
    expect(parseClassName('5АБ')).toBeNull()
    expect(parseClassName('5Q')).toBeNull()
  })

  it('reads school year labels', () => {
    expect(parseYearLabel('2026/2027')).toEqual({label: '2026/2027', firstYear: 2026})
    expect(parseYearLabel('2026-27')).toEqual({label: '2026/2027', firstYear: 2026})
    expect(parseYearLabel('2026/2028')).toBeNull()
    expect(parseYearLabel('2026')).toBeNull()
  })

  it('reads lists of grades', () => {
    expect(parseGrades('1-4, 6')).toEqual([1, 2, 3, 4, 6])
    expect(parseGrades('10,11')).toEqual([10, 11])
    expect(parseGrades('0-3')).toBeNull()
    expect(parseGrades('пять')).toBeNull()
  })
})

describe('renderer', () => {
  const columns = [
    {header: 'ФИО', value: (r: {name: string; n: number}) => r.name},
    {header: 'N', value: (r: {name: string; n: number}) => r.n},
  ]

  it('writes CSV for Excel: BOM, semicolons, formulas disarmed', async () => {
    const csv = await renderRows('csv', columns, [
      {name: 'Иванов; Иван', n: 1},
      {name: '=HYPERLINK("x")', n: 2},
    ])
    expect(csv).toBe('\ufeffФИО;N\r\n"Иванов; Иван";1\r\n"\'=HYPERLINK(""x"")";2\r\n')
    expect(escapeFormula('-5')).toBe("'-5")
    expect(escapeFormula('5-')).toBe('5-')
  })

  it('prints a table without colour codes', async () => {
    const table = await renderRows('table', columns, [{name: 'Иванов', n: 1}])
    expect(table).toContain('Иванов')
    expect(table).not.toContain('\u001b[')
  })
})
