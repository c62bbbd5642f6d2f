// The formulas of the reports, as pure functions (the numbers behind them are counted in SQL).
// Russian school practice (п. 3.3, 6.7 of the regulation; the deputy directors' forms):
//   успеваемость % = (n5 + n4 + n3) / N · 100
//   качество %     = (n5 + n4) / N · 100
//   СОУ %          = (100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·nн/а) / N   (степень обученности учащихся)
// N is the pupils assessed: a final mark 5, 4, 3, 2 or н/а; exempt pupils (осв) and pupils who
// left before the period ended are not in N, н/а is.

export type FinalValue = '5' | '4' | '3' | '2' | 'н/а'
export const FINAL_VALUES: FinalValue[] = ['5', '4', '3', '2', 'н/а']

export type MarkCounts = Record<FinalValue, number>

export const emptyCounts = (): MarkCounts => ({'5': 0, '4': 0, '3': 0, '2': 0, 'н/а': 0})

/** N: the pupils assessed (н/а included). */
export function assessed(c: MarkCounts): number {
  return c['5'] + c['4'] + c['3'] + c['2'] + c['н/а']
}

/** Rounded to `digits` decimals (half away from zero, as people round). */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits
  return (Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9)) / f
}

/** A part of a whole in per cent, one decimal; null when the whole is 0. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? round((part / whole) * 100) : null
}

/** успеваемость: (n5 + n4 + n3) / N · 100. */
export function success(c: MarkCounts): number | null {
  return percent(c['5'] + c['4'] + c['3'], assessed(c))
}

/** качество знаний: (n5 + n4) / N · 100. */
export function quality(c: MarkCounts): number | null {
  return percent(c['5'] + c['4'], assessed(c))
}

/** СОУ, степень обученности: (100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·nн/а) / N. */
export function sou(c: MarkCounts): number | null {
  const n = assessed(c)
  if (n === 0) return null
  return round((100 * c['5'] + 64 * c['4'] + 36 * c['3'] + 16 * c['2'] + 7 * c['н/а']) / n)
}

/** The mean of the marks 5…2 (н/а has no value), two decimals; null without marks. */
export function meanMark(c: MarkCounts): number | null {
  const marks = c['5'] + c['4'] + c['3'] + c['2']
  if (marks === 0) return null
  return round((5 * c['5'] + 4 * c['4'] + 3 * c['3'] + 2 * c['2']) / marks, 2)
}

export interface SubjectFigures {
  n: number
  counts: MarkCounts
  success: number | null
  quality: number | null
  sou: number | null
  mean: number | null
}

export function subjectFigures(counts: MarkCounts): SubjectFigures {
  return {
    n: assessed(counts),
    counts,
    success: success(counts),
    quality: quality(counts),
    sou: sou(counts),
    mean: meanMark(counts),
  }
}

/** A pupil's final marks of a period over the subjects assessed (exempt subjects left out). */
export interface PupilMarks {
  n5: number
  n4: number
  n3: number
  /** 2, н/а or незач. */
  failed: number
}

export type Standing = 'excellent' | 'good' | 'oneThree' | 'failing' | 'other'

/**
 * отличник: only 5s; хорошист: only 4s and 5s with at least one 4; «с одной 3»: exactly one 3 and
 * the rest 4s and 5s; неуспевающий: at least one 2, н/а or незач; otherwise 'other' (several 3s).
 * null for a pupil without any final mark.
 */
export function standing(p: PupilMarks): Standing | null {
  if (p.n5 + p.n4 + p.n3 + p.failed === 0) return null
  if (p.failed > 0) return 'failing'
  if (p.n3 === 0) return p.n4 === 0 ? 'excellent' : 'good'
  return p.n3 === 1 ? 'oneThree' : 'other'
}

/** A final mark too far from the mean of the period's current marks (final-mark-grounded, п. 6.7). */
export function deviates(finalMark: number, meanOfMarks: number, maxDeviation: number): boolean {
  return Math.abs(finalMark - meanOfMarks) > maxDeviation + 1e-9
}

/** Lessons due by the curriculum in a span: hours a week × school days of the span / days a week. */
export function lessonsDue(hoursPerWeek: number, schoolDays: number, weekDays: number): number {
  return round((hoursPerWeek * schoolDays) / weekDays, 1)
}

/** Marks per pupil (накопляемость): marks / pupils, one decimal; null without pupils. */
export function perPupil(marks: number, pupils: number): number | null {
  return pupils > 0 ? round(marks / pupils, 1) : null
}

/** «83,3» — a number as Russian documents write it; '' for null. */
export function formatNumber(value: number | null, decimal: ',' | '.' = ','): string {
  if (value === null) return ''
  return String(value).replace('.', decimal)
}

/** «4,00» — a mean mark with two decimals. */
export function formatMean(value: number | null, decimal: ',' | '.' = ','): string {
  if (value === null) return ''
  return value.toFixed(2).replace('.', decimal)
}

export interface ClassFigures {
  /** Pupils with at least one final mark of the period. */
  assessed: number
  excellent: number
  good: number
  oneThree: number
  failing: number
  /** (assessed − failing) / assessed. */
  success: number | null
  /** (excellent + good) / assessed. */
  quality: number | null
}

/** A class's успеваемость and качество from its pupils' standings. */
export function classFigures(standings: Array<Standing | null>): ClassFigures {
  const count = (s: Standing) => standings.filter((x) => x === s).length
  const assessedPupils = standings.filter((x) => x !== null).length
  const excellent = count('excellent')
  const good = count('good')
  const failing = count('failing')
  return {
    assessed: assessedPupils,
    excellent,
    good,
    oneThree: count('oneThree'),
    failing,
    success: percent(assessedPupils - failing, assessedPupils),
    quality: percent(excellent + good, assessedPupils),
  }
}
