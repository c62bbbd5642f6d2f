// The one reader of tabular files: CSV in UTF-8 (with or without BOM) or Windows-1251, with
// «;», «,» or tab — detected from the file and overridable — streamed a chunk of records at a
// time (csv.ts), and .xlsx. Every record carries its line number for messages. The limits of
// limits.ts are kept here, before anything a file holds is taken into memory.
import iconv from 'iconv-lite'
import {closeSync, createReadStream, openSync, readSync} from 'node:fs'
import {open} from 'node:fs/promises'
import {basename} from 'node:path'

import {InputError, type InputProblem} from '../cli/errors.js'
import {type MessageKey, type MessageParams} from '../cli/i18n.js'
import {type Progress} from '../cli/progress.js'
import {cp1251Evidence} from './encoding-hint.js'
import {CsvScanner, TooLongError, UnclosedQuoteError} from './csv.js'
import {CELL_MAX, CSV_FILE_MAX, RECORD_MAX, WORKBOOK_UNPACKED_MAX} from './limits.js'
import {unpackedSize} from './zip-size.js'

export type Encoding = 'utf8' | 'cp1251'
export type Delimiter = ';' | ',' | '\t'

export interface ReadOptions {
  encoding?: 'auto' | Encoding
  delimiter?: 'auto' | Delimiter
  /** For .xlsx: the sheet to read (default the first). */
  sheet?: string
  /** Told the bytes of a CSV read so far: a progress bar on a terminal for a large file. */
  progress?: Progress
}

export interface TableRecord {
  /** 1-based line of the file where the record starts. */
  line: number
  cells: string[]
}

export interface Table {
  /** The file name as the user gave it, used in every message. */
  file: string
  /** Set for workbooks: places are then sheet!cell. */
  sheet?: string
  detected: {encoding: Encoding | 'xlsx'; delimiter: Delimiter | null}
  headers: string[]
  /** The records after the header, a chunk of the file at a time (one await per record is slow). */
  batches: AsyncIterable<TableRecord[]>
  /**
   * The cells of some lines read again. The importer keeps a large file's cells only for the
   * lines it already found wrong; this is for the problems found later, when planning.
   */
  reread(lines: Set<number>): Map<number, string[]>
}

/** Record by record, for the small files (calendars, class teachers' lists). */
export async function* recordsOf(table: Table): AsyncGenerator<TableRecord> {
  for await (const batch of table.batches) yield* batch
}

const SAMPLE_BYTES = 64 * 1024

export function fileProblem(
  file: string,
  line: number,
  key: MessageKey,
  params?: MessageParams,
): InputProblem {
  return {file, line, column: null, columnName: null, value: null, key, params}
}

function refuse(file: string, key: MessageKey, line = 1, params?: MessageParams): never {
  throw new InputError(file, [fileProblem(file, line, key, params)])
}

const MB = 1024 * 1024

function tooLong(file: string, error: TooLongError, sheet?: string): never {
  const [key, limit] =
    error.column === null
      ? (['limits.recordTooLong', RECORD_MAX] as const)
      : (['limits.cellTooLong', CELL_MAX] as const)
  throw new InputError(file, [{...fileProblem(file, error.line, key, {limit}), sheet, column: error.column}])
}

function detectEncoding(sample: Buffer): Encoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf8'
  try {
    // stream: true tolerates a multi-byte letter cut at the end of the sample.
    new TextDecoder('utf-8', {fatal: true}).decode(sample, {stream: true})
    return 'utf8'
  } catch {
    return 'cp1251'
  }
}

/** The delimiter that occurs most in the header line, outside quotes; «;» on a tie (Excel's). */
function detectDelimiter(firstLine: string): Delimiter {
  const counts: Record<Delimiter, number> = {';': 0, ',': 0, '\t': 0}
  let quoted = false
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && ch in counts) counts[ch as Delimiter]++
  }
  return (Object.keys(counts) as Delimiter[]).reduce((best, d) => (counts[d] > counts[best] ? d : best), ';')
}

export async function openTable(path: string, options: ReadOptions = {}): Promise<Table> {
  const file = basename(path)
  let sample: Buffer
  let size: number
  try {
    const handle = await open(path, 'r')
    try {
      size = (await handle.stat()).size
      const buffer = Buffer.alloc(SAMPLE_BYTES)
      const {bytesRead} = await handle.read(buffer, 0, SAMPLE_BYTES, 0)
      sample = buffer.subarray(0, bytesRead)
    } finally {
      await handle.close()
    }
  } catch (error) {
    refuse(file, 'input.cannotRead', 1, {reason: (error as NodeJS.ErrnoException).code ?? String(error)})
  }
  if (sample.length === 0 || sample.toString('latin1').trim() === '') refuse(file, 'input.empty')
  // .xlsx is a zip archive: «PK\x03\x04».
  if (sample.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])))
    return openWorkbook(path, file, options.sheet)
  if (size > CSV_FILE_MAX)
    refuse(file, 'limits.fileTooLarge', 1, {size: Math.ceil(size / MB), limit: CSV_FILE_MAX / MB})
  if (sample.includes(0)) refuse(file, 'input.notText')

  const encoding = options.encoding && options.encoding !== 'auto' ? options.encoding : detectEncoding(sample)
  if (options.encoding === 'utf8') {
    const evidence = cp1251Evidence(sample)
    if (evidence) refuse(file, 'feel.looksCp1251', evidence.line, {word: evidence.word})
  }
  const text = iconv.decode(sample, encoding === 'utf8' ? 'utf8' : 'win1251').replace(/^\ufeff/, '')
  const delimiter =
    options.delimiter && options.delimiter !== 'auto'
      ? options.delimiter
      : detectDelimiter(text.split(/\r?\n/)[0]!)

  const iterator = readBatches(path, file, encoding, delimiter, (read) => options.progress?.(read, size))[
    Symbol.asyncIterator
  ]()
  const first = await iterator.next()
  if (first.done) refuse(file, 'input.empty')
  const [header, ...rest] = first.value
  const headers = header!.cells.map((h) => h.trim())
  return {
    file,
    detected: {encoding, delimiter},
    headers,
    batches: (async function* () {
      if (rest.length) yield rest
      yield* {[Symbol.asyncIterator]: () => iterator}
    })(),
    reread(lines) {
      // A chunk at a time, as the first reading: the file may be as large as CSV_FILE_MAX.
      const scanner = new CsvScanner(delimiter)
      const decode = decoder(encoding)
      const found = new Map<number, string[]>()
      const take = (records: Iterable<TableRecord>) => {
        for (const {line, cells} of records) if (lines.has(line)) found.set(line, cells)
      }
      const fd = openSync(path, 'r')
      try {
        const chunk = Buffer.alloc(CHUNK_BYTES)
        for (let n; (n = readSync(fd, chunk, 0, CHUNK_BYTES, null)) > 0;)
          take(scanner.push(decode(chunk.subarray(0, n))))
      } finally {
        closeSync(fd)
      }
      take(scanner.end())
      return found
    },
  }
}

const CHUNK_BYTES = 1 << 20

/**
 * Chunk by chunk. Windows-1251 is one byte a letter, so each chunk decodes on its own; UTF-8 may
 * cut a letter at a chunk's edge, which the streaming decoder carries over.
 */
function decoder(encoding: Encoding): (chunk: Buffer) => string {
  const utf8 = new TextDecoder('utf-8')
  return (chunk) =>
    encoding === 'utf8' ? utf8.decode(chunk, {stream: true}) : iconv.decode(chunk, 'win1251')
}

/** Non-empty records, a chunk at a time; the first batch is never empty. */
async function* readBatches(
  path: string,
  file: string,
  encoding: Encoding,
  delimiter: Delimiter,
  progress: (bytesRead: number) => void,
) {
  const scanner = new CsvScanner(delimiter)
  const decode = decoder(encoding)
  const filled = (records: Iterable<TableRecord>) =>
    [...records].filter((record) => record.cells.some((c) => c.trim() !== ''))
  try {
    let read = 0
    for await (const chunk of createReadStream(path, {highWaterMark: CHUNK_BYTES})) {
      progress((read += (chunk as Buffer).length))
      const batch = filled(scanner.push(decode(chunk as Buffer)))
      if (batch.length) yield batch
    }
    const last = filled(scanner.end())
    if (last.length) yield last
  } catch (error) {
    if (error instanceof TooLongError) tooLong(file, error)
    if (!(error instanceof UnclosedQuoteError)) throw error
    refuse(file, 'input.malformedCsv', error.line, {reason: error.message})
  }
}

/** A cell of a workbook as the text a CSV would hold: dates as yyyy-mm-dd, numbers as written. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    const v = value as {
      text?: unknown
      result?: unknown
      richText?: Array<{text: string}>
      hyperlink?: string
    }
    if (v.richText) return v.richText.map((r) => r.text).join('')
    if ('result' in v) return cellText(v.result)
    if (typeof v.text === 'string') return v.text
    return ''
  }
  return String(value)
}

/**
 * .xlsx through exceljs, loaded only here (it costs ~280 ms to import). The workbook is read
 * whole: school lists in Excel are thousands of rows; the large exports come as CSV.
 */
async function openWorkbook(path: string, file: string, sheetName: string | undefined): Promise<Table> {
  // exceljs unpacks the whole archive in memory: a 100 KB file can unpack to gigabytes.
  const unpacked = await unpackedSize(path, WORKBOOK_UNPACKED_MAX)
  if (unpacked === 'notZip') refuse(file, 'limits.workbookNotZip')
  if (unpacked === 'tooLarge') refuse(file, 'limits.workbookTooLarge', 1, {limit: WORKBOOK_UNPACKED_MAX / MB})
  const {default: ExcelJS} = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.readFile(path)
  } catch (error) {
    refuse(file, 'input.badWorkbook', 1, {reason: (error as Error).message})
  }
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0]
  if (!sheet) {
    refuse(file, 'input.noSheet', 1, {
      sheet: sheetName ?? '',
      sheets: workbook.worksheets.map((w) => w.name).join(', '),
    })
  }
  const rows: TableRecord[] = []
  sheet.eachRow({includeEmpty: false}, (row, line) => {
    const values = (row.values as unknown[]).slice(1).map(cellText)
    const long = values.findIndex((v) => v.length > CELL_MAX)
    if (long >= 0) tooLong(file, new TooLongError(line, long + 1), sheet.name)
    if (values.some((v) => v.trim() !== '')) rows.push({line, cells: values})
  })
  const [header, ...records] = rows
  if (!header) refuse(file, 'input.empty')
  return {
    file,
    sheet: sheet.name,
    detected: {encoding: 'xlsx', delimiter: null},
    headers: header.cells.map((h) => h.trim()),
    batches: (async function* () {
      yield records
    })(),
    reread: (lines) => new Map(records.filter((r) => lines.has(r.line)).map((r) => [r.line, r.cells])),
  }
}
