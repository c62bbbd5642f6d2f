// The electronic archive of one school year: a SQLite file with the workspace's schema holding
// only that year's rows — its calendar, classes, pupils and their movements, curriculum,
// subgroups, assignments, timetable, the journal itself, and the people and subjects these rows
// name (no accounts, logs or other years) — and a CSV file of each of its tables.
// Copied in one read transaction of the live database (ATTACH + INSERT … SELECT), so that every
// table describes the same moment.
import Database from 'better-sqlite3'
import {closeSync, openSync, writeSync} from 'node:fs'
import {join} from 'node:path'

import {escapeFormula} from '../cli/render.js'
import {type Db} from '../db/open.js'
import {countRows, type Rows} from '../backup/snapshot.js'

/** Rows of the year, by table: a condition on the live table (alias t), @year the year's id. */
const IN_YEAR_CLASS = 't.class_id IN (SELECT id FROM main.class WHERE year_id = @year)'
const YEAR_ROWS: Record<string, string> = {
  academic_year: 't.id = @year',
  period: 't.year_id = @year',
  non_school_day: 't.year_id = @year',
  class: 't.year_id = @year',
  enrollment: IN_YEAR_CLASS,
  curriculum: 't.year_id = @year',
  subgroup: IN_YEAR_CLASS,
  subgroup_member:
    't.subgroup_id IN (SELECT g.id FROM main.subgroup g JOIN main.class c ON c.id = g.class_id WHERE c.year_id = @year)',
  teaching_assignment: IN_YEAR_CLASS,
  timetable: IN_YEAR_CLASS,
  thematic_plan: IN_YEAR_CLASS,
  thematic_plan_item:
    't.plan_id IN (SELECT p.id FROM main.thematic_plan p JOIN main.class c ON c.id = p.class_id WHERE c.year_id = @year)',
  lesson: IN_YEAR_CLASS,
  mark: 't.lesson_id IN (SELECT l.id FROM main.lesson l JOIN main.class c ON c.id = l.class_id WHERE c.year_id = @year)',
  absence:
    't.lesson_id IN (SELECT l.id FROM main.lesson l JOIN main.class c ON c.id = l.class_id WHERE c.year_id = @year)',
  final_mark: `(t.year_id = @year OR ${IN_YEAR_CLASS})`,
  class_list_check: IN_YEAR_CLASS,
  letter_log: IN_YEAR_CLASS,
  control_log: `t.month BETWEEN (SELECT substr(starts_on, 1, 7) FROM main.academic_year WHERE id = @year)
                            AND (SELECT substr(ends_on, 1, 7) FROM main.academic_year WHERE id = @year)`,
}

/** The people and subjects the year's rows name, read from what was already copied (arc). */
const NAMED_ROWS: Record<string, string> = {
  pupil: `t.id IN (SELECT pupil_id FROM arc.enrollment UNION SELECT pupil_id FROM arc.mark
                   UNION SELECT pupil_id FROM arc.absence UNION SELECT pupil_id FROM arc.final_mark
                   UNION SELECT pupil_id FROM arc.subgroup_member)`,
  pupil_parent: 't.pupil_id IN (SELECT id FROM arc.pupil)',
  parent: 't.id IN (SELECT parent_id FROM arc.pupil_parent)',
  staff: `t.id IN (SELECT class_teacher_id FROM arc.class UNION SELECT teacher_id FROM arc.lesson
                   UNION SELECT planned_teacher_id FROM arc.lesson UNION SELECT teacher_id FROM arc.subgroup
                   UNION SELECT teacher_id FROM arc.teaching_assignment UNION SELECT teacher_id FROM arc.timetable)`,
  subject: `t.id IN (SELECT subject_id FROM arc.curriculum UNION SELECT subject_id FROM arc.lesson
                     UNION SELECT subject_id FROM arc.final_mark UNION SELECT subject_id FROM arc.subgroup
                     UNION SELECT subject_id FROM arc.teaching_assignment UNION SELECT subject_id FROM arc.timetable
                     UNION SELECT subject_id FROM arc.thematic_plan)`,
}

export const ARCHIVED_TABLES = [...Object.keys(YEAR_ROWS), ...Object.keys(NAMED_ROWS)].sort()

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/**
 * Writes the year's database to `file` (created 0600; must not exist) and returns its row
 * counts, counted in the finished file.
 */
export function writeYearDatabase(db: Db, yearId: number, file: string): Rows {
  closeSync(openSync(file, 'wx', 0o600))
  const schema = db
    .prepare(
      `SELECT type, name, tbl_name AS tableName, sql FROM main.sqlite_schema
       WHERE type IN ('table', 'index') AND sql IS NOT NULL AND tbl_name IN (SELECT value FROM json_each(?))
       ORDER BY type = 'index', name`,
    )
    .all(JSON.stringify(ARCHIVED_TABLES)) as Array<{
    type: string
    name: string
    tableName: string
    sql: string
  }>
  const archive = new Database(file)
  try {
    archive.pragma('journal_mode = DELETE')
    archive.exec(schema.map((s) => s.sql + ';').join('\n'))
    archive.pragma(`user_version = ${db.pragma('user_version', {simple: true}) as number}`)
  } finally {
    archive.close()
  }

  db.prepare('ATTACH DATABASE ? AS arc').run(file)
  try {
    // Rows reach arc in any order; their references are checked once, at the commit.
    db.pragma('defer_foreign_keys = ON')
    db.transaction(() => {
      for (const [table, where] of [...Object.entries(YEAR_ROWS), ...Object.entries(NAMED_ROWS)]) {
        if (!schema.some((s) => s.type === 'table' && s.name === table)) continue
        const columns = (
          db.pragma(`main.table_xinfo(${quote(table)})`) as Array<{name: string; hidden: number}>
        )
          .filter((c) => c.hidden === 0)
          .map((c) => quote(c.name))
          .join(', ')
        db.prepare(
          `INSERT INTO arc.${quote(table)} (${columns}) SELECT ${columns} FROM main.${quote(table)} t WHERE ${where}`,
        ).run(where.includes('@year') ? {year: yearId} : {})
      }
    })()
  } finally {
    db.exec('DETACH DATABASE arc')
  }

  const written = new Database(file, {readonly: true})
  try {
    return countRows(written)
  } finally {
    written.close()
  }
}

const BATCH = 2000

/** Each table of the year's database as CSV (UTF-8 with BOM, «;»), streamed; returns the files. */
export async function writeTableCsvs(databaseFile: string, dir: string): Promise<string[]> {
  const {stringify} = await import('csv-stringify/sync')
  const db = new Database(databaseFile, {readonly: true})
  const files: string[] = []
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[]
    for (const table of tables) {
      const file = join(dir, `${table}.csv`)
      const fd = openSync(file, 'wx', 0o600)
      try {
        const stmt = db.prepare(`SELECT * FROM ${quote(table)} ORDER BY rowid`).raw()
        const headers = stmt.columns().map((c) => c.name)
        const write = (rows: unknown[][]) =>
          writeSync(
            fd,
            stringify(
              rows.map((r) => r.map((v) => (v === null ? '' : escapeFormula(String(v))))),
              {delimiter: ';', record_delimiter: '\r\n'},
            ),
          )
        writeSync(fd, '\ufeff')
        write([headers])
        let batch: unknown[][] = []
        for (const row of stmt.iterate() as IterableIterator<unknown[]>) {
          batch.push(row)
          if (batch.length === BATCH) {
            write(batch)
            batch = []
          }
        }
        if (batch.length) write(batch)
      } finally {
        closeSync(fd)
      }
      files.push(file)
    }
  } finally {
    db.close()
  }
  return files
}

/** The frozen tables' rows of the year in the live database: compared with the archive's at the commit. */
export function liveJournalCounts(db: Db, yearId: number): Rows {
  const rows: Rows = {}
  for (const table of ['lesson', 'mark', 'absence', 'final_mark', 'thematic_plan', 'thematic_plan_item'])
    rows[table] = db
      .prepare(`SELECT count(*) FROM main.${quote(table)} t WHERE ${YEAR_ROWS[table]}`)
      .pluck()
      .get({year: yearId}) as number
  return rows
}
