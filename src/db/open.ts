// Opening the workspace database: pragmas, file mode, and migrations to the program's schema.
import Database from 'better-sqlite3'
import {chmodSync, closeSync, existsSync, openSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'

import {WorkspaceError} from '../cli/errors.js'
import {now} from '../core/clock.js'
import {packageRoot} from '../core/package-root.js'
import {matchHash} from '../people/match-hash.js'

export type Db = Database.Database

export interface Migration {
  version: number
  name: string
  /** Read only when the migration runs: most starts need just the count. */
  sql: () => string
}

let migrations: Migration[] | undefined

/** Numbered files in src/db/migrations: 0001_foundation.sql → version 1. */
export function loadMigrations(): Migration[] {
  if (migrations) return migrations
  const dir = join(packageRoot(), 'src', 'db', 'migrations')
  migrations = readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort()
    .map((f) => ({version: Number(f.slice(0, 4)), name: f, sql: () => readFileSync(join(dir, f), 'utf8')}))
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} is out of sequence`)
  })
  return migrations
}

export function schemaVersion(): number {
  return loadMigrations().length
}

// The compiled addon named directly: better-sqlite3's own lookup (the bindings package) probes
// a dozen paths on every start.
const nativeBinding = createRequire(import.meta.url).resolve(
  'better-sqlite3/build/Release/better_sqlite3.node',
)

export interface OpenOptions {
  /** Where a consistent copy of a non-empty database goes before a migration changes it. */
  copyAsideDir?: string
  readonly?: boolean
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const created = !options.readonly && !existsSync(file)
  // Personal data: the file is created private before SQLite ever writes to it.
  if (created) closeSync(openSync(file, 'a', 0o600))
  const db = new Database(file, {readonly: options.readonly ?? false, fileMustExist: true, nativeBinding})
  // 16 KiB pages: an index on names (pupils matched by ФИО and birth date) costs half as much to
  // keep as with 4 KiB pages. Only a new file can take it.
  if (created) db.pragma('page_size = 16384')
  db.pragma('busy_timeout = 5000')
  db.pragma('foreign_keys = ON')
  if (!options.readonly) {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    // 64 MiB of page cache: an import or a check touches many pages once.
    db.pragma('cache_size = -65536')
    chmodSync(file, 0o600)
  }
  try {
    migrate(db, loadMigrations(), options)
  } catch (error) {
    db.close()
    throw error
  }
  return db
}

/**
 * A database on a read-only disk or in a folder its user cannot write. SQLite reads a WAL database
 * only beside its -shm file, which cannot be made here; when no -wal file holds changes, the file
 * alone is the whole database, so it is read into memory, marked as a rollback-journal database
 * (header bytes 18–19) and opened read-only. A write then fails as SQLITE_READONLY.
 */
export function openReadOnly(file: string): Db {
  const wal = `${file}-wal`
  if (existsSync(wal) && statSync(wal).size > 0) return openDatabase(file, {readonly: true})
  const image = readFileSync(file)
  if (image.length >= 20 && image[18] === 2 && image[19] === 2) image.fill(1, 18, 20)
  const db = new Database(image, {readonly: true, nativeBinding})
  db.pragma('foreign_keys = ON')
  try {
    const current = db.pragma('user_version', {simple: true}) as number
    if (current > schemaVersion())
      throw new WorkspaceError('db.newer', {file, found: current, known: schemaVersion()})
    if (current < schemaVersion()) throw new WorkspaceError('db.needsMigration', {file})
  } catch (error) {
    db.close()
    throw error
  }
  return db
}

/** Brings the database to the last migration, all in one transaction. */
export function migrate(db: Db, all: Migration[], options: OpenOptions = {}): void {
  const file = db.name
  const current = db.pragma('user_version', {simple: true}) as number
  if (current > all.length) {
    throw new WorkspaceError('db.newer', {file, found: current, known: all.length})
  }
  if (current === all.length) return
  if (options.readonly) throw new WorkspaceError('db.needsMigration', {file})
  if (current > 0 && options.copyAsideDir) copyDatabase(db, options.copyAsideDir, `pre-migration-v${current}`)
  // Migration 0011 fills the match numbers of stored people.
  db.function('match_hash', {deterministic: true, varargs: true}, (...parts: unknown[]) =>
    matchHash(...(parts as Array<string | null>)),
  )
  const apply = db.transaction(() => {
    for (const m of all.slice(current)) {
      db.exec(m.sql())
      db.pragma(`user_version = ${m.version}`)
    }
  })
  apply()
}

/** A consistent, private copy of the database (VACUUM INTO), named by purpose and time. */
export function copyDatabase(db: Db, dir: string, purpose: string): string {
  const copy = join(dir, `${purpose}-${now().toISOString().replace(/[:.]/g, '-')}.sqlite`)
  db.prepare('VACUUM INTO ?').run(copy)
  chmodSync(copy, 0o600)
  return copy
}
