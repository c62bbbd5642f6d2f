// Backups that must not mislead cron or the administrator (issue 17, items 3–6): a backup dated in
// the future, a run while an import holds the database's write lock, a real backup file copied in
// without its manifest, a backup whose files were deleted. The built CLI spawned as cron runs it,
// the clock set with EJOURNAL_NOW, the lock held by a real second process.
import Database from 'better-sqlite3'
import {copyFileSync, readdirSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {dbHash, folderState, holdWriteLock} from '../helpers/backup-guard.js'
import {type Run, spawn, tempDir} from '../helpers/cli.js'

const NOW = '2026-09-02T01:00:00Z'

function newSchool(): string {
  const dir = join(tempDir(), 'school')
  const r = spawn(
    ['init', '-w', dir, '--school-name', 'МБОУ СОШ № 23', '--timezone', 'Asia/Vladivostok', '--yes'],
    {EJOURNAL_NOW: NOW},
  )
  expect(r.code, r.stderr).toBe(0)
  return dir
}

const env = (ws: string, now = NOW, extra: Record<string, string> = {}) => ({
  EJOURNAL_HOME: ws,
  EJOURNAL_NOW: now,
  ...extra,
})
const json = (r: Run) => JSON.parse(r.stdout)
const backups = (ws: string) => join(ws, 'backups')

function backupLog(ws: string): Array<{action: string; backup_id: string; ok: number}> {
  const db = new Database(join(ws, 'ejournal.sqlite'), {readonly: true})
  try {
    return db.prepare('SELECT action, backup_id, ok FROM backup_log ORDER BY id').all() as Array<{
      action: string
      backup_id: string
      ok: number
    }>
  } finally {
    db.close()
  }
}

describe('a backup dated in the future (the clock was ahead once)', () => {
  it('does not make the next one «not due»; status warns about it and exits 3', () => {
    const ws = newSchool()
    const ahead = spawn(['backup', 'run', '--json'], env(ws, '2027-03-01T01:00:00Z'))
    expect(ahead.code, ahead.stderr).toBe(0)
    const future = json(ahead).id as string

    const status = spawn(['backup', 'status'], env(ws, '2026-09-03T01:00:00Z'))
    expect(status.code).toBe(3)
    expect(status.stdout).toBe(
      'No verified backup yet (п. 6.5 asks for one at least every 14 days). Make one now: ejournal backup run\n' +
        `Backup ${future} is dated 01.03.2027 11:00, in the future (the clock was ahead when it was made): it does not count as the last backup.\n`,
    )

    const cron = spawn(['backup', 'run', '--if-due', '--yes', '--json'], env(ws, '2026-09-03T01:00:00Z'))
    expect(cron.code, cron.stderr).toBe(0)
    const made = json(cron).id as string
    expect(made).toMatch(/^20260903-010000-[0-9a-f]{4}$/)

    const next = spawn(['backup', 'status', '--json'], env(ws, '2026-09-04T01:00:00Z'))
    expect(next.code).toBe(0)
    expect(json(next)).toMatchObject({
      last: {id: made, createdAt: '2026-09-03T01:00:00.000Z'},
      ageDays: 1,
      nextDue: '2026-09-17',
      due: false,
      warnings: [{code: 'future', id: future, at: '2027-03-01T01:00:00.000Z'}],
    })
    // The next day's cron line is quiet again: the real backup is fresh.
    expect(spawn(['backup', 'run', '--if-due', '--yes'], env(ws, '2026-09-04T01:00:00Z'))).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    })
  })
})

describe('a backup while another process holds the write transaction', () => {
  it('fails before publishing anything when the lock is not given back in time; the log and the files agree', async () => {
    const ws = newSchool()
    const db = dbHash(ws)
    const files = folderState(backups(ws))
    const holder = await holdWriteLock(ws, 20_000)
    try {
      const r = spawn(['backup', 'run'], env(ws))
      expect(r.code).toBe(1)
      expect(r.stderr).toBe(
        'No backup was made: another command (an import, say) kept the journal database locked for writing for 5 s, and the backup must be recorded in it. Run it again when that command has finished, or let it wait longer with --lock-wait SECONDS; nothing was kept.\n',
      )
      expect(r.stdout).toBe('')
      expect(folderState(backups(ws))).toEqual(files)
      expect(dbHash(ws)).toBe(db)
    } finally {
      holder.child.kill('SIGKILL')
      await holder.done
    }
  })

  it('waits with --lock-wait, then logs the backup it made', async () => {
    const ws = newSchool()
    const holder = await holdWriteLock(ws, 8_000)
    const r = spawn(['backup', 'run', '--lock-wait', '30', '--json'], env(ws))
    await holder.done
    expect(r.code, r.stderr).toBe(0)
    const {id} = json(r)
    expect(backupLog(ws)).toEqual([{action: 'run', backup_id: id, ok: 1}])
    expect(readdirSync(backups(ws)).sort()).toEqual([`${id}.ejb`, `${id}.manifest.json`])
    expect(spawn(['backup', 'verify', '--all'], env(ws)).code).toBe(0)
  })
})

describe('a backup file without its manifest in backups/', () => {
  it('is reported and kept by the next run: only a run’s own partial files are deleted', () => {
    const ws = newSchool()
    const {id} = json(spawn(['backup', 'run', '--json'], env(ws)))
    // A real backup file, put there by hand (from a USB stick, say) without its manifest.
    const stranger = '20260101-000000-abcd.ejb'
    copyFileSync(join(backups(ws), `${id}.ejb`), join(backups(ws), stranger))
    const before = folderState(backups(ws))[stranger]

    const r = spawn(['backup', 'run'], env(ws, '2026-09-02T02:00:00Z'))
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toMatch(
      new RegExp(
        `^Kept 1 file without a manifest in backups/, not left by a run of this journal: ${join(backups(ws), stranger)}\\. Such a file is not a backup ejournal can use; move it away if it is not needed\\.\\nBackup `,
      ),
    )
    expect(r.stdout).not.toContain('Removed')
    expect(folderState(backups(ws))[stranger]).toEqual(before)
  })
})

describe('a backup in the log whose files were deleted', () => {
  it('fails backup verify --all, is a line in backup list and backup status', () => {
    const ws = newSchool()
    const older = json(spawn(['backup', 'run', '--json'], env(ws))).id as string
    const newest = json(spawn(['backup', 'run', '--json'], env(ws, '2026-09-05T01:00:00Z'))).id as string
    for (const f of [`${newest}.ejb`, `${newest}.manifest.json`]) rmSync(join(backups(ws), f))

    const verify = spawn(['backup', 'verify', '--all'], env(ws, '2026-09-06T01:00:00Z'))
    expect(verify.code).toBe(1)
    expect(verify.stdout).toContain(`${newest}`)
    expect(verify.stdout).toContain(
      '  – the backup file and its manifest are missing from backups/, although the log says the backup was made',
    )
    expect(verify.stdout).toContain('1 of 2 backups verified, 1 failed')

    const list = json(spawn(['backup', 'list', '--json'], env(ws, '2026-09-06T01:00:00Z')))
    expect(list.map((b: {id: string; state: string}) => [b.id, b.state])).toEqual([
      [older, 'ok'],
      [newest, 'missing'],
    ])
    const table = spawn(['backup', 'list'], env(ws, '2026-09-06T01:00:00Z'))
    expect(table.stdout).toMatch(new RegExp(`${newest}.*MISSING: its files are gone from backups/`))

    const status = spawn(['backup', 'status'], env(ws, '2026-09-06T01:00:00Z'))
    expect(status.code).toBe(0)
    expect(status.stdout).toContain(`Last verified backup: ${older} of 02.09.2026 11:00, 4 days ago.`)
    expect(status.stdout).toMatch(
      new RegExp(
        `Backup ${newest} of 05\\.09\\.2026 11:00 is in the log, but its files are missing from backups/: it does not count\\. See «ejournal backup verify --all»\\.\\n$`,
      ),
    )
  })
})

function auditLog(ws: string): Array<{id: number; action: string}> {
  const db = new Database(join(ws, 'ejournal.sqlite'), {readonly: true})
  try {
    return db.prepare('SELECT id, action FROM audit_log ORDER BY id').all() as Array<{
      id: number
      action: string
    }>
  } finally {
    db.close()
  }
}

describe('restore --force keeps the history', () => {
  it('the restored journal still knows every backup in the folder: none is «missing», the last good one is the newest', () => {
    const ws = newSchool()
    const first = json(spawn(['backup', 'run', '--json'], env(ws))).id as string
    const second = json(spawn(['backup', 'run', '--json'], env(ws, '2026-09-03T01:00:00Z'))).id as string
    const audited = auditLog(ws)
    expect(audited.map((r) => r.action)).toEqual(['init', 'backup.run', 'backup.run'])
    const restored = json(
      spawn(['backup', 'restore', first, '--force', '--yes', '--json'], env(ws, '2026-09-04T01:00:00Z')),
    )
    expect(restored).toMatchObject({ok: true, replaced: true})
    const later = {...env(ws, '2026-09-05T01:00:00Z')}
    const list = json(spawn(['backup', 'list', '--json'], later))
    expect(list.map((b: {id: string; state: string}) => [b.id, b.state])).toEqual([
      [first, 'ok'],
      [second, 'ok'],
      [restored.safetyBackup, 'ok'],
    ])
    const status = json(spawn(['backup', 'status', '--json'], later))
    expect(status).toMatchObject({last: {id: restored.safetyBackup}, due: false, warnings: []})
    expect(spawn(['backup', 'verify', '--all'], later).code).toBe(0)
    // The audit log is append-only: the second run stays recorded, and the restore is added.
    expect(auditLog(ws)).toEqual([...audited, {id: audited.length + 1, action: 'backup.restore'}])
  })
})
