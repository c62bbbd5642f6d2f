// The packages the project was asked to use are real dependencies, really called, and loaded only
// by the commands that use them: start-up (--version, listings) pays for none of them.
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync, rmSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

import {ROOT, type Run, spawn, tempDir} from '../helpers/cli.js'

const LISTED = [
  'chalk',
  'date-fns',
  '@date-fns/tz',
  'exceljs',
  'pdfkit',
  '@node-rs/argon2',
  '@inquirer/prompts',
  'csv-stringify',
  'iconv-lite',
]

/** The commands that read CSV files at all: they load the encodings (iconv-lite) with their module. */
const LOADED_WITH_MODULE: Record<string, string[]> = {
  demo: ['iconv-lite'],
  import: ['iconv-lite'],
  'import:journal': ['iconv-lite'],
  // The calendar's template is the shipped calendar file, read with the one reader.
  'import:template': ['iconv-lite'],
  'year:open': ['iconv-lite'],
}

const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/')

const STATIC_IMPORT = /^\s*(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm

/** The packages a module loads before its first line runs: its static imports, followed through dist/. */
function packagesAtImport(entry: string): Set<string> {
  const seen = new Set([entry])
  const queue = [entry]
  const found = new Set<string>()
  for (let file = queue.shift(); file; file = queue.shift()) {
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const specifier = (m[1] ?? m[2])!
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier)
        if (seen.has(target)) continue
        seen.add(target)
        queue.push(target)
      } else if (!specifier.startsWith('node:')) found.add(packageOf(specifier))
    }
  }
  return found
}

/** The listed packages a run of the built CLI loaded, recorded by test/helpers/record-loads.mjs. */
function runRecording(
  args: string[],
  env: Record<string, string>,
  terminal = false,
): {stdout: string; loaded: string[]} {
  const record = join(tempDir('ejournal-loads-'), 'loads.txt')
  const recording = {
    ...env,
    NODE_OPTIONS: `--import=${join(ROOT, 'test', 'helpers', 'record-loads.mjs')}`,
    EJOURNAL_RECORD_LOADS: record,
  }
  const result = terminal ? onTerminal(args, recording) : spawn(args, recording)
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  const files = readFileSync(record, 'utf8')
  rmSync(record)
  const loaded = LISTED.filter((name) => files.includes(`/node_modules/${name}/`))
  return {stdout: result.stdout, loaded}
}

/** The built CLI on a pseudo-terminal (script(1)), as the administrator runs it. */
function onTerminal(args: string[], env: Record<string, string>): Run {
  const command = [process.execPath, join(ROOT, 'bin', 'run.js'), ...args].join(' ')
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    encoding: 'utf8',
    env: {PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', TERM: 'xterm', ...env},
  })
  return {stdout: result.stdout, stderr: result.stderr, code: result.status ?? -1}
}

describe('packages at start-up', () => {
  let env: Record<string, string>
  beforeAll(() => {
    env = {EJOURNAL_HOME: join(tempDir(), 'school'), EJOURNAL_NOW: '2026-10-14T10:00:00Z'}
    expect(spawn(['init', '--school-name', 'Школа', '--yes'], env).code).toBe(0)
    expect(spawn(['year', 'open', '2026/2027'], env).code).toBe(0)
  })

  it('loads none of the listed packages with a command module that does not need them', () => {
    const commands = join(ROOT, 'dist', 'commands')
    const files = readdirSync(commands, {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.js'))
    expect(files.length).toBeGreaterThan(40)
    const unexpected = files.flatMap((file) => {
      const id = relative(commands, join(commands, file))
        .replace(/(\/index)?\.js$/, '')
        .replaceAll('/', ':')
      const allowed = LOADED_WITH_MODULE[id] ?? []
      return [...packagesAtImport(join(commands, file))]
        .filter((name) => LISTED.includes(name) && !allowed.includes(name))
        .map((name) => `${id}: ${name}`)
    })
    expect(unexpected).toEqual([])
  })

  it('starts --version, year list and year list --json without any of them', () => {
    expect(runRecording(['--version'], env).loaded).toEqual([])
    expect(runRecording(['year', 'list', '--json'], env).loaded).toEqual([])
    const table = runRecording(['year', 'list'], env)
    expect(table.stdout).toContain('│ 2026/2027 │ 01.09.2026 │ 26.05.2027 │')
    expect(table.loaded).toEqual([])
  })

  it('computes the school dates with date-fns and @date-fns/tz, and prints no colour into a pipe', () => {
    const status = runRecording(['year', 'status'], env)
    expect(status.stdout).toContain('Timetable entered: 0/0 (due 21.10.2026)')
    expect(status.stdout).not.toContain('\u001b[')
    expect(status.loaded).toEqual(['date-fns', '@date-fns/tz'])
  })

  it('colours through chalk on a terminal, and not with NO_COLOR there', () => {
    const coloured = runRecording(['year', 'status'], env, true)
    expect(coloured.stdout).toContain('\u001b[33m✗\u001b[39m Timetable entered: 0/0 (due 21.10.2026)')
    expect(coloured.loaded).toEqual(['chalk', 'date-fns', '@date-fns/tz'])

    const refused = runRecording(['year', 'status'], {...env, NO_COLOR: '1'}, true)
    expect(refused.stdout).toContain('✗ Timetable entered: 0/0 (due 21.10.2026)')
    expect(refused.stdout).not.toContain('\u001b[')
    expect(refused.loaded).toEqual(['date-fns', '@date-fns/tz'])
  })

  it('colours through chalk when FORCE_COLOR asks for it, tables aside', () => {
    const forced = runRecording(['year', 'status'], {...env, FORCE_COLOR: '1'})
    expect(forced.stdout).toContain('\u001b[33m✗\u001b[39m Timetable entered: 0/0 (due 21.10.2026)')
    expect(forced.loaded).toEqual(['chalk', 'date-fns', '@date-fns/tz'])
    // cli-table3 draws its borders and headings plain.
    expect(runRecording(['year', 'list'], {...env, FORCE_COLOR: '1'}).stdout).not.toContain('\u001b[')
  })

  it('has the listed packages as real dependencies', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
    }
    expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(LISTED))
    expect(pkg.dependencies).toMatchObject({chalk: '5.6.2', 'date-fns': '4.4.0', '@date-fns/tz': '1.5.0'})
  })
})
