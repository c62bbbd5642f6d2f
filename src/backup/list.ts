// backup list: every backup in the folder with what its manifest says and how it stands.
import {type Workspace} from '../workspace/workspace.js'
import {manifestSigner} from './keys.js'
import {backupHistory} from './log.js'
import {type Purpose} from './manifest.js'
import {unusable} from './last-good.js'
import {backupsDir, keysDir, scanBackups, withLogged} from './store.js'

/**
 * ok: intact and not failed since; failed: its last verification failed; damaged: see verify;
 * missing: the log says it was made, and none of its files is left.
 */
export type BackupState = 'ok' | 'failed' | 'damaged' | 'missing'

export interface BackupListing {
  id: string
  createdAt: string | null
  purpose: Purpose | null
  object: string | null
  file: string
  bytes: number | null
  snapshotBytes: number | null
  snapshotSha256: string | null
  sha256: string | null
  rows: Record<string, number> | null
  state: BackupState
  lastVerifiedAt: string | null
}

export function listBackups(ws: Workspace): BackupListing[] {
  const history = backupHistory(ws.db)
  const folder = withLogged(
    scanBackups(backupsDir(ws), manifestSigner(keysDir(ws), false)),
    history.made,
    history.pruned,
  )
  return folder.backups
    .filter((b) => b.read || history.made.has(b.id))
    .map((b) => {
      const m = b.read?.manifest
      const verify = history.lastVerify.get(b.id)
      return {
        id: b.id,
        createdAt: m?.createdAt ?? null,
        purpose: m?.purpose ?? null,
        object: m?.object ?? null,
        file: m?.file ?? `${b.id}.ejb`,
        bytes: m?.data.bytes ?? b.dataBytes,
        snapshotBytes: m?.snapshot.bytes ?? null,
        snapshotSha256: m?.snapshot.sha256 ?? null,
        sha256: m?.data.sha256 ?? null,
        rows: m?.rows ?? null,
        state: unusable(b) ?? (verify?.ok === false ? 'failed' : 'ok'),
        lastVerifiedAt: verify?.ok ? verify.at : null,
      }
    })
}
