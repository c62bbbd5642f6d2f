// School year labels: '2026/2027' (also typed as 2026-2027 or 2026-27).
export interface YearLabel {
  label: string
  firstYear: number
}

export function parseYearLabel(text: string): YearLabel | null {
  const m = /^\s*(\d{4})\s*[/\-–]\s*(\d{2}|\d{4})\s*$/.exec(text)
  if (!m) return null
  const first = Number(m[1])
  const second = m[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2])
  if (second !== first + 1 || first < 2000 || first > 2099) return null
  return {label: `${first}/${second}`, firstYear: first}
}

/** The school year a day belongs to, for suggestions: from August on, the one that starts that autumn. */
export function schoolYearLabelOn(date: string): string {
  const year = Number(date.slice(0, 4))
  const first = Number(date.slice(5, 7)) >= 8 ? year : year - 1
  return `${first}/${first + 1}`
}

/** The school year after the given one: 2026/2027 → 2027/2028. */
export function nextYearLabel(label: string): string {
  const first = Number(label.slice(0, 4)) + 1
  return `${first}/${first + 1}`
}
