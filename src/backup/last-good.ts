// «The last good backup» — one definition for `backup status`, `backup run --if-due` and the
// check rule backups-fresh (src/compliance/catalog.ts): a backup whose run finished and was
// logged as made by @asOfEnd (so never one dated in the future, made while the clock was ahead),
// not pruned since, and whose latest verification did not fail. The rule reads the log alone;
// status and run also need its files in backups/ intact (`backup verify` logs it failed when they
// are not, and the rule follows).
import {type Db} from '../db/open.js'
import {type BackupFolder, isIntact, type StoredBackup} from './store.js'

/** The candidates, one row per backup (id, at of its run); the parameter is @asOfEnd, an instant. */
export const GOOD_BACKUP_RUNS_SQL = `
  SELECT r.backup_id AS id, r.at FROM main.backup_log r
  WHERE r.action = 'run' AND r.ok = 1 AND r.backup_id IS NOT NULL AND r.at <= @asOfEnd
    AND NOT EXISTS (SELECT 1 FROM main.backup_log p WHERE p.backup_id = r.backup_id AND p.action = 'prune'
                    AND p.ok = 1 AND p.at <= @asOfEnd)
    AND coalesce((SELECT v.ok FROM main.backup_log v WHERE v.backup_id = r.backup_id AND v.action = 'verify'
                  AND v.at <= @asOfEnd ORDER BY v.id DESC LIMIT 1), 1) = 1`

export interface GoodRun {
  id: string
  at: string
}

/** The candidates at an instant, newest first. */
export function goodRuns(db: Db, at: Date): GoodRun[] {
  return db
    .prepare(`SELECT id, at FROM (${GOOD_BACKUP_RUNS_SQL}) ORDER BY at DESC, id DESC`)
    .all({asOfEnd: at.toISOString()}) as GoodRun[]
}

export type Unusable = 'missing' | 'damaged'

/** Why a logged backup cannot stand as the last one: its files are gone, or not what was made. */
export function unusable(b: StoredBackup | undefined): Unusable | null {
  if (!b || (b.dataBytes === null && b.read === null)) return 'missing'
  return isIntact(b) ? null : 'damaged'
}

/** The newest candidate whose files are intact, or null. */
export function lastGoodBackup(
  db: Db,
  folder: BackupFolder,
  at: Date,
): (StoredBackup & {read: NonNullable<StoredBackup['read']>}) | null {
  const byId = new Map(folder.backups.map((b) => [b.id, b]))
  for (const run of goodRuns(db, at)) {
    const b = byId.get(run.id)
    if (!unusable(b)) return b as StoredBackup & {read: NonNullable<StoredBackup['read']>}
  }
  return null
}
