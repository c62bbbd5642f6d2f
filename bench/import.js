// Import of 100 000 generated pupils against sqlite3's own `.import` of the same CSV into a plain
// table (goal ≤ 4×), and the peak memory of the import.
import {spawnSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'

import {CLI, report, scratch, time} from './lib.js'
import {pupilLines} from './school-data.js'

const N = Number(process.env.BENCH_IMPORT_PUPILS ?? 100_000)
const dir = scratch('ejournal-bench-import-')
const csv = join(dir, 'pupils.csv')
writeFileSync(csv, pupilLines(N).join('\r\n') + '\r\n')

const env = {...process.env, EJOURNAL_NOW: '2026-08-28T02:00:00Z', EJOURNAL_HOME: join(dir, 'school')}
time(process.execPath, [CLI, 'init', '--school-name', 'Bench', '--yes'], {env})
time(process.execPath, [CLI, 'year', 'open', '2026/2027'], {env})

const floor = time('sqlite3', [
  join(dir, 'plain.sqlite'),
  '.mode csv',
  '.separator ;',
  `.import ${csv} pupils`,
])
// GNU time reports the peak resident set of the import process.
const start = process.hrtime.bigint()
const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, CLI, 'import', 'pupils', csv, '--yes'], {
  env,
  encoding: 'utf8',
})
const ms = Number(process.hrtime.bigint() - start) / 1e6
if (r.status !== 0) throw new Error(r.stderr)
const peakMb = Number(r.stderr.trim().split('\n').at(-1)) / 1024

export const results = [report(`import: ${N} pupils (new)`, ms, floor, 4)]
console.log(`import: peak memory ${peakMb.toFixed(0)} MB`)
const again = time(process.execPath, [CLI, 'import', 'pupils', csv, '--yes'], {env})
results.push(report(`import: ${N} pupils (again, unchanged)`, again, floor, 4))
