// Cell parsers: text as schools type it → a typed value, or the reason it is refused.
// Pure; each returns a message key so that the reason is told in the user's language.
import {addDays, type IsoDate, parseDate} from '../calendar/dates.js'
import {type MessageKey, type MessageParams} from '../cli/i18n.js'
import {parseClassName} from '../people/class-name.js'
import {normaliseName} from '../people/names.js'

export type Parsed<T> =
  | {ok: true; value: T; warning?: {key: MessageKey; params?: MessageParams}}
  | {ok: false; key: MessageKey; params?: MessageParams}

export type Parser<T> = (text: string) => Parsed<T>

const ok = <T>(value: T): Parsed<T> => ({ok: true, value})
const no = (key: MessageKey, params?: MessageParams): Parsed<never> => ({ok: false, key, params})

export const text: Parser<string> = (s) => ok(s.trim().replace(/\s+/g, ' '))

export const name: Parser<string> = (s) => {
  const {value, homoglyphs} = normaliseName(s)
  if (!/^[\p{L}][\p{L}\s'’.-]*$/u.test(value)) return no('import.badName')
  return homoglyphs
    ? {ok: true, value, warning: {key: 'import.homoglyphs', params: {fixed: value}}}
    : ok(value)
}

// Excel stores dates as days since 30.12.1899; a plausible school-era range only.
const EXCEL_EPOCH: IsoDate = '1899-12-30'

export const date: Parser<IsoDate> = (s) => {
  const parsed = parseDate(s)
  if (parsed) return ok(parsed)
  if (/^\d{5}$/.test(s.trim())) {
    const serial = Number(s)
    if (serial > 20_000 && serial < 80_000) return ok(addDays(EXCEL_EPOCH, serial))
  }
  return no('input.badDate')
}

export const gender: Parser<'M' | 'F'> = (s) => {
  const g = s.trim().toLowerCase().replace(/\.$/, '')
  if (['м', 'm', 'муж', 'мужской'].includes(g)) return ok('M')
  if (['ж', 'f', 'жен', 'женский'].includes(g)) return ok('F')
  return no('import.badGender')
}

export const className: Parser<string> = (s) => {
  const c = parseClassName(s)
  return c ? ok(c.name) : no('input.badClass')
}

const EMAIL = /^[^\s@;,]+@[^\s@;,]+\.[a-zа-я]{2,}$/i

export const email: Parser<string> = (s) =>
  EMAIL.test(s.trim()) ? ok(s.trim().toLowerCase()) : no('import.badEmail')

/** «Английский, немецкий язык» → ['Английский', 'Немецкий']. */
export const languages: Parser<string[]> = (s) => {
  const list = s
    .split(/[,;/]+/)
    .map((l) => l.trim().replace(/\s+язык$/i, ''))
    .filter(Boolean)
    .map((l) => l.charAt(0).toUpperCase() + l.slice(1).toLowerCase())
  if (list.some((l) => !/^[\p{L}-]+$/u.test(l))) return no('import.badLanguages')
  return ok([...new Set(list)])
}

export function integer(min: number, max: number): Parser<number> {
  return (s) => {
    const n = Number(s.trim())
    return Number.isInteger(n) && n >= min && n <= max ? ok(n) : no('import.badInteger', {min, max})
  }
}

/** Hours per week: 1, 0,5, 1.5 (Excel writes a decimal comma). */
export const hours: Parser<number> = (s) => {
  const n = Number(s.trim().replace(',', '.'))
  return Number.isFinite(n) && n > 0 && n <= 40 ? ok(n) : no('import.badHours')
}

export const yesNo: Parser<boolean> = (s) => {
  const v = s.trim().toLowerCase()
  if (['да', 'yes', 'y', '+', '1', 'true'].includes(v)) return ok(true)
  if (['нет', 'no', 'n', '-', '0', 'false'].includes(v)) return ok(false)
  return no('import.badYesNo')
}

export type Assessment = 'marks' | 'pass_fail' | 'none'

export const assessment: Parser<Assessment> = (s) => {
  const v = s.trim().toLowerCase().replace(/ё/g, 'е')
  if (['отметки', 'оценки', 'marks'].includes(v)) return ok('marks')
  if (['зачет', 'зачет/незачет', 'pass_fail', 'pass/fail'].includes(v)) return ok('pass_fail')
  if (['без оценивания', 'безотметочное', 'none'].includes(v)) return ok('none')
  return no('import.badAssessment')
}

const WEEKDAYS = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб']
const WEEKDAY_NAMES = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота']

export const weekday: Parser<number> = (s) => {
  const v = s.trim().toLowerCase().replace(/\.$/, '')
  const n = Number(v)
  if (Number.isInteger(n) && n >= 1 && n <= 6) return ok(n)
  const i = Math.max(WEEKDAYS.indexOf(v), WEEKDAY_NAMES.indexOf(v))
  return i >= 0 ? ok(i + 1) : no('import.badWeekday')
}

export type Role = 'teacher' | 'class_teacher' | 'deputy' | 'admin'

const ROLES: Record<string, Role> = {
  учитель: 'teacher',
  teacher: 'teacher',
  'классный руководитель': 'class_teacher',
  class_teacher: 'class_teacher',
  'заместитель директора': 'deputy',
  'заместитель директора по увр': 'deputy',
  deputy: 'deputy',
  администратор: 'admin',
  admin: 'admin',
}

export const roles: Parser<Role[]> = (s) => {
  const parts = s
    .split(/[,;]+/)
    .map((r) => r.trim().toLowerCase().replace(/\s+/g, ' '))
    .filter(Boolean)
  const unknown = parts.find((r) => !ROLES[r])
  if (unknown) return no('import.badRole', {role: unknown})
  return ok([...new Set(parts.map((r) => ROLES[r]!))])
}

export const weekDays: Parser<5 | 6> = (s) => {
  const v = s.trim()
  return v === '5' || v === '6' ? ok(Number(v) as 5 | 6) : no('import.badWeekDays')
}
