import {describe, expect, it} from 'vitest'

import {EjournalError, WorkspaceError} from '../../src/cli/errors.js'
import {t} from '../../src/cli/i18n.js'
import {DEFAULT_LOGIN_PATTERN, makeLogin, type LoginPerson} from '../../src/credentials/login.js'
import {transliterate} from '../../src/credentials/translit.js'

// The issue's table, letter by letter.
const TABLE: Array<[string, string]> = [
  ['а', 'a'],
  ['б', 'b'],
  ['в', 'v'],
  ['г', 'g'],
  ['д', 'd'],
  ['е', 'e'],
  ['ё', 'e'],
  ['ж', 'zh'],
  ['з', 'z'],
  ['и', 'i'],
  ['й', 'i'],
  ['к', 'k'],
  ['л', 'l'],
  ['м', 'm'],
  ['н', 'n'],
  ['о', 'o'],
  ['п', 'p'],
  ['р', 'r'],
  ['с', 's'],
  ['т', 't'],
  ['у', 'u'],
  ['ф', 'f'],
  ['х', 'kh'],
  ['ц', 'ts'],
  ['ч', 'ch'],
  ['ш', 'sh'],
  ['щ', 'shch'],
  ['ъ', 'ie'],
  ['ы', 'y'],
  ['ь', ''],
  ['э', 'e'],
  ['ю', 'iu'],
  ['я', 'ia'],
]

const none = () => false

function thrown(fn: () => unknown): EjournalError {
  try {
    fn()
  } catch (error) {
    return error as EjournalError
  }
  throw new Error('nothing was thrown')
}

describe('transliteration (ICAO Doc 9303)', () => {
  it('covers all 33 letters, lower and upper case', () => {
    expect(TABLE).toHaveLength(33)
    for (const [cyrillic, latin] of TABLE) {
      expect(transliterate(cyrillic), cyrillic).toBe(latin)
      expect(transliterate(cyrillic.toUpperCase()), cyrillic.toUpperCase()).toBe(latin)
    }
  })

  it('spells the hard names as Russian passports do', () => {
    const names: Array<[string, string]> = [
      ['Щеглова', 'shcheglova'],
      ['Юлия', 'iuliia'],
      ['Хрущёв-Подъячий', 'khrushchev-podieiachii'],
      ['Ёлкин', 'elkin'],
      ['Цой', 'tsoi'],
      ['Объедков', 'obieedkov'],
      ['Ильин', 'ilin'],
      ['Дарья', 'daria'],
      ['Эдуард', 'eduard'],
      ['Жуковский', 'zhukovskii'],
      ['Чайковская', 'chaikovskaia'],
      ['Шишкин', 'shishkin'],
      ['Выготский', 'vygotskii'],
      ['ФЁДОР', 'fedor'],
    ]
    for (const [name, latin] of names) expect(transliterate(name), name).toBe(latin)
  })

  it('keeps only a–z, digits, dot and hyphen', () => {
    expect(transliterate('Анна Мария')).toBe('annamariia')
    expect(transliterate("Д'Артаньян")).toBe('dartanian')
    expect(transliterate('Zoé Müller')).toBe('zoemuller')
    expect(transliterate('Иванов 2-й.')).toBe('ivanov2-i.')
    expect(transliterate('Ь')).toBe('')
  })
})

describe('logins', () => {
  const yulia: LoginPerson = {
    lastName: 'Щеглова',
    firstName: 'Юлия',
    middleName: 'Андреевна',
    birthDate: '2015-03-02',
  }
  const ivan: LoginPerson = {lastName: 'Иванов', firstName: 'Иван'}

  it('follows the default pattern {last}.{first}', () => {
    expect(DEFAULT_LOGIN_PATTERN).toBe('{last}.{first}')
    expect(makeLogin(yulia, DEFAULT_LOGIN_PATTERN, none)).toBe('shcheglova.iuliia')
    expect(makeLogin({lastName: 'Хрущёв-Подъячий', firstName: 'Пётр'}, DEFAULT_LOGIN_PATTERN, none)).toBe(
      'khrushchev-podieiachii.petr',
    )
  })

  it('fills every placeholder; an initial is the whole transliterated letter', () => {
    expect(makeLogin(yulia, '{last}.{first}.{middle}', none)).toBe('shcheglova.iuliia.andreevna')
    expect(makeLogin(yulia, '{f}{m}.{last}', none)).toBe('iua.shcheglova')
    expect(makeLogin(yulia, '{last}{f}{m}{yy}', none)).toBe('shcheglovaiua15')
    expect(makeLogin({lastName: 'Жук', firstName: 'Щука', middleName: 'Ёвна'}, '{last}.{f}{m}', none)).toBe(
      'zhuk.shche',
    )
  })

  it('leaves out what a person has not, with the separators it leaves', () => {
    expect(makeLogin(ivan, '{last}.{m}.{first}', none)).toBe('ivanov.ivan')
    expect(makeLogin(ivan, '{last}.{first}.{yy}', none)).toBe('ivanov.ivan')
    expect(makeLogin(ivan, '{middle}-{last}', none)).toBe('ivanov')
    expect(makeLogin({...ivan, middleName: null, birthDate: null}, '{last}{yy}', none)).toBe('ivanov')
  })

  it('appends 2, 3 … on a collision and never gives a login twice', () => {
    const taken = new Set<string>()
    const issue = (p: LoginPerson) => {
      const login = makeLogin(p, DEFAULT_LOGIN_PATTERN, (l) => taken.has(l))
      taken.add(login)
      return login
    }
    expect([issue(ivan), issue(ivan), issue(ivan)]).toEqual(['ivanov.ivan', 'ivanov.ivan2', 'ivanov.ivan3'])
    // A disabled account and logins issued long ago stay in the taken set: a new Иванов Иван
    // after the first has left still does not get ivanov.ivan.
    expect(makeLogin(ivan, DEFAULT_LOGIN_PATTERN, (l) => ['ivanov.ivan', 'ivanov.ivan3'].includes(l))).toBe(
      'ivanov.ivan2',
    )
    expect(
      makeLogin({lastName: 'Ёлкин', firstName: 'Иван'}, DEFAULT_LOGIN_PATTERN, (l) => taken.has(l)),
    ).toBe('elkin.ivan')
  })

  it('refuses a pattern with an unknown placeholder, a bad character or no name', () => {
    const unknown = thrown(() => makeLogin(ivan, '{last}.{name}', none))
    expect(unknown).toBeInstanceOf(WorkspaceError)
    expect(unknown.key).toBe('credentials.patternUnknownPlaceholder')
    expect(t('en', unknown.key, unknown.params)).toBe(
      'The login pattern «{last}.{name}» in ejournal.json has an unknown placeholder {name}; use {last} {first} {middle} {f} {m} {yy}.',
    )
    expect(t('ru', unknown.key, unknown.params)).toBe(
      'В шаблоне логина «{last}.{name}» (ejournal.json) неизвестная подстановка {name}; допустимы: {last} {first} {middle} {f} {m} {yy}.',
    )
    expect(thrown(() => makeLogin(ivan, '{Last}', none)).params.placeholder).toBe('{Last}')
    const underscore = thrown(() => makeLogin(ivan, '{last}_{first}', none))
    expect([underscore.key, underscore.params.character]).toEqual(['credentials.patternBadCharacter', '_'])
    expect(thrown(() => makeLogin(ivan, 'X{last}', none)).params.character).toBe('X')
    expect(thrown(() => makeLogin(ivan, '{last', none)).params.character).toBe('{')
    const nameless = thrown(() => makeLogin(ivan, '{f}{m}{yy}', none))
    expect(t('ru', nameless.key, nameless.params)).toBe(
      'По шаблону логина «{f}{m}{yy}» (ejournal.json) в логине не будет имени: добавьте одну из подстановок {last}, {first}.',
    )
  })

  it('refuses a name with no letters to spell a login from', () => {
    const error = thrown(() => makeLogin({lastName: 'Ь', firstName: 'Ъ'}, '{last}', none))
    expect(error.key).toBe('credentials.loginWithoutLetters')
    expect(t('ru', error.key, error.params)).toBe(
      'Для «Ь Ъ» нельзя составить логин: в ФИО нет букв, которые передаются латиницей. Исправьте ФИО и повторите.',
    )
  })
})
