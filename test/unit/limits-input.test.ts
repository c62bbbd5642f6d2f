// The limits of input (README «Importing lists»): names, cells, records, workbooks unpacked, and
// the alphabets of names.
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {CsvScanner, TooLongError} from '../../src/importing/csv.js'
import * as p from '../../src/importing/parsers.js'
import {openTable, recordsOf} from '../../src/importing/reader.js'
import {unpackedSize} from '../../src/importing/zip-size.js'
import {nameScripts} from '../../src/people/names.js'
import {tempDir} from '../helpers/cli.js'
import {writeWorkbook} from '../helpers/limits-zip.js'

function scan(text: string, chunk = 1 << 20): Array<{line: number; cells: string[]}> {
  const s = new CsvScanner(';')
  const out = []
  for (let i = 0; i < text.length; i += chunk) out.push(...s.push(text.slice(i, i + chunk)))
  out.push(...s.end())
  return out
}

function tooLong(text: string, chunk?: number): {line: number; column: number | null} {
  try {
    scan(text, chunk)
  } catch (error) {
    if (error instanceof TooLongError) return {line: error.line, column: error.column}
    throw error
  }
  throw new Error('not refused')
}

describe('name parts', () => {
  it('takes 60 characters and refuses 61, counting after spaces are tidied', () => {
    const sixty = 'Я'.repeat(60)
    expect(p.name(`  ${sixty} `)).toEqual({ok: true, value: `Я${'я'.repeat(59)}`})
    expect(p.name('Я'.repeat(61))).toEqual({
      ok: false,
      key: 'limits.nameTooLong',
      params: {start: `${'Я'.repeat(30)}…`, length: 61, limit: 60},
    })
  })

  it('holds each of the surname, first name and the rest of a full name to 60', () => {
    const sixty = 'Я'.repeat(60)
    expect(p.fullName(`${sixty} ${sixty} ${'Я'.repeat(29)} ${'Я'.repeat(30)}`).ok).toBe(true)
    expect(p.fullName(`Иванова ${'Я'.repeat(61)}`)).toMatchObject({ok: false, params: {length: 61}})
    expect(p.staffName(`Иванова Анна ${'Я'.repeat(30)} ${'Я'.repeat(30)}`)).toMatchObject({
      ok: false,
      params: {length: 61},
    })
  })

  it('measures a 10 MB name before any regular expression sees it', () => {
    const started = performance.now()
    expect(p.name('Я'.repeat(10_000_000))).toMatchObject({ok: false, params: {length: 10_000_000}})
    expect(p.fullName(`Я${'-я'.repeat(5_000_000)}`)).toMatchObject({ok: false})
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('holds subject names to 100 characters and e-mails to 254', () => {
    expect(p.subject('Основы духовно-нравственной культуры народов России')).toEqual({
      ok: true,
      value: 'Основы духовно-нравственной культуры народов России',
    })
    expect(p.subject('М'.repeat(100)).ok).toBe(true)
    expect(p.subject('М'.repeat(101))).toMatchObject({ok: false, key: 'limits.subjectTooLong'})
    expect(p.email(`${'a'.repeat(240)}@school.ru`).ok).toBe(true)
    expect(p.email(`${'a'.repeat(245)}@school.ru`)).toEqual({ok: false, key: 'import.badEmail'})
  })
})

describe('alphabets of names', () => {
  it('refuses a word in two alphabets, naming the letters that have no Cyrillic look-alike', () => {
    expect(nameScripts('Ivанова')).toEqual({mixed: {word: 'Ivанова', letters: ['I', 'v']}, latin: false})
    expect(p.name('Ivанова')).toEqual({
      ok: false,
      key: 'limits.mixedScripts',
      params: {word: 'Ivанова', letters: 'I, v'},
    })
    // «a» and «o» become Cyrillic; «I», «v», «n» stay Latin and refuse the word.
    expect(p.name('Ivanоv')).toMatchObject({ok: false, params: {word: 'Ivаnоv', letters: 'I, v, n'}})
    // A Greek omicron is no better than a Latin letter.
    expect(p.fullName('Иванова Мαрия')).toMatchObject({ok: false, params: {word: 'Мαрия', letters: 'α'}})
  })

  it('still fixes Latin look-alikes in a Cyrillic word, with the warning', () => {
    expect(p.name('Иванoва')).toEqual({
      ok: true,
      value: 'Иванова',
      warning: {key: 'import.homoglyphs', params: {fixed: 'Иванова'}},
    })
  })

  it('keeps a name all in Latin letters with a warning, except where it names a staff member', () => {
    expect(p.name('Ivanova')).toEqual({ok: true, value: 'Ivanova', warning: {key: 'limits.latinName'}})
    expect(p.fullName('smith john')).toEqual({
      ok: true,
      value: 'Smith John',
      warning: {key: 'limits.latinName'},
    })
    expect(p.staffName('Smith John')).toEqual({ok: true, value: 'Smith John'})
    // One word in each alphabet is two spellings, not a forgery: no refusal, no warning.
    expect(p.fullName('Иванова Maria')).toEqual({ok: true, value: 'Иванова Maria'})
  })
})

describe('CSV records', () => {
  const cells = (...lengths: number[]) => lengths.map((n) => 'я'.repeat(n)).join(';')

  it('takes a cell of 4 000 characters and refuses 4 001 at its line and column', () => {
    expect(scan(`a;b;c\n${cells(1, 4000, 1)}\n`)[1]!.cells[1]).toHaveLength(4000)
    expect(tooLong(`a;b;c\n${cells(1, 1, 1)}\n${cells(1, 4001, 1)}\n`)).toEqual({line: 3, column: 2})
    expect(tooLong(`a;b\n1;"x\n${'я'.repeat(4000)}"\n`)).toEqual({line: 2, column: 2})
  })

  it('refuses a record over 64 K characters without waiting for its end', () => {
    // Twenty cells of 3 500: none too long, the record is.
    expect(tooLong(`a\n${cells(...Array<number>(20).fill(3500))}\n`)).toEqual({line: 2, column: null})
    // A quote never closed: the rest of the file would be one cell.
    expect(tooLong(`a;b\n1;"x\n${'2;3\n'.repeat(50_000)}`, 4096)).toEqual({line: 2, column: 2})
    // A 10 MB line is refused at the first chunk.
    const started = performance.now()
    expect(tooLong(`a;b\n1;${'я'.repeat(10_000_000)}\n`)).toEqual({line: 2, column: 2})
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe('workbooks unpacked', () => {
  const dir = tempDir()

  it('reads a small workbook made by hand: the one the bombs are made of', async () => {
    const path = join(dir, 'small.xlsx')
    writeWorkbook(path, 'Иванова', 1)
    expect(await unpackedSize(path, 1 << 20)).toBe('within')
    const table = await openTable(path)
    expect(table.headers).toEqual(['Фамилия'])
    const rows = []
    for await (const r of recordsOf(table)) rows.push(r)
    expect(rows).toEqual([{line: 2, cells: ['Иванова']}])
  })

  it('finds 100 MB in a file of about 100 KB, declared or understated, without unpacking it', async () => {
    const honest = join(dir, 'bomb.xlsx')
    const lying = join(dir, 'lying.xlsx')
    const mb = 'x'.repeat(1 << 20)
    expect(writeWorkbook(honest, mb, 100)).toBeLessThan(200_000)
    writeWorkbook(lying, mb, 100, true)
    expect(await unpackedSize(honest, 32 << 20)).toBe('tooLarge')
    expect(await unpackedSize(lying, 32 << 20)).toBe('tooLarge')
    expect(await unpackedSize(lying, 200 << 20)).toBe('within')
  })

  it('vouches only for plain zip archives', async () => {
    const path = join(dir, 'notzip.xlsx')
    writeFileSync(path, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100)]))
    expect(await unpackedSize(path, 1 << 20)).toBe('notZip')
  })
})
