// Writes that survive a power cut: data fsynced before the rename that publishes it, and the
// folder fsynced after, so that a file either is there whole under its final name or is not.
import {closeSync, fsyncSync, openSync, renameSync, statfsSync, writeSync} from 'node:fs'

import {EjournalError} from '../cli/errors.js'

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

export function fsyncDir(dir: string): void {
  fsyncFile(dir)
}

/** partial → final, then the folder: the rename itself must be on disk too. */
export function publish(partial: string, final: string, dir: string): void {
  renameSync(partial, final)
  fsyncDir(dir)
}

/** A small file (a manifest) written privately to *.partial, fsynced and renamed into place. */
export function writeDurably(final: string, dir: string, data: string | Buffer): void {
  publish(writePartial(final, data), final, dir)
}

/** A small file written privately beside its final name as *.partial and fsynced; returns its path. */
export function writePartial(final: string, data: string | Buffer): string {
  const partial = final + '.partial'
  const fd = openSync(partial, 'w', 0o600)
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data
    let done = 0
    while (done < bytes.length) done += writeSync(fd, bytes, done)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  return partial
}

export function freeBytes(dir: string): number {
  const s = statfsSync(dir)
  return s.bavail * s.bsize
}

const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG', 'SQLITE_FULL'])

/** A full disk becomes one clear sentence; anything else stays what it was. */
export function explainWriteError(error: unknown, dir: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code && FULL.has(code)) return new EjournalError('backup.diskFull', {dir})
  return error
}
