// backup_log: the history of runs, verifications, copies, restores and deletions.
import {now} from '../core/clock.js'
import {type Db} from '../db/open.js'

export type BackupAction = 'run' | 'verify' | 'copy' | 'restore' | 'prune'

export interface BackupLogEntry {
  action: BackupAction
  backupId: string | null
  ok: boolean
  bytes?: number | null
  durationMs?: number | null
  details?: string | null
}

export function logBackup(db: Db, entry: BackupLogEntry): void {
  db.prepare(
    `INSERT INTO backup_log (at, action, backup_id, ok, bytes, duration_ms, details)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    now().toISOString(),
    entry.action,
    entry.backupId,
    entry.ok ? 1 : 0,
    entry.bytes ?? null,
    entry.durationMs === undefined || entry.durationMs === null ? null : Math.round(entry.durationMs),
    entry.details ?? null,
  )
}

/** The history is worth keeping, but never at the price of the error that is being reported. */
export function logQuietly(db: Db, entry: BackupLogEntry): void {
  try {
    logBackup(db, entry)
  } catch {
    // A full disk or a locked database: the caller is already failing with the real reason.
  }
}

export interface BackupHistory {
  /** Backups whose run finished (the manifest was committed). */
  made: Set<string>
  /** When each of those was logged as made. */
  madeAt: Map<string, string>
  pruned: Set<string>
  /** The outcome of the latest verification of each backup. */
  lastVerify: Map<string, {ok: boolean; at: string}>
}

export function backupHistory(db: Db): BackupHistory {
  const rows = db
    .prepare(
      `SELECT action, backup_id AS backupId, ok, at FROM backup_log
       WHERE backup_id IS NOT NULL AND action IN ('run', 'prune', 'verify') ORDER BY id`,
    )
    .all() as Array<{action: BackupAction; backupId: string; ok: number; at: string}>
  const history: BackupHistory = {
    made: new Set(),
    madeAt: new Map(),
    pruned: new Set(),
    lastVerify: new Map(),
  }
  for (const r of rows) {
    if (r.action === 'run' && r.ok) {
      history.made.add(r.backupId)
      history.madeAt.set(r.backupId, r.at)
    } else if (r.action === 'prune' && r.ok) history.pruned.add(r.backupId)
    else if (r.action === 'verify') history.lastVerify.set(r.backupId, {ok: Boolean(r.ok), at: r.at})
  }
  return history
}
