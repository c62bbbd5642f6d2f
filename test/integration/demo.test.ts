// The demo school: built through the importers, the same for the same seed, and valid by the
// product's own checks.
import Database from 'better-sqlite3'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {run, tempDir} from '../helpers/cli.js'
import {tablesHash} from '../helpers/database.js'

const EN = {LANG: 'en_US.UTF-8', LC_ALL: undefined}

/** Every table that holds the school and its journal; logs of machine events and secrets aside. */
const contentHash = (dir: string) => tablesHash(join(dir, 'ejournal.sqlite'), ['backup_log', 'account'])

describe('ejournal demo', () => {
  it('builds the same school for the same seed, and another for another seed', async () => {
    const [a, b, c] = [join(tempDir(), 'a'), join(tempDir(), 'b'), join(tempDir(), 'c')]
    for (const [dir, seed] of [
      [a, '7'],
      [b, '7'],
      [c, '8'],
    ] as const) {
      const r = await run(
        ['demo', '--dir', dir, '--pupils', '120', '--seed', seed, '--as-of', '15.11.2026'],
        EN,
      )
      expect(r.code, r.stderr).toBe(0)
    }
    expect(contentHash(a)).toBe(contentHash(b))
    expect(contentHash(c)).not.toBe(contentHash(a))
    // Three demos take ~15 s on an idle machine; a busy one must not cut the test off half-way.
  }, 240_000)

  it('makes a complete school that passes the product’s own checks', async () => {
    const dir = join(tempDir(), 'demo')
    const r = await run(['demo', '--dir', dir, '--pupils', '120', '--as-of', '15.11.2026', '--json'], EN)
    expect(r.code, r.stderr).toBe(0)
    const result = JSON.parse(r.stdout)
    expect(result).toMatchObject({year: '2026/2027', asOf: '2026-11-15', classes: 11})
    expect(result.pupils).toBeGreaterThanOrEqual(110)
    expect(result.lessons).toBeGreaterThan(2000)
    expect(result.marks).toBeGreaterThan(result.lessons)

    const status = JSON.parse((await run(['year', 'status', '--json', '-w', dir], EN)).stdout)
    expect(status.items.filter((i: {ok: boolean}) => !i.ok).map((i: {id: string}) => i.id)).toEqual([])

    // Everything came through the importers, none of whose rows was refused.
    const history = JSON.parse((await run(['import', 'history', '--json', '-w', dir], EN)).stdout)
    expect(history.map((h: {kind: string}) => h.kind).slice(0, 6)).toEqual([
      'staff',
      'curriculum',
      'classes',
      'pupils',
      'assignments',
      'timetable',
    ])
    expect(history.every((h: {rejected: number}) => h.rejected === 0)).toBe(true)

    const db = new Database(join(dir, 'ejournal.sqlite'), {readonly: true})
    try {
      const one = (sql: string) => (db.prepare(sql).get() as {n: number}).n
      // The habits the checks must find are planted.
      expect(
        one(
          'SELECT count(*) AS n FROM mark m JOIN lesson l ON l.id = m.lesson_id JOIN class c ON c.id = l.class_id WHERE c.grade = 1',
        ),
      ).toBe(1)
      expect(one("SELECT count(*) AS n FROM lesson WHERE homework LIKE '%8-914-555-12-34%'")).toBe(1)
      expect(
        one("SELECT count(*) AS n FROM lesson WHERE date(topic_entered_at, '+10 hours') > date"),
      ).toBeGreaterThan(0)
      expect(one('SELECT count(*) AS n FROM lesson WHERE substitution = 1')).toBeGreaterThan(0)
      expect(
        one('SELECT count(*) AS n FROM class WHERE id NOT IN (SELECT class_id FROM thematic_plan)'),
      ).toBe(1)
      expect(one("SELECT count(*) AS n FROM final_mark WHERE period = 'quarter:1'")).toBeGreaterThan(0)
      expect(one('SELECT count(*) AS n FROM subgroup')).toBeGreaterThan(0)
    } finally {
      db.close()
    }
  })

  it('refuses a folder that is already a workspace', async () => {
    const dir = join(tempDir(), 'demo')
    await run(['init', '-w', dir, '--school-name', 'Школа', '--yes'], EN)
    const r = await run(['demo', '--dir', dir], EN)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('A workspace already exists')
  })
})
