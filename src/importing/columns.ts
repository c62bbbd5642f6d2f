// Matching a file's header to the columns a kind of file accepts: case- and space-insensitive,
// Russian or English names. Each file kind declares its columns once, as data.
import {InputError, type InputProblem} from '../cli/errors.js'

export interface ColumnSpec<K extends string = string> {
  key: K
  /** Accepted headers; the first is the one templates and messages use. */
  names: string[]
  required?: boolean
}

export function normaliseHeader(header: string): string {
  return header
    .replace(/^\ufeff/, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s_]+/g, ' ')
    .trim()
}

export type HeaderMap<K extends string> = Partial<Record<K, number>>

/** The index of each known column in the file; every missing required column is one problem. */
export function mapHeaders<K extends string>(
  file: string,
  headers: string[],
  specs: ColumnSpec<K>[],
): HeaderMap<K> {
  const found: HeaderMap<K> = {}
  const normalised = headers.map(normaliseHeader)
  for (const spec of specs) {
    const names = spec.names.map(normaliseHeader)
    const index = normalised.findIndex((h) => names.includes(h))
    if (index >= 0) found[spec.key] = index
  }
  const problems: InputProblem[] = specs
    .filter((s) => s.required && found[s.key] === undefined)
    .map((s) => ({
      file,
      line: 1,
      column: null,
      columnName: s.names[0]!,
      value: null,
      key: 'input.missingColumn' as const,
      params: {names: s.names.join(' / ')},
    }))
  if (problems.length) throw new InputError(file, problems)
  return found
}

/** A cell by column key, trimmed; '' when the column is absent or the row is short. */
export function cell<K extends string>(cells: string[], map: HeaderMap<K>, key: K): string {
  const index = map[key]
  return index === undefined ? '' : (cells[index] ?? '').trim()
}
