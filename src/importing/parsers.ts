// Cell parsers: text as schools type it → a typed value, or the reason it is refused.
// Pure; each returns a message key so that the reason is told in the user's language.
import {addDays, type IsoDate, parseDate} from '../calendar/dates.js'
import {type MessageKey, type MessageParams} from '../cli/i18n.js'
import {parseClassName} from '../people/class-name.js'
import {NAME_PART_MAX, nameScripts, normaliseName} from '../people/names.js'

export type Parsed<T> =
  | {ok: true; value: T; warning?: {key: MessageKey; params?: MessageParams}}
  | {ok: false; key: MessageKey; params?: MessageParams}

export type Parser<T> = (text: string) => Parsed<T>

const ok = <T>(value: T): Parsed<T> => ({ok: true, value})
const no = (key: MessageKey, params?: MessageParams): Parsed<never> => ({ok: false, key, params})

export const text: Parser<string> = (s) => ok(s.trim().replace(/\s+/g, ' '))

/** The first letters of a long value, for a message that should not print it all. */
const start = (s: string) => (s.length > 30 ? `${s.slice(0, 30)}…` : s)

/**
 * A person's name: `part` is one of surname, first name, patronymic (each ≤ NAME_PART_MAX);
 * `full` is a whole ФИО, whose surname, first name and the rest are held to the same limit.
 * Checked in this order: length (before any regular expression sees it), look-alike letters
 * fixed, letters only, one alphabet per word; a name all in Latin letters is kept with a warning
 * when `warnLatin` (a foreign pupil's own spelling, or a list typed on the wrong keyboard).
 */
function personName(shape: 'part' | 'full', warnLatin: boolean): Parser<string> {
  return (s) => {
    // Nearly every name is shorter than the limit as typed: only a longer one is measured part by part.
    if (s.length > NAME_PART_MAX) {
      const words = s.trim().split(/\s+/)
      const parts =
        shape === 'part' ? [words.join(' ')] : [words[0]!, words[1] ?? '', words.slice(2).join(' ')]
      const long = parts.find((part) => part.length > NAME_PART_MAX)
      if (long)
        return no('limits.nameTooLong', {start: start(long), length: long.length, limit: NAME_PART_MAX})
    }
    const {value, homoglyphs} = normaliseName(s)
    if (!/^[\p{L}][\p{L}\s'’.-]*$/u.test(value)) return no('import.badName')
    const scripts = nameScripts(value)
    if (scripts.mixed)
      return no('limits.mixedScripts', {word: scripts.mixed.word, letters: scripts.mixed.letters.join(', ')})
    if (scripts.latin && warnLatin) return {ok: true, value, warning: {key: 'limits.latinName'}}
    return homoglyphs
      ? {ok: true, value, warning: {key: 'import.homoglyphs', params: {fixed: value}}}
      : ok(value)
  }
}

/** A surname, first name or patronymic of a person the file brings in. */
export const name = personName('part', true)
/** A whole ФИО of a person the file brings in (a parent). */
export const fullName = personName('full', true)
/** A staff member named by ФИО, matched against the staff list: warned about when imported. */
export const staffName = personName('full', false)

/**
 * A subject's name. Official names reach 51 letters («Основы духовно-нравственной культуры
 * народов России») and elective courses run longer, hence more than a name part.
 */
export const SUBJECT_MAX = 100

export const subject: Parser<string> = (s) => {
  const value = s.trim().replace(/\s+/g, ' ')
  return value.length > SUBJECT_MAX
    ? no('limits.subjectTooLong', {start: start(value), length: value.length, limit: SUBJECT_MAX})
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

/** The longest address SMTP carries (RFC 5321); it ends up in the letters' headers. */
const EMAIL_MAX = 254

export const email: Parser<string> = (s) => {
  const value = s.trim()
  return value.length <= EMAIL_MAX && EMAIL.test(value) ? ok(value.toLowerCase()) : no('import.badEmail')
}

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

/** An entry time: school clock time, or an instant given with its offset. */
export type Stamp = {date: IsoDate; time: string} | {instant: string}

const STAMP_RU = /^(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/
const STAMP_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/

/** «14.10.2026 08:12» (school time), «2026-10-14 08:12», or ISO 8601 with an offset. */
export const timestamp: Parser<Stamp> = (s) => {
  const v = s.trim()
  if (STAMP_ISO.test(v)) {
    const d = new Date(v)
    return Number.isNaN(d.getTime()) ? no('import.badTimestamp') : ok({instant: d.toISOString()})
  }
  const m = STAMP_RU.exec(v)
  if (!m) return no('import.badTimestamp')
  const day = parseDate(m[1]!)
  const [h, min, sec] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)]
  if (!day || h > 23 || min > 59 || sec > 59) return no('import.badTimestamp')
  const pad = (n: number) => String(n).padStart(2, '0')
  return ok({date: day, time: `${pad(h)}:${pad(min)}:${pad(sec)}`})
}

export type LessonType =
  'lesson' | 'control' | 'practical' | 'laboratory' | 'dictation' | 'test' | 'independent'

const LESSON_TYPES: Record<string, LessonType> = {
  урок: 'lesson',
  'контрольная работа': 'control',
  контрольная: 'control',
  'практическая работа': 'practical',
  'лабораторная работа': 'laboratory',
  диктант: 'dictation',
  зачет: 'test',
  'самостоятельная работа': 'independent',
}

export const lessonType: Parser<LessonType> = (s) => {
  const t = LESSON_TYPES[s.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ')]
  return t ? ok(t) : no('import.badLessonType')
}

export const markValue: Parser<string> = (s) => {
  const v = s.trim().toLowerCase().replace(/ё/g, 'е')
  return ['5', '4', '3', '2', '1', 'зач', 'незач'].includes(v) ? ok(v) : no('import.badMark')
}

export const finalMarkValue: Parser<string> = (s) => {
  const v = s.trim().toLowerCase().replace(/ё/g, 'е').replace(/^на$/, 'н/а')
  return ['5', '4', '3', '2', 'н/а', 'осв', 'зач', 'незач'].includes(v) ? ok(v) : no('import.badFinalMark')
}

export const absenceReason: Parser<string> = (s) => {
  const v = s.trim().toLowerCase()
  return ['н', 'у', 'б', 'о'].includes(v) ? ok(v) : no('import.badAbsenceReason')
}

/** «1 четверть» → quarter:1, «2 полугодие» → half:2, «год» → year, «экзамен», «итог». */
export const periodName: Parser<string> = (s) => {
  const v = s.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ')
  const m = /^(\d)\s*-?(?:я|е|й)?\s*(четверть|полугодие|триместр)$/.exec(v)
  if (m) {
    const kind = {четверть: 'quarter', полугодие: 'half', триместр: 'trimester'}[m[2] as 'четверть']
    const n = Number(m[1])
    const max = kind === 'quarter' ? 4 : kind === 'half' ? 2 : 3
    return n >= 1 && n <= max ? ok(`${kind}:${n}`) : no('import.badPeriod')
  }
  if (['год', 'годовая', 'year'].includes(v)) return ok('year')
  if (['экзамен', 'exam'].includes(v)) return ok('exam')
  if (['итог', 'итоговая', 'final'].includes(v)) return ok('final')
  return no('import.badPeriod')
}
