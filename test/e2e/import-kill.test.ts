// An import killed with SIGKILL in the middle of a large file leaves the database exactly as it
// was: the plan is applied in one transaction, so a crash rolls it back (WAL). The test hook
// EJOURNAL_TEST_PAUSE_AT stops the import at a stage, so the kill lands exactly there.
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {describe, expect, it} from 'vitest'

// @ts-expect-error plain JS module shared with the benchmarks
import {pupilLines} from '../../bench/school-data.js'
import {spawn, start, stopped, tempDir} from '../helpers/cli.js'
import {integrity, tablesHash} from '../helpers/database.js'

const ENV = {EJOURNAL_NOW: '2026-08-28T02:00:00Z'}

/** Every row of every table, hashed: "exactly as before" means this is equal. */
function contentHash(file: string): string {
  expect(integrity(file)).toBe('ok')
  return tablesHash(file)
}

describe('an import killed mid-file', () => {
  it('leaves the database exactly as before, and a rerun imports everything', async () => {
    const dir = tempDir()
    const ws = join(dir, 'school')
    const env = {...ENV, EJOURNAL_HOME: ws}
    expect(spawn(['init', '--school-name', 'Школа', '--yes'], env).code).toBe(0)
    expect(spawn(['year', 'open', '2026/2027'], env).code).toBe(0)
    const small = join(dir, 'small.csv')
    writeFileSync(small, (pupilLines(50, 7, 'S') as string[]).join('\r\n') + '\r\n')
    expect(spawn(['import', 'pupils', small], env).code).toBe(0)
    const big = join(dir, 'big.csv')
    writeFileSync(big, (pupilLines(40_000, 8) as string[]).join('\r\n') + '\r\n')
    const before = contentHash(join(ws, 'ejournal.sqlite'))

    // While reading, after reading, and with every row written but not committed.
    const reading = start(['import', 'pupils', big], env)
    await sleep(300)
    reading.child.kill('SIGKILL')
    expect((await reading.done).code).toBe(-1)
    expect(contentHash(join(ws, 'ejournal.sqlite'))).toBe(before)
    for (const stage of ['import-parsed', 'import-applied']) {
      const run = start(['import', 'pupils', big], {...env, EJOURNAL_TEST_PAUSE_AT: stage})
      await stopped(run.child)
      run.child.kill('SIGKILL')
      expect((await run.done).code).toBe(-1)
      expect(contentHash(join(ws, 'ejournal.sqlite')), stage).toBe(before)
    }

    const done = spawn(['import', 'pupils', big, '--json'], env)
    expect(done.code, done.stderr).toBe(0)
    expect(JSON.parse(done.stdout).counts.created).toBe(40_000)
  })
})
