// A report document rendered for the terminal, Excel and the printer (no files).
import {describe, expect, it} from 'vitest'

import {barChart} from '../../src/cli/html.js'
import {renderDocCsv, renderDocHtml, renderDocText, type ReportDoc} from '../../src/reports/document.js'

const doc: ReportDoc = {
  title: 'Анализ <1 четверть>',
  lines: ['Школа № 1 «Лицей» & Co', 'на 20.11.2026'],
  blocks: [
    {kind: 'heading', text: 'Классы', level: 2},
    {kind: 'text', text: 'Отличники (1): Иванова Мария'},
    {
      kind: 'chart',
      title: 'Успеваемость',
      mode: 'grouped',
      max: 100,
      unit: ' %',
      series: [{name: 'Успеваемость', colour: '#2e7d32'}],
      rows: [{label: '5А', values: [83.3]}],
    },
    {
      kind: 'table',
      title: 'Предметы',
      headers: ['Предмет', 'N'],
      rows: [['=Математика', 5]],
      numeric: [false, true],
      only: 'print',
    },
    {
      kind: 'table',
      title: 'Все классы',
      headers: ['Класс', 'Предмет'],
      rows: [['5А', '-Математика']],
      only: 'csv',
    },
    {kind: 'table', title: 'Пропуски', headers: ['Ученик', 'Всего'], rows: [['Иванова Мария', null]]},
  ],
}

describe('report documents', () => {
  it('makes one CSV with a BOM, a title row per table, formulas escaped, and no print-only tables', async () => {
    const csv = await renderDocCsv(doc)
    expect(csv).toBe(
      "\ufeffВсе классы\r\nКласс;Предмет\r\n5А;'-Математика\r\n\r\nПропуски\r\nУченик;Всего\r\nИванова Мария;\r\n",
    )
  })

  it('shows the terminal the headings, paragraphs and print tables, not the CSV-only ones', async () => {
    const text = await renderDocText(doc)
    expect(text).toContain(
      'Анализ <1 четверть>\nШкола № 1 «Лицей» & Co\nна 20.11.2026\n\nКлассы\nОтличники (1): Иванова Мария\nПредметы',
    )
    expect(text).toContain('=Математика')
    expect(text).not.toContain('Все классы')
  })

  it('prints one escaped HTML page with the chart as inline SVG', () => {
    const html = renderDocHtml(doc)
    expect(html).toContain('<title>Анализ &lt;1 четверть&gt;</title>')
    expect(html).toContain('<p>Школа № 1 «Лицей» &amp; Co<br>на 20.11.2026</p>')
    expect(html).toContain('<td>=Математика</td><td class="n">5</td>')
    expect(html).not.toContain('Все классы')
    expect(html).toMatch(/<svg [^>]*role="img" aria-label="Успеваемость"/)
    expect(html).toContain('83,3 %')
    expect(html).not.toContain('<script')
  })

  it('draws no bar for a figure that does not apply', () => {
    const svg = barChart({
      title: 't',
      mode: 'grouped',
      max: 100,
      series: [
        {name: 'a', colour: '#000'},
        {name: 'b', colour: '#111'},
      ],
      rows: [{label: 'Фролов', values: [50, null]}],
    })
    expect(svg.match(/<rect [^>]*fill="#111"/g)?.length ?? 0).toBe(1) // the legend's only
    expect(svg).toContain('>—</text>')
  })
})
