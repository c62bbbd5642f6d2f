// E-mail headers of the letters (issue 17 item 9): a value with a line break never becomes a header
// of its own, a sender may carry a display name, non-ASCII is encoded. Pure functions.
import {describe, expect, it} from 'vitest'

import {UsageError} from '../../src/cli/errors.js'
import {asciiAddress, buildEml, type Letter, parseMailbox} from '../../src/reports/eml.js'
import {letterToParent} from '../helpers/letter.js'

const letter = letterToParent()

function refusal(l: Letter): UsageError {
  try {
    buildEml(l)
  } catch (error) {
    return error as UsageError
  }
  throw new Error('not refused')
}

describe('buildEml', () => {
  it.each([
    ['From', {...letter, from: {...letter.from, email: 'a@b.ru\r\nBcc: x@y.ru'}}, 'a@b.ru\\r\\nBcc: x@y.ru'],
    ['From', {...letter, from: {...letter.from, name: 'Admin\nBcc: x@y.ru'}}, 'Admin\\nBcc: x@y.ru'],
    ['To', {...letter, to: {...letter.to, name: 'Ольга\rBcc: x@y.ru'}}, 'Ольга\\rBcc: x@y.ru'],
    ['Subject', {...letter, subject: 'Отметки\r\nBcc: x@y.ru'}, 'Отметки\\r\\nBcc: x@y.ru'],
  ])('refuses a line break in %s', (header, l, shown) => {
    const error = refusal(l)
    expect(error).toBeInstanceOf(UsageError)
    expect(error.exitCode).toBe(2)
    expect(error.key).toBe('letters.headerBreak')
    expect(error.params).toEqual({header, value: shown})
  })
})

describe('parseMailbox and asciiAddress', () => {
  it('reads a bare address and one with a display name, quoted or not', () => {
    expect(parseMailbox(' admin@school.ru ')).toEqual({name: null, email: 'admin@school.ru'})
    expect(parseMailbox('Школа №1 <admin@school.ru>')).toEqual({name: 'Школа №1', email: 'admin@school.ru'})
    expect(parseMailbox('"Лицей «Вектор»" <info@school.ru>')).toEqual({
      name: 'Лицей «Вектор»',
      email: 'info@school.ru',
    })
  })

  it('gives a Cyrillic domain its ASCII form and leaves an ASCII one alone', () => {
    expect(asciiAddress('admin@школа.рф')).toBe('admin@xn--80atdl2c.xn--p1ai')
    expect(asciiAddress('admin@school.ru')).toBe('admin@school.ru')
  })
})
