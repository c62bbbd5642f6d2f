// The archive as a script runs it (the built CLI, no terminal) and the faults it must survive: a
// process killed after making everything and after publishing the bundles but before the year is
// archived, a missing --out drive, a cut bundle. EJOURNAL_TEST_PAUSE_AT stops it at a stage.
import Database from 'better-sqlite3'
import {copyFileSync, existsSync, readdirSync, readFileSync, truncateSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

import {must, spawn, start, stopped, tempDir} from '../helpers/cli.js'
import {buildClosedSchool, copySchool} from '../helpers/school.js'

const NOW = '2027-06-10T02:00:00Z'
const env = (ws: string, extra: Record<string, string> = {}) => ({
  EJOURNAL_HOME: ws,
  EJOURNAL_NOW: NOW,
  ...extra,
})

let template: string

/** A copy of the closed school for each test. */
const closedSchool = () => copySchool(template)

beforeAll(() => {
  const {workspace, close} = buildClosedSchool(NOW)
  expect(close.stdout).toContain('The year 2026/2027 is closed')
  template = workspace
})

const status = (ws: string) => {
  const db = new Database(join(ws, 'ejournal.sqlite'), {readonly: true})
  try {
    return {
      year: db.prepare('SELECT status FROM academic_year').pluck().get(),
      archives: db.prepare('SELECT count(*) FROM archive').pluck().get(),
    }
  } finally {
    db.close()
  }
}

describe('archive create from a script', () => {
  it('prints no progress without a terminal, and --json is the contract', () => {
    const ws = closedSchool()
    const r = must(spawn(['archive', 'create', '2026/2027', '--json'], env(ws)))
    expect(r.stderr).toBe('')
    const out = JSON.parse(r.stdout)
    expect(out).toMatchObject({year: '2026/2027', classes: 1})
    expect(out.pages).toBeGreaterThan(5)
    expect(out.bundles.map((b: {kind: string}) => b.kind)).toEqual(['journals', 'summaries'])
    for (const b of out.bundles) expect(Object.keys(b)).toEqual(['kind', 'file', 'sha256', 'retainUntil'])
    expect(status(ws)).toEqual({year: 'archived', archives: 2})
    must(spawn(['archive', 'verify', out.bundles[0].file], env(ws)))
  })

  for (const stage of ['archive-staged', 'archive-published']) {
    it(`killed at ${stage}: the year stays closed, nothing is archived, and the next run does it`, async () => {
      const ws = closedSchool()
      const run = start(['archive', 'create', '2026/2027'], {...env(ws), EJOURNAL_TEST_PAUSE_AT: stage})
      await stopped(run.child)
      run.child.kill('SIGKILL')
      await run.done
      expect(status(ws)).toEqual({year: 'closed', archives: 0})
      const files = readdirSync(join(ws, 'archives'))
      if (stage === 'archive-staged') expect(files.filter((f) => f.endsWith('.tar.gz'))).toEqual([])
      expect(must(spawn(['archive', 'list'], env(ws))).stdout).toContain('No archives yet')

      const again = must(spawn(['archive', 'create', '2026/2027'], env(ws)))
      expect(again.stdout).toContain('The year 2026/2027 is archived')
      expect(status(ws)).toEqual({year: 'archived', archives: 2})
      // The staging folder and the lock are gone; only the bundles, their sums and the PDFs to print remain.
      expect(readdirSync(join(ws, 'archives')).sort()).toEqual([
        'ejournal-2026-2027-journals.tar.gz',
        'ejournal-2026-2027-journals.tar.gz.sha256',
        'ejournal-2026-2027-print',
        'ejournal-2026-2027-summaries.tar.gz',
        'ejournal-2026-2027-summaries.tar.gz.sha256',
      ])
      must(spawn(['archive', 'verify', '2026/2027'], env(ws)))
    })
  }

  it('refuses a missing --out folder before doing anything, and an open year', () => {
    const ws = closedSchool()
    const r = spawn(['archive', 'create', '2026/2027', '--out', '/nonexistent/usb'], env(ws))
    expect(r.code).toBe(1)
    expect(r.stderr.trim()).toBe(
      'The folder /nonexistent/usb does not exist. Is the drive connected and mounted?',
    )
    expect(status(ws)).toEqual({year: 'closed', archives: 0})
    const usb = tempDir()
    const made = JSON.parse(
      must(spawn(['archive', 'create', '2026/2027', '--out', usb, '--json'], env(ws))).stdout,
    )
    expect(made.bundles[0].file).toBe(join(usb, 'ejournal-2026-2027-journals.tar.gz'))
    expect(existsSync(join(ws, 'archives', 'ejournal-2026-2027-journals.tar.gz'))).toBe(false)

    const open = spawn(['archive', 'create', '2025/2026'], env(ws))
    expect(open.code).toBe(2)
    expect(open.stderr).toContain('There is no school year 2025/2026. There are: 2026/2027')
  })

  it('archive verify exits 1 on a cut bundle and on a missing one', () => {
    const ws = closedSchool()
    const out = JSON.parse(must(spawn(['archive', 'create', '2026/2027', '--json'], env(ws))).stdout)
    const copy = join(tempDir(), 'ejournal-2026-2027-journals.tar.gz')
    copyFileSync(out.bundles[0].file, copy)
    copyFileSync(out.bundles[0].file + '.sha256', copy + '.sha256')
    truncateSync(copy, Math.floor(readFileSync(copy).length / 2))
    const cut = spawn(['archive', 'verify', copy, '--json'], env(ws))
    expect(cut.code).toBe(1)
    const codes = JSON.parse(cut.stdout).results[0].problems.map((p: {code: string}) => p.code)
    expect(codes).toEqual(expect.arrayContaining(['sha256Mismatch', 'unreadable']))
    const missing = spawn(['archive', 'verify', '/nonexistent.tar.gz'], env(ws))
    expect(missing.code).toBe(1)
    expect(missing.stdout).toContain('the file /nonexistent.tar.gz is missing')
  })
})
