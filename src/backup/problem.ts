// What verification found wrong with a backup: a catalog message, so that it is reported in the
// user's language, and a short code for --json.
import {EjournalError} from '../cli/errors.js'
import {type MessageKey, type MessageParams} from '../cli/i18n.js'

export interface Problem {
  key: MessageKey
  params: MessageParams
}

export function problem(key: MessageKey, params: MessageParams = {}): Problem {
  return {key, params}
}

/** A thrown check becomes a reported problem; an unexpected error is reported with its text. */
export function problemOf(error: unknown): Problem {
  if (error instanceof EjournalError) return {key: error.key, params: error.params}
  return {key: 'backup.problem.unexpected', params: {reason: (error as Error).message}}
}

/** `backup.problem.ciphertextHash` → `ciphertextHash`: the stable code in --json. */
export function problemCode(p: Problem): string {
  return p.key.replace(/^backup\.problem\./, '')
}
