// `ejournal check` over a whole school year of the demo school (2 000 pupils, the journal to the
// last school day) against one full scan of the same tables in a child process (goal ≤ 3×, and
// under 5 s), with the peak memory of the check. The demo school takes minutes to build, so it is
// kept in the temp folder, keyed by the program version and schema, between runs.
import {spawnSync} from 'node:child_process'
import {rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {CLI, fullYearDemo, interleavedMedians, report, ROOT} from './lib.js'

const PUPILS = Number(process.env.BENCH_CHECK_PUPILS ?? 2000)
const ROUNDS = Number(process.env.BENCH_CHECK_ROUNDS ?? 5)
const pupils = PUPILS
const {school, asOf} = await fullYearDemo(pupils, 'check')
const db = join(school, 'ejournal.sqlite')

// The floor: one full scan of the tables the check reads — every lesson with its marks and
// absences, reading their texts and entry times, and the final marks — in a child process.
const SCAN = `
  SELECT count(*) + sum(length(l.topic) + length(l.homework) + length(l.topic_entered_at) + length(l.attendance_entered_at))
       + sum(length(m.value) + length(m.entered_at)) + sum(length(a.reason) + length(a.entered_at))
       + (SELECT count(*) + sum(length(f.value) + length(f.entered_at)) FROM final_mark f) AS n
  FROM lesson l LEFT JOIN mark m ON m.lesson_id = l.id LEFT JOIN absence a ON a.lesson_id = l.id AND a.pupil_id = m.pupil_id`
const scanScript = join(tmpdir(), `ejournal-bench-check-scan-${process.pid}.cjs`)
writeFileSync(
  scanScript,
  `const Database = require(${JSON.stringify(join(ROOT, 'node_modules', 'better-sqlite3'))})
   const db = new Database(process.argv[2], {readonly: true})
   process.stdout.write(String(db.prepare(${JSON.stringify(SCAN)}).get().n))`,
)

const env = {...process.env, LANG: 'C.UTF-8', EJOURNAL_HOME: school}
const quiet = {env, stdio: ['ignore', 'ignore', 'pipe']}
const checkArgs = [CLI, 'check', '--as-of', asOf, '--json', '--fail-on', 'never']
const [floor, check] = interleavedMedians(ROUNDS, [
  [process.execPath, [scanScript, db], quiet],
  [process.execPath, checkArgs, quiet],
])
rmSync(scanScript, {force: true})

const counts = spawnSync('sqlite3', [
  db,
  'SELECT (SELECT count(*) FROM lesson), (SELECT count(*) FROM mark), (SELECT count(*) FROM absence), (SELECT count(*) FROM final_mark)',
])
const [lessons, marks, absences, finals] = String(counts.stdout ?? '')
  .trim()
  .split('|')
const findings = spawnSync(process.execPath, [...checkArgs], {env, maxBuffer: 1 << 30, encoding: 'utf8'})
const summary = JSON.parse(findings.stdout).summary.bySeverity
const memory = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...checkArgs], {
  ...quiet,
  encoding: 'utf8',
})
const peakMb = Number(String(memory.stderr).trim().split('\n').at(-1)) / 1024

export const results = [report(`check: ${pupils} pupils, year to ${asOf}`, check, floor, 3)]
console.log(
  `check: ${lessons} lessons, ${marks} marks, ${absences} absences, ${finals} final marks; ` +
    `${summary.error} errors, ${summary.warning} warnings found`,
)
console.log(`check: ${(check / 1000).toFixed(2)} s (goal under 5 s) ${check < 5000 ? 'ok' : 'OVER GOAL'}`)
console.log(`check: peak memory ${peakMb.toFixed(0)} MB`)
