// Plain calendar dates as ISO strings ('2026-09-01'). A school day is a date, not an instant:
// keeping dates as strings avoids every time-zone slip; instants appear only for deadlines.

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

function utc(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`)
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = utc(date)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(date: IsoDate): number {
  const w = utc(date).getUTCDay()
  return w === 0 ? 7 : w
}

export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, 1 - weekday(date))
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / 86_400_000)
}

export function* eachDay(from: IsoDate, to: IsoDate): Generator<IsoDate> {
  for (let d = from; d <= to; d = addDays(d, 1)) yield d
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4))
}

/** dd.mm.yyyy, the form Russian users read and type. */
export function formatRu(date: IsoDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`
}
