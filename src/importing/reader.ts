// The one reader of tabular files: CSV in UTF-8 (with or without BOM) or Windows-1251, with
// «;», «,» or tab — detected from the file and overridable — streamed record by record, so
// memory stays bounded whatever the size. Every record carries its line number for messages.
import {parse} from 'csv-parse'
import iconv from 'iconv-lite'
import {createReadStream} from 'node:fs'
import {open} from 'node:fs/promises'
import {basename} from 'node:path'

import {InputError, type InputProblem} from '../cli/errors.js'
import {type MessageKey, type MessageParams} from '../cli/i18n.js'

export type Encoding = 'utf8' | 'cp1251'
export type Delimiter = ';' | ',' | '\t'

export interface ReadOptions {
  encoding?: 'auto' | Encoding
  delimiter?: 'auto' | Delimiter
}

export interface TableRecord {
  /** 1-based line of the file where the record starts. */
  line: number
  cells: string[]
}

export interface Table {
  /** The file name as the user gave it, used in every message. */
  file: string
  detected: {encoding: Encoding; delimiter: Delimiter}
  headers: string[]
  records: AsyncIterable<TableRecord>
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
  try {
    const handle = await open(path, 'r')
    try {
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
  if (sample.includes(0)) refuse(file, 'input.notText')

  const encoding = options.encoding && options.encoding !== 'auto' ? options.encoding : detectEncoding(sample)
  const text = iconv.decode(sample, encoding === 'utf8' ? 'utf8' : 'win1251').replace(/^\ufeff/, '')
  const delimiter =
    options.delimiter && options.delimiter !== 'auto'
      ? options.delimiter
      : detectDelimiter(text.split(/\r?\n/)[0]!)

  const iterator = readRecords(path, file, encoding, delimiter)[Symbol.asyncIterator]()
  const first = await iterator.next()
  if (first.done) refuse(file, 'input.empty')
  const headers = first.value.cells.map((h) => h.trim())
  return {
    file,
    detected: {encoding, delimiter},
    headers,
    records: {[Symbol.asyncIterator]: () => iterator},
  }
}

async function* readRecords(path: string, file: string, encoding: Encoding, delimiter: Delimiter) {
  const parser = createReadStream(path)
    .pipe(iconv.decodeStream(encoding === 'utf8' ? 'utf8' : 'win1251'))
    .pipe(
      parse({
        delimiter,
        bom: true,
        info: true,
        relax_quotes: true,
        relax_column_count: true,
        skip_empty_lines: true,
      }),
    )
  try {
    for await (const {record, info} of parser as AsyncIterable<{record: string[]; info: {lines: number}}>) {
      if (record.every((c) => c.trim() === '')) continue
      // info.lines is the line the record ends on; a record spans more lines only inside quotes.
      const span = record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0)
      yield {line: info.lines - span, cells: record}
    }
  } catch (error) {
    const e = error as Error & {lines?: number}
    refuse(file, 'input.malformedCsv', e.lines ?? 1, {reason: e.message})
  }
}
