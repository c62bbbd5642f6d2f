// A CSV scanner for the files schools export: fields split by one delimiter, double quotes around
// fields that hold a delimiter, a quote ("") or a line break. Lines without a quote — nearly all —
// take a fast path (a plain split), which reads a 100 000-pupil list several times faster than a
// general parser. A quote inside an unquoted field is kept as written (Excel does that).
// Every record carries the line it starts on, for the messages.

export interface CsvRecord {
  line: number
  cells: string[]
}

export class UnclosedQuoteError extends Error {
  constructor(readonly line: number) {
    super(`a quoted field opened on line ${line} is never closed`)
  }
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
        if (record) yield record
        continue
      }
      const quoted = this.quoted(text, start)
      if (!quoted) break // the quoted field goes on in the next chunk
      start = quoted.next
      yield quoted.record
    }
    this.rest = text.slice(start)
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
