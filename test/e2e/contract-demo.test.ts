// The command line's contract on the demo school, run as cron runs it (no terminal): every byte
// reaches a slow pipe whatever the exit code; the exit codes of the README's table, per family;
// with --json, stdout is one JSON document also on errors, and stderr has the sentence.
import {spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

import {ROOT, spawn, tempDir} from '../helpers/cli.js'

// After the demo's journal ends (15.11.2026): check finds thousands of late entries.
const ENV = {EJOURNAL_NOW: '2026-12-05T03:00:00Z', LANG: 'C.UTF-8'}
const dir = tempDir('ejournal-contract-')
const ws = join(dir, 'demo')
const env = {...ENV, EJOURNAL_HOME: ws}

beforeAll(() => {
  const demo = spawn(['demo', '--dir', ws, '--pupils', '100', '--as-of', '15.11.2026'], ENV)
  expect(demo.code, demo.stderr).toBe(0)
}, 120_000)

const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`
const cli = (args: string[]) => [process.execPath, join(ROOT, 'bin', 'run.js'), ...args].map(quote).join(' ')

interface Captured {
  bytes: Buffer
  code: number
}

/** stdout (or stderr, `2>&1 >/dev/null`) through a real pipe whose reader starts 2 s late. */
function slowPipe(args: string[], stream: 'stdout' | 'stderr' = 'stdout'): Captured {
  const out = join(dir, 'piped')
  const code = join(dir, 'piped.code')
  const redirect = stream === 'stderr' ? '2>&1 >/dev/null' : '2>/dev/null'
  const r = spawnSync(
    'sh',
    ['-c', `{ ${cli(args)} ${redirect}; echo $? > ${quote(code)}; } | (sleep 2; cat > ${quote(out)})`],
    {env: {PATH: process.env.PATH, HOME: process.env.HOME, ...env}},
  )
  expect(r.status).toBe(0)
  return {bytes: readFileSync(out), code: Number(readFileSync(code, 'utf8'))}
}

/** The same run redirected into a file. */
function intoFile(args: string[], stream: 'stdout' | 'stderr' = 'stdout'): Captured {
  const out = join(dir, 'file')
  const redirect = stream === 'stderr' ? `2> ${quote(out)} >/dev/null` : `> ${quote(out)} 2>/dev/null`
  const r = spawnSync('sh', ['-c', `${cli(args)} ${redirect}`], {
    env: {PATH: process.env.PATH, HOME: process.env.HOME, ...env},
  })
  return {bytes: readFileSync(out), code: r.status ?? -1}
}

describe('output through a slow pipe is the whole output', () => {
  it.each([
    {args: ['check', '--json'], code: 3},
    {args: ['check', '--details'], code: 3},
    {args: ['check', '--format', 'csv'], code: 3},
    {args: ['pupils', 'list'], code: 0},
    {args: ['report', 'period', '--period', '1 четверть'], code: 0},
  ])('$args', ({args, code}) => {
    const file = intoFile(args)
    const piped = slowPipe(args)
    expect(file.code).toBe(code)
    expect(piped.code).toBe(code)
    // More than a pipe holds (64 KiB), so a process exiting early would be cut off.
    if (args[0] === 'check') expect(file.bytes.length).toBeGreaterThan(256 * 1024)
    expect(piped.bytes.length).toBe(file.bytes.length)
    expect(piped.bytes.equals(file.bytes)).toBe(true)
    if (args.includes('--json'))
      expect(JSON.parse(piped.bytes.toString()).findings.length).toBeGreaterThan(1000)
  })

  it('a --json error of thousands of problems, and the sentence on stderr', () => {
    const bad = join(dir, 'bad.csv')
    const rows = Array.from({length: 3000}, (_, i) => `Иванов${i};Иван;;32.13.2014;М;5А;;;;`)
    writeFileSync(
      bad,
      [
        'Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;Иностранный язык;Внешний ID;ФИО родителя 1;Email родителя 1',
        ...rows,
      ].join('\n'),
    )
    const args = ['import', 'pupils', bad, '--json']
    const file = intoFile(args)
    const piped = slowPipe(args)
    expect(piped.code).toBe(file.code)
    expect(piped.code).not.toBe(0)
    expect(file.bytes.length).toBeGreaterThan(256 * 1024)
    expect(piped.bytes.equals(file.bytes)).toBe(true)
    expect(JSON.parse(piped.bytes.toString()).error.problems.length).toBeGreaterThanOrEqual(3000)
    const stderr = slowPipe(args, 'stderr')
    expect(stderr.bytes.equals(intoFile(args, 'stderr').bytes)).toBe(true)
    expect(stderr.bytes.toString()).toMatch(/^.*bad\.csv: 6000 problems found; nothing was written\.\n/)
  })
})

describe('exit codes (README «Exit codes»)', () => {
  // One usage error per command family: a wrong flag, value or a missing argument, exit 2.
  it.each([
    ['year', ['year', 'open']],
    ['import', ['import', 'teachers', 'x.csv']],
    ['pupils', ['pupils', 'list', '--bogus']],
    ['staff', ['staff', 'list', '--bogus']],
    ['classes', ['classes', 'list', '--bogus']],
    ['curriculum', ['curriculum', 'list', '--bogus']],
    ['timetable', ['timetable', 'show', '--bogus']],
    ['journal', ['journal', 'show']],
    ['subgroups', ['subgroups', 'assign', '--groups', '0']],
    ['credentials', ['credentials', 'reset', '--format', 'doc']],
    ['check', ['check', '--severity', 'fatal']],
    ['report', ['report', 'period']],
    ['letters', ['letters']],
    ['backup', ['backup', 'run', '--bogus']],
    ['archive', ['archive', 'create']],
    ['audit', ['audit', '--format', 'pdf']],
    ['init', ['init', '--week', '7']],
    ['demo', ['demo', '--pupils', 'many']],
  ])('%s: a usage error exits 2', (_family, args) => {
    const r = spawn(args, env)
    expect(r.code, r.stderr).toBe(2)
    expect(r.stderr).toMatch(/^Command line error: /)
    expect(r.stdout).toBe('')
    expect(r.stderr).not.toContain('Internal error')
  })

  // What needs a yes gets none without a terminal: refused, exit 2, nothing written.
  it('import --mode sync, credentials reset and backup restore refuse without --yes: exit 2', () => {
    const one = join(dir, 'one.csv')
    writeFileSync(
      one,
      'Фамилия;Имя;Отчество;Дата рождения;Пол;Класс\nИванова;Мария;Петровна;12.03.2014;Ж;5А\n',
    )
    const pupils = spawn(['pupils', 'list', '--json'], env).stdout
    const sync = spawn(['import', 'pupils', one, '--mode', 'sync'], env)
    expect(sync.code).toBe(2)
    expect(sync.stderr).toMatch(
      /^\d+ pupils would leave their class; nothing was written\. Run again with --yes/,
    )
    const reset = spawn(['credentials', 'reset', 'baranova.arina'], env)
    expect(reset.code).toBe(2)
    expect(reset.stderr).toBe(
      '1 account would get a new password; nothing was written. Run again with --yes to confirm, or --dry-run to review.\n',
    )
    const id = JSON.parse(spawn(['backup', 'list', '--json'], env).stdout)[0].id as string
    const restore = spawn(['backup', 'restore', id, '--force'], env)
    expect(restore.code).toBe(2)
    expect(restore.stderr).toContain('pass --yes to confirm')
    expect(spawn(['pupils', 'list', '--json'], env).stdout).toBe(pupils)
  })

  it('3 when the run found problems: check, backup status', () => {
    expect(spawn(['check'], env).code).toBe(3)
    expect(spawn(['check', '--fail-on', 'never'], env).code).toBe(0)
    expect(spawn(['backup', 'status'], {...env, EJOURNAL_NOW: '2027-03-01T00:00:00Z'}).code).toBe(3)
  })
})

describe('--json on errors', () => {
  it('stdout is exactly one JSON document; stderr has the sentence', () => {
    const usage = spawn(['pupils', 'list', '--bogus', '--json'], env)
    expect(usage.code).toBe(2)
    expect(JSON.parse(usage.stdout)).toEqual({
      error: {
        code: 'usage',
        message: 'Command line error: Nonexistent flag: --bogus\nHelp: ejournal help',
        problems: [],
      },
    })
    expect(usage.stderr).toBe('Command line error: Nonexistent flag: --bogus\nHelp: ejournal help\n')

    const reset = spawn(['credentials', 'reset', 'baranova.arina', '--json', '--lang', 'ru'], env)
    expect(reset.code).toBe(2)
    const doc = JSON.parse(reset.stdout)
    expect(doc.error.code).toBe('credentials.notConfirmed')
    expect(doc.error.message).toMatch(/^1 учётная запись получила бы новый пароль; ничего не записано\./)
    expect(reset.stderr).toBe(doc.error.message + '\n')
  })
})
