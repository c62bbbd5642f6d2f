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
