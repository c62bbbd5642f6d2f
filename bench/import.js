// Import of 100 000 generated pupils against sqlite3's own `.import` of the same CSV into a plain
// table (goal ≤ 4×), and the peak memory of the import at a tenth of the size and at the whole.
// Then where the time goes: the parts an import cannot do without, each alone against the floor,
// and what SQLite alone spends writing this schema's rows.
import {spawnSync} from 'node:child_process'
import {cpSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

import {CLI, median, report, ROOT, scratch, time, timeWithPeak} from './lib.js'
import {pupilLines} from './school-data.js'

const N = Number(process.env.BENCH_IMPORT_PUPILS ?? 100_000)
const ROUNDS = Number(process.env.BENCH_IMPORT_ROUNDS ?? 3)
const dir = scratch('ejournal-bench-import-')
const csv = join(dir, 'pupils.csv')
writeFileSync(csv, pupilLines(N).join('\r\n') + '\r\n')

const empty = join(dir, 'empty')
const school = join(dir, 'school')
const env = {...process.env, EJOURNAL_NOW: '2026-08-28T02:00:00Z', EJOURNAL_HOME: school}
time(process.execPath, [CLI, 'init', '--school-name', 'Bench', '--yes'], {env})
time(process.execPath, [CLI, 'year', 'open', '2026/2027'], {env})
cpSync(school, empty, {recursive: true})

const dist = (path) => JSON.stringify(join(ROOT, 'dist', 'src', path))
// The reader alone: every record of the file, nothing checked.
const readOnly = `
  const {openTable} = await import(${dist('importing/reader.js')})
  const table = await openTable(${JSON.stringify(csv)})
  for await (const batch of table.batches) void batch`
// The same pupils, parents, enrollments and links written as the import writes them, with the
// values ready: what SQLite itself spends on this schema.
const writeOnly = `
  const {readFileSync} = await import('node:fs')
  const {openDatabase} = await import(${dist('db/open.js')})
  const {insertRows} = await import(${dist('db/insert-rows.js')})
  const {parseClassName} = await import(${dist('people/class-name.js')})
  const {matchKey} = await import(${dist('people/names.js')})
  const {matchHash} = await import(${dist('people/match-hash.js')})
  const lines = readFileSync(${JSON.stringify(csv)}, 'utf8').split('\\r\\n').slice(1).filter(Boolean).map((l) => l.split(';'))
  const db = openDatabase(${JSON.stringify(join(school, 'ejournal.sqlite'))})
  const classes = new Map()
  const classId = (name) => {
    if (!classes.has(name)) {
      const c = parseClassName(name)
      classes.set(name, Number(db.prepare('INSERT INTO class (year_id, grade, letter) VALUES (1, ?, ?)').run(c.grade, c.letter).lastInsertRowid))
    }
    return classes.get(name)
  }
  const date = (d) => d.split('.').reverse().join('-')
  const pupils = lines.map((r, i) => [i + 1, r[0], r[1], r[2], date(r[3]), r[4] === 'М' ? 'M' : 'F', JSON.stringify(r[6] ? [r[6]] : []), r[7], matchKey(r[0], r[1], r[2]), matchHash(matchKey(r[0], r[1], r[2]), date(r[3]))])
  const parents = lines.map((r, i) => [i + 1, r[8], r[9], matchKey(r[8]), matchHash(matchKey(r[8]), r[9])])
  const enrollments = lines.map((r, i) => [i + 1, classId(r[5]), '2026-09-01', 'arrived']).sort((a, b) => a[1] - b[1])
  const links = lines.map((_, i) => [i + 1, i + 1])
  const start = performance.now()
  db.transaction(() => {
    insertRows(db, 'pupil', ['id', 'last_name', 'first_name', 'middle_name', 'birth_date', 'gender', 'foreign_languages', 'external_id', 'match_key', 'match_hash'], pupils)
    insertRows(db, 'parent', ['id', 'full_name', 'email', 'match_key', 'match_hash'], parents)
    insertRows(db, 'enrollment', ['pupil_id', 'class_id', 'from_date', 'reason_in'], enrollments)
    insertRows(db, 'pupil_parent', ['pupil_id', 'parent_id'], links)
  })()
  db.close()
  console.log(performance.now() - start)`
// The same rows written by sqlite3's own shell from the plain table the floor made: what this
// schema costs SQLite with no JavaScript at all (match numbers random, as a hash's are). Timed
// from BEGIN to the checkpoint that puts the pages in the database file (the shell wants
// its dot commands at the start of a line).
const shellWrite = `
  PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536;
  ATTACH ${JSON.stringify(join(dir, 'plain.sqlite'))} AS plain;
  INSERT INTO class (year_id, grade, letter)
    SELECT DISTINCT 1, CAST(substr("Класс", 1, length("Класс") - 1) AS INTEGER), substr("Класс", -1) FROM plain.pupils;
  CREATE TEMP TABLE src AS SELECT p.rowid AS n, p.*, c.id AS class_id FROM plain.pupils p JOIN class c ON c.name = p."Класс";
  .timer on
  BEGIN;
  INSERT INTO pupil (id, last_name, first_name, middle_name, birth_date, gender, foreign_languages, external_id, match_key, match_hash)
    SELECT n, "Фамилия", "Имя", "Отчество",
           substr("Дата рождения", 7) || '-' || substr("Дата рождения", 4, 2) || '-' || substr("Дата рождения", 1, 2),
           CASE "Пол" WHEN 'М' THEN 'M' ELSE 'F' END, json_array("Иностранный язык"), "Внешний ID",
           lower("Фамилия" || ' ' || "Имя" || ' ' || "Отчество"), random() >> 11 FROM src;
  INSERT INTO parent (id, full_name, email, match_key, match_hash)
    SELECT n, "ФИО родителя 1", "Email родителя 1", lower("ФИО родителя 1"), random() >> 11 FROM src;
  INSERT INTO enrollment (pupil_id, class_id, from_date, reason_in)
    SELECT n, class_id, '2026-09-01', 'arrived' FROM src ORDER BY class_id;
  INSERT INTO pupil_parent (pupil_id, parent_id) SELECT n, n FROM src;
  COMMIT;
  PRAGMA wal_checkpoint(TRUNCATE);`
const timedByShell = (db) => {
  const r = spawnSync('sqlite3', [db], {input: shellWrite.replace(/^ +/gm, ''), encoding: 'utf8'})
  if (r.status !== 0) throw new Error(r.stderr)
  return [...r.stdout.matchAll(/Run Time: real ([\d.]+)/g)].reduce((ms, m) => ms + Number(m[1]) * 1000, 0)
}
const node = (code) => spawnSync(process.execPath, ['--input-type=module', '-e', code], {encoding: 'utf8'})

const samples = {floor: [], created: [], again: [], startup: [], read: [], write: [], shell: []}
let peakMb = 0
for (let round = 0; round < ROUNDS; round++) {
  rmSync(join(dir, 'plain.sqlite'), {force: true})
  samples.floor.push(
    time('sqlite3', [join(dir, 'plain.sqlite'), '.mode csv', '.separator ;', `.import ${csv} pupils`]),
  )

  rmSync(school, {recursive: true, force: true})
  cpSync(empty, school, {recursive: true})
  const created = timeWithPeak(['import', 'pupils', csv, '--yes'], {env})
  samples.created.push(created.ms)
  peakMb = Math.max(peakMb, created.peakMb)
  samples.again.push(time(process.execPath, [CLI, 'import', 'pupils', csv, '--yes'], {env}))

  samples.startup.push(time(process.execPath, [CLI, '--version']))
  const read = process.hrtime.bigint()
  if (node(readOnly).status !== 0) throw new Error('reading alone failed')
  samples.read.push(Number(process.hrtime.bigint() - read) / 1e6)
  rmSync(school, {recursive: true, force: true})
  cpSync(empty, school, {recursive: true})
  const written = node(writeOnly)
  if (written.status !== 0) throw new Error(written.stderr)
  samples.write.push(Number(written.stdout.trim()))
  rmSync(school, {recursive: true, force: true})
  cpSync(empty, school, {recursive: true})
  samples.shell.push(timedByShell(join(school, 'ejournal.sqlite')))
}
// The same at a tenth of the size: memory should not grow with the file.
const tenth = join(dir, 'tenth.csv')
writeFileSync(tenth, pupilLines(N / 10).join('\r\n') + '\r\n')
rmSync(school, {recursive: true, force: true})
cpSync(empty, school, {recursive: true})
const tenthPeakMb = timeWithPeak(['import', 'pupils', tenth, '--yes'], {env}).peakMb
const floor = median(samples.floor)
export const results = [
  report(`import: ${N} pupils (new)`, median(samples.created), floor, 4),
  report(`import: ${N} pupils (again, unchanged)`, median(samples.again), floor, 4),
]
console.log(
  `import: peak memory ${tenthPeakMb.toFixed(0)} MB at ${N / 10} pupils, ${peakMb.toFixed(0)} MB at ${N}`,
)
console.log('import: where the time goes — each part alone, against the same floor:')
for (const [name, key] of [
  ['start-up (ejournal --version)', 'startup'],
  ['reading the CSV (the reader alone)', 'read'],
  ['writing the rows (SQLite, values ready)', 'write'],
  ['the same rows by sqlite3 from a table', 'shell'],
]) {
  const ms = median(samples[key])
  console.log(`  ${name.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / floor).toFixed(2)}×`)
}
