// The one error hierarchy. Each error names a catalog message (so it can be shown in Russian
// or English) and the exit code cron sees: 1 for errors, 2 for usage and bad input, 130 cancelled
// (DESIGN.md).
import {type MessageKey, type MessageParams} from './i18n.js'

export const EXIT = {ok: 0, error: 1, usage: 2, problemsFound: 3, cancelled: 130} as const

export class EjournalError extends Error {
  readonly exitCode: number = EXIT.error
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(key)
    this.name = new.target.name
  }
}

/** The command line itself is wrong: a missing flag, a value out of range. Exit 2. */
export class UsageError extends EjournalError {
  override readonly exitCode = EXIT.usage
}

/** A change that needs a yes got none (no terminal and no --yes, or the answer no). Exit 2. */
export class NotConfirmedError extends EjournalError {
  override readonly exitCode = EXIT.usage
}

/** Ctrl-C, or the end of input at a question. Exit 130, as a shell reports an interrupt. */
export class CancelledError extends EjournalError {
  override readonly exitCode = EXIT.cancelled
  constructor() {
    super('contract.cancelled')
  }
}

/** No workspace here, a workspace already there, a database from a newer ejournal. */
export class WorkspaceError extends EjournalError {}

/** The request contradicts what is stored: an overlapping year, a missing year. */
export class ConflictError extends EjournalError {}

/** One problem in an input file, located to file:line:column. */
export interface InputProblem {
  file: string
  /** The sheet of an .xlsx file: the place is then shown as Лист1!C5. */
  sheet?: string
  line: number
  column: number | null
  /** The header of the column, as in the file. */
  columnName: string | null
  value: string | null
  key: MessageKey
  params?: MessageParams
}

/** An input file was refused; every problem found is listed and nothing was written. Exit 2. */
export class InputError extends EjournalError {
  override readonly exitCode = EXIT.usage
  constructor(
    readonly file: string,
    readonly problems: InputProblem[],
  ) {
    super('input.refused', {file, count: problems.length})
  }
}

/** file:line:column for text files, file:Лист1!C5 for workbooks. */
export function placeOf(p: InputProblem): string {
  if (p.sheet) return `${p.file}:${p.sheet}!${p.column ? columnLetter(p.column) : ''}${p.line}`
  return `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}`
}

function columnLetter(column: number): string {
  let n = column
  let letters = ''
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}
