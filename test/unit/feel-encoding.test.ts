// A Windows-1251 file told apart from UTF-8 by its bytes (src/importing/encoding-hint.ts).
import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'

import {cp1251Evidence} from '../../src/importing/encoding-hint.js'

const cp1251 = (text: string) => iconv.encode(text, 'win1251')

describe('cp1251Evidence', () => {
  it('finds the line of the first Russian letter and its longest words', () => {
    expect(cp1251Evidence(cp1251('class;pupil\r\n5А;Иванова Мария Петровна;5\r\n'))).toEqual({
      line: 2,
      word: 'Иванова Мария Петровна',
    })
    expect(cp1251Evidence(cp1251('Фамилия;Имя;Дата рождения\r\n'))).toEqual({line: 1, word: 'Дата рождения'})
  })

  it('says nothing of UTF-8, plain ASCII, or bytes that are not Russian letters', () => {
    expect(cp1251Evidence(Buffer.from('Фамилия;Имя\r\nИванова;Мария\r\n', 'utf8'))).toBeNull()
    expect(cp1251Evidence(Buffer.from('last_name;first_name\r\n'))).toBeNull()
    // A UTF-8 letter cut at the end of the sample is still UTF-8.
    expect(cp1251Evidence(Buffer.from('Фамилия', 'utf8').subarray(0, 5))).toBeNull()
    // Box-drawing and control bytes of some other code page: not Windows-1251 Cyrillic.
    expect(cp1251Evidence(Buffer.from([0x61, 0x3b, 0x80, 0x81, 0x82, 0x83, 0x0a]))).toBeNull()
  })
})
