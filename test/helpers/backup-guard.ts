// What the backup and archive guard tests compare before and after a refused command: the
// database's rows, the files of a folder (content and mode), and a real second process holding
// the database's write transaction, as an import does.
import Database from 'better-sqlite3'
import {type ChildProcess, spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'

import {ROOT} from './cli.js'

/** SHA-256 of every row of every table, in a stable order: equal when nothing was written. */
export function dbHash(ws: string): string {
  const db = new Database(join(ws, 'ejournal.sqlite'), {readonly: true})
  try {
    const hash = createHash('sha256')
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[]
    for (const t of tables) {
      const rows = db
        .prepare(`SELECT * FROM "${t}"`)
        .all()
        .map((r) => JSON.stringify(r))
        .sort()
      hash.update(`${t}\n${rows.join('\n')}\n`)
    }
    return hash.digest('hex')
  } finally {
    db.close()
  }
}

/** Each file of a folder (not recursive): its SHA-256 and mode. */
export function folderState(dir: string): Record<string, {sha256: string; mode: number}> {
  if (!existsSync(dir)) return {}
  const state: Record<string, {sha256: string; mode: number}> = {}
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name)
    if (!statSync(file).isFile()) continue
    state[name] = {
      sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
      mode: statSync(file).mode & 0o777,
    }
  }
  return state
}

export interface Holder {
  child: ChildProcess
  /** Resolves when the holder has given the lock back and exited. */
  done: Promise<void>
}

/** A second process that takes the database's write lock (BEGIN IMMEDIATE) and keeps it for ms. */
export async function holdWriteLock(ws: string, ms: number): Promise<Holder> {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const Database = require(${JSON.stringify(join(ROOT, 'node_modules/better-sqlite3'))})
       const db = new Database(${JSON.stringify(join(ws, 'ejournal.sqlite'))})
       db.exec('BEGIN IMMEDIATE')
       process.stdout.write('holding\\n')
       setTimeout(() => { db.exec('ROLLBACK'); db.close() }, ${ms})`,
    ],
    {stdio: ['ignore', 'pipe', 'inherit']},
  )
  const done = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  await new Promise((resolve) => child.stdout!.once('data', resolve))
  return {child, done}
}
