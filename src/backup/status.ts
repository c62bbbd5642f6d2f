// backup status: the last verified backup, its age and the next due date (п. 6.5), for people
// and for monitoring (exit 3 when overdue or when there has never been a backup).
import {now} from '../core/clock.js'
import {type Workspace} from '../workspace/workspace.js'
import {type BackupHistory, backupHistory} from './log.js'
import {type SignedManifest} from './manifest.js'
import {backupPolicy} from './policy.js'
import {backupSchedule, type Schedule} from './schedule.js'
import {backupsDir, type BackupFolder, isIntact, keysDir, scanBackups} from './store.js'
import {manifestSigner} from './keys.js'

/** The newest backup that is intact and did not fail its last verification. */
export function lastVerified(folder: BackupFolder, history: BackupHistory): SignedManifest | null {
  for (let i = folder.backups.length - 1; i >= 0; i--) {
    const b = folder.backups[i]!
    if (isIntact(b) && history.lastVerify.get(b.id)?.ok !== false) return b.read.manifest
  }
  return null
}

export interface BackupStatus extends Schedule {
  last: {id: string; createdAt: string} | null
  intervalDays: number
  /** Backups with a valid manifest and file. */
  backups: number
  /** Size of those backup files together. */
  bytes: number
}

export function backupStatus(ws: Workspace): BackupStatus {
  const folder = scanBackups(backupsDir(ws), manifestSigner(keysDir(ws), false))
  return statusOf(ws, folder, backupHistory(ws.db))
}

export function statusOf(ws: Workspace, folder: BackupFolder, history: BackupHistory): BackupStatus {
  const {intervalDays} = backupPolicy(ws)
  const last = lastVerified(folder, history)
  const intact = folder.backups.filter(isIntact)
  return {
    last: last ? {id: last.id, createdAt: last.createdAt} : null,
    intervalDays,
    ...backupSchedule(last ? new Date(last.createdAt) : null, now(), ws.settings.timezone, intervalDays),
    backups: intact.length,
    bytes: intact.reduce((sum, b) => sum + b.read.manifest.data.bytes, 0),
  }
}
