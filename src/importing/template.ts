// `import template KIND`: a file with the accepted headers and one example row, from the kind's
// own column definitions (the same data that drives parsing). The file is the user's: an existing
// one is replaced only with --force (src/core/private-files.ts).
import {type OutputOptions, writeOutputFile} from '../core/private-files.js'
import {toCsv} from '../cli/render.js'
import {type KindName} from './kind.js'
import {KINDS} from './kinds/index.js'

export function templateRows(kind: KindName): {headers: string[]; example: string[]; hints: string[]} {
  const columns = KINDS[kind].columns
  return {
    headers: columns.map((c) => c.names[0]!),
    example: columns.map((c) => c.example),
    hints: columns.map((c) => `${c.hint}${c.required ? ' (обязательно)' : ''}`),
  }
}

/** Writes the template; returns the absolute path written. */
export async function writeTemplate(
  kind: KindName,
  file: string,
  xlsx: boolean,
  output: OutputOptions = {},
): Promise<string> {
  const {headers, example, hints} = templateRows(kind)
  if (!xlsx) return writeOutputFile(file, await toCsv(headers, [example]), output)
  const {default: ExcelJS} = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(kind)
  sheet.addRow(headers).font = {bold: true}
  sheet.addRow(example)
  headers.forEach((_, i) => {
    const column = sheet.getColumn(i + 1)
    column.width = Math.max(14, headers[i]!.length + 4)
    sheet.getCell(1, i + 1).note = hints[i]!
  })
  return writeOutputFile(file, new Uint8Array(await workbook.xlsx.writeBuffer()), output)
}
