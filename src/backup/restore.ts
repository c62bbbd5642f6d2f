// backup restore: into a new file for inspection (--to), or over the live database (--force):
// lock, restore into a temporary file beside the database, verify it fully, back up the live
// database, then swap by rename and remove the old -wal/-shm. The database is either the old one
// or the restored one, never half of each.
import Database from 'better-sqlite3'
import {existsSync, statSync, unlinkSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'

import {ConflictError} from '../cli/errors.js'
import {type Db, schemaVersion} from '../db/open.js'
import {DATABASE_FILE} from '../workspace/settings.js'
import {openWorkspace, type Workspace} from '../workspace/workspace.js'
import {type Progress} from '../cli/progress.js'
import {publish} from './durable.js'
import {schoolTime} from './render.js'
import {manifestSigner} from './keys.js'
import {acquireLock} from './lock.js'
import {backupHistory, logBackup, logQuietly} from './log.js'
import {type SignedManifest} from './manifest.js'
import {type Problem, problemCode} from './problem.js'
import {makeBackup} from './run.js'
import {backupsDir, findBackup, keysDir, PARTIAL_EXT, scanBackups} from './store.js'
import {checkBackup} from './verify.js'

export interface RestoreRequest {
  id: string
  /** A new file (or a folder to put it in) for inspection. */
  to?: string
  /** Over the live database. */
  force: boolean
  dryRun: boolean
  /** Asked before the live database is replaced; false cancels. */
  confirm: (backup: SignedManifest, timezone: string) => Promise<boolean>
  progress?: Progress
}

export interface RestoreResult {
  id: string
  createdAt: string
  target: string
  replaced: boolean
  /** The backup of the live database made just before it was replaced. */
  safetyBackup: string | null
  ok: boolean
  problems: Problem[]
  dryRun: boolean
  cancelled: boolean
}

/**
 * An archived year stays archived (DESIGN.md): a backup made before the archive would bring the
 * year back unfrozen, and `archive create` could then be run again for it. Such a backup may
 * still be restored into a new file (--to) to be looked at.
 */
function refuseUnarchiving(
  live: Db,
  restored: string,
  id: string,
  createdAt: string,
  timezone: string,
): void {
  const archived = live
    .prepare(
      `SELECT y.label, (SELECT min(a.created_at) FROM archive a WHERE a.year_id = y.id) AS archivedAt
       FROM academic_year y WHERE y.status = 'archived' ORDER BY y.starts_on`,
    )
    .all() as Array<{label: string; archivedAt: string | null}>
  if (archived.length === 0) return
  const db = new Database(restored, {readonly: true, fileMustExist: true})
  let stillArchived: Set<string>
  try {
    stillArchived = new Set(
      db.prepare(`SELECT label FROM academic_year WHERE status = 'archived'`).pluck().all() as string[],
    )
  } finally {
    db.close()
  }
  const lost = archived.find((y) => !stillArchived.has(y.label))
  if (lost)
    throw new ConflictError('backup.restoreUnarchives', {
      id,
      date: schoolTime(createdAt, timezone),
      year: lost.label,
      archived: lost.archivedAt ? schoolTime(lost.archivedAt, timezone) : '—',
    })
}

type Row = Record<string, unknown>

const rowsOf = (db: Db, table: 'backup_log' | 'audit_log') =>
  db.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Row[]

/** The rows, with their ids; a row whose id the table already has is the same row, and stays. */
function insertRows(db: Db, table: 'backup_log' | 'audit_log', rows: Row[]): void {
  for (const row of rows) {
    const columns = Object.keys(row)
    db.prepare(
      `INSERT OR IGNORE INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`,
    ).run(row)
  }
}

function targetFile(to: string, id: string): string {
  const path = resolve(to)
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, `${id}.sqlite`) : path
  if (existsSync(file)) throw new ConflictError('backup.targetExists', {file})
  if (!existsSync(dirname(file))) throw new ConflictError('backup.copyDirMissing', {dir: dirname(file)})
  return file
}

export async function restoreBackup(workspaceDir: string, request: RestoreRequest): Promise<RestoreResult> {
  let ws: Workspace | null = openWorkspace(workspaceDir)
  const dir = backupsDir(ws)
  const live = join(ws.dir, DATABASE_FILE)
  try {
    const chosen = findBackup(scanBackups(dir, null), request.id)
    const manifest = chosen.read?.manifest
    const result: RestoreResult = {
      id: chosen.id,
      createdAt: manifest?.createdAt ?? '',
      target: request.force ? live : targetFile(request.to!, chosen.id),
      replaced: false,
      safetyBackup: null,
      ok: false,
      problems: [],
      dryRun: request.dryRun,
      cancelled: false,
    }
    if (manifest && manifest.schemaVersion > schemaVersion())
      throw new ConflictError('backup.newerSchema', {
        id: chosen.id,
        found: manifest.schemaVersion,
        known: schemaVersion(),
      })
    // Asked before the lock is taken: a person may think for a while, cron must not wait for that.
    if (
      request.force &&
      !request.dryRun &&
      manifest &&
      !(await request.confirm(manifest, ws.settings.timezone))
    )
      return {...result, cancelled: true}

    const release = await acquireLock(dir, 0, 'backup restore')
    try {
      const signer = manifestSigner(keysDir(ws), false)
      const folder = scanBackups(dir, signer)
      const history = backupHistory(ws.db)
      const b = findBackup(folder, chosen.id)
      const partial = request.force ? live + '.restore' + PARTIAL_EXT : result.target + PARTIAL_EXT
      // Over the live database, the restored file is kept even on a dry run: its years are compared.
      const keep = request.force || !request.dryRun
      const problems = await checkBackup(
        ws,
        folder,
        history,
        b,
        {full: request.force, keepAs: keep ? partial : undefined, progress: request.progress},
        signer !== null,
      )
      if (problems.length === 0 && request.force) {
        try {
          refuseUnarchiving(ws.db, partial, b.id, b.read!.manifest.createdAt, ws.settings.timezone)
        } catch (error) {
          for (const f of [partial, partial + '-journal']) if (existsSync(f)) unlinkSync(f)
          throw error
        }
        if (request.dryRun) unlinkSync(partial)
      }
      if (problems.length > 0 || request.dryRun) {
        logQuietly(ws.db, {
          action: 'verify',
          backupId: b.id,
          ok: problems.length === 0,
          details: problems.map(problemCode).join(', ') || null,
        })
        return {...result, ok: problems.length === 0, problems}
      }
      if (!request.force) {
        publish(partial, result.target, dirname(result.target))
        logBackup(ws.db, {action: 'restore', backupId: b.id, ok: true, details: result.target})
        return {...result, ok: true}
      }
      const safety = await makeBackup(ws, {purpose: 'before-restore', object: b.id, removeLeftovers: false})
      // History is not undone by a restore. The backup log is the history of backups/, which a
      // restore does not change: it stays as it is, or the restored journal would not know the
      // backups made after it (nor those pruned since). The audit log is append-only: what was done
      // after the backup stays recorded, and the restore is added to it.
      const backupLog = rowsOf(ws.db, 'backup_log')
      const auditLog = rowsOf(ws.db, 'audit_log')
      // The last connection to close folds and removes -wal and -shm; any left now belong to the
      // old file and would be read as part of the new one.
      ws.close()
      ws = null
      publish(partial, live, dirname(live))
      for (const f of [live + '-wal', live + '-shm', live + '-journal']) if (existsSync(f)) unlinkSync(f)
      ws = openWorkspace(workspaceDir)
      const db = ws.db
      db.transaction(() => {
        db.exec('DELETE FROM backup_log')
        insertRows(db, 'backup_log', backupLog)
        insertRows(db, 'audit_log', auditLog)
        logBackup(db, {
          action: 'restore',
          backupId: b.id,
          ok: true,
          details: `replaced; before: ${safety.id}`,
        })
      })()
      return {...result, ok: true, replaced: true, safetyBackup: safety.id}
    } finally {
      release()
    }
  } finally {
    ws?.close()
  }
}
