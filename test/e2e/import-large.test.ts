// Large pupil lists: read, checked and written a chunk at a time, so memory does not grow with the
// file. The built CLI runs with a V8 heap too small to hold a 40 000-line file's rows and plan.
import Database from 'better-sqlite3'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeEach, describe, expect, it} from 'vitest'

// @ts-expect-error plain JS module shared with the benchmarks
import {pupilLines} from '../../bench/school-data.js'
import {spawn, tempDir} from '../helpers/cli.js'

let dir: string
let env: Record<string, string>

beforeEach(() => {
  dir = tempDir()
  env = {EJOURNAL_NOW: '2026-08-28T02:00:00Z', EJOURNAL_HOME: join(dir, 'school'), LANG: 'en_US.UTF-8'}
  expect(spawn(['init', '--school-name', 'Школа', '--yes'], env).code).toBe(0)
  expect(spawn(['year', 'open', '2026/2027'], env).code).toBe(0)
})

const count = (sql: string): number => {
  const db = new Database(join(dir, 'school', 'ejournal.sqlite'), {readonly: true})
  try {
    return (db.prepare(sql).get() as {n: number}).n
  } finally {
    db.close()
  }
}

describe('a large pupil list', () => {
  it('is imported, and imported again, in a 40 MiB heap', () => {
    const file = join(dir, 'pupils.csv')
    writeFileSync(file, (pupilLines(40_000, 8) as string[]).join('\r\n') + '\r\n')
    // The whole file's rows and plan held at once needed more than 64 MiB here.
    const small = {...env, NODE_OPTIONS: '--max-old-space-size=40'}
    const first = spawn(['import', 'pupils', file, '--yes'], small)
    expect(first.code, first.stderr).toBe(0)
    expect(first.stdout).toContain('New 40000, changed 0, unchanged 0, leaving 0, rejected 0.')
    // 132 new classes and 40 000 new pupils: the first 200 shown, the rest counted.
    expect(first.stdout).toContain('  … and 39932 more')
    expect(first.stdout.split('\n').filter((l) => l.startsWith('+ '))).toHaveLength(200)
    expect(count('SELECT count(*) AS n FROM pupil')).toBe(40_000)
    expect(count('SELECT count(*) AS n FROM enrollment WHERE to_date IS NULL')).toBe(40_000)
    expect(count('SELECT count(*) AS n FROM pupil_parent')).toBe(40_000)

    const again = spawn(['import', 'pupils', file, '--yes'], small)
    expect(again.code, again.stderr).toBe(0)
    expect(again.stdout).toContain('New 0, changed 0, unchanged 40000, leaving 0, rejected 0.')
    expect(count('SELECT count(*) AS n FROM pupil')).toBe(40_000)
  })

  it('finds a line repeated far from the first, in another chunk', () => {
    const lines = pupilLines(12_000, 3) as string[]
    const file = join(dir, 'pupils.csv')
    writeFileSync(file, [...lines, lines[1]!].join('\r\n') + '\r\n')
    const refused = spawn(['import', 'pupils', file], env)
    expect(refused.code).toBe(1)
    expect(refused.stderr.split('\n').slice(0, 2)).toEqual([
      'pupils.csv: 1 problem found; nothing was written.',
      '  pupils.csv:12002: the same person or record as on line 2',
    ])
    expect(count('SELECT count(*) AS n FROM pupil')).toBe(0)
    expect(count('SELECT count(*) AS n FROM class')).toBe(0)

    const rejects = join(dir, 'rejects.csv')
    const skipped = spawn(['import', 'pupils', file, '--skip-invalid', '--rejects', rejects, '--json'], env)
    expect(skipped.code, skipped.stderr).toBe(0)
    expect(JSON.parse(skipped.stdout).counts).toEqual({
      created: 12_000,
      updated: 0,
      unchanged: 0,
      leaving: 0,
      rejected: 1,
    })
    expect(readFileSync(rejects, 'utf8').split('\r\n')[1]).toBe(
      `${lines[1]};the same person or record as on line 2`,
    )
    expect(count('SELECT count(*) AS n FROM pupil')).toBe(12_000)
  })
})
