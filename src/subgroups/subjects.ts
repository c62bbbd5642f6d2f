// What a subject's name says about its division: foreign languages are divided by the language
// a pupil studies, everything else alphabetically by default (п. 3.3). Pure functions.
import {type FullName} from '../people/names.js'

export type Strategy = 'language' | 'alphabet' | 'gender'
export type AnyStrategy = Strategy | 'file'

export interface Pupil extends FullName {
  id: number
  gender: 'M' | 'F' | null
  /** As the pupils import stores them: «Английский», «Немецкий». */
  languages: string[]
  externalId?: string | null
}

function fold(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim()
}

/** «Иностранный язык», «Английский язык», «Второй иностранный язык (немецкий)» — not Русский/Родной язык. */
export function isLanguageSubject(subject: string): boolean {
  const s = fold(subject)
  return s.includes('язык') && !/русск|родн/.test(s)
}

/** The language a subject names: «Иностранный язык (английский)» → «Английский»; null for «Иностранный язык». */
export function subjectLanguage(subject: string): string | null {
  if (!isLanguageSubject(subject)) return null
  const m = /([а-яё]+(?:ск|цк)ий)/i.exec(subject)
  return m ? capitalise(m[1]!) : null
}

/** «Второй иностранный язык» is the pupil's second language. */
function isSecondLanguage(subject: string): boolean {
  return /втор/i.test(subject)
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()
}

export function defaultStrategy(subject: string): Strategy {
  return isLanguageSubject(subject) ? 'language' : 'alphabet'
}

/** A pupil who does not study the language a subject names (an «Английский язык» pupil of German). */
export const NOT_STUDYING = '-'

/**
 * The language group a pupil belongs to for a subject: the language; null when unknown (not
 * guessed); NOT_STUDYING when the subject names another language than the pupil's.
 */
export function languageKey(pupil: Pupil, subject: string): string | null {
  const languages = pupil.languages.map((l) => capitalise(l.replace(/\s+язык$/i, '').trim())).filter(Boolean)
  const named = subjectLanguage(subject)
  if (named) {
    if (languages.length === 0) return null
    return languages.includes(named) ? named : NOT_STUDYING
  }
  return languages[isSecondLanguage(subject) ? 1 : 0] ?? null
}

/** The pupils a split subject concerns: all of the class, except those who study another language. */
export function participates(pupil: Pupil, subject: string): boolean {
  return !isLanguageSubject(subject) || languageKey(pupil, subject) !== NOT_STUDYING
}

// The names schools give subgroups; stored in the database, so always Russian.
export const GENDER_GROUP = {F: 'Девочки', M: 'Мальчики'} as const

export function languageGroupName(language: string): string {
  return `${language} язык`
}

export function numbered(base: string, n: number): string {
  return `${base}, гр. ${n}`
}

/** «Английский язык, гр. 2» → «Английский»; «Девочки» → F; null for other names. */
export function keyOfGroupName(strategy: Strategy, name: string): string | null {
  const base = name.replace(/,\s*гр\.\s*\d+$/u, '').trim()
  if (strategy === 'gender') {
    if (fold(base) === fold(GENDER_GROUP.F)) return 'F'
    if (fold(base) === fold(GENDER_GROUP.M)) return 'M'
    return null
  }
  if (strategy === 'language') {
    const m = /^([\p{L}-]+(?:ск|цк)ий) язык$/iu.exec(base)
    return m ? capitalise(m[1]!) : null
  }
  return '*'
}

/** How existing subgroups were made, read from their names; null when there are none. */
export function inferStrategy(names: string[]): Strategy | null {
  if (names.length === 0) return null
  if (names.every((n) => keyOfGroupName('gender', n) !== null)) return 'gender'
  if (names.every((n) => keyOfGroupName('language', n) !== null)) return 'language'
  return 'alphabet'
}
