// What "the database is unchanged" means in the tests that compare a workspace before and after.
import Database from 'better-sqlite3'
import {createHash} from 'node:crypto'
import {join} from 'node:path'

/** SHA-256 of every row of every table of the database file, tables in `except` aside. */
export function tablesHash(file: string, except: string[] = []): string {
  const db = new Database(file, {readonly: true})
  try {
    const hash = createHash('sha256')
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all() as Array<{name: string}>
    for (const {name} of tables.filter((t) => !except.includes(t.name)))
      hash.update(name + JSON.stringify(db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()))
    return hash.digest('hex')
  } finally {
    db.close()
  }
}

/** SQLite's own check of the file: 'ok' when it is sound. */
export function integrity(file: string): unknown {
  const db = new Database(file, {readonly: true})
  try {
    return db.pragma('integrity_check', {simple: true})
  } finally {
    db.close()
  }
}

/** The rows a query gives on the workspace's database, opened read-only. */
export function rows<T>(ws: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(join(ws, 'ejournal.sqlite'), {readonly: true})
  try {
    return db.prepare(sql).all(...params) as T[]
  } finally {
    db.close()
  }
}
