// Large pupil lists: read, checked and written a chunk at a time, so memory does not grow with the
// file. The built CLI runs with a V8 heap too small to hold a 40 000-line file's rows and plan.
import Database from 'better-sqlite3'
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
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

  it('lists every change of 100 000 pupils with --json in the same heap, and writes nothing on a dry run', () => {
    const lines = pupilLines(100_000, 5) as string[]
    const file = join(dir, 'pupils.csv')
    writeFileSync(file, lines.join('\r\n') + '\r\n')
    // The changes wait in a temporary file, not in memory (all of them held need more than 40
    // MiB), and the file is gone as soon as it is made.
    const tmp = join(dir, 'tmp')
    mkdirSync(tmp)
    const r = spawn(['import', 'pupils', file, '--dry-run', '--json'], {
      ...env,
      NODE_OPTIONS: '--max-old-space-size=40',
      TMPDIR: tmp,
    })
    expect(r.code, r.stderr).toBe(0)
    const result = JSON.parse(r.stdout)
    expect(result.dryRun).toBe(true)
    expect(result.counts).toEqual({created: 100_000, updated: 0, unchanged: 0, leaving: 0, rejected: 0})
    const pupils = result.changes.filter((c: {entity: string}) => c.entity === 'pupil')
    expect(pupils).toHaveLength(100_000)
    expect(result.changes.filter((c: {entity: string}) => c.entity === 'class')).toHaveLength(132)
    expect(pupils.map((c: {line: number}) => c.line)).toEqual(Array.from({length: 100_000}, (_, i) => i + 2))
    const cells = lines[100_000]!.split(';')
    expect(pupils[99_999]).toEqual({
      op: '+',
      entity: 'pupil',
      name: `${cells.slice(0, 3).join(' ')}, ${cells[5]}`,
      line: 100_001,
    })
    expect(result.more).toEqual({'+': 0, '~': 0, '-': 0})
    expect(readdirSync(tmp)).toEqual([])
    expect(count('SELECT count(*) AS n FROM pupil')).toBe(0)
  })

  it('finds a line repeated far from the first, in another chunk', () => {
    const lines = pupilLines(12_000, 3) as string[]
    const file = join(dir, 'pupils.csv')
    writeFileSync(file, [...lines, lines[1]!].join('\r\n') + '\r\n')
    const refused = spawn(['import', 'pupils', file], env)
    expect(refused.code).toBe(2)
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
