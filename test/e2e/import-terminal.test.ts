// The administrator at a terminal: a large import shows how much of the file is read. script(1)
// gives the built CLI a pseudo-terminal, as an interactive shell would.
import {spawnSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

// @ts-expect-error plain JS module shared with the benchmarks
import {pupilLines} from '../../bench/school-data.js'
import {ROOT, spawn, tempDir} from '../helpers/cli.js'

describe('an import on a terminal', () => {
  it('shows the share of the file read, then the plan', () => {
    const dir = tempDir()
    const env = {
      EJOURNAL_NOW: '2026-08-28T02:00:00Z',
      EJOURNAL_HOME: join(dir, 'school'),
      LANG: 'ru_RU.UTF-8',
    }
    expect(spawn(['init', '--school-name', 'Школа', '--yes'], env).code).toBe(0)
    expect(spawn(['year', 'open', '2026/2027'], env).code).toBe(0)
    const big = join(dir, 'big.csv')
    // Several 1 MiB chunks, so that the share grows in steps.
    writeFileSync(big, (pupilLines(30_000) as string[]).join('\r\n') + '\r\n')
    const command = [process.execPath, join(ROOT, 'bin', 'run.js'), 'import', 'pupils', big, '--yes']
    const r = spawnSync('script', ['-qec', command.map((a) => `'${a}'`).join(' '), '/dev/null'], {
      encoding: 'utf8',
      env: {PATH: process.env.PATH, HOME: process.env.HOME, ...env},
    })
    expect(r.status, r.stdout).toBe(0)
    const shares = [...r.stdout.matchAll(/Чтение файла: (\d+)%/g)].map((m) => Number(m[1]))
    expect(shares.length).toBeGreaterThan(2)
    expect(shares).toEqual([...shares].sort((a, b) => a - b))
    expect(shares.at(-1)).toBe(100)
    expect(r.stdout).toContain('Новых 30000, изменённых 0')
  })
})
