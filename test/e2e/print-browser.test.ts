// Every HTML page (the check and each report) in a real browser, Debian's headless Chromium
// driven by playwright-core (no browser downloaded): it fits a 1280-px window without a horizontal
// scroll bar, and an A4 sheet in print; the legends' entries do not overlap; the key figures show.
import {existsSync, mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {spawnSync} from 'node:child_process'
import {type BrowserContext, chromium, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {spawn, tempDir} from '../helpers/cli.js'

const CHROMIUM = '/usr/bin/chromium'
const ENV = {EJOURNAL_NOW: '2026-11-15T12:00:00Z', LANG: 'C.UTF-8'}
const dir = tempDir('ejournal-print-browser-')
const ws = join(dir, 'demo')
const env = {...ENV, EJOURNAL_HOME: ws}
// A4 less the page's 1.5 cm margins, in CSS pixels (96 per inch).
const PRINTABLE = {
  portrait: Math.floor(((210 - 30) / 25.4) * 96),
  landscape: Math.floor(((297 - 30) / 25.4) * 96),
}

function cli(args: string[]): string {
  const r = spawn(args, env)
  expect(r.code, r.stderr).toBe(0)
  return r.stdout
}

interface Report {
  name: string
  args: string[]
  landscape: boolean
  /** Texts the page must show, from the same report's --json. */
  figures: () => string[]
  /** The series of its chart, when it has one. */
  legend: string[]
}

const json = (args: string[]) => JSON.parse(cli([...args, '--json'])) as Record<string, unknown>

const REPORTS: Report[] = [
  {
    name: 'check',
    args: ['check', '--fail-on', 'never'],
    landscape: false,
    figures: () => {
      const s = (json(['check', '--fail-on', 'never']).summary as {bySeverity: Record<string, number>})
        .bySeverity
      return [`Ошибок: ${s.error}, предупреждений: ${s.warning}, замечаний: ${s.info}`]
    },
    legend: ['ошибки', 'предупреждения', 'замечания'],
  },
  {
    name: 'control',
    args: ['report', 'control', '--month', '2026-10'],
    landscape: true,
    figures: () => {
      const s = json(['report', 'control', '--month', '2026-10']).summary as Record<string, number>
      return [
        `Проведено уроков: ${s.lessonsHeld} из ${s.lessonsDue}`,
        `замен: ${s.substitutions}`,
        'Не записано',
      ]
    },
    legend: ['Темы вовремя, %', 'Посещаемость вовремя, %', 'Недели с ДЗ, %'],
  },
  {
    name: 'period',
    args: ['report', 'period', '--period', '1 четверть'],
    landscape: true,
    figures: () => {
      const classes = json(['report', 'period', '--period', '1 четверть']).classes as Array<{
        class: string
        classTeacher: string
      }>
      return ['С одной «3»', ...classes.map((c) => `${c.class} — классный руководитель ${c.classTeacher}`)]
    },
    legend: ['Успеваемость, %', 'Качество, %'],
  },
  {
    name: 'pupil',
    args: ['report', 'pupil', 'Андреева Арина Артёмовна'],
    landscape: false,
    figures: () => {
      const r = json(['report', 'pupil', 'Андреева Арина Артёмовна']) as {class: string}
      return ['Андреева Арина Артёмовна', r.class]
    },
    legend: [],
  },
  {
    name: 'teachers',
    args: ['report', 'teachers'],
    landscape: true,
    figures: () => (json(['report', 'teachers']).teachers as Array<{teacher: string}>).map((t) => t.teacher),
    legend: ['Ошибок', 'Предупреждений', 'Замечаний'],
  },
]

const browserMissing = !existsSync(CHROMIUM)
if (browserMissing)
  console.warn(
    `print-browser: ${CHROMIUM} is missing, the browser test is skipped (apt-get install chromium).`,
  )

describe.skipIf(browserMissing)('HTML pages in headless Chromium', () => {
  let context: BrowserContext
  const files = new Map<string, string>()

  beforeAll(async () => {
    const demo = spawn(['demo', '--dir', ws, '--pupils', '60', '--as-of', '2026-11-15'], ENV)
    expect(demo.code, demo.stderr).toBe(0)
    mkdirSync(join(dir, 'html'))
    for (const r of REPORTS) {
      const file = join(dir, 'html', `${r.name}.html`)
      cli([...r.args, '--format', 'html', '--output', file])
      files.set(r.name, file)
    }
    const profile = join(dir, 'profile')
    mkdirSync(profile)
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: {width: 1280, height: 900},
    })
  }, 120_000)

  afterAll(async () => {
    await context?.close()
  })

  const pages = new Map<string, Page>()
  /** One tab per report, opened once (the print test comes last: it switches the tab to print). */
  async function open(name: string): Promise<Page> {
    let page = pages.get(name)
    if (!page) {
      page = await context.newPage()
      await page.goto(`file://${files.get(name)!}`)
      pages.set(name, page)
    }
    return page
  }

  describe.each(REPORTS)('$name', (report) => {
    it('fits a 1280-px window: no horizontal scroll, every header cell inside', async () => {
      const page = await open(report.name)
      const {scrollWidth, rightmost} = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        rightmost: Math.max(
          0,
          ...[...document.querySelectorAll('th, td, svg')].map((e) => e.getBoundingClientRect().right),
        ),
      }))
      expect(scrollWidth).toBeLessThanOrEqual(1280)
      expect(rightmost).toBeLessThanOrEqual(1280)
    })

    it('shows its key figures', async () => {
      const page = await open(report.name)
      const text = (await page.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ')
      for (const figure of report.figures()) expect(text).toContain(figure)
    })

    it.skipIf(report.legend.length === 0)('has legends whose entries do not overlap', async () => {
      const page = await open(report.name)
      const legends = await page.evaluate(() =>
        [...document.querySelectorAll('.legend')].map((l) =>
          [...l.querySelectorAll('li')].map((li) => {
            const r = li.getBoundingClientRect()
            return {text: li.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom}
          }),
        ),
      )
      expect(legends.length).toBeGreaterThan(0)
      for (const items of legends) {
        expect(items.map((i) => i.text)).toEqual(report.legend)
        for (const [i, a] of items.entries())
          for (const b of items.slice(i + 1)) {
            const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top
            expect(apart, `«${a.text}» overlaps «${b.text}»`).toBe(true)
          }
      }
    })

    it('prints on A4: its page size, and nothing wider than the sheet', async () => {
      const page = await open(report.name)
      const width = report.landscape ? PRINTABLE.landscape : PRINTABLE.portrait
      await page.setViewportSize({width, height: 900})
      await page.emulateMedia({media: 'print'})
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
      const pdf = join(dir, `${report.name}.pdf`)
      writeFileSync(pdf, await page.pdf({preferCSSPageSize: true}))
      const info = spawnSync('pdfinfo', [pdf], {encoding: 'utf8'}).stdout
      const [w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.slice(1).map(Number) as [number, number]
      expect([Math.round(w), Math.round(h)]).toEqual(report.landscape ? [842, 595] : [595, 842])
    })
  })
})
