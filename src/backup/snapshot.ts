// The snapshot: a consistent copy of the live database, made while the school keeps working.
// better-sqlite3's backup() in a single step (the default 100-page steps restart on every write
// by another process and never finish on a big, busy journal), inside a read transaction of the
// source, so that the row counts read there describe exactly the pages copied.
import Database from 'better-sqlite3'
import {closeSync, openSync} from 'node:fs'
import {createRequire} from 'node:module'
import {Worker} from 'node:worker_threads'

import {type Db} from '../db/open.js'
import {type Problem} from './problem.js'

export type Rows = Record<string, number>

// countRows and inspect also run in a worker thread, from their source text: they must use
// nothing but their arguments.

export function countRows(db: Db): Rows {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND substr(name, 1, 7) <> 'sqlite_' ORDER BY name",
    )
    .pluck()
    .all() as string[]
  const rows: Rows = {}
  for (const t of tables)
    rows[t] = db
      .prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`)
      .pluck()
      .get() as number
  return rows
}

/**
 * SQLite's quick_check (integrity_check when full) and the row counts against those recorded.
 * A copy cut short by a crash opens as a valid, empty database that passes quick_check: the
 * counts are what catch it.
 */
function inspect(open: (file: string) => Db, file: string, rows: Rows, full: boolean): Problem[] {
  let db: Db
  try {
    db = open(file)
  } catch (error) {
    return [{key: 'backup.problem.notDatabase', params: {reason: (error as Error).message}}]
  }
  try {
    const check = full ? 'integrity_check' : 'quick_check'
    const messages = (db.pragma(check, {simple: false}) as Array<Record<string, string>>)
      .map((r) => Object.values(r)[0])
      .filter((m) => m !== 'ok')
    if (messages.length > 0)
      return [{key: 'backup.problem.sqliteCheck', params: {check, detail: messages.slice(0, 3).join('; ')}}]
    const found = countRows(db)
    const differing = [...new Set([...Object.keys(rows), ...Object.keys(found)])]
      .filter((t) => rows[t] !== found[t])
      .map((t) => `${t} ${found[t] ?? '—'}/${rows[t] ?? '—'}`)
    return differing.length > 0
      ? [{key: 'backup.problem.rowCounts', params: {tables: differing.slice(0, 5).join(', ')}}]
      : []
  } catch (error) {
    return [{key: 'backup.problem.notDatabase', params: {reason: (error as Error).message}}]
  } finally {
    db.close()
  }
}

const openReadOnly = (file: string): Db => new Database(file, {readonly: true, fileMustExist: true})

/** Copies the database to target (made 0600 first) and returns the row counts of the copy. */
export async function takeSnapshot(db: Db, target: string): Promise<Rows> {
  closeSync(openSync(target, 'wx', 0o600))
  let rows: Rows
  db.exec('BEGIN')
  try {
    rows = countRows(db)
    await db.backup(target, {progress: ({remainingPages}) => remainingPages})
  } finally {
    db.exec('COMMIT')
  }
  // Rollback mode: a self-contained file that readers open without -wal and -shm beside it.
  const copy = new Database(target, {fileMustExist: true})
  try {
    copy.pragma('journal_mode = DELETE')
  } finally {
    copy.close()
  }
  return rows
}

/** Checks a snapshot or a restored copy, here and now. */
export function checkDatabase(file: string, rows: Rows, full: boolean): Problem[] {
  return inspect(openReadOnly, file, rows, full)
}

export interface Inspection {
  problems: Promise<Problem[]>
  stop: () => void
}

/** The same check in a worker thread, so that a big snapshot is checked while it is being sealed. */
export function checkDatabaseAside(file: string, rows: Rows, full: boolean): Inspection {
  const source = `
    const {parentPort, workerData} = require('node:worker_threads')
    const Database = require(workerData.sqlite)
    const countRows = ${countRows.toString()}
    const inspect = ${inspect.toString()}
    const open = (file) => new Database(file, {readonly: true, fileMustExist: true})
    parentPort.postMessage(inspect(open, workerData.file, workerData.rows, workerData.full))`
  const sqlite = createRequire(import.meta.url).resolve('better-sqlite3')
  const worker = new Worker(source, {eval: true, workerData: {sqlite, file, rows, full}})
  const problems = new Promise<Problem[]>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`the check of ${file} stopped (exit ${code})`)))
  })
  problems.catch(() => undefined) // awaited by the caller, or dropped when sealing failed first
  return {problems, stop: () => void worker.terminate()}
}
