// `archive create` of a whole school year: the demo school (2 000 pupils) with its journal to the
// last school day, closed with --force
// (the demo enters no year marks), then archived: the time, the time per class, the pages, the
// bundles' sizes and the peak memory (one class at a time: it must not grow with the school).
// Goal: minutes, not hours — under 5 minutes. The demo school takes minutes to build, so it is
// kept in the temp folder, keyed by program version and schema (the same cache as bench/check.js),
// and each run archives a fresh copy of it.
import {spawnSync} from 'node:child_process'
import {cpSync, rmSync, statSync} from 'node:fs'
import {join} from 'node:path'

import {CLI, fullYearDemo, scratch, timeWithPeak} from './lib.js'

const PUPILS = Number(process.env.BENCH_ARCHIVE_PUPILS ?? 2000)
const GOAL_SECONDS = 300
const pupils = PUPILS
const {school, asOf, label} = await fullYearDemo(pupils, 'archive')

// The archive freezes the year: work on a copy.
const ws = join(scratch('ejournal-bench-archive-'), 'school')
cpSync(school, ws, {recursive: true})
const env = {...process.env, LANG: 'C.UTF-8', EJOURNAL_HOME: ws}
const close = spawnSync(process.execPath, [CLI, 'year', 'close', label, '--force', '--json'], {
  env,
  encoding: 'utf8',
  maxBuffer: 1 << 30,
})
if (close.status !== 0) throw new Error(`year close failed: ${close.stderr}`)
const missing = JSON.parse(close.stdout).missing.length

const created = timeWithPeak(['archive', 'create', label, '--json'], {env})
const seconds = created.ms / 1000
const made = JSON.parse(created.stdout)
const peakMb = created.peakMb
const verify = spawnSync(process.execPath, [CLI, 'archive', 'verify', label], {env, encoding: 'utf8'})
const sizes = made.bundles.map((b) => `${b.kind} ${(statSync(b.file).size / 1e6).toFixed(1)} MB`).join(', ')
rmSync(join(ws, '..'), {recursive: true, force: true})

console.log(
  `archive: ${pupils} pupils, ${made.classes} classes, year to ${asOf} (closed with --force, ${missing} year marks missing)`,
)
console.log(
  `archive: create ${seconds.toFixed(1)} s (goal under ${GOAL_SECONDS} s) ${seconds < GOAL_SECONDS ? 'ok' : 'OVER GOAL'}; ` +
    `${((seconds * 1000) / made.classes).toFixed(0)} ms per class; ${made.pages} pages (${(made.pages / seconds).toFixed(0)} pages/s)`,
)
console.log(
  `archive: peak memory ${peakMb.toFixed(0)} MB; bundles ${sizes}; verify ${verify.status === 0 ? 'ok' : 'FAILED'}`,
)

export const results = [
  {
    name: `archive: ${made.classes} classes`,
    measured: seconds * 1000,
    ok: seconds < GOAL_SECONDS && verify.status === 0,
  },
]
