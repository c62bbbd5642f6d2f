// Shared by the benchmarks: timing of whole processes and printing of ratios against floors.
import {spawnSync} from 'node:child_process'
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
export const CLI = join(ROOT, 'bin', 'run.js')

export function scratch(prefix) {
  return mkdtempSync(join(tmpdir(), prefix))
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Wall time of one run of a command, in milliseconds; throws if it fails. */
export function time(command, args, options = {}) {
  const start = process.hrtime.bigint()
  const r = spawnSync(command, args, {encoding: 'utf8', ...options})
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`)
  return ms
}

/**
 * One run of the CLI under GNU time: wall milliseconds, the peak resident set in MB, and its
 * output; throws if it fails.
 */
export function timeWithPeak(args, options = {}) {
  const start = process.hrtime.bigint()
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, CLI, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    ...options,
  })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (r.status !== 0) throw new Error(`ejournal ${args.join(' ')} failed: ${r.stderr}`)
  return {ms, peakMb: Number(r.stderr.trim().split('\n').at(-1)) / 1024, stdout: r.stdout}
}

/** Median of n runs after one warm-up run. */
export function medianTime(n, command, args, options) {
  time(command, args, options)
  return median(Array.from({length: n}, () => time(command, args, options)))
}

/**
 * Medians of several commands run in turn, round after round, so that a busy moment of the
 * machine weighs on each of them alike (a ratio of two medians taken minutes apart is noise).
 */
export function interleavedMedians(rounds, commands) {
  const samples = commands.map(() => [])
  commands.forEach(([command, args, options]) => time(command, args, options))
  for (let r = 0; r < rounds; r++) {
    commands.forEach(([command, args, options], i) => samples[i].push(time(command, args, options)))
  }
  return samples.map(median)
}

export function report(name, measured, floor, goal) {
  const ratio = measured / floor
  const verdict = ratio <= goal ? 'ok' : 'OVER GOAL'
  console.log(
    `${name.padEnd(34)} ${measured.toFixed(1).padStart(9)} ms  floor ${floor.toFixed(1).padStart(8)} ms  ratio ${ratio.toFixed(2)}× (goal ≤ ${goal}×) ${verdict}`,
  )
  return {name, measured, floor, ratio, goal, ok: ratio <= goal}
}

/**
 * A demo school with a journal to the last school day of the current school year, built once
 * per program version and schema and kept in the temp folder (it takes minutes at 2 000 pupils).
 */
export async function fullYearDemo(pupils, who) {
  const {existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} = await import('node:fs')
  const {tmpdir} = await import('node:os')
  const {presetCalendar} = await import(join(ROOT, 'dist', 'src', 'calendar', 'preset.js'))
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version
  const schema = readdirSync(join(ROOT, 'src', 'db', 'migrations')).filter((f) => f.endsWith('.sql')).length
  // The school year under way at the school (Vladivostok), and its last school day.
  const today = new Intl.DateTimeFormat('en-CA', {timeZone: 'Asia/Vladivostok'}).format(new Date())
  const firstYear = Number(today.slice(5, 7)) >= 8 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1
  const asOf = presetCalendar(firstYear, 'quarters').endsOn
  const label = `${firstYear}/${firstYear + 1}`
  const dir = join(tmpdir(), `ejournal-bench-demo-${version}-s${schema}-${pupils}-${asOf}`)
  const school = join(dir, 'school')
  if (!existsSync(join(dir, 'complete'))) {
    rmSync(dir, {recursive: true, force: true})
    const building = `${dir}.building-${process.pid}`
    rmSync(building, {recursive: true, force: true})
    console.log(
      `${who}: building the demo school (${pupils} pupils, journal to ${asOf}); this takes minutes…`,
    )
    const r = spawnSync(
      process.execPath,
      [CLI, 'demo', '--dir', join(building, 'school'), '--pupils', String(pupils), '--as-of', asOf],
      {
        encoding: 'utf8',
        env: {...process.env, LANG: 'C.UTF-8'},
      },
    )
    if (r.status !== 0) {
      rmSync(building, {recursive: true, force: true})
      throw new Error(
        `demo --pupils ${pupils} failed: ${(r.stderr || r.stdout).trim().split('\n').slice(0, 3).join(' / ')}`,
      )
    }
    writeFileSync(join(building, 'complete'), r.stdout)
    renameSync(building, dir)
  }
  return {school, asOf, label}
}
