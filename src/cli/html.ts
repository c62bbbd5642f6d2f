// Printable HTML documents (the check, the reports): one self-contained page — no scripts, no
// external files — with the school, the date and a title, tables, and bar charts as inline SVG.
// Everything that comes from data is escaped here.

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!)

/**
 * The stylesheet of every printed page: DejaVu/Arial, ruled tables in a smaller type so that wide
 * ones fit a 1280-px window and an A4 sheet without cutting a word, charts that never break across
 * a sheet, A4 margins in print.
 */
export const PAGE_STYLE = `body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:11pt;margin:1.5cm;color:#111}
h1{font-size:16pt;margin:0 0 .3em}h2{font-size:13pt;margin:1.2em 0 .4em}h3{font-size:12pt;margin:1em 0 .3em}
small{color:#555;font-weight:normal}table{border-collapse:collapse;width:100%;margin-bottom:.8em;font-size:9pt}
th,td{border:1px solid #bbb;padding:2px 4px;text-align:left;vertical-align:top}th{background:#eee}
td.n{text-align:right}.summary{font-size:12pt}section{page-break-inside:auto}tr{page-break-inside:avoid}
figure.chart{margin:.5em 0;break-inside:avoid}figure.chart svg{display:block;max-width:100%;height:auto}
.legend{display:flex;flex-wrap:wrap;gap:.3em 1.5em;margin:.3em 0 0;padding:0;list-style:none;font-size:9pt}
.legend li{display:flex;align-items:center;gap:.4em}
@page{size:A4;margin:1.5cm}
@media print{body{margin:0}table{font-size:8pt}h2,h3{page-break-after:avoid}}`

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

/** Bars in one printed chart at most: what an A4 sheet, landscape, holds with the legend. */
const CHART_HEIGHT = 560

/**
 * A horizontal bar chart as inline SVG with its legend under it in HTML: prints, needs no script.
 * A chart taller than a sheet is cut into several charts, each with its legend, on the same scale.
 */
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
  const unit = chart.unit ?? ''
  const number = (v: number) => `${Number.isInteger(v) ? v : v.toFixed(1).replace('.', ',')}${unit}`
  const drawRow = (r: BarChart['rows'][number], i: number) => {
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
  }
  const legend = `<ul class="legend">${chart.series
    .map(
      (s) =>
        `<li><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill="${s.colour}"/></svg>${e(s.name)}</li>`,
    )
    .join('')}</ul>`
  const width = label + bars + 60
  const perChart = Math.max(1, Math.floor(CHART_HEIGHT / row))
  const parts: string[] = []
  for (let start = 0; start < shown.length; start += perChart) {
    const part = shown.slice(start, start + perChart)
    const height = part.length * row + 4
    parts.push(
      `<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
        `role="img" aria-label="${e(chart.title)}" font-family="sans-serif" font-size="12">${part.map(drawRow).join('')}</svg>${legend}</figure>`,
    )
  }
  return parts.join('\n')
}
