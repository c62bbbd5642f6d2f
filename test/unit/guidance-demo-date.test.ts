// The demo's journal runs to yesterday, in the school year begun by then: the walk-through's
// `check` (as of today) then finds the teachers' habits on any day of the year.
import {describe, expect, it} from 'vitest'

import {defaultAsOf, demoFirstYear} from '../../src/demo/demo.js'
import {nextYearLabel, schoolYearLabelOn} from '../../src/year/label.js'

/** What `ejournal demo` without --as-of builds on that day: the journal's last day and the year. */
function demoOn(today: string): {asOf: string; year: number} {
  const asOf = defaultAsOf(today)
  return {asOf, year: demoFirstYear(asOf)}
}

describe('the demo journal by default', () => {
  it('runs to yesterday in the middle of the year', () => {
    expect(demoOn('2026-12-04')).toEqual({asOf: '2026-12-03', year: 2026})
    expect(demoOn('2027-01-01')).toEqual({asOf: '2026-12-31', year: 2026})
    expect(demoOn('2027-05-26')).toEqual({asOf: '2027-05-25', year: 2026})
  })

  it('is the whole year after its last day (lessons stop on 26 May, year marks follow)', () => {
    expect(demoOn('2027-06-15')).toEqual({asOf: '2027-06-14', year: 2026})
  })

  it('is the whole previous year before the next one begins', () => {
    expect(demoOn('2027-08-20')).toEqual({asOf: '2027-08-19', year: 2026})
    expect(demoOn('2027-09-01')).toEqual({asOf: '2027-08-31', year: 2026})
  })

  it('is the new year from its first day on', () => {
    expect(demoOn('2027-09-02')).toEqual({asOf: '2027-09-01', year: 2027})
    // 1 September 2029 is a Saturday: the year begins on Monday the 3rd.
    expect(demoOn('2029-09-03')).toEqual({asOf: '2029-09-02', year: 2028})
    expect(demoOn('2029-09-04')).toEqual({asOf: '2029-09-03', year: 2029})
  })
})

describe('the years the messages suggest', () => {
  it('opens the school year of today: from August on, the one that starts that autumn', () => {
    expect(schoolYearLabelOn('2026-12-04')).toBe('2026/2027')
    expect(schoolYearLabelOn('2027-07-31')).toBe('2026/2027')
    expect(schoolYearLabelOn('2027-08-01')).toBe('2027/2028')
  })

  it('goes on to the year after a closed one', () => {
    expect(nextYearLabel('2026/2027')).toBe('2027/2028')
  })
})
