// Logins from names by the school's pattern (ejournal.json), e.g. {last}.{first} →
// shcheglova.iuliia. Pure: the caller says which logins are taken — every login ever given,
// disabled accounts included — so a login once given is never given to anyone else.
import {EjournalError, WorkspaceError} from '../cli/errors.js'
import {transliterate} from './translit.js'

export const DEFAULT_LOGIN_PATTERN = '{last}.{first}'

/** The shape of staff, pupils and parents as stored (names in Cyrillic, birth date ISO). */
export interface LoginPerson {
  lastName: string
  firstName: string
  middleName?: string | null
  /** yyyy-mm-dd; staff and parents have none, and {yy} is then empty. */
  birthDate?: string | null
}

type Placeholder = 'last' | 'first' | 'middle' | 'f' | 'm' | 'yy'

const PLACEHOLDERS: Record<Placeholder, (p: LoginPerson) => string> = {
  last: (p) => transliterate(p.lastName),
  first: (p) => transliterate(p.firstName),
  middle: (p) => transliterate(p.middleName ?? ''),
  // An initial in Latin is the whole transliterated letter, as in «Yu. Gagarin»: Юлия → iu.
  f: (p) => initial(p.firstName),
  m: (p) => initial(p.middleName ?? ''),
  yy: (p) => (/^\d{4}-/.test(p.birthDate ?? '') ? p.birthDate!.slice(2, 4) : ''),
}

const KNOWN = Object.keys(PLACEHOLDERS)
  .map((name) => `{${name}}`)
  .join(' ')

function initial(name: string): string {
  const letter = /\p{L}/u.exec(name)?.[0] ?? ''
  return transliterate(letter)
}

function isPlaceholder(name: string): name is Placeholder {
  return Object.hasOwn(PLACEHOLDERS, name)
}

/**
 * Refuses a pattern that could not make valid logins: an unknown placeholder, a character
 * other than a–z, digits, dot and hyphen between placeholders, or no name in it at all.
 */
export function checkLoginPattern(pattern: string): void {
  for (const [, name] of pattern.matchAll(/\{([^}]*)\}/g))
    if (!isPlaceholder(name!))
      throw new WorkspaceError('credentials.patternUnknownPlaceholder', {
        pattern,
        placeholder: `{${name}}`,
        known: KNOWN,
      })
  const literal = /[^a-z0-9.-]/.exec(pattern.replace(/\{\w+\}/g, ''))
  if (literal) throw new WorkspaceError('credentials.patternBadCharacter', {pattern, character: literal[0]})
  if (!/\{(last|first)\}/.test(pattern))
    throw new WorkspaceError('credentials.patternWithoutName', {pattern, names: '{last}, {first}'})
}

/**
 * The pattern filled in for the person; on a collision 2, 3 … are appended (ivanov.ivan2).
 * A missing patronymic or birth date leaves its placeholder empty, and the separators left
 * doubled or hanging by it are dropped ({last}.{m}.{first} → ivanov.ivan).
 * The caller adds each login to its taken set before asking for the next one.
 */
export function makeLogin(person: LoginPerson, pattern: string, taken: (login: string) => boolean): string {
  checkLoginPattern(pattern)
  const base = pattern
    .replace(/\{(\w+)\}/g, (_, name: Placeholder) => PLACEHOLDERS[name](person))
    .replace(/([.-])[.-]+/g, '$1')
    .replace(/^[.-]+|[.-]+$/g, '')
  if (!/[a-z]/.test(base)) {
    const name = [person.lastName, person.firstName, person.middleName].filter(Boolean).join(' ')
    throw new EjournalError('credentials.loginWithoutLetters', {name})
  }
  if (!taken(base)) return base
  for (let n = 2; ; n++) if (!taken(`${base}${n}`)) return `${base}${n}`
}
