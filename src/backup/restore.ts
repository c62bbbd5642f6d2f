// backup restore: into a new file for inspection (--to), or over the live database (--force):
// lock, restore into a temporary file beside the database, verify it fully, back up the live
// database, then swap by rename and remove the old -wal/-shm. The database is either the old one
// or the restored one, never half of each.
import {existsSync, statSync, unlinkSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'

import {ConflictError} from '../cli/errors.js'
import {schemaVersion} from '../db/open.js'
import {DATABASE_FILE} from '../workspace/settings.js'
import {openWorkspace, type Workspace} from '../workspace/workspace.js'
import {type Progress} from '../cli/progress.js'
import {publish} from './durable.js'
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
      const problems = await checkBackup(
        ws,
        folder,
        history,
        b,
        {full: request.force, keepAs: request.dryRun ? undefined : partial, progress: request.progress},
        signer !== null,
      )
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
      // The last connection to close folds and removes -wal and -shm; any left now belong to the
      // old file and would be read as part of the new one.
      ws.close()
      ws = null
      publish(partial, live, dirname(live))
      for (const f of [live + '-wal', live + '-shm', live + '-journal']) if (existsSync(f)) unlinkSync(f)
      ws = openWorkspace(workspaceDir)
      logBackup(ws.db, {
        action: 'restore',
        backupId: b.id,
        ok: true,
        details: `replaced; before: ${safety.id}`,
      })
      return {...result, ok: true, replaced: true, safetyBackup: safety.id}
    } finally {
      release()
    }
  } finally {
    ws?.close()
  }
}
