// Bulk inserts on a real SQLite file: every row once, in order, whatever the statement size.
import Database from 'better-sqlite3'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {insertRows} from '../../src/db/insert-rows.js'
import {tempDir} from '../helpers/cli.js'

function table(width: number) {
  const db = new Database(join(tempDir(), 'rows.sqlite'))
  const columns = Array.from({length: width}, (_, i) => `c${i}`)
  db.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, ${columns.join(', ')})`)
  return {db, columns}
}

describe('insertRows', () => {
  it('writes full statements and the remainder, in order', () => {
    // 9 columns: 100 rows a statement, so 250 rows are two full statements and 50 more.
    const {db, columns} = table(9)
    const rows = Array.from({length: 250}, (_, r) =>
      columns.map((_, c) => (c === 0 ? r : `Ученик ${r}-${c}`)),
    )
    insertRows(db, 't', columns, rows)
    expect(
      db
        .prepare(`SELECT ${columns.join(', ')} FROM t ORDER BY id`)
        .raw()
        .all(),
    ).toEqual(rows)
  })

  it('writes fewer rows than one statement holds, and nothing for no rows', () => {
    const {db, columns} = table(2)
    insertRows(db, 't', columns, [])
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(0)
    insertRows(db, 't', columns, [
      [1, null],
      [2, 'б'],
    ])
    expect(db.prepare('SELECT c0, c1 FROM t ORDER BY id').raw().all()).toEqual([
      [1, null],
      [2, 'б'],
    ])
  })

  it('fails whole on a bad row inside a transaction', () => {
    const {db, columns} = table(1)
    db.exec('CREATE UNIQUE INDEX t_c0 ON t (c0)')
    const rows = Array.from({length: 1000}, (_, i) => [i === 999 ? 0 : i])
    expect(() => db.transaction(() => insertRows(db, 't', columns, rows))()).toThrow(/UNIQUE/)
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(0)
  })
})
