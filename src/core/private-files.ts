// Files that name pupils (reports, letters, check pages, exports) are created 0600, in folders
// made 0700 — also when the file or folder existed before.
import {
  chmodSync,
  closeSync,
  createWriteStream,
  fchmodSync,
  mkdirSync,
  openSync,
  writeFileSync,
  type WriteStream,
} from 'node:fs'
import {join, relative, resolve, sep} from 'node:path'

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

/** Writes a text or bytes file readable by its owner only (also when it existed before). */
export function writePrivateFile(file: string, content: string | Uint8Array): string {
  const path = resolve(file)
  writeFileSync(path, content, {mode: 0o600})
  chmodSync(path, 0o600)
  return path
}

/** A write stream to a private file (for PDFs, which are streamed to disk). */
export function privateStream(file: string): WriteStream {
  const fd = openSync(resolve(file), 'w', 0o600)
  try {
    fchmodSync(fd, 0o600)
  } catch (error) {
    closeSync(fd)
    throw error
  }
  return createWriteStream(resolve(file), {fd})
}

/** exports/<date>[/<sub>] of a workspace, made private. */
export function exportsDir(workspaceDir: string, date: string, sub?: string): string {
  const base = join(workspaceDir, 'exports')
  mkdirSync(base, {recursive: true, mode: 0o700})
  return privateDirs(base, sub ? join(base, date, sub) : join(base, date))
}
