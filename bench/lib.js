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
