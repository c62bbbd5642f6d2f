import {parse} from 'csv-parse/sync'
import {describe, expect, it} from 'vitest'

import {CsvScanner, UnclosedQuoteError} from '../../src/importing/csv.js'

function scan(text: string, delimiter = ';', chunk = 7): Array<{line: number; cells: string[]}> {
  const s = new CsvScanner(delimiter)
  const out = []
  for (let i = 0; i < text.length; i += chunk) out.push(...s.push(text.slice(i, i + chunk)))
  out.push(...s.end())
  return out
}

describe('CSV scanner', () => {
  it('reads plain lines, CRLF, a BOM, and counts the empty lines it skips', () => {
    expect(scan('\ufeffa;b\r\n\r\n1;2\r\n3;\r\n')).toEqual([
      {line: 1, cells: ['a', 'b']},
      {line: 3, cells: ['1', '2']},
      {line: 4, cells: ['3', '']},
    ])
  })

  it('reads quoted fields with delimiters, doubled quotes and line breaks, keeping line numbers', () => {
    expect(scan('x;"a;b";"say ""hi"""\n"two\nlines";z\nlast;"q"\n')).toEqual([
      {line: 1, cells: ['x', 'a;b', 'say "hi"']},
      {line: 2, cells: ['two\nlines', 'z']},
      {line: 4, cells: ['last', 'q']},
    ])
  })

  it('keeps a quote inside an unquoted field, as Excel writes it', () => {
    expect(scan('ООО "Ромашка";5\n')).toEqual([{line: 1, cells: ['ООО "Ромашка"', '5']}])
  })

  it('reads a last line without a line break', () => {
    expect(scan('a,b\n1,2', ',')).toEqual([
      {line: 1, cells: ['a', 'b']},
      {line: 2, cells: ['1', '2']},
    ])
  })

  it('refuses a quote that is never closed, naming its line', () => {
    expect(() => scan('a;b\n1;"2\n3;4\n')).toThrow(UnclosedQuoteError)
    expect(() => scan('a;b\n1;"2\n3;4\n')).toThrow('line 2')
  })

  it('agrees with csv-parse on many generated files, whatever the chunking', () => {
    const pieces = ['a', 'Иванов', '', ' ', '5', 'a;b', 'x"y', 'line\nbreak', '"quoted"', 'tab\there']
    let seed = 42
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let f = 0; f < 200; f++) {
      const rows = Array.from({length: 1 + Math.floor(rnd() * 5)}, () =>
        Array.from({length: 1 + Math.floor(rnd() * 4)}, () => pieces[Math.floor(rnd() * pieces.length)]!),
      )
      const eol = rnd() < 0.5 ? '\n' : '\r\n'
      const text =
        rows
          .map((r) => r.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';'))
          .join(eol) + eol
      const expected = (
        parse(text, {delimiter: ';', relax_column_count: true, skip_empty_lines: true}) as string[][]
      ).filter((r) => !(r.length === 1 && r[0] === ''))
      expect(
        scan(text, ';', 1 + Math.floor(rnd() * 9)).map((r) => r.cells),
        text,
      ).toEqual(expected)
    }
  })
})
