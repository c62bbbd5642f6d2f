// The reports' PDFs read back page by page with pdftotext: a table header never breaks inside a
// word when its column has room, and a bar chart never runs over a page break without its legend.
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

import {spawn, tempDir} from '../helpers/cli.js'

const ENV = {EJOURNAL_NOW: '2026-11-15T12:00:00Z', LANG: 'C.UTF-8'}
const dir = tempDir('ejournal-print-pdf-')
const ws = join(dir, 'demo')
const env = {...ENV, EJOURNAL_HOME: ws}

function pdf(name: string, args: string[]): string {
  const file = join(dir, `${name}.pdf`)
  const r = spawn([...args, '--format', 'pdf', '--output', file], env)
  expect(r.code, r.stderr).toBe(0)
  return file
}

function pageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [file], {encoding: 'utf8'}).stdout)![1])
}

/** The text of each page, laid out as printed. */
function pages(file: string): string[] {
  return Array.from({length: pageCount(file)}, (_, i) => {
    const n = String(i + 1)
    return spawnSync('pdftotext', ['-layout', '-f', n, '-l', n, file, '-'], {encoding: 'utf8'}).stdout
  })
}

beforeAll(() => {
  const demo = spawn(['demo', '--dir', ws, '--pupils', '60', '--as-of', '2026-11-15'], ENV)
  expect(demo.code, demo.stderr).toBe(0)
}, 120_000)

describe('report period --format pdf', () => {
  it('prints the header «С одной «3»» whole, on one line', () => {
    const [first] = pages(pdf('period', ['report', 'period', '--period', '1 четверть']))
    const header = first!.split('\n').find((l) => l.startsWith('Класс '))!
    expect(header).toMatch(/Хорошисты\s+С одной «3»\s+Неуспевающие/)
    expect(first).not.toMatch(/С одн\s*$/m)
  })
})

describe('report control --format pdf', () => {
  const legend = /Темы вовремя, %\s+Посещаемость вовремя, %\s+Недели с ДЗ, %/
  // A bar's value: «63,3 %», «100 %» at the end of a line (the table's cells have no «%»).
  const bar = /\d %\s*$/m

  it('puts each part of the chart on one page with its legend, the parts after the first marked', () => {
    const text = pages(pdf('control', ['report', 'control', '--month', '2026-10']))
    const charted = text.map((t, i) => ({t, page: i + 1})).filter((p) => bar.test(p.t))
    expect(charted.length).toBeGreaterThan(1) // the demo's 27 teachers need two parts
    for (const p of charted) expect(p.t, `page ${p.page}`).toMatch(legend)
    expect(charted[0]!.t).toMatch(/^Своевременность записей по учителям, %$/m)
    for (const p of charted.slice(1))
      expect(p.t).toMatch(/^Своевременность записей по учителям, % \(продолжение\)$/m)
    // Every teacher has bars: the parts together are the whole chart.
    const teachers = spawn(['report', 'control', '--month', '2026-10', '--json'], env)
    const names = (JSON.parse(teachers.stdout) as {teachers: Array<{teacher: string}>}).teachers.map(
      (t) => t.teacher,
    )
    const chartText = charted.map((p) => p.t).join('\n')
    for (const name of names) expect(chartText).toContain(name)
  })
})
