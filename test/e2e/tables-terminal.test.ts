// Tables that fit the terminal: the built CLI on a pseudo-terminal of 100 columns (`script`) prints
// no line longer than 100 characters; through a pipe (cron, a file) every row stays one line.
import Database from 'better-sqlite3'
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {stripVTControlCharacters} from 'node:util'
import {beforeAll, describe, expect, it} from 'vitest'

import {ROOT, spawn, tempDir} from '../helpers/cli.js'

const ENV = {EJOURNAL_NOW: '2026-12-05T03:00:00Z', LANG: 'C.UTF-8'}
const ws = join(tempDir('ejournal-tables-'), 'demo')
const env = {...ENV, EJOURNAL_HOME: ws}

// `import journal` of a term's files, one by one: the command line the audit log keeps whole.
const files = Array.from({length: 300}, (_, i) => `/home/zavuch/Загрузки/журнал/5А/урок-${i + 1}/lessons.csv`)

beforeAll(() => {
  const demo = spawn(['demo', '--dir', ws, '--pupils', '60', '--as-of', '2026-11-15'], ENV)
  expect(demo.code, demo.stderr).toBe(0)
  const db = new Database(join(ws, 'ejournal.sqlite'))
  db.prepare(
    `INSERT INTO audit_log (at, os_user, command, arguments, action, object, outcome)
     VALUES ('2026-11-16T01:00:00.000Z', 'zavuch', 'import:journal', ?, 'import.journal', '5А', 'imported')`,
  ).run(JSON.stringify(files))
  db.close()
  const control = spawn(['report', 'control', '--month', '10.2026', '--record'], env)
  expect(control.code, control.stderr).toBe(0)
}, 120_000)

const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`

const seen = new Map<string, string>()

/** The command on a terminal of 100 columns, as its user sees it (colour codes and CRs gone). */
function onTerminal(args: string[]): string {
  const key = args.join(' ')
  if (!seen.has(key)) seen.set(key, runOnTerminal(args))
  return seen.get(key)!
}

function runOnTerminal(args: string[]): string {
  const command = [process.execPath, join(ROOT, 'bin', 'run.js'), ...args].map(quote).join(' ')
  const result = spawnSync('script', ['-qec', `stty cols 100 rows 40; ${command}`, '/dev/null'], {
    encoding: 'utf8',
    env: {PATH: process.env.PATH, HOME: process.env.HOME, TERM: 'xterm', ...env},
    maxBuffer: 64 * 1024 * 1024,
  })
  expect(result.status, result.stderr).toBeLessThan(4)
  return stripVTControlCharacters(result.stdout).replace(/\r/g, '')
}

/** Characters of the longest line: a Cyrillic letter is one, as on the screen. */
const longest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length))

describe('on a terminal of 100 columns', () => {
  it.each([
    [['audit'], 'import.journal'],
    [['report', 'teachers'], 'Баранова Арина'],
    [['report', 'control', '--month', '10.2026'], 'Per teacher, class and subject'],
    [['journal', 'show', '--class', '5А', '--subject', 'Математика'], '01.09.2026'],
    [['pupils', 'list'], 'Андреева Арина'],
    [['check', '--details', '--lang', 'ru'], 'lessons-held (п. 6.6)'],
  ])('%j prints no line longer than 100 characters', (args, shown) => {
    const text = onTerminal(args)
    expect(text).toContain(shown)
    expect(longest(text)).toBeLessThanOrEqual(100)
  })

  it('audit shortens a long command line to one line; --json has all of it', () => {
    const lines = onTerminal(['audit']).split('\n')
    const entry = lines.findIndex((l) => l.includes('import.journal'))
    expect(lines[entry]).toMatch(/│ \/home\/zavuc[^│]*… +│$/)
    expect(lines[entry + 1]).toContain('report.control')
    const json = JSON.parse(spawn(['audit', '--json'], env).stdout) as Array<{arguments: string[]}>
    expect(json.find((r) => r.arguments.length === 300)!.arguments).toEqual(files)
  })

  it('report teachers leaves out the heading of the chart it does not draw', () => {
    const text = onTerminal(['report', 'teachers'])
    expect(text).toContain('Classes, subjects and hours')
    expect(text).not.toContain('Open findings of the check per teacher')
  })

  it('draws no rule between rows', () => {
    const lines = onTerminal(['pupils', 'list']).trimEnd().split('\n')
    expect(lines.filter((l) => l.startsWith('├'))).toHaveLength(1)
  })
})

describe('off a terminal (a pipe, a file)', () => {
  it('a report written with -o from a terminal keeps each row on one line', () => {
    const file = join(tempDir('ejournal-tables-out-'), 'учителя.txt')
    onTerminal(['report', 'teachers', '-o', file])
    const lines = readFileSync(file, 'utf8').split('\n')
    const row = lines.find((l) => l.includes('Баранова Арина Юрьевна'))!
    expect(row).toContain('5А Труд (технология) — 2; 6А Труд (технология) — 2;')
    expect(longest(lines.join('\n'))).toBeGreaterThan(100)
  })

  it('pupils list prints each pupil on one line, however long', () => {
    const json = JSON.parse(spawn(['pupils', 'list', '--json'], env).stdout) as unknown[]
    const lines = spawn(['pupils', 'list'], env).stdout.trimEnd().split('\n')
    // The top border, the header, the rule under it, a line per pupil, the bottom border.
    expect(lines).toHaveLength(json.length + 4)
    expect(longest(lines.join('\n'))).toBeGreaterThan(100)
  })

  it('journal show prints each lesson on one line', () => {
    const args = ['journal', 'show', '--class', '5А', '--subject', 'Математика']
    const page = JSON.parse(spawn([...args, '--json'], env).stdout) as {lessons: unknown[]}
    const lines = spawn(args, env).stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(1 + page.lessons.length + 4)
  })

  it('audit prints each entry on one line, its command line summarised', () => {
    const lines = spawn(['audit'], env).stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(2 + 4)
    expect(lines[3]).toContain('│ /home/zavuch/За…ал/5А/урок-1/lessons.csv … and 299 more │')
  })
})
