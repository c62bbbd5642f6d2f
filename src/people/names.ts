// Personal names as school offices type them: stray spaces, lower case, and Latin letters that
// look Cyrillic (a Latin «о» in «Иванoв» makes a second Иванов). Pure functions.

// Latin look-alikes of Cyrillic letters (issue: a e o p c x y A B E K M H O P C T X); class
// letters use the capitals.
export const HOMOGLYPHS: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  y: 'у',
  A: 'А',
  B: 'В',
  E: 'Е',
  K: 'К',
  M: 'М',
  H: 'Н',
  O: 'О',
  P: 'Р',
  C: 'С',
  T: 'Т',
  X: 'Х',
}

const CYRILLIC = /[а-яё]/i

export interface CleanText {
  value: string
  /** Latin look-alikes were replaced. */
  homoglyphs: boolean
}

/** Latin look-alikes replaced inside words that are otherwise Cyrillic. */
export function fixHomoglyphs(text: string): CleanText {
  if (!/[aeopcxyABEKMHOPCTX]/.test(text)) return {value: text, homoglyphs: false}
  let homoglyphs = false
  const value = text.replace(/[\p{L}]+/gu, (word) => {
    if (!CYRILLIC.test(word)) return word
    return word.replace(/[aeopcxyABEKMHOPCTX]/g, (ch) => {
      homoglyphs = true
      return HOMOGLYPHS[ch]!
    })
  })
  return {value, homoglyphs}
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()
}

/** Trimmed, inner spaces collapsed, each part capitalised (double surnames keep both capitals). */
// Most names arrive already right: «Иванова», «Петрова-Водкина», «Анна Мария».
const WELL_FORMED = /^[А-ЯЁ][а-яё]*(?:[- ][А-ЯЁ][а-яё]*)*$/

export function normaliseName(text: string): CleanText {
  if (WELL_FORMED.test(text)) return {value: text, homoglyphs: false}
  const {value, homoglyphs} = fixHomoglyphs(text.trim().replace(/\s+/g, ' '))
  return {
    value: value
      .split(' ')
      .map((part) => part.split('-').map(capitalise).join('-'))
      .join(' '),
    homoglyphs,
  }
}

/**
 * The longest surname, first name or patronymic accepted. Real ones stay under 30 letters; the
 * limit keeps a broken or hostile file from carrying a name that later becomes a file name (the
 * letters' .eml, 255 bytes at most) or a slip line.
 */
export const NAME_PART_MAX = 60

/** A word of a name written in two alphabets after the look-alikes were fixed: «Ivанова». */
export interface MixedWord {
  word: string
  /** Its letters of another alphabet than its own (Cyrillic if it has any), once each: «I, v». */
  letters: string[]
}

export interface NameScripts {
  mixed: MixedWord | null
  /** Every word is Latin: «Ivanova Maria». */
  latin: boolean
}

const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u
const LATIN_LETTER = /\p{Script=Latin}/u

/**
 * The alphabets of a name (already normalised: look-alikes fixed). A word in two alphabets is a
 * typing slip or a forgery that would make a second «Иванова»; a Latin name may be a foreign
 * pupil's own spelling, or a list typed on the wrong keyboard.
 */
export function nameScripts(name: string): NameScripts {
  if (WELL_FORMED.test(name)) return {mixed: null, latin: false}
  let latin = true
  for (const word of name.match(/\p{L}+/gu) ?? []) {
    const letters = [...word]
    // The word's own alphabet is Cyrillic if it has a Cyrillic letter, else Latin if it has one.
    const own = letters.some((l) => CYRILLIC_LETTER.test(l)) ? CYRILLIC_LETTER : LATIN_LETTER
    const foreign = letters.filter((l) => !own.test(l))
    if (foreign.length && foreign.length < letters.length)
      return {mixed: {word, letters: [...new Set(foreign)]}, latin: false}
    if (own !== LATIN_LETTER || foreign.length) latin = false
  }
  return {mixed: null, latin}
}

const IRREGULAR_SPACE = /^\s|\s$|\s\s|[^\S ]/

/** The form names are matched in: lower case, ё as е, single spaces. */
export function matchKey(...parts: Array<string | null | undefined>): string {
  let key = ''
  for (const part of parts) if (part) key = key ? `${key} ${part}` : part
  key = key.toLowerCase()
  if (key.includes('ё')) key = key.replaceAll('ё', 'е')
  // Names come normalised nearly always; the regular expression is for the rest.
  return IRREGULAR_SPACE.test(key) ? key.replace(/\s+/g, ' ').trim() : key
}

export interface FullName {
  lastName: string
  firstName: string
  middleName: string
}

export function fullName(p: FullName): string {
  return [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ')
}

/** «Иванова Мария Петровна» → its parts; null when fewer than two words. */
export function splitFullName(text: string): FullName | null {
  const parts = normaliseName(text).value.split(' ').filter(Boolean)
  if (parts.length < 2) return null
  return {lastName: parts[0]!, firstName: parts[1]!, middleName: parts.slice(2).join(' ')}
}

/** Levenshtein distance, stopping early past `limit` (the one-letter hint needs only 0, 1, more). */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({length: b.length + 1}, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      best = Math.min(best, current[j]!)
    }
    if (best > limit) return limit + 1
    previous = current
  }
  return previous[b.length]!
}
