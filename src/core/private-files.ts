// Files that ejournal writes. Files that name pupils (reports, letters, check pages, exports) are
// created 0600, in folders made 0700.
//
// A path the user names (-o, --rejects, import template's ./<kind>.csv) is the user's file: it is
// never written through a symbolic link, an existing file is replaced only with --force (and keeps
// its mode: a file the user made is neither widened nor narrowed), and the folder must exist.
// claimOutputFile() is that whole policy; every writer of such a path goes through it. Names that
// ejournal chooses itself in exports/ are never replaced: the next free name is taken (-2, -3 …).
//
// Every file is written beside its place under a temporary name and moved in when complete, so a
// failed or interrupted write leaves no half file where the user looks.
import {randomBytes} from 'node:crypto'
import {
  chmodSync,
  closeSync,
  createWriteStream,
  fchmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readlinkSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type WriteStream,
} from 'node:fs'
import {basename, dirname, extname, join, relative, resolve, sep} from 'node:path'

import {UsageError} from '../cli/errors.js'

export interface OutputOptions {
  /** Replace an existing regular file (its mode is kept). Never a link, a folder or a device. */
  force?: boolean
}

export interface OutputClaim {
  /** The absolute path. */
  path: string
  /** The mode of the file replaced under --force; null for a new file (0600). */
  keepMode: number | null
}

const errno = (error: unknown) => (error as NodeJS.ErrnoException).code

/**
 * Whether `file` may be written: its folder exists, it is not a symbolic link, a folder or a
 * device, and it does not exist unless `force`. Throws a UsageError (exit 2) saying what to do;
 * writes nothing. Call it before the work when the work itself writes something (an import, a
 * recorded report), so that a bad path is refused first.
 */
export function claimOutputFile(file: string, options: OutputOptions = {}): OutputClaim {
  const path = resolve(file)
  // «-o reports/» names a folder even when there is none of that name.
  const dir = file.endsWith('/') || file.endsWith(sep) ? path : dirname(path)
  let folder
  try {
    folder = statSync(dir)
  } catch (error) {
    if (errno(error) === 'ENOENT' || errno(error) === 'ENOTDIR')
      throw new UsageError('files.noFolder', {path, dir})
    throw error
  }
  if (!folder.isDirectory()) throw new UsageError('files.noFolder', {path, dir})
  let found
  try {
    found = lstatSync(path)
  } catch (error) {
    if (errno(error) === 'ENOENT') return {path, keepMode: null}
    throw error
  }
  if (found.isSymbolicLink()) throw new UsageError('files.symlink', {path, target: readlinkSync(path)})
  if (found.isDirectory()) throw new UsageError('files.isFolder', {path})
  if (!found.isFile()) throw new UsageError('files.notFile', {path})
  if (!options.force) throw new UsageError('files.exists', {path})
  return {path, keepMode: found.mode & 0o7777}
}

/**
 * A folder the user names for files ejournal names itself (credentials --out): it must exist
 * (a mistyped path is not made) and be a folder. The files in it are made new, never replaced.
 */
export function claimOutputFolder(dir: string): string {
  const path = resolve(dir)
  let found
  try {
    found = statSync(path)
  } catch (error) {
    if (errno(error) === 'ENOENT' || errno(error) === 'ENOTDIR')
      throw new UsageError('files.folderMissing', {dir: path})
    throw error
  }
  if (!found.isDirectory()) throw new UsageError('files.notFolder', {dir: path})
  return path
}

/** A file being written beside its place; moved in by place(), removed by discard(). */
interface Pending {
  claim: OutputClaim
  force: boolean
  temp: string
  fd: number
}

function begin(file: string, options: OutputOptions): Pending {
  const claim = claimOutputFile(file, options)
  const temp = join(
    dirname(claim.path),
    `.${basename(claim.path)}.${process.pid}-${randomBytes(4).toString('hex')}.part`,
  )
  const fd = openSync(temp, 'wx', 0o600)
  try {
    fchmodSync(fd, claim.keepMode ?? 0o600)
  } catch (error) {
    closeSync(fd)
    unlinkSync(temp)
    throw error
  }
  return {claim, force: Boolean(options.force), temp, fd}
}

/** Filesystems without hard links (a FAT flash drive). */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'])

function place(p: Pending): string {
  const {path} = p.claim
  if (p.force) {
    // rename() replaces the name: a link put there meanwhile is replaced, never followed.
    renameSync(p.temp, path)
    return path
  }
  try {
    // link() fails when the name exists, even as a link: nothing made meanwhile is replaced.
    linkSync(p.temp, path)
  } catch (error) {
    if (errno(error) === 'EEXIST') throw new UsageError('files.exists', {path})
    if (!NO_LINKS.has(errno(error) ?? '')) throw error
    claimOutputFile(path)
    renameSync(p.temp, path)
    return path
  }
  unlinkSync(p.temp)
  return path
}

function discard(p: Pending): void {
  try {
    unlinkSync(p.temp)
  } catch {
    // already gone
  }
}

/** Writes a whole file under the policy of claimOutputFile(). Returns the absolute path. */
export function writeOutputFile(
  file: string,
  content: string | Uint8Array,
  options: OutputOptions = {},
): string {
  const p = begin(file, options)
  try {
    try {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
      for (let done = 0; done < bytes.length;) done += writeSync(p.fd, bytes, done, bytes.length - done)
    } finally {
      closeSync(p.fd)
    }
    return place(p)
  } catch (error) {
    discard(p)
    throw error
  }
}

export interface OutputStream {
  stream: WriteStream
  /** After the stream has finished: moves the file into place and returns its path. */
  place: () => string
  /** After a failure: removes what was written. */
  discard: () => void
}

/** A stream to a file under the policy of claimOutputFile() (for PDFs, which are streamed). */
export function outputStream(file: string, options: OutputOptions = {}): OutputStream {
  const p = begin(file, options)
  const stream = createWriteStream(p.temp, {fd: p.fd})
  return {
    stream,
    place: () => place(p),
    discard: () => {
      stream.destroy()
      discard(p)
    },
  }
}

/** Makes the folders from `base` down to `dir`, each private (0700); `base` itself must exist. */
export function privateDirs(base: string, dir: string): string {
  const target = resolve(dir)
  const rel = relative(resolve(base), target)
  let current = resolve(base)
  for (const part of rel.split(sep).filter(Boolean)) {
    current = join(current, part)
    mkdirSync(current, {recursive: true, mode: 0o700})
    chmodSync(current, 0o700)
  }
  return target
}

/** exports/<date> of a workspace, made private. */
export function exportsDir(workspaceDir: string, date: string): string {
  const base = join(workspaceDir, 'exports')
  mkdirSync(base, {recursive: true, mode: 0o700})
  return privateDirs(base, join(base, date))
}

/** «name.pdf», else «name-2.pdf», «name-3.pdf» …: the first name in `dir` nothing has. */
export function freeName(dir: string, name: string): string {
  const ext = extname(name)
  const stem = name.slice(0, name.length - ext.length)
  for (let copy = 1; ; copy++) {
    const path = join(dir, copy === 1 ? name : `${stem}-${copy}${ext}`)
    try {
      lstatSync(path)
    } catch (error) {
      if (errno(error) === 'ENOENT') return path
      throw error
    }
  }
}

/** A new private folder exports/<date>/<name>, else <name>-2, <name>-3 …: one per run, never shared. */
export function newExportsFolder(workspaceDir: string, date: string, name: string): string {
  const parent = exportsDir(workspaceDir, date)
  for (let copy = 1; ; copy++) {
    const dir = join(parent, copy === 1 ? name : `${name}-${copy}`)
    try {
      mkdirSync(dir, {mode: 0o700})
    } catch (error) {
      if (errno(error) === 'EEXIST') continue
      throw error
    }
    chmodSync(dir, 0o700)
    return dir
  }
}
