// The demo built on 4 December 2026 without --as-of, walked through as the README does; then the
// same school after «year close»: every message that finds no open year names what helps.
import Database from 'better-sqlite3'
import {cpSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

import {LESSONS_HEADER} from '../../src/demo/journal.js'
import {run, tempDir} from '../helpers/cli.js'

// Friday 4 December 2026, noon at the demo school (Vladivostok).
const ON_DEC_4 = {LANG: 'en_US.UTF-8', LC_ALL: undefined, EJOURNAL_NOW: '2026-12-04T12:00:00+10:00'}

let demo: string

beforeAll(async () => {
  demo = join(tempDir('ejournal-guidance-'), 'demo')
  const r = await run(['demo', '--dir', demo, '--pupils', '60'], ON_DEC_4)
  expect(r.code, r.stderr).toBe(0)
}, 120_000)

describe('the demo without --as-of', () => {
  it('keeps the journal to yesterday at the school: lessons up to 3 December, none after', () => {
    const db = new Database(join(demo, 'ejournal.sqlite'), {readonly: true})
    try {
      const last = db.prepare('SELECT max(date) AS d FROM lesson').get() as {d: string}
      expect(last.d).toBe('2026-12-03')
      const after = db.prepare("SELECT count(*) AS n FROM lesson WHERE date > '2026-12-03'").get() as {
        n: number
      }
      expect(after.n).toBe(0)
    } finally {
      db.close()
    }
  })

  it('gives check only the lessons that went unrecorded, and letters with this fortnight’s marks', async () => {
    const check = await run(['check', '--json', '--fail-on', 'never', '-w', demo], ON_DEC_4)
    expect(check.code, check.stderr).toBe(0)
    const findings = JSON.parse(check.stdout).findings as Array<{rule: string; date: string | null}>
    const held = findings.filter((f) => f.rule === 'lessons-held')
    const db = new Database(join(demo, 'ejournal.sqlite'), {readonly: true})
    const lessons = (db.prepare('SELECT count(*) AS n FROM lesson').get() as {n: number}).n
    db.close()
    // A few in a thousand, and none of the last three days (not due yet).
    expect(held.length).toBeGreaterThan(0)
    expect(held.length).toBeLessThan(lessons / 100)
    expect(held.every((f) => f.date! <= '2026-12-01')).toBe(true)

    const letters = await run(['letters', '--class', '5А', '--dry-run', '--json', '-w', demo], ON_DEC_4)
    expect(letters.code, letters.stderr).toBe(0)
    const marks = (
      JSON.parse(letters.stdout).pupils as Array<{subjects: Array<{marks: Array<{date: string}>}>}>
    ).flatMap((p) => p.subjects.flatMap((s) => s.marks))
    expect(marks.length).toBeGreaterThan(0)
    expect(marks.some((m) => m.date === '2026-12-03')).toBe(true)
  })
})

describe('after year close', () => {
  let closed: string

  beforeAll(async () => {
    closed = join(tempDir('ejournal-guidance-'), 'closed')
    cpSync(demo, closed, {recursive: true})
  })

  it('year close --force before the last day warns with the school days left', async () => {
    const r = await run(['year', 'close', '2026/2027', '--force', '-w', closed], ON_DEC_4)
    expect(r.code, r.stderr).toBe(0)
    // After Friday 4 December to Wednesday 26 May: weekdays less the winter and spring vacations
    // and the public holidays.
    expect(r.stdout).toContain(
      '! The year 2026/2027 runs to 26.05.2027: 102 school days are left after today.',
    )
    const json = await run(['year', 'close', '2026/2027', '--dry-run', '--json', '-w', closed], ON_DEC_4)
    expect(JSON.parse(json.stdout)).toMatchObject({was: 'closed', schoolDaysLeft: 0})
  })

  it('import journal says the year is closed and to open the next one', async () => {
    const file = join(tempDir(), 'lessons.csv')
    writeFileSync(file, LESSONS_HEADER + '\r\n')
    const r = await run(['import', 'journal', file, '--yes', '-w', closed], ON_DEC_4)
    expect(r.code).toBe(1)
    expect(r.stderr.trim()).toBe(
      'No school year is open: the last one, 2026/2027, is closed and takes no more changes. Start the next one with «ejournal year open 2027/2028 --preset quarters».',
    )
    const json = await run(['import', 'journal', file, '--yes', '--json', '-w', closed], ON_DEC_4)
    expect(JSON.parse(json.stdout).error.code).toBe('year.closedNoChange')
  })

  it('journal show and report period name --year 2026/2027, which then works', async () => {
    const message =
      'No school year is open: the last one, 2026/2027, is closed. To see it, add --year 2026/2027; to start the next one: «ejournal year open 2027/2028 --preset quarters».'
    const show = ['journal', 'show', '--class', '5А', '--subject', 'Математика', '-w', closed]
    const report = ['report', 'period', '--period', '1 четверть', '--class', '5А', '-w', closed]
    for (const args of [show, report]) {
      const r = await run(args, ON_DEC_4)
      expect(r.code, args.join(' ')).toBe(1)
      expect(r.stderr.trim()).toBe(message)
      const again = await run([...args, '--year', '2026/2027'], ON_DEC_4)
      expect(again.code, again.stderr).toBe(0)
    }
    expect((await run([...show, '--year', '2026/2027'], ON_DEC_4)).stdout).toMatch(
      /^5А, Математика: \d+ lessons/,
    )

    const ru = await run([...show, '--lang', 'ru'], ON_DEC_4)
    expect(ru.stderr.trim()).toBe(
      'Открытого учебного года нет: последний, 2026/2027, закрыт. Чтобы посмотреть его, добавьте --year 2026/2027; чтобы начать следующий: «ejournal year open 2027/2028 --preset quarters».',
    )
  })

  it('year status names its argument', async () => {
    const r = await run(['year', 'status', '-w', closed], ON_DEC_4)
    expect(r.code).toBe(1)
    expect(r.stderr.trim()).toBe(
      'No school year is open: the last one, 2026/2027, is closed. See it with «ejournal year status 2026/2027»; start the next one with «ejournal year open 2027/2028 --preset quarters».',
    )
    expect((await run(['year', 'status', '2026/2027', '-w', closed], ON_DEC_4)).code).toBe(0)
  })

  it('the next year that import journal suggests then opens, and the import reaches it', async () => {
    const open = await run(
      ['year', 'open', '2027/2028', '--preset', 'quarters', '--yes', '-w', closed],
      ON_DEC_4,
    )
    expect(open.code, open.stderr).toBe(0)
    const file = join(tempDir(), 'lessons.csv')
    writeFileSync(file, LESSONS_HEADER + '\r\n')
    // The import reaches the new year: what is left to say is about the (empty) file itself.
    const r = await run(['import', 'journal', file, '--yes', '-w', closed], ON_DEC_4)
    expect(r.stderr).not.toContain('school year')
    expect(r.stderr).toContain('lessons.csv:1: the file has a header but no rows')
  })
})

describe('a workspace with no year yet', () => {
  it('says to open the year of today, which then works', async () => {
    const ws = join(tempDir(), 'school')
    expect((await run(['init', '-w', ws, '--school-name', 'Школа', '--yes'], ON_DEC_4)).code).toBe(0)
    const message = 'No school year yet. Open one with «ejournal year open 2026/2027 --preset quarters».'
    for (const args of [['pupils', 'list'], ['check']]) {
      const r = await run([...args, '-w', ws], ON_DEC_4)
      expect(r.code, args.join(' ')).toBe(1)
      expect(r.stderr.trim()).toBe(message)
    }
    const open = await run(['year', 'open', '2026/2027', '--preset', 'quarters', '--yes', '-w', ws], ON_DEC_4)
    expect(open.code, open.stderr).toBe(0)
    expect((await run(['pupils', 'list', '-w', ws], ON_DEC_4)).code).toBe(0)
  })
})
