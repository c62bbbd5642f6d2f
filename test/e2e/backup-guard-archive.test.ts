// An archived year stays archived and its signed bundles are written once (issue 17, items 2, 7
// and 12): a restore of a backup made before the archive, `archive create` over bundles already
// there, a bundle left by a killed run, the modes of the bundles, the monthly control of an
// archived month, and the audit log. The built CLI as a script runs it; after every refusal the
// database's rows and the files (content and mode) are compared with what they were.
import Database from 'better-sqlite3'
import {appendFileSync, copyFileSync, existsSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

import {dbHash, folderState} from '../helpers/backup-guard.js'
import {must, spawn, start, stopped, tempDir} from '../helpers/cli.js'
import {buildClosedSchool, copySchool} from '../helpers/school.js'

const BEFORE = '2027-06-10T02:00:00Z' // 10.06.2027 12:00 at the school
const NOW = '2027-06-11T02:00:00Z' // 11.06.2027 12:00
const env = (ws: string, now = NOW) => ({EJOURNAL_HOME: ws, EJOURNAL_NOW: now})
const YEAR = '2026/2027'
const BUNDLES = ['ejournal-2026-2027-journals.tar.gz', 'ejournal-2026-2027-summaries.tar.gz']

let template: string
/** The closed school with a backup made on 10.06 and the archive made on 11.06. */
let archived: string
let before: string

const closedSchool = () => copySchool(template)

function yearStatus(file: string): string {
  const db = new Database(file, {readonly: true})
  try {
    return db.prepare('SELECT status FROM academic_year WHERE label = ?').pluck().get(YEAR) as string
  } finally {
    db.close()
  }
}

/** What a refused command must leave as it was. */
const state = (ws: string) => ({
  db: dbHash(ws),
  archives: folderState(join(ws, 'archives')),
  backups: folderState(join(ws, 'backups')),
})

beforeAll(() => {
  template = buildClosedSchool(BEFORE).workspace
  archived = closedSchool()
  before = JSON.parse(must(spawn(['backup', 'run', '--json'], env(archived, BEFORE))).stdout).id
  must(spawn(['archive', 'create', YEAR], env(archived)))
})

describe('an archived year stays archived', () => {
  it('the bundles and their sums are read-only for their owner only (0400)', () => {
    for (const b of BUNDLES) {
      const file = join(archived, 'archives', b)
      expect(statSync(file).mode & 0o777).toBe(0o400)
      expect(statSync(file + '.sha256').mode & 0o777).toBe(0o400)
    }
  })

  it('refuses to restore a backup made before the archive over the journal, with the reason', () => {
    const was = state(archived)
    const message =
      `Backup ${before} of 10.06.2027 12:00 was not restored over the journal: it was made before the year ${YEAR} was archived (11.06.2027 12:00), and restoring it would unfreeze that year. ` +
      `Restore a backup made after the archive, or look into this one with «ejournal backup restore ${before} --to FILE»; nothing was changed.\n`
    for (const extra of [[], ['--dry-run']]) {
      const r = spawn(['backup', 'restore', before, '--force', '--yes', ...extra], env(archived))
      expect(r.code).toBe(1)
      expect(r.stderr).toBe(message)
      expect(state(archived)).toEqual(was)
    }
    expect(yearStatus(join(archived, 'ejournal.sqlite'))).toBe('archived')

    // Into a new file, for inspection, it is restored as it was made.
    const copy = join(tempDir(), 'inspect.sqlite')
    must(spawn(['backup', 'restore', before, '--to', copy], env(archived)))
    expect(yearStatus(copy)).toBe('closed')
  })

  it('refuses the monthly control of an archived month (--record); the journal is unchanged', () => {
    const was = dbHash(archived)
    const r = spawn(['report', 'control', '--month', '2026-10', '--record'], env(archived))
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      'This change was refused: the school year is archived and its journal (lessons, marks, absences, final marks, thematic plans, monthly controls) can no longer be changed (table control_log). Nothing was written.\n',
    )
    expect(dbHash(archived)).toBe(was)
  })

  it('the audit log refuses UPDATE and DELETE, whatever program writes; commands still append to it', () => {
    const db = new Database(join(archived, 'ejournal.sqlite'))
    try {
      const rows = db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number
      expect(rows).toBeGreaterThan(5)
      expect(() => db.exec("UPDATE audit_log SET outcome = 'nothing happened'")).toThrow(
        'the audit log is append-only: audit_log',
      )
      expect(() => db.exec('DELETE FROM audit_log')).toThrow('the audit log is append-only: audit_log')
      expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(rows)
    } finally {
      db.close()
    }
  })
})

describe('a signed bundle is written once', () => {
  it('archive create refuses, naming them, when the year’s bundles are already in the folder', () => {
    const ws = closedSchool()
    for (const b of BUNDLES)
      for (const f of [b, b + '.sha256']) copyFileSync(join(archived, 'archives', f), join(ws, 'archives', f))
    const was = state(ws)
    const files = BUNDLES.flatMap((b) => [b, b + '.sha256'].map((f) => join(ws, 'archives', f))).join(', ')
    for (const extra of [[], ['--dry-run']]) {
      const r = spawn(['archive', 'create', YEAR, ...extra], env(ws))
      expect(r.code).toBe(1)
      expect(r.stderr).toBe(
        `The archive of ${YEAR} was not made: ${files} already exist, and a signed bundle is written once. If «ejournal archive verify» says it is not the year’s archive, move it away and run again; nothing was written.\n`,
      )
      expect(state(ws)).toEqual(was)
    }
    expect(yearStatus(join(ws, 'ejournal.sqlite'))).toBe('closed')
  })

  it('a bundle left by a killed run is not the year’s archive; the next run replaces only that, and archive list tells a changed one', async () => {
    const ws = closedSchool()
    const run = start(['archive', 'create', YEAR], {...env(ws), EJOURNAL_TEST_PAUSE_AT: 'archive-published'})
    await stopped(run.child)
    run.child.kill('SIGKILL')
    await run.done
    const left = join(ws, 'archives', BUNDLES[0]!)
    expect(existsSync(left)).toBe(true)

    const verify = spawn(['archive', 'verify', left], env(ws))
    expect(verify.code).toBe(1)
    expect(verify.stdout).toBe(
      `✗ ${left}: 1 problem\n` +
        `  – the year ${YEAR} is not archived in this journal: this bundle was left by an interrupted «archive create» (or made from another copy of the journal) and is not the year’s archive\n`,
    )

    must(spawn(['archive', 'create', YEAR], env(ws)))
    expect(yearStatus(join(ws, 'ejournal.sqlite'))).toBe('archived')
    must(spawn(['archive', 'verify', YEAR], env(ws)))
    expect(statSync(left).mode & 0o777).toBe(0o400)

    // archive list presents a bundle as there only when it is the file that was archived.
    const states = () =>
      JSON.parse(must(spawn(['archive', 'list', '--json'], env(ws))).stdout).map(
        (a: {state: string}) => a.state,
      )
    expect(states()).toEqual(['present', 'present'])
    appendFileSync(left, 'x')
    expect(states()).toEqual(['changed', 'present'])
    expect(must(spawn(['archive', 'list'], env(ws))).stdout).toContain(
      `${left} (changed: not the size it was archived with)`,
    )
  })
})
