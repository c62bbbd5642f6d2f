// Backups of a journal-sized database (BENCH_BACKUP_MB, default 1024):
// - `ejournal backup run` (snapshot, quick_check, row counts, SHA-256, gzip -1, AES-256-GCM, read-back,
//   signed manifest) against doing it by hand: `sqlite3 db ".backup f" && gzip -1 f` (goal ≤ 1.0×);
// - the restore drill `ejournal backup verify ID` (file hash, decrypt, gunzip, SHA-256, quick_check,
//   row counts) against `gunzip -c f.gz > f` (goal ≤ 1.5×).
// The database is generated once (SQL, a few seconds per 100 MB) and cached in the temp folder.
import Database from 'better-sqlite3'
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {CLI, median, report, time} from './lib.js'

const MB = Number(process.env.BENCH_BACKUP_MB ?? 1024)
const ROUNDS = Number(process.env.BENCH_BACKUP_ROUNDS ?? 3)
const migrations = readdirSync(new URL('../src/db/migrations/', import.meta.url)).length
const cache = join(tmpdir(), `ejournal-bench-backup-${MB}mb-schema${migrations}`)
const ws = join(cache, 'school')
const db = join(ws, 'ejournal.sqlite')
const env = {...process.env, EJOURNAL_HOME: ws, LANG: 'C.UTF-8'}

const topics = [
  'Решение квадратных уравнений',
  'Правописание безударных гласных в корне слова',
  'Строение клетки растений',
  'Великая Отечественная война 1941–1945 гг.',
  'Контрольная работа по теме «Дроби»',
  'Практическая работа «Определение плотности вещества»',
  'Лабораторная работа № 3 «Свойства кислот»',
  'Сочинение по роману А. С. Пушкина «Евгений Онегин»',
  'Present Perfect: правила и упражнения',
  'Животный мир тундры',
  'Теорема Пифагора',
  'Причастный оборот, знаки препинания при нём',
  'Химические реакции обмена',
  'Словарный диктант',
  'Повторение изученного за четверть',
]
const homework = [
  '§ 12, упр. 3–5',
  'выучить правило на с. 45',
  '№ 214, 215',
  'прочитать главу 3, ответить на вопросы',
  'подготовить сообщение',
  'упр. 128 (письменно)',
  'повторить таблицу умножения',
  '',
]

/** Lessons and marks of a big school over a year, made by SQL in batches until the file is big enough. */
function generate() {
  rmSync(cache, {recursive: true, force: true})
  mkdirSync(cache, {recursive: true})
  time(process.execPath, [CLI, 'init', '--school-name', 'Бенчмарк-школа', '--yes'], {env})
  const d = new Database(db)
  d.pragma('synchronous = OFF')
  d.exec(`CREATE TABLE bench_lesson (id INTEGER PRIMARY KEY, class_id INTEGER, subject_id INTEGER, teacher_id INTEGER,
      held_on TEXT, number INTEGER, topic TEXT, homework TEXT, entered_at TEXT);
    CREATE TABLE bench_mark (id INTEGER PRIMARY KEY, lesson_id INTEGER, pupil_id INTEGER, value INTEGER, entered_at TEXT);
    CREATE TEMP TABLE t (i INTEGER PRIMARY KEY, s TEXT); CREATE TEMP TABLE h (i INTEGER PRIMARY KEY, s TEXT);`)
  topics.forEach((s, i) => d.prepare('INSERT INTO t VALUES (?, ?)').run(i, s))
  homework.forEach((s, i) => d.prepare('INSERT INTO h VALUES (?, ?)').run(i, s))
  const batch = 100_000
  for (
    let n = 0;
    d.pragma('page_count', {simple: true}) * d.pragma('page_size', {simple: true}) < MB * 1024 * 1024;
    n++
  ) {
    d.exec(`WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ${batch})
      INSERT INTO bench_lesson (class_id, subject_id, teacher_id, held_on, number, topic, homework, entered_at)
      SELECT abs(random()) % 60, abs(random()) % 25, abs(random()) % 90,
        date('2025-09-01', '+' || (abs(random()) % 270) || ' days'), 1 + abs(random()) % 7,
        (SELECT s FROM t WHERE i = abs(random()) % ${topics.length}) || ' (урок ' || (x % 97) || ')',
        (SELECT s FROM h WHERE i = abs(random()) % ${homework.length}),
        strftime('%Y-%m-%dT%H:%M:%SZ', 1756684800 + abs(random()) % 23000000, 'unixepoch') FROM c;
      INSERT INTO bench_mark (lesson_id, pupil_id, value, entered_at)
      SELECT l.id, abs(random()) % 2000, 2 + abs(random()) % 4, l.entered_at
      FROM bench_lesson l, (SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3) WHERE l.id > ${n * batch};`)
  }
  d.pragma('wal_checkpoint(TRUNCATE)')
  d.close()
}

if (!existsSync(join(ws, 'ejournal.json'))) {
  const started = Date.now()
  generate()
  console.log(
    `generated ${MB} MB journal in ${((Date.now() - started) / 1000).toFixed(1)} s (cached in ${cache})`,
  )
}
const size = statSync(db).size
const byHand = join(cache, 'by-hand.sqlite')
const backups = join(ws, 'backups')
const clean = () => {
  for (const f of readdirSync(backups)) rmSync(join(backups, f))
  rmSync(byHand + '.gz', {force: true})
  rmSync(byHand, {force: true})
}

const ours = []
const hand = []
const drill = []
const gunzip = []
let bytes = 0
let handBytes = 0
for (let r = 0; r < ROUNDS; r++) {
  clean()
  ours.push(time(process.execPath, [CLI, 'backup', 'run'], {env}))
  hand.push(time('sh', ['-c', `/usr/bin/sqlite3 "${db}" ".backup '${byHand}'" && gzip -1 "${byHand}"`]))
  const id = readdirSync(backups)
    .find((f) => f.endsWith('.ejb'))
    .slice(0, -'.ejb'.length)
  bytes = statSync(join(backups, `${id}.ejb`)).size
  handBytes = statSync(byHand + '.gz').size
  drill.push(time(process.execPath, [CLI, 'backup', 'verify', id], {env}))
  gunzip.push(time('sh', ['-c', `gunzip -c "${byHand}.gz" > "${byHand}"`]))
  rmSync(byHand, {force: true})
}
clean()
spawnSync(process.execPath, [CLI, 'year', 'list'], {env}) // leaves the cached workspace usable

console.log(
  `database ${(size / 2 ** 20).toFixed(0)} MB → backup ${(bytes / 2 ** 20).toFixed(0)} MB (by hand ${(handBytes / 2 ** 20).toFixed(0)} MB), ${ROUNDS} rounds`,
)
export const results = [
  report('backup run vs sqlite3 .backup + gzip -1', median(ours), median(hand), 1.0),
  report('restore drill (verify) vs gunzip', median(drill), median(gunzip), 1.5),
]
