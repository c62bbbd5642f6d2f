// The one renderer: listings and reports as a terminal table, Excel-friendly CSV, or JSON.
// The table and CSV libraries load only when used: most runs print neither (start-up time).

export type Format = 'table' | 'csv' | 'json'

export interface Column<T> {
  header: string
  value: (row: T) => string | number | null | undefined
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

export async function toTable(headers: string[], rows: string[][]): Promise<string> {
  const {default: Table} = await import('cli-table3')
  // Uncoloured borders and heads: cli-table3 would colour them even into a pipe.
  const table = new Table({head: headers, style: {head: [], border: []}})
  table.push(...rows)
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
  return format === 'csv' ? toCsv(headers, body) : toTable(headers, body)
}
