// Class names as schools write them ('5 а', '5-А', '5a', ' 5А ') to the canonical '5А'.
import {HOMOGLYPHS} from './names.js'

export interface ClassName {
  grade: number
  letter: string
  name: string
}

export function parseClassName(text: string): ClassName | null {
  const m = /^\s*(\d{1,2})\s*[-–—\s]?\s*([A-Za-zА-Яа-яЁё])\s*$/.exec(text)
  if (!m) return null
  const grade = Number(m[1])
  if (grade < 1 || grade > 11) return null
  const upper = m[2]!.toUpperCase()
  const letter = HOMOGLYPHS[upper] ?? upper
  if (!/^[А-ЯЁ]$/.test(letter)) return null
  return {grade, letter, name: `${grade}${letter}`}
}
