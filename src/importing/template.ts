// `import template KIND`: a file with the accepted headers and one example row, from the kind's
// own column definitions (the same data that drives parsing): every list, every journal file and
// the calendar of `year open --calendar` (its example, the calendar of templates/calendar/). The file is the user's: an existing one is replaced only
// with --force (src/core/private-files.ts).
import {join} from 'node:path'

import {packageRoot} from '../core/package-root.js'
import {type OutputOptions, writeOutputFile} from '../core/private-files.js'
import {toCsv} from '../cli/render.js'
import {CALENDAR_COLUMNS} from '../year/calendar-file.js'
import {cell, mapHeaders} from './columns.js'
import {type KindName} from './kind.js'
import {openTable, recordsOf} from './reader.js'
import {JOURNAL_KINDS, KIND_NAMES, KINDS} from './kinds/index.js'

export type TemplateKind = KindName | 'calendar'

/** What `import template` writes: the lists, the journal's files, the calendar. */
export const TEMPLATE_KINDS: TemplateKind[] = [...KIND_NAMES, ...JOURNAL_KINDS, 'calendar']

/**
 * The calendar's example is the school calendar shipped in templates/calendar/, whole: one row
 * cannot be a calendar (a year runs from September to May and needs its periods).
 */
const CALENDAR_EXAMPLE = join('templates', 'calendar', 'calendar-2026-2027.csv')

export interface TemplateRows {
  headers: string[]
  examples: string[][]
  hints: string[]
}

export async function templateRows(kind: TemplateKind): Promise<TemplateRows> {
  const columns = kind === 'calendar' ? CALENDAR_COLUMNS : KINDS[kind].columns
  const hints = columns.map((c) => `${c.hint}${c.required ? ' (обязательно)' : ''}`)
  const headers = columns.map((c) => c.names[0]!)
  if (kind !== 'calendar') return {headers, hints, examples: [KINDS[kind].columns.map((c) => c.example)]}
  const table = await openTable(join(packageRoot(), CALENDAR_EXAMPLE))
  const map = mapHeaders(table.file, table.headers, CALENDAR_COLUMNS)
  const examples: string[][] = []
  for await (const {cells} of recordsOf(table))
    examples.push(CALENDAR_COLUMNS.map((c) => cell(cells, map, c.key)))
  return {headers, hints, examples}
}

/** Writes the template; returns the absolute path written. */
export async function writeTemplate(
  kind: TemplateKind,
  file: string,
  xlsx: boolean,
  output: OutputOptions = {},
): Promise<string> {
  const {headers, examples, hints} = await templateRows(kind)
  if (!xlsx) return writeOutputFile(file, await toCsv(headers, examples), output)
  const {default: ExcelJS} = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(kind)
  sheet.addRow(headers).font = {bold: true}
  for (const example of examples) sheet.addRow(example)
  headers.forEach((_, i) => {
    const column = sheet.getColumn(i + 1)
    column.width = Math.max(14, headers[i]!.length + 4)
    sheet.getCell(1, i + 1).note = hints[i]!
  })
  return writeOutputFile(file, new Uint8Array(await workbook.xlsx.writeBuffer()), output)
}
