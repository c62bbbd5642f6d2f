// Which backups to keep: every backup of the last weeks, then the newest of each month, then of
// each year (restic's and Borg's keep-within / keep-monthly / keep-yearly), in the school's time
// zone. The newest verified backup is never given up. Pure: the manifests in, the decision out.
import {addDays, type IsoDate} from '../calendar/dates.js'
import {schoolDate} from '../calendar/zone.js'
import {type Retention} from './policy.js'

export interface Candidate {
  id: string
  createdAt: string
  /** Intact and not failed at its last verification: only these may stand for a month or year. */
  verified: boolean
}

export type KeepReason = 'recent' | 'monthly' | 'yearly' | 'newestVerified'

export interface RetentionPlan {
  keep: Array<{id: string; reasons: KeepReason[]}>
  remove: string[]
}

function monthsBack(today: IsoDate, n: number): Set<string> {
  const [y, m] = today.split('-').map(Number) as [number, number]
  const months = new Set<string>()
  for (let i = 0; i < n; i++) {
    const total = y * 12 + (m - 1) - i
    months.add(`${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`)
  }
  return months
}

function yearsBack(today: IsoDate, n: number): Set<string> {
  const y = Number(today.slice(0, 4))
  return new Set(Array.from({length: n}, (_, i) => String(y - i)))
}

export function planRetention(
  candidates: Candidate[],
  now: Date,
  timezone: string,
  retention: Retention,
): RetentionPlan {
  const today = schoolDate(now, timezone)
  const recentFrom = addDays(today, -7 * retention.keepAllWeeks)
  const months = monthsBack(today, retention.keepMonthly)
  const years = yearsBack(today, retention.keepYearly)
  const reasons = new Map<string, Set<KeepReason>>()
  const keep = (id: string, reason: KeepReason) => {
    const set = reasons.get(id) ?? new Set<KeepReason>()
    set.add(reason)
    reasons.set(id, set)
  }
  const dated = candidates
    .map((c) => ({...c, date: schoolDate(new Date(c.createdAt), timezone)}))
    // Newest first: the first verified backup met in a month is the one that stands for it.
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))

  const newestVerified = dated.find((c) => c.verified)
  if (newestVerified) keep(newestVerified.id, 'newestVerified')
  const monthTaken = new Set<string>()
  const yearTaken = new Set<string>()
  for (const c of dated) {
    if (c.date >= recentFrom && retention.keepAllWeeks > 0) keep(c.id, 'recent')
    if (!c.verified) continue
    const month = c.date.slice(0, 7)
    if (months.has(month) && !monthTaken.has(month)) {
      monthTaken.add(month)
      keep(c.id, 'monthly')
    }
    const year = c.date.slice(0, 4)
    if (years.has(year) && !yearTaken.has(year)) {
      yearTaken.add(year)
      keep(c.id, 'yearly')
    }
  }
  const order: KeepReason[] = ['newestVerified', 'recent', 'monthly', 'yearly']
  return {
    keep: dated
      .filter((c) => reasons.has(c.id))
      .map((c) => ({id: c.id, reasons: order.filter((r) => reasons.get(c.id)!.has(r))})),
    remove: dated.filter((c) => !reasons.has(c.id)).map((c) => c.id),
  }
}
