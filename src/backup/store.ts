// The backups folder as the source of truth: which backups exist (a signed manifest and its
// file), which files are leftovers of an interrupted run, and how ids are made and found.
import {randomBytes} from 'node:crypto'
import {existsSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'

import {ConflictError, UsageError} from '../cli/errors.js'
import {type Workspace} from '../workspace/workspace.js'
import {
  type Manifest,
  readManifest,
  type ReadManifest,
  signatureValid,
  type SignedManifest,
} from './manifest.js'
import {type Signer} from './keys.js'

export const DATA_EXT = '.ejb'
export const MANIFEST_EXT = '.manifest.json'
export const PARTIAL_EXT = '.partial'

export function backupsDir(ws: Pick<Workspace, 'dir'>): string {
  return join(ws.dir, 'backups')
}

export function keysDir(ws: Pick<Workspace, 'dir'>): string {
  return join(ws.dir, 'keys')
}

/** 20260902-010000-3fa9: sorts by time (UTC), readable, and unique with the random tail. */
export function newBackupId(at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
  return `${stamp}-${randomBytes(2).toString('hex')}`
}

export const dataPath = (dir: string, id: string) => join(dir, id + DATA_EXT)
export const manifestPath = (dir: string, id: string) => join(dir, id + MANIFEST_EXT)

export interface StoredBackup {
  id: string
  /** null: the manifest is missing or not readable. */
  read: ReadManifest | null
  signatureOk: boolean
  /** Size of the backup file, null when it is missing. */
  dataBytes: number | null
}

export interface BackupFolder {
  dir: string
  /** Every id with a manifest or a backup file, by sequence, then id. */
  backups: StoredBackup[]
  /** *.partial files (and their -journal): interrupted runs, drills and restores. */
  partials: string[]
}

const ID = /^(\d{8}-\d{6}-[0-9a-f]{4})/

export function scanBackups(dir: string, signer: Signer | null): BackupFolder {
  const names = existsSync(dir) ? readdirSync(dir) : []
  const ids = new Set<string>()
  const partials: string[] = []
  for (const name of names) {
    // SQLite may leave -journal beside a snapshot killed mid-check.
    if (name.includes(PARTIAL_EXT)) partials.push(join(dir, name))
    else if (name.endsWith(DATA_EXT) || name.endsWith(MANIFEST_EXT)) {
      const id = ID.exec(name)?.[1]
      if (id) ids.add(id)
    }
  }
  const backups = [...ids].map((id): StoredBackup => {
    const read = readManifest(manifestPath(dir, id))
    const file = dataPath(dir, id)
    return {
      id,
      read,
      signatureOk: Boolean(
        read && signer && read.manifest.id === id && signatureValid(read.manifest, signer),
      ),
      dataBytes: existsSync(file) ? statSync(file).size : null,
    }
  })
  backups.sort(
    (a, b) => (a.read?.manifest.sequence ?? 0) - (b.read?.manifest.sequence ?? 0) || a.id.localeCompare(b.id),
  )
  return {dir, backups, partials}
}

/**
 * The folder with the backups the log says were made (and not pruned) but of which no file is
 * left: a deleted backup is a finding, not something that never was.
 */
export function withLogged(
  folder: BackupFolder,
  made: ReadonlySet<string>,
  pruned: ReadonlySet<string>,
): BackupFolder {
  const present = new Set(folder.backups.map((b) => b.id))
  const backups = [...folder.backups]
  for (const id of [...made].filter((id) => !present.has(id) && !pruned.has(id)).sort()) {
    // Placed among the others by its id, which begins with the time it was made.
    const after = backups.findIndex((b) => b.id > id)
    const gone: StoredBackup = {id, read: null, signatureOk: false, dataBytes: null}
    backups.splice(after < 0 ? backups.length : after, 0, gone)
  }
  return {...folder, backups}
}

/** A backup counts when its manifest is signed by this workspace and its file has the right size. */
export function isIntact(b: StoredBackup): b is StoredBackup & {read: ReadManifest} {
  return b.signatureOk && b.read !== null && b.dataBytes === b.read.manifest.data.bytes
}

export function manifests(folder: BackupFolder): SignedManifest[] {
  return folder.backups.filter((b) => b.signatureOk && b.read).map((b) => b.read!.manifest)
}

/** The link the next manifest points to: the last manifest with a valid signature. */
export function chainHead(folder: BackupFolder): {previous: Manifest['previous']; sequence: number} {
  const signed = folder.backups.filter((b) => b.signatureOk && b.read)
  const last = signed[signed.length - 1]
  return last
    ? {previous: {id: last.id, sha256: last.read!.sha256}, sequence: last.read!.manifest.sequence + 1}
    : {previous: null, sequence: 1}
}

/** An id as typed: whole, or a unique beginning of one (like git and restic). */
export function findBackup(folder: BackupFolder, typed: string): StoredBackup {
  const exact = folder.backups.find((b) => b.id === typed)
  if (exact) return exact
  const matches = typed.length >= 4 ? folder.backups.filter((b) => b.id.startsWith(typed)) : []
  if (matches.length === 1) return matches[0]!
  if (matches.length > 1) throw new UsageError('backup.ambiguousId', {id: typed, count: matches.length})
  throw new ConflictError('backup.notFound', {id: typed})
}
