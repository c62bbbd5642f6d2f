// Printable HTML documents (the check, the reports): one self-contained page — no scripts, no
// external files — with the school, the date and a title, tables, and bar charts as inline SVG.
// Everything that comes from data is escaped here.

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!)

/** The stylesheet of every printed page: A4 margins, DejaVu/Arial, ruled tables. */
export const PAGE_STYLE = `body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:11pt;margin:1.5cm;color:#111}
h1{font-size:16pt;margin:0 0 .3em}h2{font-size:13pt;margin:1.2em 0 .4em}h3{font-size:12pt;margin:1em 0 .3em}
small{color:#555;font-weight:normal}table{border-collapse:collapse;width:100%;margin-bottom:.8em}
th,td{border:1px solid #bbb;padding:3px 5px;text-align:left;vertical-align:top}th{background:#eee}
td.n{text-align:right}.summary{font-size:12pt}section{page-break-inside:auto}tr{page-break-inside:avoid}
@media print{body{margin:0}h2,h3{page-break-after:avoid}}`

export interface HtmlPage {
  /** The document's title (h1 and <title>). */
  title: string
  /** Lines under the title: the school, the date, the year. */
  lines: string[]
  /** The body, already HTML. */
  body: string
  /** More CSS for this document. */
  style?: string
}

/** One printable page (Russian: documents are Russian). */
export function htmlPage(page: HtmlPage): string {
  const e = escapeHtml
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>${e(page.title)}</title>
<style>
${PAGE_STYLE}${page.style ? `\n${page.style}` : ''}
</style>
</head>
<body>
<h1>${e(page.title)}</h1>
<p>${page.lines.map(e).join('<br>')}</p>
${page.body}
</body>
</html>
`
}

export interface HtmlTable {
  headers: string[]
  rows: Array<Array<string | number | null>>
  /** Columns aligned right (numbers). */
  numeric?: boolean[]
}

export function htmlTable(table: HtmlTable): string {
  const e = escapeHtml
  const cell = (v: string | number | null, i: number) =>
    `<td${table.numeric?.[i] ? ' class="n"' : ''}>${v === null ? '' : e(String(v))}</td>`
  return `<table><thead><tr>${table.headers.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>
${table.rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n')}
</tbody></table>`
}

export interface BarSeries {
  name: string
  colour: string
}

export interface BarChart {
  /** What the chart shows, for screen readers. */
  title: string
  series: BarSeries[]
  /** One row per bar (group): a label and one value per series (null: does not apply, no bar). */
  rows: Array<{label: string; values: Array<number | null>; title?: string}>
  /** 'grouped': a thin bar per series; 'stacked': the series one after another in one bar. */
  mode: 'grouped' | 'stacked'
  /** The value of a full bar (100 for per cents); default the largest value. */
  max?: number
  /** Appended to the numbers shown: ' %'. */
  unit?: string
  /** Rows shown at most. */
  limit?: number
}

const fixed = (n: number) => n.toFixed(1)

/** A horizontal bar chart as inline SVG: prints, needs no script. */
export function barChart(chart: BarChart): string {
  const e = escapeHtml
  const shown = chart.rows.slice(0, chart.limit ?? 40)
  const total = (values: Array<number | null>) => values.reduce<number>((a, b) => a + (b ?? 0), 0)
  const max =
    chart.max ??
    Math.max(
      1,
      ...shown.map((r) =>
        chart.mode === 'stacked' ? total(r.values) : Math.max(0, ...r.values.map((v) => v ?? 0)),
      ),
    )
  const label = 300
  const bars = 420
  const bar = chart.mode === 'stacked' ? 14 : 10
  const row = chart.mode === 'stacked' ? 20 : chart.series.length * bar + 8
  const height = shown.length * row + 24
  const unit = chart.unit ?? ''
  const number = (v: number) => `${Number.isInteger(v) ? v : v.toFixed(1).replace('.', ',')}${unit}`
  const parts = shown.map((r, i) => {
    const y = i * row
    const text = `<text x="${label - 6}" y="${y + row / 2 + 4}" text-anchor="end">${e(r.label.slice(0, 44))}</text>`
    if (chart.mode === 'stacked') {
      let x = label
      const rects = r.values.map((v, s) => {
        if (v === null || v <= 0) return ''
        const w = Math.max(1, (v / max) * bars)
        const rect = `<rect x="${fixed(x)}" y="${y + 3}" width="${fixed(w)}" height="${bar}" fill="${chart.series[s]!.colour}"><title>${e(`${r.title ?? r.label}: ${chart.series[s]!.name} ${number(v)}`)}</title></rect>`
        x += w
        return rect
      })
      return `${text}${rects.join('')}<text x="${fixed(x + 4)}" y="${y + row - 6}">${number(total(r.values))}</text>`
    }
    const rects = r.values.map((v, s) => {
      const top = y + 4 + s * bar
      if (v === null) return `<text x="${label + 4}" y="${top + bar - 3}" font-size="9">—</text>`
      const w = Math.max(v > 0 ? 1 : 0, (Math.max(0, v) / max) * bars)
      return (
        `<rect x="${label}" y="${top}" width="${fixed(w)}" height="${bar - 2}" fill="${chart.series[s]!.colour}"><title>${e(`${r.title ?? r.label}: ${chart.series[s]!.name} ${number(v)}`)}</title></rect>` +
        `<text x="${fixed(label + w + 4)}" y="${top + bar - 3}" font-size="9">${number(v)}</text>`
      )
    })
    return text + rects.join('')
  })
  const legend = chart.series
    .map(
      (s, i) =>
        `<rect x="${label + i * 160}" y="${shown.length * row + 8}" width="12" height="12" fill="${s.colour}"/>` +
        `<text x="${label + i * 160 + 16}" y="${shown.length * row + 19}">${e(s.name)}</text>`,
    )
    .join('')
  const width = label + bars + 60
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `role="img" aria-label="${e(chart.title)}" font-family="sans-serif" font-size="12">${parts.join('')}${legend}</svg>`
  )
}
