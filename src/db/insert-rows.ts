// Many rows into one table with multi-row VALUES statements. A bulk import of 100 000 pupils
// makes 400 000 inserts; one statement call per row costs more than SQLite's own work.
import {type Db} from './open.js'

// Well under SQLite's limit on parameters per statement.
const PARAMETERS_PER_STATEMENT = 900

/** Inserts each row: its values in the order of `columns`. */
export function insertRows(db: Db, table: string, columns: string[], rows: unknown[][]): void {
  const width = columns.length
  const perStatement = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / width))
  const sqlFor = (count: number) =>
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES ` +
    Array(count)
      .fill(`(${Array(width).fill('?').join(', ')})`)
      .join(', ')
  const full = rows.length >= perStatement ? db.prepare(sqlFor(perStatement)) : null
  const values: unknown[] = []
  let done = 0
  for (; done + perStatement <= rows.length; done += perStatement) {
    values.length = 0
    for (let i = done; i < done + perStatement; i++) for (const v of rows[i]!) values.push(v)
    full!.run(values)
  }
  if (done < rows.length) db.prepare(sqlFor(rows.length - done)).run(rows.slice(done).flat())
}
