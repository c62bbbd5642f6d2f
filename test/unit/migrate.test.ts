// Migrations on real SQLite files: in order, in one transaction, a copy aside first.
import Database from 'better-sqlite3'
import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {loadMigrations, migrate} from '../../src/db/open.js'
import {tempDir} from '../helpers/cli.js'

const m1 = {version: 1, name: '0001_a.sql', sql: () => 'CREATE TABLE a (x INTEGER);'}
const m2 = {version: 2, name: '0002_b.sql', sql: () => 'CREATE TABLE b (y INTEGER);'}

describe('migrations', () => {
  it('ships numbered migrations in sequence', () => {
    const all = loadMigrations()
    expect(all[0]!.name).toBe('0001_foundation.sql')
    all.forEach((m, i) => expect(m.version).toBe(i + 1))
  })

  it('copies a non-empty database aside, then migrates it', () => {
    const dir = tempDir()
    const db = new Database(join(dir, 'db.sqlite'))
    migrate(db, [m1], {copyAsideDir: dir})
    db.exec('INSERT INTO a VALUES (42)')
    expect(readdirSync(dir)).toEqual(['db.sqlite'])
    migrate(db, [m1, m2], {copyAsideDir: dir})
    expect(db.pragma('user_version', {simple: true})).toBe(2)
    const copies = readdirSync(dir).filter((f) => f.startsWith('pre-migration-v1-'))
    expect(copies).toHaveLength(1)
    const copy = new Database(join(dir, copies[0]!), {readonly: true})
    expect(copy.pragma('user_version', {simple: true})).toBe(1)
    expect(copy.prepare('SELECT x FROM a').get()).toEqual({x: 42})
    copy.close()
    db.close()
  })

  it('rolls a failed migration back entirely', () => {
    const db = new Database(join(tempDir(), 'db.sqlite'))
    migrate(db, [m1])
    const bad = {
      version: 2,
      name: '0002_bad.sql',
      sql: () => 'CREATE TABLE c (z INTEGER); CREATE TABLE a (x INTEGER);',
    }
    expect(() => migrate(db, [m1, bad])).toThrow(/already exists/)
    expect(db.pragma('user_version', {simple: true})).toBe(1)
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'c'").get()).toEqual({n: 0})
    db.close()
  })

  it('refuses a database from a newer program and leaves it alone', () => {
    const db = new Database(join(tempDir(), 'db.sqlite'))
    db.pragma('user_version = 7')
    expect(() => migrate(db, [m1, m2])).toThrow(
      expect.objectContaining({key: 'db.newer', params: expect.objectContaining({found: 7, known: 2})}),
    )
    expect(db.pragma('user_version', {simple: true})).toBe(7)
    db.close()
  })
})
