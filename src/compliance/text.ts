// The Russian words of a finding's message, shared by the rules of the catalog: the object
// («5А, Математика, 14.10.2026, урок 3»), entry times, delays, counts, the clause. Pure.
import {formatRu, type IsoDate} from '../calendar/dates.js'
import {type FindingFacts, type SchoolClock} from './types.js'

/** Russian plural: one (1, 21), few (2–4, 22–24), many (0, 5–20, 25…). */
export function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = Math.abs(n) % 10
  const mod100 = Math.abs(n) % 100
  if (mod10 === 1 && mod100 !== 11) return one
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few
  return many
}

export const count = (n: number, one: string, few: string, many: string): string =>
  `${n} ${plural(n, one, few, many)}`

export const days = (n: number): string => count(n, 'день', 'дня', 'дней')

/** «на 1 день позже срока». */
export const late = (n: number): string => `на ${days(n)} позже срока`

/** «16.10.2026 в 08:12» at the school, for a UTC instant. */
export function at(instant: string, clock: SchoolClock): string {
  const local = clock.local(instant)
  return `${formatRu(local.slice(0, 10))} в ${local.slice(11, 16)}`
}

export const ru = (date: IsoDate | null): string => (date ? formatRu(date) : '')

const PERIOD_NAMES: Record<string, string> = {quarter: 'четверть', half: 'полугодие', trimester: 'триместр'}

/** 'quarter:1' → «1 четверть», 'year' → «год», 'week:2026-10-12' → «неделя 12.10–18.10.2026». */
export function periodName(period: string | null): string {
  if (!period) return ''
  if (period === 'year') return 'год'
  const [kind, value] = period.split(':') as [string, string | undefined]
  if (kind === 'week' && value) {
    const sunday = new Date(`${value}T00:00:00Z`)
    sunday.setUTCDate(sunday.getUTCDate() + 6)
    return `неделя ${formatRu(value).slice(0, 5)}–${formatRu(sunday.toISOString().slice(0, 10))}`
  }
  if (kind === 'month' && value) return `${MONTHS[Number(value.slice(5, 7)) - 1]} ${value.slice(0, 4)}`
  if (PERIOD_NAMES[kind] && value) return `${value} ${PERIOD_NAMES[kind]}`
  return period
}

const MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
]

/** «5А (Английский язык, гр. 1), Математика, Иванова Мария, 14.10.2026, урок 3» — what applies. */
export function objectOf(f: FindingFacts, show: {date?: boolean; period?: boolean} = {}): string {
  const parts: string[] = []
  if (f.className) parts.push(f.subgroupName ? `${f.className} (${f.subgroupName})` : f.className)
  if (f.subjectName) parts.push(f.subjectName)
  if (f.pupilName) parts.push(f.pupilName)
  if (f.period && show.period !== false) parts.push(periodName(f.period))
  if (f.date && show.date !== false && !f.period?.startsWith('week:')) parts.push(formatRu(f.date))
  if (f.lesson_no !== null && f.lesson_no !== undefined) parts.push(`урок ${f.lesson_no}`)
  return parts.join(', ')
}

/** «(п. 3.2)», «(п. 3.2, 6.7)». */
export const clause = (c: string): string => `(п. ${c})`

/** «<object>: <body> (п. 3.2)» — the memo line. */
export function line(f: FindingFacts, body: string, show?: {date?: boolean; period?: boolean}): string {
  const object = objectOf(f, show)
  return `${object ? `${object}: ` : ''}${body} ${clause(f.clause)}`
}

/** «тема внесена 16.10.2026 в 08:12, на 1 день позже срока» or «тема не внесена, просрочено на 3 дня (срок 14.10.2026)». */
export function lateOrMissing(f: FindingFacts, what: {entered: string; missing: string}): string {
  if (f.entered_at) return `${what.entered} ${at(f.entered_at, f.clock)}, ${late(f.delayDays ?? 0)}`
  return `${what.missing}, просрочено на ${days(f.delayDays ?? 0)} (срок ${ru(f.deadline_date)})`
}

/** Hides the middle of a phone number or an address found in a text: «8-914-***-**-34». */
export function mask(text: string): string {
  const digits = [...text].filter((c) => /\d/.test(c)).length
  let seen = 0
  return [...text]
    .map((c) => {
      if (!/\d/.test(c)) return c
      seen++
      return seen <= 4 || seen > digits - 2 ? c : '*'
    })
    .join('')
}

/** The part of a text a pattern matched, masked, for the message. */
export function maskedMatch(text: string, pattern: string): string {
  try {
    const m = new RegExp(pattern, 'iu').exec(text)
    return mask((m ? m[0] : text).trim()).slice(0, 60)
  } catch {
    return ''
  }
}
