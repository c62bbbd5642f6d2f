// backup run: snapshot → check → seal → read back → signed manifest staged → in one write
// transaction of the database: publish the file, publish the manifest (the commit), log — under
// the workspace's backup lock; then a checkpoint of the WAL and, with --to, a second copy checked
// after copying. A run that fails or is killed leaves no backup, only its own *.partial files
// (and the file its staged manifest names) that the next run removes; nothing else is touched.
import {copyFileSync, existsSync, mkdirSync, statSync, unlinkSync} from 'node:fs'
import {basename, join, resolve} from 'node:path'
import {performance} from 'node:perf_hooks'

import {ConflictError, EjournalError, WorkspaceError} from '../cli/errors.js'
import {now} from '../core/clock.js'
import {programVersion} from '../core/package-root.js'
import {schemaVersion} from '../db/open.js'
import {DATABASE_FILE} from '../workspace/settings.js'
import {type Workspace} from '../workspace/workspace.js'
import {type Progress} from '../cli/progress.js'
import {fileDigest, seal, type SealResult} from './container.js'
import {explainWriteError, freeBytes, fsyncFile, publish} from './durable.js'
import {keySource, manifestSigner, newKek} from './keys.js'
import {acquireLock} from './lock.js'
import {logBackup, logQuietly} from './log.js'
import {type Purpose, stageManifest} from './manifest.js'
import {checkDatabaseAside, type Rows, takeSnapshot} from './snapshot.js'
import {statusOf, type BackupStatus} from './status.js'
import {
  backupsDir,
  chainHead,
  DATA_EXT,
  dataPath,
  keysDir,
  manifestPath,
  newBackupId,
  PARTIAL_EXT,
  scanBackups,
} from './store.js'
import {pauseAt} from '../core/test-hook.js'

export interface RunRequest {
  /** Only when the policy says a backup is due (a daily cron line). */
  ifDue?: boolean
  /** A second copy, e.g. a USB drive or a network share. */
  copyTo?: string
  lockWaitSeconds?: number
  dryRun?: boolean
  purpose?: Purpose
  object?: string | null
  progress?: Progress
  /** False while a restore holds its verified file beside the database: that is no leftover. */
  removeLeftovers?: boolean
}

export interface MadeBackup {
  id: string
  file: string
  bytes: number
  sha256: string
  rows: Rows
  durationMs: number
  snapshotBytes: number
  /** Where the second copy went, when --to was given. */
  copy: string | null
  /** Files of interrupted runs removed first, and files without a manifest kept. */
  leftovers: Leftovers
}

export type RunResult =
  | {kind: 'notDue'; status: BackupStatus}
  | {
      kind: 'planned'
      dir: string
      databaseBytes: number
      neededBytes: number
      freeBytes: number
      copyTo: string | null
    }
  | {kind: 'made'; backup: MadeBackup}

const MiB = 1024 * 1024

function databaseBytes(ws: Workspace): number {
  const file = join(ws.dir, DATABASE_FILE)
  const wal = file + '-wal'
  return statSync(file).size + (existsSync(wal) ? statSync(wal).size : 0)
}

/** The plaintext snapshot and the sealed file (at worst as big) exist side by side for a moment. */
const spaceNeeded = (databaseSize: number) => 2 * databaseSize + MiB

function dueStatus(ws: Workspace): BackupStatus {
  return statusOf(ws, scanBackups(backupsDir(ws), manifestSigner(keysDir(ws), false)))
}

export async function runBackup(ws: Workspace, request: RunRequest = {}): Promise<RunResult> {
  const dir = backupsDir(ws)
  mkdirSync(dir, {recursive: true, mode: 0o700})
  if (request.ifDue) {
    const status = dueStatus(ws)
    if (!status.due) return {kind: 'notDue', status}
  }
  const copyTo = request.copyTo ? resolve(request.copyTo) : null
  if (copyTo && !(existsSync(copyTo) && statSync(copyTo).isDirectory()))
    throw new ConflictError('backup.copyDirMissing', {dir: copyTo})
  if (request.dryRun) {
    const size = databaseBytes(ws)
    return {
      kind: 'planned',
      dir,
      databaseBytes: size,
      neededBytes: spaceNeeded(size),
      freeBytes: freeBytes(dir),
      copyTo,
    }
  }
  const release = await acquireLock(dir, request.lockWaitSeconds ?? 0, 'backup run')
  try {
    pauseAt('locked')
    // Two cron lines may have both found it due; the one that waited has nothing left to do.
    if (request.ifDue) {
      const status = dueStatus(ws)
      if (!status.due) return {kind: 'notDue', status}
    }
    const backup = await makeBackup(ws, {...request, copyTo: copyTo ?? undefined})
    return {kind: 'made', backup}
  } finally {
    release()
  }
}

/** A verified backup before a change that cannot be undone otherwise (year open). */
export async function backupBefore(ws: Workspace, purpose: Purpose, object: string): Promise<MadeBackup> {
  // A scheduled run may be under way: it takes seconds to minutes, worth waiting for.
  const release = await acquireLock(backupsDir(ws), 120, `backup ${purpose}`)
  try {
    return await makeBackup(ws, {purpose, object})
  } finally {
    release()
  }
}

export interface Leftovers {
  /** Files of interrupted runs, removed. */
  removed: number
  /** Backup files without a manifest that no run of this workspace left half-made: kept. */
  unknown: string[]
}

/**
 * Removes what interrupted runs left, and only that: *.partial files, and a backup file whose
 * manifest is still *.partial beside it (the run was killed between publishing the two). A backup
 * file without any manifest was put there by someone else (a copy, say): it is reported and kept.
 */
export function removeLeftovers(ws: Workspace): Leftovers {
  const dir = backupsDir(ws)
  const folder = scanBackups(dir, null)
  const doomed = [...folder.partials]
  const unknown: string[] = []
  for (const b of folder.backups) {
    if (b.dataBytes === null || existsSync(manifestPath(dir, b.id))) continue
    if (existsSync(manifestPath(dir, b.id) + PARTIAL_EXT)) doomed.push(dataPath(dir, b.id))
    else unknown.push(dataPath(dir, b.id))
  }
  const restoreTemp = join(ws.dir, DATABASE_FILE + '.restore' + PARTIAL_EXT)
  for (const file of [restoreTemp, restoreTemp + '-journal']) if (existsSync(file)) doomed.push(file)
  for (const file of doomed) unlinkSync(file)
  return {removed: doomed.length, unknown}
}

/** The backup itself; the caller holds the lock. */
export async function makeBackup(ws: Workspace, request: RunRequest = {}): Promise<MadeBackup> {
  const started = performance.now()
  const dir = backupsDir(ws)
  const leftovers: Leftovers =
    request.removeLeftovers === false ? {removed: 0, unknown: []} : removeLeftovers(ws)
  const needed = spaceNeeded(databaseBytes(ws))
  const free = freeBytes(dir)
  if (free < needed)
    throw new EjournalError('backup.noSpace', {dir, needed: megabytes(needed), free: Math.floor(free / MiB)})
  const signer = manifestSigner(keysDir(ws), true)!
  if (!signer.canSign) throw new WorkspaceError('backup.noSigningKey', {dir: keysDir(ws)})
  const kek = newKek(keySource(ws))

  const id = newBackupId(now())
  const snapshot = join(dir, `${id}.snapshot${PARTIAL_EXT}`)
  const data = dataPath(dir, id)
  const sealing = data + PARTIAL_EXT
  try {
    const rows = await takeSnapshot(ws.db, snapshot)
    pauseAt('snapshot')
    const inspection = checkDatabaseAside(snapshot, rows, false)
    let sealed: SealResult
    try {
      sealed = await seal(snapshot, sealing, kek, request.progress)
    } catch (error) {
      inspection.stop()
      throw error
    }
    const problems = await inspection.problems
    if (problems.length > 0)
      throw new EjournalError('backup.snapshotFailed', {
        detail: Object.values(problems[0]!.params).join(': '),
      })
    unlinkSync(snapshot)
    // Read back from the disk what was written: a bad sector or a lying driver shows up now,
    // not on the day of a restore.
    const reread = fileDigest(sealing)
    if (reread.sha256 !== sealed.data.sha256 || reread.bytes !== sealed.data.bytes)
      throw new EjournalError('backup.readBackFailed', {file: sealing})
    pauseAt('sealed')
    // The manifest, the rename and the log row are one commit, under the database's write lock:
    // a backup is logged exactly when its manifest is in place. Another command holding that lock
    // for longer than we wait fails the run here, before anything is published.
    let durationMs: number
    try {
      durationMs = writeLocked(ws, request.lockWaitSeconds ?? 0, () => {
        const head = chainHead(scanBackups(dir, signer))
        const manifest = stageManifest(
          manifestPath(dir, id),
          {
            format: 1,
            id,
            sequence: head.sequence,
            createdAt: now().toISOString(),
            program: `ejournal ${programVersion()}`,
            schemaVersion: schemaVersion(),
            purpose: request.purpose ?? 'run',
            object: request.object ?? null,
            file: basename(data),
            rows,
            snapshot: sealed.snapshot,
            data: sealed.data,
            cipher: sealed.header.cipher,
            compression: sealed.header.compression,
            chunkBytes: sealed.header.chunkBytes,
            keyId: sealed.header.keyId,
            previous: head.previous,
            signer: signer.id,
          },
          signer,
        )
        publish(sealing, data, dir)
        pauseAt('published')
        publish(manifest, manifestPath(dir, id), dir)
        pauseAt('committed')
        const ms = Math.round(performance.now() - started)
        logBackup(ws.db, {action: 'run', backupId: id, ok: true, bytes: sealed.data.bytes, durationMs: ms})
        return ms
      })
    } catch (error) {
      // Not logged, so not kept: the files and the log agree.
      for (const file of [manifestPath(dir, id), data]) if (existsSync(file)) unlinkSync(file)
      throw error
    }
    checkpoint(ws)
    const made: MadeBackup = {
      id,
      file: data,
      bytes: sealed.data.bytes,
      sha256: sealed.data.sha256,
      rows,
      durationMs,
      snapshotBytes: sealed.snapshot.bytes,
      copy: null,
      leftovers,
    }
    if (request.copyTo) made.copy = copyBackup(ws, id, request.copyTo)
    return made
  } catch (error) {
    const explained = explainWriteError(error, dir)
    // A failed copy is logged as such; the backup itself was made. A locked database takes no row.
    const key = explained instanceof EjournalError ? explained.key : ''
    if (!key.startsWith('backup.copy') && key !== 'backup.databaseBusy') {
      logQuietly(ws.db, {
        action: 'run',
        backupId: id,
        ok: false,
        details: explained instanceof EjournalError ? explained.key : String(error),
      })
    }
    throw explained
  } finally {
    const staged = manifestPath(dir, id) + PARTIAL_EXT
    for (const file of [snapshot, sealing, snapshot + '-journal', staged])
      if (existsSync(file)) unlinkSync(file)
  }
}

/**
 * Runs the commit inside a write transaction of the journal database, waiting for another
 * writer (an import) as long as the database's own timeout or --lock-wait, whichever is longer.
 */
function writeLocked<T>(ws: Workspace, waitSeconds: number, commit: () => T): T {
  const timeout = ws.db.pragma('busy_timeout', {simple: true}) as number
  const wait = Math.max(timeout, waitSeconds * 1000)
  ws.db.pragma(`busy_timeout = ${wait}`)
  try {
    ws.db.exec('BEGIN IMMEDIATE')
  } catch (error) {
    if ((error as {code?: string}).code?.startsWith('SQLITE_BUSY'))
      throw new ConflictError('backup.databaseBusy', {seconds: Math.round(wait / 1000)})
    throw error
  } finally {
    ws.db.pragma(`busy_timeout = ${timeout}`)
  }
  try {
    const result = commit()
    ws.db.exec('COMMIT')
    return result
  } finally {
    if (ws.db.inTransaction) ws.db.exec('ROLLBACK')
  }
}

/** Folds the WAL back into the database so that it does not grow between backups. */
function checkpoint(ws: Workspace): void {
  try {
    ws.db.pragma('wal_checkpoint(TRUNCATE)')
  } catch {
    // Busy with a writer: the next checkpoint will do it; the backup is already made.
  }
}

/** Copies a committed backup to another folder, the manifest last, and checks the copy. */
function copyBackup(ws: Workspace, id: string, to: string): string {
  const dir = backupsDir(ws)
  const files = [dataPath(dir, id), manifestPath(dir, id)]
  const started = performance.now()
  try {
    const needed = files.reduce((sum, f) => sum + statSync(f).size, 0) + MiB
    const free = freeBytes(to)
    if (free < needed)
      throw new EjournalError('backup.copyNoSpace', {
        id,
        dir: to,
        needed: megabytes(needed),
        free: Math.floor(free / MiB),
      })
    for (const from of files) {
      const target = join(to, basename(from))
      copyFileSync(from, target + PARTIAL_EXT)
      fsyncFile(target + PARTIAL_EXT)
      publish(target + PARTIAL_EXT, target, to)
    }
    for (const from of files) {
      const copy = join(to, basename(from))
      const a = fileDigest(from)
      const b = fileDigest(copy)
      if (a.sha256 !== b.sha256 || a.bytes !== b.bytes)
        throw new EjournalError('backup.copyMismatch', {id, file: copy})
    }
    logBackup(ws.db, {
      action: 'copy',
      backupId: id,
      ok: true,
      bytes: statSync(files[0]!).size,
      durationMs: performance.now() - started,
      details: to,
    })
    return join(to, id + DATA_EXT)
  } catch (error) {
    for (const from of files) {
      const partial = join(to, basename(from)) + PARTIAL_EXT
      if (existsSync(partial)) unlinkSync(partial)
    }
    const failure =
      error instanceof EjournalError
        ? error
        : explainWriteError(error, to) instanceof EjournalError
          ? new EjournalError('backup.copyDiskFull', {id, dir: to})
          : new EjournalError('backup.copyFailed', {id, dir: to, reason: (error as Error).message})
    logQuietly(ws.db, {action: 'copy', backupId: id, ok: false, details: `${to}: ${failure.key}`})
    throw failure
  }
}

/** Whole megabytes, rounded up: in a sentence about free space, no decimal separator to localise. */
function megabytes(bytes: number): number {
  return Math.ceil(bytes / MiB)
}
