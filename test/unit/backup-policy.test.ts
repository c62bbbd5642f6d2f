// Retention and the due date: pure decisions over manifests and dates, no files.
import {describe, expect, it} from 'vitest'

import {backupPolicy, DEFAULT_POLICY} from '../../src/backup/policy.js'
import {type Candidate, planRetention} from '../../src/backup/retention.js'
import {backupSchedule} from '../../src/backup/schedule.js'

const ZONE = 'Asia/Vladivostok'
const NOW = new Date('2027-03-15T02:00:00Z') // 15.03.2027, 12:00 in Vladivostok

/** A backup made at 02:00 UTC (12:00 at the school) on the given date. */
const made = (date: string, verified = true, id = `b-${date}`): Candidate => ({
  id,
  createdAt: `${date}T02:00:00.000Z`,
  verified,
})

describe('retention', () => {
  it('keeps everything of the last 8 weeks', () => {
    const recent = ['2027-03-15', '2027-03-01', '2027-02-15', '2027-01-19'].map((d) => made(d))
    const plan = planRetention(recent, NOW, ZONE, DEFAULT_POLICY.retention)
    expect(plan.remove).toEqual([])
    expect(plan.keep.find((k) => k.id === 'b-2027-01-19')!.reasons).toContain('recent')
  })

  it('keeps the newest of each month for 12 months and of each year for 5 years', () => {
    const backups = [
      '2027-01-05', // 69 days before: no longer among the 8 weeks kept whole
      '2026-12-28',
      '2026-12-14',
      '2026-11-30',
      '2026-04-10', // month 04.2026 is the 12th month back: kept
      '2026-03-20', // 13 months back: only the year 2026 could keep it, and 2026 has newer
      '2025-06-01',
      '2025-05-01',
      '2022-12-31', // the 5th year back: 2027…2023 are five years, 2022 is not
    ].map((d) => made(d))
    const plan = planRetention(backups, NOW, ZONE, DEFAULT_POLICY.retention)
    const reasons = Object.fromEntries(plan.keep.map((k) => [k.id, k.reasons]))
    expect(reasons).toEqual({
      'b-2027-01-05': ['newestVerified', 'monthly', 'yearly'],
      'b-2026-12-28': ['monthly', 'yearly'],
      'b-2026-11-30': ['monthly'],
      'b-2026-04-10': ['monthly'],
      'b-2025-06-01': ['yearly'],
    })
    expect(plan.remove).toEqual(['b-2026-12-14', 'b-2026-03-20', 'b-2025-05-01', 'b-2022-12-31'])
  })

  it('never gives up the newest verified backup, and lets only verified ones stand for a month', () => {
    const old = [made('2025-01-10'), made('2025-01-20', false)]
    const plan = planRetention(old, NOW, ZONE, {keepAllWeeks: 0, keepMonthly: 0, keepYearly: 0})
    expect(plan.keep).toEqual([{id: 'b-2025-01-10', reasons: ['newestVerified']}])
    expect(plan.remove).toEqual(['b-2025-01-20'])
    const monthly = planRetention(old, NOW, ZONE, {keepAllWeeks: 0, keepMonthly: 0, keepYearly: 5})
    expect(monthly.keep.map((k) => k.id)).toEqual(['b-2025-01-10'])
  })

  it('counts months in the school time zone', () => {
    // 31.01.2027 20:00 UTC is already 1 February in Vladivostok.
    const lateJanuaryUtc: Candidate = {id: 'feb', createdAt: '2027-01-31T20:00:00.000Z', verified: true}
    const january = made('2027-01-15', true, 'jan')
    const plan = planRetention([lateJanuaryUtc, january], NOW, ZONE, {
      keepAllWeeks: 0,
      keepMonthly: 3,
      keepYearly: 0,
    })
    expect(plan.remove).toEqual([])
  })
})

describe('the due date', () => {
  it('is the last backup date plus the interval, in school dates', () => {
    // Made at 23:30 UTC on 1 September = 2 September, 09:30 at the school.
    const last = new Date('2026-09-01T23:30:00Z')
    const at = (iso: string) => backupSchedule(last, new Date(iso), ZONE, 14)
    expect(at('2026-09-15T13:00:00Z')).toMatchObject({
      lastDate: '2026-09-02',
      nextDue: '2026-09-16',
      ageDays: 13,
      due: false,
      overdue: false,
    })
    // 16 September at the school from 14:00 UTC on the 15th: due (the cron line runs), not overdue.
    expect(at('2026-09-15T14:00:00Z')).toMatchObject({ageDays: 14, due: true, overdue: false})
    expect(at('2026-09-16T14:00:00Z')).toMatchObject({ageDays: 15, due: true, overdue: true})
  })

  it('is overdue when there has never been a backup', () => {
    expect(backupSchedule(null, NOW, ZONE, 14)).toEqual({
      lastDate: null,
      ageDays: null,
      nextDue: null,
      due: true,
      overdue: true,
    })
  })
})

describe('the policy in ejournal.json', () => {
  const ws = (settings: Record<string, unknown>) => ({
    dir: '/srv/school',
    settings: {
      schoolName: 'Школа',
      timezone: ZONE,
      weekDays: 5 as const,
      policy: {},
      backup: {keyFile: 'keys/backup.key'},
      ...settings,
    },
  })

  it('takes the defaults and the overrides', () => {
    expect(backupPolicy(ws({}))).toEqual(DEFAULT_POLICY)
    const custom = backupPolicy(
      ws({policy: {backupIntervalDays: 7}, backup: {keyFile: 'k', retention: {keepMonthly: 24}}}),
    )
    expect(custom).toEqual({intervalDays: 7, retention: {keepAllWeeks: 8, keepMonthly: 24, keepYearly: 5}})
  })

  it('refuses a value that is not a whole number of days', () => {
    expect(() => backupPolicy(ws({policy: {backupIntervalDays: '14'}}))).toThrow(
      expect.objectContaining({
        key: 'backup.badSetting',
        params: expect.objectContaining({key: 'policy.backupIntervalDays', value: '14'}),
      }),
    )
    expect(() => backupPolicy(ws({policy: {backupIntervalDays: 0}}))).toThrow(/backup.badSetting/)
  })
})
