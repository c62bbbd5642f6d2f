// One backup operation at a time per workspace (two cron lines, a run during a restore): an
// O_EXCL lock file naming its holder, as restic does. A lock whose process is gone on this host
// is stale and taken over.
import {closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync} from 'node:fs'
import {hostname} from 'node:os'
import {join} from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'

import {ConflictError} from '../cli/errors.js'

export interface LockHolder {
  pid: number
  host: string
  startedAt: string
  command: string
}

export type Release = () => void

const LOCK_FILE = 'backup.lock'
const POLL_MS = 200
// A lock file that is still empty this long after it was made belongs to a process killed
// between creating and writing it.
const EMPTY_GRACE_MS = 10_000

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function holderOf(path: string): LockHolder | 'stale' | null {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    return null // released meanwhile
  }
  try {
    const holder = JSON.parse(text) as LockHolder
    if (holder.host === hostname() && !alive(holder.pid)) return 'stale'
    return holder
  } catch {
    try {
      return Date.now() - statSync(path).mtimeMs > EMPTY_GRACE_MS ? 'stale' : null
    } catch {
      return null
    }
  }
}

function tryCreate(path: string, command: string): boolean {
  let fd: number
  try {
    fd = openSync(path, 'wx', 0o600)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    command,
  }
  try {
    writeSync(fd, JSON.stringify(holder))
  } finally {
    closeSync(fd)
  }
  return true
}

/** Takes the lock in dir, waiting up to waitSeconds for its holder to finish. */
export async function acquireLock(dir: string, waitSeconds: number, command: string): Promise<Release> {
  const path = join(dir, LOCK_FILE)
  const deadline = Date.now() + waitSeconds * 1000
  for (;;) {
    if (tryCreate(path, command)) {
      return () => {
        try {
          if ((JSON.parse(readFileSync(path, 'utf8')) as LockHolder).pid === process.pid) unlinkSync(path)
        } catch {
          // Already gone: nothing to release.
        }
      }
    }
    const holder = holderOf(path)
    if (holder === 'stale') {
      try {
        unlinkSync(path)
      } catch {
        // Another waiter took it over first; the next round decides.
      }
      continue
    }
    if (holder !== null && Date.now() >= deadline) {
      throw new ConflictError('backup.locked', {
        pid: holder.pid,
        host: holder.host,
        since: holder.startedAt,
        command: holder.command,
        file: path,
      })
    }
    await sleep(POLL_MS)
  }
}
