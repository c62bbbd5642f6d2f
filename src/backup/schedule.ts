// When the next backup is due. Counted in school dates: a backup made on 2 September is due
// again on 16 September (14 days), whatever the hour, so that a daily cron line with --if-due
// never lets the gap grow past the interval.
import {addDays, daysBetween, type IsoDate} from '../calendar/dates.js'
import {schoolDate} from '../calendar/zone.js'

export interface Schedule {
  /** School date of the last verified backup; null when there has never been one. */
  lastDate: IsoDate | null
  /** Whole days since the last verified backup. */
  ageDays: number | null
  nextDue: IsoDate | null
  /** A backup should be made today (what --if-due asks). */
  due: boolean
  /** The due date has passed (what `backup status` exits 3 for). */
  overdue: boolean
}

export function backupSchedule(
  last: Date | null,
  now: Date,
  timezone: string,
  intervalDays: number,
): Schedule {
  if (!last) return {lastDate: null, ageDays: null, nextDue: null, due: true, overdue: true}
  const lastDate = schoolDate(last, timezone)
  const today = schoolDate(now, timezone)
  const nextDue = addDays(lastDate, intervalDays)
  return {
    lastDate,
    ageDays: Math.max(0, daysBetween(lastDate, today)),
    nextDue,
    due: today >= nextDue,
    overdue: today > nextDue,
  }
}
