// PDFs of the reports and letters: A4, DejaVu (Cyrillic), streamed to a private file. pdfkit is
// loaded only here, when a PDF is asked for (start-up time). A small writer keeps the position on
// the page: headings, paragraphs, tables that break across pages with their header repeated, and
// horizontal bar charts; page numbers are added at the end.
import {finished} from 'node:stream/promises'

import {registerFonts} from '../core/fonts.js'
import {type Cell, type ChartBlock, type ReportDoc, type TableBlock} from './document.js'
import {type OutputOptions, outputStream} from '../core/private-files.js'

const MARGIN = 40
const FOOTER = 22
const SIZE = {title: 15, h2: 12, h3: 10.5, text: 9.5, cell: 8, footer: 7.5}
const PAD = 3

type Doc = PDFKit.PDFDocument

export interface PdfOptions {
  title: string
  landscape?: boolean
  /** Printed at the foot of every page with its number; default the title; false: no foot (letters). */
  footer?: string | false
}

export class PdfWriter {
  y = MARGIN

  constructor(
    readonly doc: Doc,
    private readonly options: PdfOptions,
  ) {}

  get left(): number {
    return MARGIN
  }

  get width(): number {
    return this.doc.page.width - 2 * MARGIN
  }

  private get bottom(): number {
    return this.doc.page.height - MARGIN - FOOTER
  }

  newPage(): void {
    this.doc.addPage({size: 'A4', layout: this.options.landscape ? 'landscape' : 'portrait', margin: MARGIN})
    this.y = MARGIN
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > MARGIN) this.newPage()
  }

  space(height: number): void {
    this.y += height
  }

  private write(
    text: string,
    font: string,
    size: number,
    options: {colour?: string; x?: number; width?: number} = {},
  ) {
    const layout = {width: options.width ?? this.width, lineGap: 1}
    this.doc.font(font).fontSize(size)
    const height = this.doc.heightOfString(text || ' ', layout)
    this.ensure(height)
    this.doc.fillColor(options.colour ?? 'black').text(text, options.x ?? this.left, this.y, layout)
    this.y += height
    return height
  }

  title(text: string, lines: string[]): void {
    this.write(text, 'bold', SIZE.title)
    this.space(4)
    for (const line of lines) this.write(line, 'sans', SIZE.text, {colour: '#333333'})
    this.space(10)
  }

  /** A heading never ends a page: `keep` is the room kept under it (the next table's header and first row). */
  heading(text: string, level: 2 | 3 = 2, keep = 40): void {
    this.doc.font('bold').fontSize(level === 2 ? SIZE.h2 : SIZE.h3)
    this.ensure(this.doc.heightOfString(text, {width: this.width}) + 16 + keep)
    this.space(level === 2 ? 8 : 5)
    this.write(text, 'bold', level === 2 ? SIZE.h2 : SIZE.h3)
    this.space(4)
  }

  paragraph(text: string, options: {bold?: boolean; size?: number} = {}): void {
    this.write(text, options.bold ? 'bold' : 'sans', options.size ?? SIZE.text)
    this.space(3)
  }

  /** A ruled table; columns sized to their content within the page, rows wrapped. */
  table(table: Pick<TableBlock, 'headers' | 'rows' | 'numeric' | 'widths'>, size = SIZE.cell): void {
    const doc = this.doc
    const widths = this.columnWidths(table, size)
    const cells = (row: Cell[]) => row.map((c) => (c === null ? '' : String(c)))
    const heightOf = (row: string[], font: string) => {
      doc.font(font).fontSize(size)
      return (
        Math.max(...row.map((c, i) => doc.heightOfString(c || ' ', {width: widths[i]! - 2 * PAD}))) + 2 * PAD
      )
    }
    const draw = (row: string[], font: string, header: boolean) => {
      const height = heightOf(row, font)
      let x = this.left
      doc.lineWidth(0.5)
      for (const [i, c] of row.entries()) {
        const w = widths[i]!
        if (header) doc.rect(x, this.y, w, height).fillAndStroke('#eeeeee', '#999999')
        else doc.rect(x, this.y, w, height).stroke('#999999')
        doc
          .fillColor('black')
          .font(font)
          .fontSize(size)
          .text(c, x + PAD, this.y + PAD, {
            width: w - 2 * PAD,
            align: !header && table.numeric?.[i] ? 'right' : 'left',
            lineGap: 0,
          })
        x += w
      }
      this.y += height
    }
    const headers = table.headers
    this.ensure(this.tableStart(table, size))
    draw(headers, 'bold', true)
    for (const row of table.rows) {
      const text = cells(row)
      const height = heightOf(text, 'sans')
      if (this.y + height > this.bottom) {
        this.newPage()
        draw(headers, 'bold', true)
      }
      draw(text, 'sans', false)
    }
    this.space(8)
  }

  /** The height of a table's header and first row: what must fit on a page for it to start there. */
  tableStart(table: Pick<TableBlock, 'headers' | 'rows' | 'widths'>, size = SIZE.cell): number {
    const doc = this.doc
    const widths = this.columnWidths(table, size)
    const heightOf = (row: Cell[] | undefined, font: string) => {
      if (!row) return 0
      doc.font(font).fontSize(size)
      const texts = row.map((c) => (c === null ? '' : String(c)))
      return (
        Math.max(...texts.map((c, i) => doc.heightOfString(c || ' ', {width: widths[i]! - 2 * PAD}))) +
        2 * PAD
      )
    }
    return heightOf(table.headers, 'bold') + heightOf(table.rows[0], 'sans')
  }

  private columnWidths(table: Pick<TableBlock, 'headers' | 'rows' | 'widths'>, size: number): number[] {
    const doc = this.doc
    const available = this.width
    const text = (c: Cell | undefined) => (c === null || c === undefined ? '' : String(c))
    // A column is never narrower than the longest word of its header or cells: text wraps between
    // words only. pdfkit measures a word with the space after it, so the space counts too.
    const longestWord = (text: string, font: string) => {
      doc.font(font).fontSize(size)
      return Math.max(0, ...text.split(/\s+/).map((w) => doc.widthOfString(`${w} `)))
    }
    const sample = table.rows.slice(0, 400)
    const least = table.headers.map(
      (h, i) =>
        Math.max(14, longestWord(h, 'bold'), ...sample.map((r) => longestWord(text(r[i]), 'sans'))) +
        2 * PAD +
        1,
    )
    const sum = (list: number[]) => list.reduce((a, b) => a + b, 0)
    // Too wide: columns give what they have above a smaller width, in proportion (their text wraps).
    const shrink = (from: number[], to: number[]) => {
      const excess = sum(from) - available
      if (excess <= 0) return from
      const give = from.map((n, i) => n - to[i]!)
      const canGive = sum(give)
      return canGive >= excess ? from.map((n, i) => n - (give[i]! * excess) / canGive) : null
    }
    if (table.widths) {
      const natural = table.widths.map((w, i) => Math.max(least[i]!, (w / sum(table.widths!)) * available))
      return shrink(natural, least) ?? least.map((l) => (l * available) / sum(least))
    }
    // Each cell on one line (`cells`), and the header too when there is room (`natural`): headers
    // wrap first, between words, before the cells do.
    const cells = least.map((l, i) => {
      doc.font('sans').fontSize(size)
      return Math.max(l, Math.max(0, ...sample.map((r) => doc.widthOfString(text(r[i])))) + 2 * PAD + 1)
    })
    const natural = cells.map((c, i) => {
      doc.font('bold').fontSize(size)
      return Math.max(c, doc.widthOfString(table.headers[i]!) + 2 * PAD + 1)
    })
    return shrink(natural, cells) ?? shrink(cells, least) ?? least.map((l) => (l * available) / sum(least))
  }

  /**
   * Horizontal bars, grouped (a bar per series) or stacked, with the values and a legend. A chart
   * never runs over a page break: it goes whole onto the next page when it fits on one, else it is
   * cut into one chart per page, each with its legend and the heading marked «(продолжение)».
   */
  chart(chart: Omit<ChartBlock, 'kind'>, heading?: string): void {
    const doc = this.doc
    const rows = chart.rows.slice(0, chart.limit ?? 40)
    const label = Math.min(190, this.width * 0.35)
    const area = this.width - label - 50
    const bar = chart.mode === 'stacked' ? 10 : 7
    const rowHeight = chart.mode === 'stacked' ? bar + 5 : chart.series.length * bar + 5
    const legend = 20
    doc.font('bold').fontSize(SIZE.h2)
    const headingHeight = heading ? doc.heightOfString(heading, {width: this.width}) + 20 : 0
    const room = (top: number) => Math.floor((this.bottom - top - legend) / rowHeight)
    const onePage = room(MARGIN + headingHeight)
    const here = room(this.y + headingHeight)
    if (here < Math.min(rows.length, 3) || (here < rows.length && rows.length <= onePage)) this.newPage()
    if (heading) this.heading(heading)
    for (let start = 0; start < rows.length;) {
      if (start > 0) {
        this.newPage()
        this.heading(`${heading ?? chart.title} (продолжение)`, heading ? 2 : 3)
      }
      const part = rows.slice(start, start + Math.max(1, room(this.y)))
      this.bars(chart, part, rows, {label, area, bar, rowHeight})
      start += part.length
    }
  }

  private bars(
    chart: Omit<ChartBlock, 'kind'>,
    part: ChartBlock['rows'],
    rows: ChartBlock['rows'],
    size: {label: number; area: number; bar: number; rowHeight: number},
  ): void {
    const doc = this.doc
    const {label, area, bar, rowHeight} = size
    const stacked = (v: Array<number | null>) => v.reduce<number>((a, b) => a + (b ?? 0), 0)
    // The scale of the whole chart, so that its parts compare.
    const max =
      chart.max ??
      Math.max(
        1,
        ...rows.map((r) =>
          chart.mode === 'stacked' ? stacked(r.values) : Math.max(0, ...r.values.map((v) => v ?? 0)),
        ),
      )
    const unit = chart.unit ?? ''
    const number = (v: number) => `${Number.isInteger(v) ? v : v.toFixed(1).replace('.', ',')}${unit}`
    for (const r of part) {
      doc.font('sans').fontSize(SIZE.cell).fillColor('black')
      doc.text(r.label, this.left, this.y + rowHeight / 2 - 4, {
        width: label - 6,
        align: 'right',
        lineBreak: false,
        ellipsis: true,
        height: 10,
      })
      let x = this.left + label
      r.values.forEach((v, s) => {
        const w = (Math.max(0, v ?? 0) / max) * area
        const colour = chart.series[s]!.colour
        if (chart.mode === 'stacked') {
          if (w > 0) doc.rect(x, this.y + 2, w, bar).fill(colour)
          x += w
        } else {
          const top = this.y + 2 + s * bar
          if (w > 0) doc.rect(x, top, w, bar - 1.5).fill(colour)
          doc
            .fillColor('black')
            .fontSize(6.5)
            .text(v === null ? '—' : number(v), x + w + 3, top, {lineBreak: false})
        }
      })
      if (chart.mode === 'stacked')
        doc
          .fillColor('black')
          .fontSize(SIZE.cell)
          .text(number(stacked(r.values)), x + 3, this.y + 2, {lineBreak: false})
      this.y += rowHeight
    }
    this.space(4)
    let x = this.left + label
    for (const s of chart.series) {
      doc.rect(x, this.y, 8, 8).fill(s.colour)
      doc
        .fillColor('black')
        .font('sans')
        .fontSize(SIZE.cell)
        .text(s.name, x + 11, this.y, {lineBreak: false})
      x += doc.widthOfString(s.name) + 30
    }
    this.y += 16
  }

  /** «стр. 1 из 3» and the footer text on every page. */
  finish(): void {
    if (this.options.footer === false) return
    const doc = this.doc
    const range = doc.bufferedPageRange()
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i)
      // Writing below the bottom margin would start a new page: lift the margin meanwhile.
      const margins = doc.page.margins
      doc.page.margins = {...margins, bottom: 0}
      doc
        .font('sans')
        .fontSize(SIZE.footer)
        .fillColor('#555555')
        .text(
          `${this.options.footer ?? this.options.title} · стр. ${i - range.start + 1} из ${range.count}`,
          MARGIN,
          doc.page.height - MARGIN + 4,
          {width: doc.page.width - 2 * MARGIN, align: 'right', lineBreak: false},
        )
      doc.page.margins = margins
    }
  }
}

/**
 * Writes a PDF to a file under the policy of claimOutputFile() (new: private), streamed; `draw`
 * fills it page by page (call newPage() first). A failed write leaves no file behind. Returns the path.
 */
export async function writePdf(
  file: string,
  options: PdfOptions,
  draw: (w: PdfWriter) => void,
  output: OutputOptions = {},
): Promise<string> {
  const {default: PDFDocument} = await import('pdfkit')
  const out = outputStream(file, output)
  try {
    const doc = new PDFDocument({
      size: 'A4',
      autoFirstPage: false,
      bufferPages: true,
      margin: MARGIN,
      info: {Title: options.title, Creator: 'ejournal'},
    })
    doc.pipe(out.stream)
    registerFonts(doc)
    const writer = new PdfWriter(doc, options)
    draw(writer)
    writer.finish()
    doc.end()
    await finished(out.stream)
    return out.place()
  } catch (error) {
    out.discard()
    throw error
  }
}

/** A report document as a PDF. */
export async function writeDocPdf(doc: ReportDoc, file: string, output: OutputOptions = {}): Promise<string> {
  return writePdf(
    file,
    {
      title: doc.title,
      landscape: doc.landscape,
      footer: doc.lines[0] ? `${doc.title} · ${doc.lines[0]}` : doc.title,
    },
    (w) => {
      w.newPage()
      w.title(doc.title, doc.lines)
      for (const [i, b] of doc.blocks.entries()) {
        const next = doc.blocks[i + 1]
        // A chart places its heading itself: on the page where the chart goes.
        if (b.kind === 'heading' && next?.kind === 'chart') continue
        const previous = doc.blocks[i - 1]
        const table = next?.kind === 'table' && next.only !== 'csv' && !next.title ? next : undefined
        if (b.kind === 'heading') w.heading(b.text, b.level, table ? w.tableStart(table) : undefined)
        else if (b.kind === 'text') w.paragraph(b.text)
        else if (b.kind === 'table') {
          if (b.only === 'csv') continue
          if (b.title) w.heading(b.title, 3, w.tableStart(b))
          w.table(b)
        } else w.chart(b, previous?.kind === 'heading' ? previous.text : undefined)
      }
    },
    output,
  )
}
