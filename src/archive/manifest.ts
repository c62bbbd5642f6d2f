// The manifest inside each archive bundle: what the bundle is (school, year, kind, retention), the
// year's row counts, and the SHA-256 of every file in it — signed with the workspace's Ed25519
// key (the backups' signer, src/backup/keys.ts), so that a bundle changed or made elsewhere is
// told apart from the one this school made.
import {type Signer} from '../backup/keys.js'
import {type BundleKind} from './store.js'

export const MANIFEST_FILE = 'manifest.json'

export interface ManifestFile {
  /** Inside the bundle's folder, '/'-separated. */
  path: string
  bytes: number
  sha256: string
}

export interface ArchiveManifest {
  format: 1
  type: 'ejournal-archive'
  bundle: BundleKind
  school: string
  year: string
  startsOn: string
  endsOn: string
  createdAt: string
  program: string
  schemaVersion: number
  classes: string[]
  /** Pages of the print forms in this bundle. */
  pages: number
  /** Rows per table of the year's database (data/*.sqlite, in the journals bundle). */
  rows: Record<string, number>
  /** The year's database inside this bundle, or null (the summaries bundle has none). */
  database: string | null
  retention: {years: number; retainUntil: string}
  files: ManifestFile[]
  signer: string
}

export interface SignedArchiveManifest extends ArchiveManifest {
  signature: string
}

const signedBytes = (m: ArchiveManifest) => Buffer.from(JSON.stringify(m))

export function signManifest(manifest: ArchiveManifest, signer: Signer): string {
  const signed: SignedArchiveManifest = {...manifest, signature: signer.sign(signedBytes(manifest))}
  return JSON.stringify(signed, null, 2) + '\n'
}

/** The manifest, or null when the text is not one. */
export function parseManifest(text: string): SignedArchiveManifest | null {
  try {
    const m = JSON.parse(text) as SignedArchiveManifest
    if (
      m.format !== 1 ||
      m.type !== 'ejournal-archive' ||
      typeof m.signature !== 'string' ||
      !Array.isArray(m.files)
    )
      return null
    return m
  } catch {
    return null
  }
}

export function manifestSignatureValid(m: SignedArchiveManifest, signer: Signer): boolean {
  const {signature, ...unsigned} = m
  return m.signer === signer.id && signer.verify(signedBytes(unsigned), signature)
}
