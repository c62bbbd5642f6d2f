// The reports' formulas against hand-computed examples (no I/O).
import {describe, expect, it} from 'vitest'

import {
  assessed,
  classFigures,
  deviates,
  emptyCounts,
  formatMean,
  formatNumber,
  lessonsDue,
  type MarkCounts,
  meanMark,
  percent,
  perPupil,
  quality,
  round,
  sou,
  standing,
  subjectFigures,
  success,
} from '../../src/reports/metrics.js'

const counts = (n5: number, n4: number, n3: number, n2: number, na: number): MarkCounts => ({
  '5': n5,
  '4': n4,
  '3': n3,
  '2': n2,
  'н/а': na,
})

describe('успеваемость, качество, СОУ, mean', () => {
  it('computes a class of 6: two 5, two 4, one 3, one н/а', () => {
    const c = counts(2, 2, 1, 0, 1)
    expect(assessed(c)).toBe(6)
    // (2 + 2 + 1) / 6 = 83.33…
    expect(success(c)).toBe(83.3)
    // (2 + 2) / 6 = 66.66…
    expect(quality(c)).toBe(66.7)
    // (200 + 128 + 36 + 0 + 7) / 6 = 371 / 6 = 61.83…
    expect(sou(c)).toBe(61.8)
    // (10 + 8 + 3) / 5 — н/а has no value
    expect(meanMark(c)).toBe(4.2)
  })

  it('computes a class of 4: one of each of 5, 4, 3, 2', () => {
    const c = counts(1, 1, 1, 1, 0)
    expect(success(c)).toBe(75)
    expect(quality(c)).toBe(50)
    // (100 + 64 + 36 + 16) / 4 = 54
    expect(sou(c)).toBe(54)
    expect(meanMark(c)).toBe(3.5)
    expect(subjectFigures(c)).toEqual({n: 4, counts: c, success: 75, quality: 50, sou: 54, mean: 3.5})
  })

  it('gives all 5s a СОУ of 100 and all н/а a СОУ of 7', () => {
    expect(sou(counts(3, 0, 0, 0, 0))).toBe(100)
    expect(sou(counts(0, 0, 0, 0, 2))).toBe(7)
    expect(meanMark(counts(0, 0, 0, 0, 2))).toBeNull()
  })

  it('has no figures for nobody assessed', () => {
    const c = emptyCounts()
    expect([success(c), quality(c), sou(c), meanMark(c)]).toEqual([null, null, null, null])
    expect(percent(1, 0)).toBeNull()
  })

  it('rounds halves away from zero, as people do', () => {
    expect(round((2 / 3) * 100)).toBe(66.7)
    expect(round(0.125, 2)).toBe(0.13)
    expect(round(1.005, 2)).toBe(1.01)
    expect(round(-2.25)).toBe(-2.3)
    expect(percent(1, 8)).toBe(12.5)
  })
})

describe('standing of a pupil', () => {
  it('sorts pupils into отличники, хорошисты, с одной 3, неуспевающие', () => {
    expect(standing({n5: 4, n4: 0, n3: 0, failed: 0})).toBe('excellent')
    expect(standing({n5: 3, n4: 1, n3: 0, failed: 0})).toBe('good')
    expect(standing({n5: 0, n4: 4, n3: 0, failed: 0})).toBe('good')
    expect(standing({n5: 2, n4: 1, n3: 1, failed: 0})).toBe('oneThree')
    expect(standing({n5: 2, n4: 0, n3: 2, failed: 0})).toBe('other')
    expect(standing({n5: 3, n4: 0, n3: 0, failed: 1})).toBe('failing')
    expect(standing({n5: 0, n4: 0, n3: 0, failed: 0})).toBeNull()
  })

  it('gives a class its success and quality from the standings', () => {
    const f = classFigures(['excellent', 'good', 'good', 'oneThree', 'failing', null])
    expect(f).toEqual({
      assessed: 5,
      excellent: 1,
      good: 2,
      oneThree: 1,
      failing: 1,
      success: 80,
      quality: 60,
    })
  })
})

describe('control figures', () => {
  it('counts lessons due by the curriculum over the school days of a span', () => {
    // 5 hours a week, 21 school days of a 5-day week: 21 lessons.
    expect(lessonsDue(5, 21, 5)).toBe(21)
    // 3 hours a week, 17 days: 10.2.
    expect(lessonsDue(3, 17, 5)).toBe(10.2)
    expect(lessonsDue(2, 25, 6)).toBe(8.3)
  })

  it('counts marks per pupil and tells a final mark far from the mean', () => {
    expect(perPupil(31, 6)).toBe(5.2)
    expect(perPupil(3, 0)).toBeNull()
    expect(deviates(5, 4.4, 0.5)).toBe(true)
    expect(deviates(4, 3.5, 0.5)).toBe(false)
    expect(deviates(3, 3.5, 0.5)).toBe(false)
    expect(deviates(3, 3.6, 0.5)).toBe(true)
  })

  it('writes numbers as Russian documents do', () => {
    expect(formatNumber(83.3)).toBe('83,3')
    expect(formatNumber(83.3, '.')).toBe('83.3')
    expect(formatNumber(null)).toBe('')
    expect(formatMean(4)).toBe('4,00')
    expect(formatMean(3.666)).toBe('3,67')
  })
})
