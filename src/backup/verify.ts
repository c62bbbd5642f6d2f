// backup verify, in levels like restic's check: (1) the manifest: signature and chain; (2) the
// file: size and SHA-256, no key needed; (3) a restore drill: decrypt into a private temporary
// file, compare its SHA-256 with the snapshot's, run quick_check (integrity_check with --full)
// and compare the row counts. Every problem is reported, none is thrown.
import {existsSync, unlinkSync} from 'node:fs'
import {join} from 'node:path'

import {ConflictError, UsageError} from '../cli/errors.js'
import {type Workspace} from '../workspace/workspace.js'
import {type Progress} from '../cli/progress.js'
import {type Digest, fileDigest, unseal} from './container.js'
import {keySource, manifestSigner} from './keys.js'
import {acquireLock} from './lock.js'
import {type BackupHistory, backupHistory, logQuietly} from './log.js'
import {type Manifest} from './manifest.js'
import {problem, problemCode, problemOf, type Problem} from './problem.js'
import {checkDatabase} from './snapshot.js'
import {
  type BackupFolder,
  backupsDir,
  dataPath,
  findBackup,
  keysDir,
  manifestPath,
  PARTIAL_EXT,
  scanBackups,
  type StoredBackup,
  withLogged,
} from './store.js'

export interface VerifyRequest {
  id?: string
  all?: boolean
  full?: boolean
  progress?: Progress
}

export interface VerifyResult {
  id: string
  createdAt: string | null
  ok: boolean
  problems: Problem[]
}

export interface CheckOptions {
  full: boolean
  /** Keep the drill's file here when every check passes (restore); else it is removed. */
  keepAs?: string
  progress?: Progress
}

/** Level 1: the manifest, its signature and its link to the one before. */
function checkManifest(
  folder: BackupFolder,
  history: BackupHistory,
  b: StoredBackup,
  keys: boolean,
): Problem[] {
  if (!b.read) {
    const missing = !existsSync(manifestPath(folder.dir, b.id))
    if (missing && b.dataBytes === null) return [problem('backup.problem.filesMissing')]
    return [problem(missing ? 'backup.problem.manifestMissing' : 'backup.problem.manifestUnreadable')]
  }
  const problems: Problem[] = []
  const m = b.read.manifest
  if (!keys) problems.push(problem('backup.problem.noSigningKey'))
  else if (!b.signatureOk) problems.push(problem('backup.problem.badSignature'))
  if (m.previous) {
    const previous = folder.backups.find((p) => p.id === m.previous!.id)
    if (previous?.read && previous.read.sha256 !== m.previous.sha256)
      problems.push(problem('backup.problem.chainBroken', {previous: m.previous.id}))
    // Backups restored on another machine come without their predecessors: only a manifest this
    // workspace made and did not prune is missing for a reason.
    else if (!previous?.read && history.made.has(m.previous.id) && !history.pruned.has(m.previous.id))
      problems.push(problem('backup.problem.chainGap', {previous: m.previous.id}))
  }
  if (b.dataBytes === null) problems.push(problem('backup.problem.dataMissing', {file: m.file}))
  return problems
}

/** Level 2, the size: the hash is taken from the drill's read of the file. */
function checkSize(b: StoredBackup, m: Manifest): Problem[] {
  if (b.dataBytes! < m.data.bytes)
    return [problem('backup.problem.truncated', {bytes: b.dataBytes, expected: m.data.bytes})]
  if (b.dataBytes! > m.data.bytes)
    return [problem('backup.problem.sizeDiffers', {bytes: b.dataBytes, expected: m.data.bytes})]
  return []
}

/** Level 3: the restore drill; also the SHA-256 of the whole file when it got to read it all. */
async function drill(
  ws: Workspace,
  folder: BackupFolder,
  b: StoredBackup,
  options: CheckOptions,
): Promise<{problems: Problem[]; data: Digest | null}> {
  const m = b.read!.manifest
  const target = options.keepAs ?? join(folder.dir, `${b.id}.drill${PARTIAL_EXT}`)
  if (existsSync(target)) unlinkSync(target)
  let ok = false
  try {
    const opened = await unseal(dataPath(folder.dir, b.id), target, keySource(ws), {
      durable: Boolean(options.keepAs),
      progress: options.progress,
    })
    if (opened.snapshot.sha256 !== m.snapshot.sha256 || opened.snapshot.bytes !== m.snapshot.bytes)
      return {problems: [problem('backup.problem.snapshotHash')], data: opened.data}
    const problems = checkDatabase(target, m.rows, options.full)
    ok = problems.length === 0
    return {problems, data: opened.data}
  } catch (error) {
    return {problems: [problemOf(error)], data: null}
  } finally {
    if (!(ok && options.keepAs))
      for (const f of [target, target + '-journal']) if (existsSync(f)) unlinkSync(f)
  }
}

/** Every level for one backup; the caller holds the lock. */
export async function checkBackup(
  ws: Workspace,
  folder: BackupFolder,
  history: BackupHistory,
  b: StoredBackup,
  options: CheckOptions,
  hasSigningKey: boolean,
): Promise<Problem[]> {
  const problems = checkManifest(folder, history, b, hasSigningKey)
  if (!b.read || b.dataBytes === null) return problems
  const m = b.read.manifest
  const size = checkSize(b, m)
  const drilled = await drill(ws, folder, b, options)
  // The key was missing or a block was damaged: the file's hash needs a pass of its own.
  const data = size.length > 0 ? null : (drilled.data ?? fileDigest(dataPath(folder.dir, b.id)))
  const hash = data && data.sha256 !== m.data.sha256 ? [problem('backup.problem.dataHash')] : []
  return [...problems, ...size, ...hash, ...drilled.problems]
}

export async function verifyBackups(ws: Workspace, request: VerifyRequest): Promise<VerifyResult[]> {
  const dir = backupsDir(ws)
  const release = await acquireLock(dir, 0, 'backup verify')
  try {
    const signer = manifestSigner(keysDir(ws), false)
    const history = backupHistory(ws.db)
    const folder = withLogged(scanBackups(dir, signer), history.made, history.pruned)
    const selected = select(folder, history, request)
    const results: VerifyResult[] = []
    for (const b of selected) {
      const problems = await checkBackup(
        ws,
        folder,
        history,
        b,
        {full: Boolean(request.full), progress: request.progress},
        signer !== null,
      )
      results.push({
        id: b.id,
        createdAt: b.read?.manifest.createdAt ?? null,
        ok: problems.length === 0,
        problems,
      })
      logQuietly(ws.db, {
        action: 'verify',
        backupId: b.id,
        ok: problems.length === 0,
        bytes: b.dataBytes,
        details: problems.length ? problems.map(problemCode).join(', ') : request.full ? 'full' : null,
      })
    }
    return results
  } finally {
    release()
  }
}

function select(folder: BackupFolder, history: BackupHistory, request: VerifyRequest): StoredBackup[] {
  if (request.id && request.all) throw new UsageError('backup.idOrAll')
  if (request.id) return [findBackup(folder, request.id)]
  // A file without a manifest that no finished run made is an interrupted run's leftover, not a backup.
  const backups = folder.backups.filter((b) => b.read || history.made.has(b.id))
  if (backups.length === 0) throw new ConflictError('backup.none')
  if (request.all) return backups
  const committed = backups.filter((b) => b.read)
  return [committed[committed.length - 1] ?? backups[backups.length - 1]!]
}
