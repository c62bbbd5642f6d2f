// The one renderer: listings and reports as a terminal table, Excel-friendly CSV, or JSON.
// The table and CSV libraries load only when used: most runs print neither (start-up time).
// A table fits the terminal it is printed on (table-layout.ts); off a terminal each row is one line.
import {layoutTable} from './table-layout.js'

export type Format = 'table' | 'csv' | 'json'

export interface Column<T> {
  header: string
  value: (row: T) => string | number | null | undefined
  /** One of the least useful columns: on a narrow terminal it is shortened with … first. */
  shorten?: boolean
}

/** The columns of the terminal stdout is, or none (a pipe, a file, cron): then lines are unlimited. */
export function terminalWidth(stream: NodeJS.WriteStream = process.stdout): number | undefined {
  return stream.isTTY ? stream.columns || 80 : undefined
}

/** Cells starting with = + - @ (or a tab/CR) would run as formulas in Excel: quote them. */
export function escapeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
}

function cells<T>(columns: Column<T>[], row: T): string[] {
  return columns.map((c) => {
    const v = c.value(row)
    return v === null || v === undefined ? '' : String(v)
  })
}

/** UTF-8 with BOM and ';' so that a double click opens it in Russian Excel. */
export async function toCsv(headers: string[], rows: string[][]): Promise<string> {
  const {stringify} = await import('csv-stringify/sync')
  return (
    '\ufeff' +
    stringify([headers, ...rows.map((r) => r.map(escapeFormula))], {delimiter: ';', record_delimiter: '\r\n'})
  )
}

export interface TableOptions {
  /** The least useful columns (see Column.shorten). */
  shorten?: boolean[]
  /** The whole table's width (the terminal's); none: unlimited, each row on one line. */
  width?: number
}

export async function toTable(
  headers: string[],
  rows: string[][],
  options: TableOptions = {},
): Promise<string> {
  const {default: Table} = await import('cli-table3')
  const {width} = options
  // A border before each column and after the last, and a space of padding on either side of a
  // cell; a table too wide for whole words drops the padding before it breaks words.
  const fit = (padding: number) =>
    layoutTable(headers, rows, {
      shorten: options.shorten,
      width: width === undefined ? undefined : width - (1 + 2 * padding) * headers.length - 1,
    })
  let padding = 1
  let layout = fit(padding)
  if (layout.wordsBroken) layout = fit((padding = 0))
  // Uncoloured borders and heads: cli-table3 would colour them even into a pipe. Compact: no rule
  // between rows, which would double the table's height.
  const table = new Table({
    head: layout.headers,
    colWidths: layout.widths.map((w) => w + 2 * padding),
    style: {head: [], border: [], compact: true, 'padding-left': padding, 'padding-right': padding},
  })
  table.push(...layout.rows)
  return table.toString()
}

export async function renderRows<T>(
  format: Format,
  columns: Column<T>[],
  rows: T[],
  json: unknown = rows,
): Promise<string> {
  if (format === 'json') return JSON.stringify(json, null, 2)
  const headers = columns.map((c) => c.header)
  const body = rows.map((r) => cells(columns, r))
  return format === 'csv'
    ? toCsv(headers, body)
    : toTable(headers, body, {shorten: columns.map((c) => c.shorten ?? false), width: terminalWidth()})
}
