// Plain calendar dates as ISO strings ('2026-09-01'). A school day is a date, not an instant:
// keeping dates as strings avoids every time-zone slip; instants appear only for deadlines.
// Reading and writing them is string work (imports parse a hundred thousand); the arithmetic is date-fns'.

import {dateFns} from './date-fns.js'

export type IsoDate = string

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/
const RU = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!
}

// Checked by arithmetic, not through a Date: imports parse a hundred thousand of these.
function toIso(year: number, month: number, day: number): IsoDate | null {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return null
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`
}

/** Accepts dd.mm.yyyy and yyyy-mm-dd; null for anything else or an impossible date (31.02.2015). */
export function parseDate(text: string): IsoDate | null {
  const s = text.trim()
  const iso = ISO.exec(s)
  if (iso) return toIso(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const ru = RU.exec(s)
  if (ru) return toIso(Number(ru[3]), Number(ru[2]), Number(ru[1]))
  return null
}

export function makeDate(year: number, month: number, day: number): IsoDate {
  const d = toIso(year, month, day)
  if (!d) throw new RangeError(`no such date ${year}-${month}-${day}`)
  return d
}

/** The date as a Date at local midnight: date-fns counts calendar days in local time. */
function local(date: IsoDate): Date {
  return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))
}

function isoOf(date: Date): IsoDate {
  return dateFns().lightFormat(date, 'yyyy-MM-dd')
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoOf(dateFns().addDays(local(date), days))
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(date: IsoDate): number {
  return dateFns().getISODay(local(date))
}

/** The Monday of the date's week: school weeks run Monday–Sunday. */
export function mondayOf(date: IsoDate): IsoDate {
  return isoOf(dateFns().startOfWeek(local(date), {weekStartsOn: 1}))
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dateFns().differenceInCalendarDays(local(to), local(from))
}

export function* eachDay(from: IsoDate, to: IsoDate): Generator<IsoDate> {
  if (from > to) return
  for (const day of dateFns().eachDayOfInterval({start: local(from), end: local(to)})) yield isoOf(day)
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4))
}

/** dd.mm.yyyy, the form Russian users read and type. */
export function formatRu(date: IsoDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`
}
