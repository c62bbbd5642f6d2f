// How a table fits a width: each column's width from its content, shrunk (widest first) until the
// whole fits; cells wrapped at word boundaries, or shortened with … in the columns a table marks as
// least useful. Pure: the renderer gives it the width of the terminal, or none off a terminal.

// A colour code (ESC [ … letter) takes no column and is never split.
const ESC = String.fromCharCode(27)
const ANSI = new RegExp(`${ESC}\\[[0-9;]*[A-Za-z]`, 'g')
const TOKEN = new RegExp(`${ESC}\\[[0-9;]*[A-Za-z]|[\\s\\S]`, 'gu')
// Combining marks («й» written as и + breve) and zero-width characters take no column.
const ZERO_WIDTH = /[\p{M}\u200b-\u200d\ufeff]/u

/** Columns a text takes on a terminal: Cyrillic and Latin letters one each, colour codes none. */
export function displayWidth(text: string): number {
  let width = 0
  for (const ch of text.replace(ANSI, '')) if (!ZERO_WIDTH.test(ch)) width++
  return width
}

/** Splits a word that is wider than `width` into pieces of that width (colour codes kept whole). */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = []
  let piece = ''
  let used = 0
  for (const token of word.match(TOKEN) ?? []) {
    const w = displayWidth(token)
    if (used + w > width && used > 0) {
      pieces.push(piece)
      piece = ''
      used = 0
    }
    piece += token
    used += w
  }
  if (piece) pieces.push(piece)
  return pieces
}

/** A text as lines of at most `width` columns, broken at spaces; a longer word is broken itself. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      const pieces = displayWidth(word) > width ? breakWord(word, width) : [word]
      for (const piece of pieces) {
        if (line && displayWidth(line) + 1 + displayWidth(piece) <= width) line += ` ${piece}`
        else {
          if (line) lines.push(line)
          line = piece
        }
      }
    }
    lines.push(line)
  }
  return lines
}

/** The lines of a cell (a list: one member per line) on one line, as a list. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, '; ')

/** A text on one line of at most `width` columns, ending with … when it was longer. */
export function shorten(text: string, width: number): string {
  const line = oneLine(text)
  if (displayWidth(line) <= width) return line
  return `${breakWord(line, Math.max(width - 1, 0))[0] ?? ''}…`
}

export interface LayoutOptions {
  /** The columns the cells may take in all (borders and padding excluded); none: unlimited. */
  width?: number
  /** The least useful columns: shortened with … (one line) before the others shrink. */
  shorten?: boolean[]
}

export interface TableLayout {
  /** Each column's width in columns of the terminal. */
  widths: number[]
  /** Headers and cells as they are printed: lines joined with \n. */
  headers: string[]
  rows: string[][]
  /** Whether some cell's word had to be broken: the width is too small for whole words. */
  wordsBroken: boolean
}

/** A shortened column keeps this much before the other columns wrap. */
const SHORTENED = 12

const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map(displayWidth))
const longestLine = (text: string) => Math.max(0, ...text.split('\n').map(displayWidth))

/**
 * Column widths and printed cells. Off a terminal (no width) every row stays one line. On one,
 * the columns shrink, the widest first, step by step until they fit: the least useful columns
 * down to a few characters; every column down to its longest word; then down to the longest
 * word of its cells (a long header word is broken, e.g. a numeric column's); then below that.
 */
export function layoutTable(headers: string[], rows: string[][], options: LayoutOptions = {}): TableLayout {
  if (options.width === undefined) {
    const cells = rows.map((r) => r.map(oneLine))
    const widths = headers.map((h, i) =>
      Math.max(displayWidth(h), ...cells.map((r) => displayWidth(r[i] ?? ''))),
    )
    return {widths, headers, rows: cells, wordsBroken: false}
  }
  const short = headers.map((_, i) => options.shorten?.[i] ?? false)
  const cells = (i: number) => rows.map((r) => (short[i] ? oneLine(r[i] ?? '') : (r[i] ?? '')))
  const natural = headers.map((h, i) => Math.max(longestLine(h), ...cells(i).map(longestLine)))
  const cellWord = headers.map((_, i) => (short[i] ? SHORTENED : Math.max(0, ...cells(i).map(longestWord))))
  const headWord = headers.map(longestWord)
  const widths = [...natural]
  const steps: Array<(i: number) => number> = [
    (i) => (short[i] ? SHORTENED : natural[i]!),
    (i) => Math.max(cellWord[i]!, headWord[i]!),
    (i) => cellWord[i]!,
    () => 1,
  ]
  const total = () => widths.reduce((a, b) => a + b, 0)
  for (const step of steps) {
    const floor = (i: number) => Math.min(natural[i]!, step(i))
    while (total() > options.width) {
      let widest = -1
      for (const [i, w] of widths.entries())
        if (w > floor(i) && (widest < 0 || w > widths[widest]!)) widest = i
      if (widest < 0) break
      widths[widest]!--
    }
  }
  const fit = (text: string, i: number) =>
    short[i] ? shorten(text, widths[i]!) : wrapWords(text, widths[i]!).join('\n')
  return {
    widths,
    headers: headers.map((h, i) => wrapWords(h, widths[i]!).join('\n')),
    rows: rows.map((r) => r.map(fit)),
    wordsBroken: widths.some((w, i) => w < Math.min(natural[i]!, cellWord[i]!)),
  }
}

/** A text padded with spaces to `width` columns of the terminal. */
export function padTo(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)))
}

/** A laid-out table's rows without borders, columns apart by `gap`: a row's cells side by side. */
export function rowLines(layout: TableLayout, gap = '  '): string[][] {
  return layout.rows.map((row) => {
    const cells = row.map((c) => c.split('\n'))
    const height = Math.max(...cells.map((c) => c.length))
    return Array.from({length: height}, (_, l) =>
      cells
        .map((c, i) => padTo(c[l] ?? '', layout.widths[i]!))
        .join(gap)
        .trimEnd(),
    )
  })
}
