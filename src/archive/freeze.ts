// An archived year is frozen by database triggers (migration 0008): whatever writes to its
// lessons, marks, absences, final marks or thematic plans gets SQLite's error «archived year is
// read-only: <table>». This turns that error into one clear sentence in the user's language.
import {EjournalError} from '../cli/errors.js'

const FROZEN = /archived year is read-only: (\w+)/

/** The table a trigger refused a change to, or null when the error is something else. */
export function frozenTable(error: unknown): string | null {
  if (!(error instanceof Error) || !('code' in error)) return null
  if (!String((error as {code: unknown}).code).startsWith('SQLITE_CONSTRAINT')) return null
  return FROZEN.exec(error.message)?.[1] ?? null
}

/** The trigger's refusal as an EjournalError; anything else unchanged. */
export function explainFrozen(error: unknown): unknown {
  const table = frozenTable(error)
  return table ? new EjournalError('archive.frozen', {table}) : error
}
