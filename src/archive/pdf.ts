// The print forms' page machinery: A4 landscape pages numbered «Лист N из M», tables that break
// across pages with their header repeated, and a running head. A form is laid out twice by the
// same code: first only measured (how many pages, where each section starts), then drawn into
// the PDF streamed to disk — so every page can say «из M» without holding the document in memory.
import {createWriteStream, openSync, unlinkSync} from 'node:fs'
import {finished} from 'node:stream/promises'

import {registerFonts} from '../core/fonts.js'

type Doc = PDFKit.PDFDocument

// A4 landscape, in points.
export const PAGE = {width: 841.89, height: 595.28, left: 30, right: 30, top: 34, bottom: 34}
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right

export interface Column {
  header: string
  width: number
  align?: 'left' | 'center'
  /** Long text wraps onto more lines (the row grows); otherwise it is cut with «…». */
  wrap?: boolean
}

export interface TableOptions {
  fontSize: number
  /** Printed above the table, and again with «(продолжение)» on each page it continues on. */
  title?: string
  /** Header texts turned 90° (narrow columns with long names: subjects). */
  rotatedHeader?: boolean
  minRowHeight?: number
  /** Starts on a new page rather than break, when the whole table fits on one. */
  keepTogether?: boolean
  /** The height of what follows the table and must share a page with its last rows (signatures). */
  keepWithLast?: number
}

/** Rows a table never leaves alone at the foot or the head of a page. */
const FEWEST_ROWS = 3

const PAD = {x: 2, y: 2}

export class Sheet {
  pages = 0
  y = 0
  /** Where named parts start, by the counting pass: the contents list. */
  readonly starts = new Map<string, number>()
  private readonly widths = new Map<string, number>()

  constructor(
    readonly doc: Doc,
    readonly draw: boolean,
    /** Total pages; null on the counting pass. */
    readonly total: number | null,
    readonly head: string,
  ) {}

  get bottom(): number {
    return PAGE.height - PAGE.bottom
  }

  newPage(runningHead = true): void {
    this.pages++
    this.y = PAGE.top
    if (!this.draw) return
    const doc = this.doc
    doc.addPage()
    doc.fillColor('#555555').font('sans').fontSize(7)
    if (runningHead) doc.text(this.head, PAGE.left, 16, {lineBreak: false})
    doc.fillColor('black').font('bold').fontSize(9)
    const footer = `Лист ${this.pages} из ${this.total ?? '?'}`
    doc.text(footer, (PAGE.width - doc.widthOfString(footer)) / 2, PAGE.height - 22, {lineBreak: false})
  }

  /** Starts a new page unless `height` fits below y. */
  ensure(height: number): boolean {
    if (this.y + height <= this.bottom) return false
    this.newPage()
    return true
  }

  mark(name: string): void {
    this.starts.set(name, this.pages)
  }

  width(text: string, font: string, size: number): number {
    const key = `${font}|${size}|${text}`
    let w = this.widths.get(key)
    if (w === undefined) {
      w = this.doc.font(font).fontSize(size).widthOfString(text)
      if (this.widths.size < 50_000) this.widths.set(key, w)
    }
    return w
  }

  /** One line of text at (x, y), cut with «…» to `width`; centred in it when asked. */
  line(text: string, x: number, y: number, width: number, font: string, size: number, center = false): void {
    if (!this.draw || !text) return
    let shown = text
    let w = this.width(shown, font, size)
    if (w > width) {
      while (shown.length > 1 && w > width) {
        shown = shown.slice(0, -1)
        w = this.width(shown + '…', font, size)
      }
      shown += '…'
    }
    this.doc
      .font(font)
      .fontSize(size)
      .text(shown, center ? x + Math.max(0, (width - w) / 2) : x, y, {lineBreak: false})
  }

  /** Text in lines of at most `width`, broken between words only (a longer word stays whole). */
  wrap(text: string, font: string, size: number, width: number): string[] {
    const lines: string[] = []
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const last = lines.at(-1)
      if (last !== undefined && this.width(`${last} ${word}`, font, size) <= width)
        lines[lines.length - 1] = `${last} ${word}`
      else lines.push(word)
    }
    return lines
  }

  /**
   * The lines of a header turned 90°, as short as the column's width allows lines side by side:
   * the name is whole (broken between words), never cut, as on a printed register.
   */
  private turned(text: string, size: number, columnWidth: number): string[] {
    const room = Math.max(1, Math.floor((columnWidth - 2 * PAD.x) / (size * 1.2)))
    const longest = Math.max(...text.split(/\s+/).map((w) => this.width(w, 'bold', size)))
    const whole = this.width(text, 'bold', size)
    for (let length = longest; length < whole; length += 2) {
      const lines = this.wrap(text, 'bold', size, length)
      if (lines.length <= room) return lines
    }
    return [text]
  }

  /** Wrapped text; returns its height. Measured on both passes, drawn on the second. */
  paragraph(text: string, x: number, width: number, font: string, size: number, gap = 4): number {
    const h = this.doc.font(font).fontSize(size).heightOfString(text, {width})
    if (this.draw) this.doc.font(font).fontSize(size).text(text, x, this.y, {width})
    this.y += h + gap
    return h
  }

  heading(text: string, size = 11): void {
    this.ensure(size * 3)
    this.line(text, PAGE.left, this.y, CONTENT_WIDTH, 'bold', size)
    this.y += size * 1.6
  }

  /** A table that breaks across pages; each page repeats its title and header. */
  table(columns: Column[], rows: string[][], o: TableOptions): void {
    const size = o.fontSize
    const lineHeight = size * 1.25
    const minRow = o.minRowHeight ?? lineHeight + 2 * PAD.y
    const rotated = (c: Column) => Boolean(o.rotatedHeader) && c.width < 60
    const headerHeight = Math.max(
      minRow,
      ...columns.map((c) =>
        rotated(c)
          ? Math.max(...this.turned(c.header, size, c.width).map((l) => this.width(l, 'bold', size))) +
            2 * PAD.x +
            4
          : this.doc
              .font('bold')
              .fontSize(size)
              .heightOfString(c.header, {width: c.width - 2 * PAD.x}) +
            2 * PAD.y,
      ),
    )
    const titleHeight = o.title ? size * 2.2 : 0
    const top = (continued: boolean) => {
      if (o.title) {
        this.line(
          continued ? `${o.title} (продолжение)` : o.title,
          PAGE.left,
          this.y,
          CONTENT_WIDTH,
          'bold',
          size + 1.5,
        )
        this.y += titleHeight
      }
      this.drawHeader(columns, headerHeight, size, Boolean(o.rotatedHeader))
    }
    const heights = rows.map((r) => this.rowHeight(columns, r, size, minRow))
    const head = titleHeight + headerHeight
    const sum = (list: number[]) => list.reduce((a, h) => a + h, 0)
    const whole = head + sum(heights)
    const fewest = Math.min(FEWEST_ROWS, rows.length)
    // A table starts where a few of its rows fit under its header, never with one or two.
    if (o.keepTogether && whole <= this.bottom - PAGE.top) this.ensure(whole)
    else this.ensure(head + sum(heights.slice(0, fewest)))
    const breaks = this.breaks(heights, head, fewest, o.keepWithLast ?? 0)
    if (breaks.has(0)) this.newPage()
    top(false)
    rows.forEach((row, i) => {
      if (i > 0 && breaks.has(i)) {
        this.newPage()
        top(true)
      }
      this.drawRow(columns, row, heights[i]!, size)
    })
    this.y += size
  }

  /**
   * The rows that start a page, from y. A page never ends the table with fewer than `fewest` rows
   * (nor with no room for `tail`): those rows take a few more with them onto the next page.
   */
  private breaks(heights: number[], head: number, fewest: number, tail: number): Set<number> {
    const flow = (forced: number | null) => {
      const starts = new Set<number>()
      let y = this.y + head
      heights.forEach((h, i) => {
        if (i === forced || y + h > this.bottom) {
          starts.add(i)
          y = PAGE.top + head
        }
        y += h
      })
      return {starts, end: y}
    }
    const natural = flow(null)
    const last = Math.max(0, ...natural.starts)
    const alone = natural.starts.size > 0 && heights.length - last < fewest
    if (!alone && natural.end + tail <= this.bottom) return natural.starts
    // Break before the last `fewest` rows, or before the whole table when that is where its page starts.
    const forced = heights.length - fewest
    const pageStart = Math.max(0, ...[...natural.starts].filter((i) => i <= forced))
    if (forced > pageStart) return flow(forced).starts
    // The whole table on the next page, unless it is already at the top of one.
    return this.y > PAGE.top + 1 ? flow(0).starts : natural.starts
  }

  private rowHeight(columns: Column[], row: string[], size: number, minRow: number): number {
    let h = minRow
    columns.forEach((c, i) => {
      const text = row[i] ?? ''
      if (!c.wrap || !text || this.width(text, 'sans', size) <= c.width - 2 * PAD.x) return
      const measured = this.doc
        .font('sans')
        .fontSize(size)
        .heightOfString(text, {width: c.width - 2 * PAD.x})
      h = Math.max(h, measured + 2 * PAD.y)
    })
    // A row never outgrows a page: a longer text is cut there.
    return Math.min(h, this.bottom - PAGE.top - 60)
  }

  private borders(columns: Column[], height: number): void {
    const doc = this.doc
    const total = columns.reduce((s, c) => s + c.width, 0)
    doc.lineWidth(0.4).rect(PAGE.left, this.y, total, height)
    let x = PAGE.left
    for (const c of columns.slice(0, -1)) {
      x += c.width
      doc.moveTo(x, this.y).lineTo(x, this.y + height)
    }
    doc.stroke()
  }

  private drawHeader(columns: Column[], height: number, size: number, rotated: boolean): void {
    if (this.draw) {
      this.borders(columns, height)
      let x = PAGE.left
      for (const c of columns) {
        if (rotated && c.width < 60) {
          // Bottom-up, as on a printed register; a long name on several lines side by side.
          const room = height - 2 * PAD.x
          // As few lines as the header's height allows (the tallest name set that height).
          const lines = this.wrap(c.header, 'bold', size, room)
          const lineHeight = size * 1.2
          lines.forEach((text, i) => {
            const ox = x + (c.width - lines.length * lineHeight) / 2 + i * lineHeight
            const oy = this.y + height - PAD.x
            this.doc.save().rotate(-90, {origin: [ox, oy]})
            this.line(text, ox, oy, room, 'bold', size)
            this.doc.restore()
          })
        } else {
          this.doc
            .font('bold')
            .fontSize(size)
            .text(c.header, x + PAD.x, this.y + PAD.y, {
              width: c.width - 2 * PAD.x,
              height: height - PAD.y,
              align: c.align === 'center' ? 'center' : 'left',
            })
        }
        x += c.width
      }
    }
    this.y += height
  }

  private drawRow(columns: Column[], row: string[], height: number, size: number): void {
    if (this.draw) {
      this.borders(columns, height)
      let x = PAGE.left
      columns.forEach((c, i) => {
        const text = row[i] ?? ''
        if (text && c.wrap && this.width(text, 'sans', size) > c.width - 2 * PAD.x)
          this.doc
            .font('sans')
            .fontSize(size)
            .text(text, x + PAD.x, this.y + PAD.y, {width: c.width - 2 * PAD.x, height: height - PAD.y})
        else
          this.line(text, x + PAD.x, this.y + PAD.y, c.width - 2 * PAD.x, 'sans', size, c.align === 'center')
        x += c.width
      })
    }
    this.y += height
  }
}

export interface PdfInfo {
  title: string
  author: string
  createdAt: Date
}

/** A document only measured with: the counting pass lays the form out on it without output. */
export async function measuringDocument(): Promise<Doc> {
  const {default: PDFDocument} = await import('pdfkit')
  const doc = new PDFDocument({size: 'A4', layout: 'landscape', margin: 0})
  registerFonts(doc)
  doc.on('data', () => undefined)
  return doc
}

/**
 * Lays the form out twice — counted on `measure`, then drawn into `file`, created 0600 (it must
 * not exist) — and returns the number of pages. A failed write leaves no file behind.
 */
export async function writeForm(
  file: string,
  measure: Doc,
  info: PdfInfo,
  head: string,
  layout: (sheet: Sheet, counted: Sheet | null) => void,
): Promise<number> {
  const counting = new Sheet(measure, false, null, head)
  layout(counting, null)
  const {default: PDFDocument} = await import('pdfkit')
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    autoFirstPage: false,
    info: {Title: info.title, Author: info.author, Creator: 'ejournal', CreationDate: info.createdAt},
  })
  const out = createWriteStream(file, {fd: openSync(file, 'wx', 0o600)})
  const sheet = new Sheet(doc, true, counting.pages, head)
  try {
    doc.pipe(out)
    registerFonts(doc)
    layout(sheet, counting)
    doc.end()
    await finished(out)
  } catch (error) {
    out.destroy()
    unlinkSync(file)
    throw error
  }
  if (sheet.pages !== counting.pages)
    throw new Error(`print form laid out on ${sheet.pages} pages, counted ${counting.pages}`)
  return sheet.pages
}

// Numbers in words, for «… 42 (сорок два) листа» -------------------------------------------

const UNITS = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять']
const UNITS_F = ['', 'одна', 'две', ...UNITS.slice(3)]
const TEENS = [
  'десять',
  'одиннадцать',
  'двенадцать',
  'тринадцать',
  'четырнадцать',
  'пятнадцать',
  'шестнадцать',
  'семнадцать',
  'восемнадцать',
  'девятнадцать',
]
const TENS = [
  '',
  '',
  'двадцать',
  'тридцать',
  'сорок',
  'пятьдесят',
  'шестьдесят',
  'семьдесят',
  'восемьдесят',
  'девяносто',
]
const HUNDREDS = [
  '',
  'сто',
  'двести',
  'триста',
  'четыреста',
  'пятьсот',
  'шестьсот',
  'семьсот',
  'восемьсот',
  'девятьсот',
]

/** one, few or many: 1 лист, 2 листа, 5 листов. */
export function russianPlural(n: number, forms: [string, string, string]): string {
  const mod10 = n % 10
  const mod100 = n % 100
  if (mod10 === 1 && mod100 !== 11) return forms[0]
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms[1]
  return forms[2]
}

function hundreds(n: number, feminine: boolean): string[] {
  const words = [HUNDREDS[Math.floor(n / 100)]!]
  const rest = n % 100
  if (rest >= 10 && rest < 20) words.push(TEENS[rest - 10]!)
  else words.push(TENS[Math.floor(rest / 10)]!, (feminine ? UNITS_F : UNITS)[rest % 10]!)
  return words
}

/** 42 → «сорок два» (masculine: листов), 0 < n < 1 000 000. */
export function numberInWords(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 1_000_000) return String(n)
  const thousands = Math.floor(n / 1000)
  const words: string[] = []
  if (thousands)
    words.push(...hundreds(thousands, true), russianPlural(thousands, ['тысяча', 'тысячи', 'тысяч']))
  words.push(...hundreds(n % 1000, false))
  return words.filter(Boolean).join(' ')
}
