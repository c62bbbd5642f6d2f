// What SQLite or the operating system reports, as a sentence a person can act on: a database
// another program is writing, a full disk, a workspace that cannot be written, a question
// cancelled. Anything else is left as it is (an internal error).
import {
  accessSync,
  constants,
  existsSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statfsSync,
} from 'node:fs'
import {dirname, relative, resolve} from 'node:path'

import {CancelledError, EjournalError} from './errors.js'
import {type Lang, t} from './i18n.js'

export interface Place {
  /** The workspace folder. */
  dir: string
  /** Its database file. */
  dbFile: string
  /** Why the workspace cannot be written (an errno code), when it was opened read-only. */
  readOnly?: string
}

/** @inquirer/prompts on Ctrl-C or the end of input. */
const PROMPT_ENDED = new Set(['ExitPromptError', 'AbortPromptError', 'CancelPromptError'])

export function explainSystemError(error: Error, place: Place, lang: Lang): Error {
  if (PROMPT_ENDED.has(error.name)) return new CancelledError()
  const code = String((error as {code?: unknown}).code ?? '')
  const path = (error as NodeJS.ErrnoException).path
  if (code.startsWith('SQLITE_BUSY') || code === 'SQLITE_LOCKED') {
    const holders = holdersOf(place.dbFile, lang)
    return holders.length
      ? new EjournalError('contract.locked', {file: place.dbFile, holders: holders.join('; ')})
      : new EjournalError('contract.lockedUnknown', {file: place.dbFile})
  }
  const where = path ? resolve(path) : place.dbFile
  // SQLite names a full disk SQLITE_FULL, except where it maps its -shm file: an I/O error then.
  const full = code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT'
  if (full || (code.startsWith('SQLITE_IOERR') && (freeBytes(where) ?? Infinity) < NEARLY_FULL))
    return new EjournalError('contract.diskFull', {path: where, free: size(freeBytes(where) ?? 0, lang)})
  if (code.startsWith('SQLITE_READONLY'))
    return new EjournalError('contract.readOnly', {dir: place.dir, reason: reasonOf(place.readOnly, lang)})
  if (path && (code === 'EROFS' || ((code === 'EACCES' || code === 'EPERM') && deniedWriting(path)))) {
    const reason = reasonOf(code, lang)
    return inside(place.dir, path)
      ? new EjournalError('contract.readOnly', {dir: place.dir, reason})
      : new EjournalError('contract.cannotWrite', {path: resolve(path), reason})
  }
  return error
}

function reasonOf(code: string | undefined, lang: Lang): string {
  return t(lang, code === 'EROFS' ? 'contract.reason.EROFS' : 'contract.reason.EACCES')
}

/** EACCES means a write was refused when the path itself can be read (or does not exist yet). */
function deniedWriting(path: string): boolean {
  try {
    accessSync(existsSync(path) ? path : dirname(path), constants.R_OK)
    return true
  } catch {
    return false
  }
}

function inside(dir: string, path: string): boolean {
  const rel = relative(resolve(dir), resolve(path))
  return !rel.startsWith('..') && !rel.startsWith('/')
}

const NEARLY_FULL = 64 * 1024

/** Free space for an ordinary user on the disk holding path. */
function freeBytes(path: string): number | undefined {
  let dir = path
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir)
  try {
    const stats = statfsSync(dir)
    return stats.bavail * stats.bsize
  } catch {
    return undefined
  }
}

const UNITS: Record<Lang, string[]> = {
  en: ['bytes', 'KB', 'MB', 'GB', 'TB'],
  ru: ['байт', 'КБ', 'МБ', 'ГБ', 'ТБ'],
}

/** «1,5 МБ», «1.5 MB». */
export function size(bytes: number, lang: Lang): string {
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < UNITS[lang].length - 1) {
    value /= 1024
    unit++
  }
  const number = unit === 0 ? String(value) : value.toFixed(1)
  return `${lang === 'ru' ? number.replace('.', ',') : number} ${UNITS[lang][unit]}`
}

/**
 * The other processes that have the database (or its WAL) open, from /proc on Linux: one of them
 * is the writer. Elsewhere, or when nothing is found, the message says no more than it knows.
 */
function holdersOf(file: string, lang: Lang): string[] {
  let real: string
  let pids: string[]
  try {
    real = realpathSync(file)
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid)
  } catch {
    return []
  }
  const targets = new Set([real, `${real}-wal`])
  const found: string[] = []
  for (const pid of pids) {
    try {
      const fds = readdirSync(`/proc/${pid}/fd`)
      if (fds.some((fd) => targets.has(linkOf(`/proc/${pid}/fd/${fd}`))))
        found.push(t(lang, 'contract.process', {command: commandOf(pid), pid}))
    } catch {
      // Gone meanwhile, or another user's: not ours to name.
    }
  }
  return found
}

function linkOf(path: string): string {
  try {
    return readlinkSync(path)
  } catch {
    return ''
  }
}

/** `node …/bin/run.js import pupils x.csv` is shown as typed: `ejournal import pupils x.csv`. */
function commandOf(pid: string): string {
  const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)
  const bin = argv.findIndex((a) => /(^|\/)(run\.js|ejournal)$/.test(a))
  const line = bin >= 0 ? ['ejournal', ...argv.slice(bin + 1)].join(' ') : argv.join(' ')
  return line.length > 120 ? `${line.slice(0, 119)}…` : line
}
