import {describe, expect, it} from 'vitest'

import * as p from '../../src/importing/parsers.js'
import {isForbiddenHeader} from '../../src/importing/forbidden.js'
import {matchHash} from '../../src/people/match-hash.js'
import {editDistance, fixHomoglyphs, matchKey, normaliseName, splitFullName} from '../../src/people/names.js'
import {ageOn} from '../../src/importing/kinds/pupils.js'

describe('names', () => {
  it('trims, collapses spaces and capitalises, keeping both capitals of a double surname', () => {
    expect(normaliseName('  иванова   мария ').value).toBe('Иванова Мария')
    expect(normaliseName('ПЕТРОВА-ВОДКИНА').value).toBe('Петрова-Водкина')
    expect(normaliseName('Семёнов').value).toBe('Семёнов')
  })

  it('replaces Latin look-alikes inside Cyrillic words and says so', () => {
    expect(fixHomoglyphs('Мaтвей')).toEqual({value: 'Матвей', homoglyphs: true})
    expect(fixHomoglyphs('CEMEHOB Сергей')).toEqual({value: 'CEMEHOB Сергей', homoglyphs: false})
    expect(fixHomoglyphs('Тимоxин')).toEqual({value: 'Тимохин', homoglyphs: true})
    expect(normaliseName('иBанов')).toEqual({value: 'Иванов', homoglyphs: true})
  })

  it('matches ё as е and ignores case and spacing', () => {
    expect(matchKey('Семёнов  Пётр')).toBe(matchKey('семенов петр'))
    expect(matchKey(' Ёлкина ', '', null, 'Анна\tМария', undefined)).toBe('елкина анна мария')
    expect(matchKey('Иванова', 'Мария', 'Петровна')).toBe('иванова мария петровна')
  })

  it('measures one-letter differences', () => {
    expect(editDistance('ивнова мария', 'иванова мария')).toBe(1)
    expect(editDistance('иванова', 'иванова')).toBe(0)
    expect(editDistance('иванов', 'петров', 1)).toBe(2)
  })

  it('splits a full name', () => {
    expect(splitFullName('иванова мария петровна')).toEqual({
      lastName: 'Иванова',
      firstName: 'Мария',
      middleName: 'Петровна',
    })
    expect(splitFullName('Иванова')).toBeNull()
  })

  it('turns a match key into a whole number SQLite stores exactly, the parts kept apart', () => {
    const mary = matchHash('иванова мария петровна', '2014-03-12')
    expect(Number.isSafeInteger(mary) && mary >= 0).toBe(true)
    expect(matchHash('иванова мария петровна', '2014-03-12')).toBe(mary)
    expect(matchHash('иванова мария петровна', '2014-03-13')).not.toBe(mary)
    expect(matchHash('иванова мария петровн', 'а2014-03-12')).not.toBe(mary)
    // A parent without an e-mail: NULL in the database, '' or null here.
    expect(matchHash('иванова елена', null)).toBe(matchHash('иванова елена', ''))
  })
})

describe('parsers', () => {
  it('reads dates in every form schools use', () => {
    expect(p.date('12.03.2014')).toEqual({ok: true, value: '2014-03-12'})
    expect(p.date('2014-03-12')).toEqual({ok: true, value: '2014-03-12'})
    expect(p.date('41710')).toEqual({ok: true, value: '2014-03-12'}) // Excel serial
    expect(p.date('31.02.2015')).toEqual({ok: false, key: 'input.badDate'})
  })

  it('reads gender, e-mail, languages, roles, hours, yes/no, weekdays', () => {
    expect(p.gender('ж')).toEqual({ok: true, value: 'F'})
    expect(p.gender('Муж.')).toEqual({ok: true, value: 'M'})
    expect(p.email(' Ivanova@Mail.RU ')).toEqual({ok: true, value: 'ivanova@mail.ru'})
    expect(p.email('ivanova@mail').ok).toBe(false)
    expect(p.email('ivanova mail.ru').ok).toBe(false)
    expect(p.languages('английский язык, Немецкий')).toEqual({ok: true, value: ['Английский', 'Немецкий']})
    expect(p.roles('Учитель, классный руководитель')).toEqual({ok: true, value: ['teacher', 'class_teacher']})
    expect(p.roles('директор')).toEqual({ok: false, key: 'import.badRole', params: {role: 'директор'}})
    expect(p.hours('0,5')).toEqual({ok: true, value: 0.5})
    expect(p.hours('0').ok).toBe(false)
    expect(p.yesNo('Да')).toEqual({ok: true, value: true})
    expect(p.weekday('Сб')).toEqual({ok: true, value: 6})
    expect(p.weekday('Вс').ok).toBe(false)
    expect(p.assessment('зачёт')).toEqual({ok: true, value: 'pass_fail'})
  })

  it('computes age on 1 September', () => {
    expect(ageOn('2014-09-01', '2026-09-01')).toBe(12)
    expect(ageOn('2014-09-02', '2026-09-01')).toBe(11)
  })

  it('knows the forbidden columns of п. 3.3', () => {
    for (const h of ['Адрес', 'Адрес проживания', 'Телефон', 'Моб. телефон', 'phone', 'Address', 'тел.']) {
      expect(isForbiddenHeader(h), h).toBe(true)
    }
    for (const h of ['Фамилия', 'Email родителя 1', 'Класс']) expect(isForbiddenHeader(h), h).toBe(false)
  })
})
