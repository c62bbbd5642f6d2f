// backup status: the last good backup (src/backup/last-good.ts), its age and the next due date
// (п. 6.5), for people and for monitoring (exit 3 when overdue or when there has never been one),
// with a line for each backup that does not count although it looks as if it should: one dated in
// the future, one whose files are missing or damaged.
import {now} from '../core/clock.js'
import {type Workspace} from '../workspace/workspace.js'
import {manifestSigner} from './keys.js'
import {lastGoodBackup, unusable} from './last-good.js'
import {backupHistory} from './log.js'
import {backupPolicy} from './policy.js'
import {backupSchedule, type Schedule} from './schedule.js'
import {backupsDir, type BackupFolder, isIntact, keysDir, scanBackups, withLogged} from './store.js'

export interface StatusWarning {
  /** future: made while the clock was ahead; missing / damaged: logged as made, files not intact. */
  code: 'future' | 'missing' | 'damaged'
  id: string
  /** When it was made (by its manifest, or by the log when the manifest is gone). */
  at: string
}

export interface BackupStatus extends Schedule {
  last: {id: string; createdAt: string} | null
  intervalDays: number
  /** Backups with a valid manifest and file. */
  backups: number
  /** Size of those backup files together. */
  bytes: number
  warnings: StatusWarning[]
}

export function backupStatus(ws: Workspace): BackupStatus {
  return statusOf(ws, scanBackups(backupsDir(ws), manifestSigner(keysDir(ws), false)))
}

export function statusOf(ws: Workspace, folder: BackupFolder): BackupStatus {
  const {intervalDays} = backupPolicy(ws)
  const at = now()
  const last = lastGoodBackup(ws.db, folder, at)
  const intact = folder.backups.filter(isIntact)
  const warnings: StatusWarning[] = intact
    .filter((b) => new Date(b.read.manifest.createdAt) > at)
    .map((b) => ({code: 'future', id: b.id, at: b.read.manifest.createdAt}))
  // Every backup the log says was made and not pruned, whose files are not what was made.
  const history = backupHistory(ws.db)
  for (const b of withLogged(folder, history.made, history.pruned).backups) {
    const reason = history.made.has(b.id) && !history.pruned.has(b.id) ? unusable(b) : null
    if (reason)
      warnings.push({code: reason, id: b.id, at: b.read?.manifest.createdAt ?? history.madeAt.get(b.id)!})
  }
  const created = last?.read.manifest.createdAt
  return {
    last: last ? {id: last.id, createdAt: created!} : null,
    intervalDays,
    ...backupSchedule(created ? new Date(created) : null, at, ws.settings.timezone, intervalDays),
    backups: intact.length,
    bytes: intact.reduce((sum, b) => sum + b.read.manifest.data.bytes, 0),
    warnings,
  }
}
