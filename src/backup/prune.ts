// backup prune: the retention policy applied to the manifests. Backups without a valid manifest
// are not counted and not touched (verify reports them); the newest verified backup always stays.
import {existsSync, unlinkSync} from 'node:fs'

import {now} from '../core/clock.js'
import {type Workspace} from '../workspace/workspace.js'
import {fsyncDir} from './durable.js'
import {manifestSigner} from './keys.js'
import {acquireLock} from './lock.js'
import {type BackupHistory, backupHistory, logBackup} from './log.js'
import {backupPolicy} from './policy.js'
import {type KeepReason, planRetention} from './retention.js'
import {
  type BackupFolder,
  backupsDir,
  dataPath,
  isIntact,
  keysDir,
  manifestPath,
  scanBackups,
} from './store.js'

export interface PrunePlan {
  keep: Array<{id: string; createdAt: string; reasons: KeepReason[]}>
  remove: Array<{id: string; createdAt: string; bytes: number}>
}

export interface PruneResult extends PrunePlan {
  /** False on a dry run or when the question was answered no. */
  applied: boolean
}

function plan(ws: Workspace, folder: BackupFolder, history: BackupHistory): PrunePlan {
  const signed = folder.backups.filter((b) => b.signatureOk && b.read)
  const byId = new Map(signed.map((b) => [b.id, b.read!.manifest]))
  const decision = planRetention(
    signed.map((b) => ({
      id: b.id,
      createdAt: b.read!.manifest.createdAt,
      verified: isIntact(b) && history.lastVerify.get(b.id)?.ok !== false,
    })),
    now(),
    ws.settings.timezone,
    backupPolicy(ws).retention,
  )
  return {
    keep: decision.keep.map((k) => ({...k, createdAt: byId.get(k.id)!.createdAt})),
    remove: decision.remove.map((id) => ({
      id,
      createdAt: byId.get(id)!.createdAt,
      bytes: byId.get(id)!.data.bytes,
    })),
  }
}

export async function pruneBackups(
  ws: Workspace,
  dryRun: boolean,
  confirm: (plan: PrunePlan) => Promise<boolean>,
): Promise<PruneResult> {
  const dir = backupsDir(ws)
  const signer = manifestSigner(keysDir(ws), false)
  const first = plan(ws, scanBackups(dir, signer), backupHistory(ws.db))
  if (dryRun || first.remove.length === 0 || !(await confirm(first))) return {...first, applied: false}

  const release = await acquireLock(dir, 0, 'backup prune')
  try {
    // Decided again under the lock: only what was shown and is still due for removal goes.
    const shown = new Set(first.remove.map((r) => r.id))
    const current = plan(ws, scanBackups(dir, signer), backupHistory(ws.db))
    const remove = current.remove.filter((r) => shown.has(r.id))
    for (const r of remove) {
      // Logged first: a file left by a crash between the two deletions is then known as pruned.
      logBackup(ws.db, {action: 'prune', backupId: r.id, ok: true, bytes: r.bytes})
      for (const file of [manifestPath(dir, r.id), dataPath(dir, r.id)])
        if (existsSync(file)) unlinkSync(file)
    }
    fsyncDir(dir)
    return {keep: current.keep, remove, applied: true}
  } finally {
    release()
  }
}
