// A CSV scanner for the files schools export: fields split by one delimiter, double quotes around
// fields that hold a delimiter, a quote ("") or a line break. Lines without a quote — nearly all —
// take a fast path (a plain split), which reads a 100 000-pupil list several times faster than a
// general parser. A quote inside an unquoted field is kept as written (Excel does that).
// Every record carries the line it starts on, for the messages. A cell over CELL_MAX or a record
// over RECORD_MAX stops the scan (TooLongError), so a hostile file is refused after at most one
// chunk and RECORD_MAX characters more, whatever its size.
import {CELL_MAX, RECORD_MAX} from './limits.js'

export interface CsvRecord {
  line: number
  cells: string[]
}

export class UnclosedQuoteError extends Error {
  constructor(readonly line: number) {
    super(`a quoted field opened on line ${line} is never closed`)
  }
}

export class TooLongError extends Error {
  constructor(
    readonly line: number,
    /** 1-based, when one cell is too long; null when the record is long in many cells. */
    readonly column: number | null,
  ) {
    super(column === null ? `line ${line} is too long` : `line ${line}, cell ${column} is too long`)
  }
}

/** The first cell longer than CELL_MAX (1-based), or null. */
function longCell(cells: string[]): number | null {
  const i = cells.findIndex((c) => c.length > CELL_MAX)
  return i < 0 ? null : i + 1
}

/**
 * The cells of the start of a record never finished, as far as they go: quoted cells are taken
 * with their quotes, which is near enough to tell the one cell that is too long.
 */
function cellsSoFar(text: string, delimiter: string): string[] {
  const cells: string[] = []
  let quoted = false
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '"') quoted = !quoted
    else if (!quoted && ch === delimiter) {
      cells.push(text.slice(from, i))
      from = i + 1
    }
  }
  cells.push(text.slice(from))
  return cells
}

export class CsvScanner {
  private rest = ''
  private line = 1
  private first = true

  constructor(private readonly delimiter: string) {}

  /** Records complete in the text so far; the unfinished tail waits for the next chunk. */
  *push(chunk: string): Generator<CsvRecord> {
    let text = this.rest + chunk
    if (this.first) {
      text = text.replace(/^\ufeff/, '')
      this.first = false
    }
    let start = 0
    for (;;) {
      const end = text.indexOf('\n', start)
      if (end < 0) break
      const raw = text.slice(start, end)
      if (!raw.includes('"')) {
        const record = this.plain(raw)
        start = end + 1
        // Only a line longer than a cell can hold a cell too long.
        if (record && raw.length > CELL_MAX) this.limit(record, raw.length)
        if (record) yield record
        continue
      }
      const quoted = this.quoted(text, start)
      if (!quoted) break // the quoted field goes on in the next chunk
      if (quoted.next - start > CELL_MAX) this.limit(quoted.record, quoted.next - start)
      start = quoted.next
      yield quoted.record
    }
    this.rest = text.slice(start)
    if (this.rest.length > RECORD_MAX)
      throw new TooLongError(this.line, longCell(cellsSoFar(this.rest, this.delimiter)))
  }

  private limit(record: CsvRecord, length: number): void {
    const column = longCell(record.cells)
    if (column !== null || length > RECORD_MAX) throw new TooLongError(record.line, column)
  }

  /** The last record, when the file does not end with a line break. */
  *end(): Generator<CsvRecord> {
    if (this.rest === '') return
    const text = this.rest + '\n'
    this.rest = ''
    yield* this.push(text)
    if (this.rest !== '') throw new UnclosedQuoteError(this.line)
  }

  private plain(raw: string): CsvRecord | null {
    const line = this.line++
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    return text === '' ? null : {line, cells: text.split(this.delimiter)}
  }

  /** A record with quotes, parsed character by character; null when it needs more text. */
  private quoted(text: string, start: number): {record: CsvRecord; next: number} | null {
    const cells: string[] = []
    let cell = ''
    let i = start
    let lines = 0
    for (;;) {
      if (text[i] === '"') {
        // A quoted field: up to the closing quote, "" standing for one quote.
        i++
        for (;;) {
          const q = text.indexOf('"', i)
          if (q < 0) return null
          cell += text.slice(i, q)
          lines += countBreaks(text, i, q)
          if (text[q + 1] === '"') {
            cell += '"'
            i = q + 2
            continue
          }
          i = q + 1
          break
        }
      }
      // The unquoted rest of the field, quotes in it kept as they are.
      let j = i
      while (j < text.length && text[j] !== this.delimiter && text[j] !== '\n') j++
      if (j >= text.length) return null
      cell += text.slice(i, j)
      cells.push(cell)
      cell = ''
      if (text[j] === '\n') {
        const last = cells.length - 1
        if (cells[last]!.endsWith('\r')) cells[last] = cells[last]!.slice(0, -1)
        const line = this.line
        this.line += 1 + lines
        return {record: {line, cells}, next: j + 1}
      }
      i = j + 1
    }
  }
}

function countBreaks(text: string, from: number, to: number): number {
  let n = 0
  for (let k = text.indexOf('\n', from); k >= 0 && k < to; k = text.indexOf('\n', k + 1)) n++
  return n
}
