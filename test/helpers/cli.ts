// Running ejournal in tests: in-process through oclif (integration) or as a spawned process
// of the built bin/run.js, exactly as cron runs it (e2e).
import {Config, run as oclifRun} from '@oclif/core'
import {type ChildProcess, spawn as spawnChild, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {fileURLToPath} from 'node:url'
import {afterAll, expect} from 'vitest'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const DATA = resolve(ROOT, '../shared/data')

const made: string[] = []
afterAll(() => made.forEach((d) => rmSync(d, {recursive: true, force: true})))

export function tempDir(prefix = 'ejournal-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

export interface Run {
  stdout: string
  stderr: string
  code: number
}

/** In-process run of the built commands, with environment overrides for its duration. */
export async function run(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]))
  Object.assign(process.env, env)
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k]
  const out: string[] = []
  const err: string[] = []
  const write = {stdout: process.stdout.write, stderr: process.stderr.write}
  process.stdout.write = ((chunk: string | Uint8Array) =>
    out.push(String(chunk)) > 0) as typeof process.stdout.write
  process.stderr.write = ((chunk: string | Uint8Array) =>
    err.push(String(chunk)) > 0) as typeof process.stderr.write
  let code = 0
  try {
    config ??= await Config.load({root: ROOT})
    await oclifRun(args, config)
  } catch (error) {
    code = (error as {oclif?: {exit?: number}}).oclif?.exit ?? 1
    if (code !== 0 && !(error as {oclif?: unknown}).oclif) err.push(String((error as Error).stack))
  } finally {
    process.stdout.write = write.stdout
    process.stderr.write = write.stderr
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
  return {stdout: out.join(''), stderr: err.join(''), code}
}

let config: Config | undefined

export type Env = Record<string, string | undefined>

/** Asserts that a run succeeded, showing what it printed when it did not. */
export function must(r: Run): Run {
  expect(r.code, r.stderr + r.stdout).toBe(0)
  return r
}

/**
 * An in-process runner for the workspace `workspace()` names at the time of the call (tests
 * that make a new workspace before each test), asserting that each run succeeded.
 */
export function okIn(workspace: () => string, defaultEnv: Env): (args: string[], env?: Env) => Promise<Run> {
  return async (args, env = defaultEnv) => must(await run([...args, '-w', workspace()], env))
}

/** The built CLI as a separate process, no TTY, as cron would run it. */
export function spawn(args: string[], env: Record<string, string> = {}, input?: string): Run {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'run.js'), ...args], {
    encoding: 'utf8',
    env: {PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', ...env},
    input: input ?? '',
    maxBuffer: 256 * 1024 * 1024,
  })
  return {stdout: result.stdout, stderr: result.stderr, code: result.status ?? -1}
}

export interface Started {
  child: ChildProcess
  done: Promise<Run>
}

/** The built CLI started in the background, for tests that stop, kill or race it. */
export function start(args: string[], extra: Record<string, string>): Started {
  const child = spawnChild(process.execPath, [join(ROOT, 'bin', 'run.js'), ...args], {
    env: {PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', ...extra},
  })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (d) => (stdout += d))
  child.stderr!.on('data', (d) => (stderr += d))
  const done = new Promise<Run>((resolve) =>
    child.on('exit', (code, signal) => resolve({stdout, stderr, code: code ?? (signal ? -1 : 0)})),
  )
  return {child, done}
}

/** Resolves once the process has stopped itself at its EJOURNAL_TEST_PAUSE_AT stage. */
export async function stopped(child: ChildProcess): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8')
    if (stat.slice(stat.lastIndexOf(')') + 2)[0] === 'T') return
    await sleep(25)
  }
  throw new Error('the process did not reach its pause stage')
}
