// The manifest is a backup's commit record: written last, signed, and chained to the manifest
// before it. A backup file without a valid manifest is not a backup.
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'

import {writePartial} from './durable.js'
import {type Signer} from './keys.js'

/** Why the backup was made; shown in `backup list`. */
export type Purpose = 'run' | 'before-year-open' | 'before-restore'

export interface Manifest {
  format: 1
  id: string
  /** 1, 2, 3 … in the order the backups were made (the clock may be pinned or set back). */
  sequence: number
  createdAt: string
  program: string
  schemaVersion: number
  purpose: Purpose
  /** What the purpose is about, e.g. the year opened; null for a plain run. */
  object: string | null
  file: string
  /** Rows per table, counted inside the snapshot's own read transaction. */
  rows: Record<string, number>
  snapshot: {bytes: number; sha256: string}
  data: {bytes: number; sha256: string}
  cipher: 'aes-256-gcm'
  compression: 'gzip-1'
  chunkBytes: number
  keyId: string
  previous: {id: string; sha256: string} | null
  signer: string
}

export interface SignedManifest extends Manifest {
  signature: string
}

export interface ReadManifest {
  manifest: SignedManifest
  /** SHA-256 of the manifest file: the next manifest's link in the chain. */
  sha256: string
}

function signedBytes(manifest: Manifest): Buffer {
  return Buffer.from(JSON.stringify(manifest))
}

/**
 * The signed manifest, written beside its final name as *.partial and fsynced: renaming it into
 * place commits the backup. Until then it names the backup file as the run's own.
 */
export function stageManifest(path: string, manifest: Manifest, signer: Signer): string {
  const signed: SignedManifest = {...manifest, signature: signer.sign(signedBytes(manifest))}
  return writePartial(path, JSON.stringify(signed, null, 2) + '\n')
}

/** The parsed manifest, or null when the file is not JSON of the expected shape. */
export function readManifest(path: string): ReadManifest | null {
  let text: Buffer
  try {
    text = readFileSync(path)
  } catch {
    return null
  }
  try {
    const manifest = JSON.parse(text.toString('utf8')) as SignedManifest
    if (manifest.format !== 1 || typeof manifest.id !== 'string' || typeof manifest.signature !== 'string')
      return null
    return {manifest, sha256: createHash('sha256').update(text).digest('hex')}
  } catch {
    return null
  }
}

export function signatureValid(manifest: SignedManifest, signer: Signer): boolean {
  const {signature, ...unsigned} = manifest
  return manifest.signer === signer.id && signer.verify(signedBytes(unsigned), signature)
}
