// archive verify: a bundle checked through and through — its SHA-256 against the .sha256 beside
// it (and the archive table, when this workspace made it), every tar header, the manifest's
// signature by the workspace key, every file's SHA-256 and size against the manifest, nothing
// more and nothing less, and the year's database: SQLite integrity_check, foreign_key_check and
// the row counts of the manifest. Every problem is reported, none is thrown.
import Database from 'better-sqlite3'
import {createHash, type Hash} from 'node:crypto'
import {
  closeSync,
  createReadStream,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {createGunzip} from 'node:zlib'

import {fileDigest} from '../backup/container.js'
import {manifestSigner} from '../backup/keys.js'
import {problem, type Problem} from '../backup/problem.js'
import {countRows} from '../backup/snapshot.js'
import {keysDir} from '../backup/store.js'
import {ConflictError} from '../cli/errors.js'
import {type Workspace} from '../workspace/workspace.js'
import {parseYearLabel} from '../year/label.js'
import {MANIFEST_FILE, manifestSignatureValid, parseManifest, type SignedArchiveManifest} from './manifest.js'
import {type BundleKind, listArchives} from './store.js'
import {readTar} from './tar.js'

export interface ArchiveVerifyResult {
  file: string
  /** The bundle holds the year's database (the journals bundle). */
  database: boolean
  kind: BundleKind | null
  year: string | null
  /** Files the manifest lists. */
  files: number
  ok: boolean
  problems: Problem[]
}

/** `archive.problem.fileHash` → `fileHash`: the stable code in --json. */
export const archiveProblemCode = (p: Problem) => p.key.replace(/^archive\.problem\./, '')

/** FILE: a bundle; or a year label: every bundle of that year in the archive table. */
export async function verifyArchives(ws: Workspace, target: string): Promise<ArchiveVerifyResult[]> {
  const label = parseYearLabel(target)?.label
  if (label && !existsSync(target)) {
    const rows = listArchives(ws.db, label)
    if (rows.length === 0) throw new ConflictError('archive.noneForYear', {year: label})
    const results: ArchiveVerifyResult[] = []
    for (const r of rows) results.push(await verifyBundle(ws, r.file))
    return results
  }
  return [await verifyBundle(ws, resolve(target))]
}

interface Entry {
  bytes: number
  read: number
  hash: Hash
}

export async function verifyBundle(ws: Workspace, file: string): Promise<ArchiveVerifyResult> {
  const result: ArchiveVerifyResult = {
    file,
    database: false,
    kind: null,
    year: null,
    files: 0,
    ok: false,
    problems: [],
  }
  const problems = result.problems
  if (!existsSync(file)) {
    problems.push(problem('archive.problem.missing', {file}))
    return result
  }
  const digest = fileDigest(file)
  const sums = file + '.sha256'
  if (!existsSync(sums)) problems.push(problem('archive.problem.sha256Missing', {file: sums}))
  else if (readFileSync(sums, 'utf8').trim().split(/\s+/)[0] !== digest.sha256)
    problems.push(problem('archive.problem.sha256Mismatch', {file: sums}))
  const registered = listArchives(ws.db).find((r) => r.file === file)
  if (registered && registered.sha256 !== digest.sha256)
    problems.push(problem('archive.problem.registryMismatch'))

  const temp = mkdtempSync(join(tmpdir(), 'ejournal-archive-verify-'))
  try {
    const entries = new Map<string, Entry>()
    let manifestText: string | null = null
    let top: string | null = null
    const databases = new Map<string, string>()
    const open: number[] = []
    try {
      await readTar(createReadStream(file).pipe(createGunzip()), (name, bytes) => {
        const slash = name.indexOf('/')
        top ??= name.slice(0, slash)
        const path = name.slice(slash + 1)
        if (slash < 0 || name.slice(0, slash) !== top)
          problems.push(problem('archive.problem.fileExtra', {path: name}))
        const entry: Entry = {bytes, read: 0, hash: createHash('sha256')}
        entries.set(path, entry)
        const parts: Buffer[] = []
        // The database is checked by SQLite: it goes to a private temporary file.
        const copy = join(temp, `${databases.size}.sqlite`)
        const fd = path.endsWith('.sqlite') && !databases.has(path) ? openSync(copy, 'wx', 0o600) : null
        if (fd !== null) {
          databases.set(path, copy)
          open.push(fd)
        }
        return {
          data: (chunk) => {
            entry.hash.update(chunk)
            entry.read += chunk.length
            if (path === MANIFEST_FILE && entry.read <= 16 << 20) parts.push(Buffer.from(chunk))
            if (fd !== null) writeSync(fd, chunk)
          },
          end: () => {
            if (fd !== null) closeSync(open.splice(open.indexOf(fd), 1)[0]!)
            if (path === MANIFEST_FILE) manifestText = Buffer.concat(parts).toString('utf8')
          },
        }
      })
    } catch (error) {
      problems.push(problem('archive.problem.unreadable', {reason: (error as Error).message}))
    } finally {
      for (const fd of open) closeSync(fd)
    }

    const manifest = manifestText === null ? null : parseManifest(manifestText)
    if (manifestText === null) problems.push(problem('archive.problem.manifestMissing'))
    else if (!manifest) problems.push(problem('archive.problem.manifestUnreadable'))
    if (manifest) {
      result.kind = manifest.bundle
      result.year = manifest.year
      result.files = manifest.files.length
      checkManifest(ws, manifest, entries, problems)
      checkRecorded(ws, manifest, manifestText!, problems)
      if (manifest.database) {
        result.database = true
        const db = databases.get(manifest.database)
        if (db) problems.push(...checkYearDatabase(db, manifest.rows))
        else if (!problems.some((p) => p.key === 'archive.problem.fileMissing'))
          problems.push(problem('archive.problem.fileMissing', {path: manifest.database}))
      }
    }
  } finally {
    rmSync(temp, {recursive: true, force: true})
  }
  result.ok = problems.length === 0
  return result
}

function checkManifest(
  ws: Workspace,
  manifest: SignedArchiveManifest,
  entries: Map<string, Entry>,
  problems: Problem[],
): void {
  const signer = manifestSigner(keysDir(ws), false)
  if (!signer) problems.push(problem('archive.problem.noSigningKey', {dir: keysDir(ws)}))
  else if (!manifestSignatureValid(manifest, signer)) problems.push(problem('archive.problem.badSignature'))
  const listed = new Set<string>()
  for (const f of manifest.files) {
    listed.add(f.path)
    const e = entries.get(f.path)
    if (!e) problems.push(problem('archive.problem.fileMissing', {path: f.path}))
    else if (e.read !== f.bytes || e.hash.digest('hex') !== f.sha256)
      problems.push(problem('archive.problem.fileHash', {path: f.path}))
  }
  for (const path of entries.keys())
    if (path !== MANIFEST_FILE && !listed.has(path))
      problems.push(problem('archive.problem.fileExtra', {path}))
}

/**
 * The bundle is the year's archive only when this journal recorded it so: a bundle of a year that
 * is not archived was left by an interrupted `archive create` (or made from another copy of the
 * journal), and one whose manifest is not the recorded one is not this archive.
 */
function checkRecorded(
  ws: Workspace,
  manifest: SignedArchiveManifest,
  text: string,
  problems: Problem[],
): void {
  const recorded = listArchives(ws.db, manifest.year).find((r) => r.kind === manifest.bundle)
  if (!recorded) problems.push(problem('archive.problem.notArchived', {year: manifest.year}))
  else if (recorded.manifestSha256 !== createHash('sha256').update(text).digest('hex'))
    problems.push(problem('archive.problem.notRecorded', {year: manifest.year}))
}

/** integrity_check, foreign_key_check and the row counts of the year's database. */
function checkYearDatabase(file: string, rows: Record<string, number>): Problem[] {
  let db: Database.Database
  try {
    db = new Database(file, {readonly: true, fileMustExist: true})
  } catch (error) {
    return [problem('archive.problem.notDatabase', {reason: (error as Error).message})]
  }
  try {
    const messages = (db.pragma('integrity_check') as Array<{integrity_check: string}>)
      .map((r) => r.integrity_check)
      .filter((m) => m !== 'ok')
    if (messages.length)
      return [problem('archive.problem.sqliteCheck', {detail: messages.slice(0, 3).join('; ')})]
    const orphans = db.pragma('foreign_key_check') as Array<{table: string; parent: string}>
    if (orphans.length)
      return [
        problem('archive.problem.foreignKeys', {
          detail: [...new Set(orphans.map((o) => `${o.table} → ${o.parent}`))].slice(0, 3).join(', '),
        }),
      ]
    const found = countRows(db)
    const differing = [...new Set([...Object.keys(rows), ...Object.keys(found)])]
      .filter((t) => rows[t] !== found[t])
      .map((t) => `${t} ${found[t] ?? '—'}/${rows[t] ?? '—'}`)
    return differing.length
      ? [problem('archive.problem.rowCounts', {tables: differing.slice(0, 5).join(', ')})]
      : []
  } catch (error) {
    return [problem('archive.problem.notDatabase', {reason: (error as Error).message})]
  } finally {
    db.close()
  }
}
