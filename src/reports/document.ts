// A report as a document: a title, the school and date lines, and blocks (headings, paragraphs,
// tables, bar charts). Each report builds one from its typed result; the renderers below turn it
// into the terminal table, Excel-friendly CSV and a printable HTML page, and pdf.ts into a PDF.
import {barChart, type BarChart, escapeHtml, htmlPage, htmlTable} from '../cli/html.js'
import {toCsv, toTable} from '../cli/render.js'
import {wrapWords} from '../cli/table-layout.js'

export type Cell = string | number | null

export interface TableBlock {
  kind: 'table'
  /** Shown above the table; also the first row of its CSV section. */
  title?: string
  headers: string[]
  rows: Cell[][]
  /** Columns aligned right. */
  numeric?: boolean[]
  /** The least useful columns: shortened with … first on a narrow terminal. */
  shorten?: boolean[]
  /** Relative column widths for the PDF (default: from the content). */
  widths?: number[]
  /** 'csv': only in the CSV (one table over all classes); 'print': on screen and paper, not in the CSV. */
  only?: 'csv' | 'print'
}

export interface ChartBlock extends BarChart {
  kind: 'chart'
}

export type Block =
  {kind: 'heading'; text: string; level: 2 | 3} | {kind: 'text'; text: string} | TableBlock | ChartBlock

export interface ReportDoc {
  title: string
  /** Under the title: the school, the date, the year, the span. */
  lines: string[]
  blocks: Block[]
  /** Wide tables print on landscape pages. */
  landscape?: boolean
}

const text = (c: Cell) => (c === null ? '' : String(c))

/**
 * The terminal: headings, paragraphs and boxed tables, fitted to its `width` (none: a pipe or a
 * file, unlimited). Charts are for paper, and so is a heading with only a chart under it.
 */
export async function renderDocText(
  doc: ReportDoc,
  bold: (t: string) => string = (t) => t,
  width?: number,
): Promise<string> {
  const wrap = (t: string) => (width === undefined ? [t] : wrapWords(t, width))
  const shown = doc.blocks.filter(
    (b) => b.kind === 'heading' || b.kind === 'text' || (b.kind === 'table' && b.only !== 'csv'),
  )
  const out = [...wrap(doc.title).map(bold), ...doc.lines.flatMap(wrap), '']
  for (const [i, b] of shown.entries()) {
    if (b.kind === 'heading') {
      if (shown[i + 1] && shown[i + 1]!.kind !== 'heading') out.push(...wrap(b.text).map(bold))
    } else if (b.kind === 'text') out.push(...wrap(b.text))
    else if (b.kind === 'table') {
      if (b.title) out.push(...wrap(b.title))
      out.push(
        await toTable(
          b.headers,
          b.rows.map((r) => r.map(text)),
          {shorten: b.shorten, width},
        ),
        '',
      )
    }
  }
  while (out.at(-1) === '') out.pop()
  return out.join('\n')
}

/** Every table as a section of one CSV file (UTF-8 with BOM, «;»): a title row, the table, a blank row. */
export async function renderDocCsv(doc: ReportDoc): Promise<string> {
  const tables = doc.blocks.filter((b): b is TableBlock => b.kind === 'table' && b.only !== 'print')
  const parts: string[] = []
  for (const [i, t] of tables.entries()) {
    const csv = await toCsv(
      t.headers,
      t.rows.map((r) => r.map(text)),
    )
    const body = csv.replace(/^\ufeff/, '')
    const title = t.title && tables.length > 1 ? (await toCsv([t.title], [])).replace(/^\ufeff/, '') : ''
    parts.push((i === 0 ? '\ufeff' : '') + title + body)
  }
  return parts.join('\r\n')
}

/** One printable page: the title, school and date, then the blocks; charts as inline SVG. */
export function renderDocHtml(doc: ReportDoc): string {
  const body = doc.blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`
        case 'text':
          return `<p>${escapeHtml(b.text)}</p>`
        case 'table':
          if (b.only === 'csv') return ''
          return (b.title ? `<h3>${escapeHtml(b.title)}</h3>\n` : '') + htmlTable(b)
        case 'chart':
          return barChart(b)
      }
    })
    .join('\n')
  return htmlPage({
    title: doc.title,
    lines: doc.lines,
    body,
    style: doc.landscape ? '@page{size:A4 landscape}' : undefined,
  })
}
