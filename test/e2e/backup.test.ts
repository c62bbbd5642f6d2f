// Backups as cron runs them, and the faults a backup must survive: a process killed at each
// stage, a writer busy during the snapshot, two runs at once, a full disk. The built CLI is
// spawned without a TTY; EJOURNAL_TEST_PAUSE_AT (src/core/test-hook.ts) stops it at a stage.
import Database from 'better-sqlite3'
import {spawn as spawnChild, spawnSync} from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statfsSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import {join} from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

import {ROOT, type Run, spawn, start, stopped, tempDir} from '../helpers/cli.js'

const NOW = '2026-09-02T01:00:00Z'

function newSchool(dir = join(tempDir(), 'school')): string {
  const r = spawn(
    ['init', '-w', dir, '--school-name', 'МБОУ СОШ № 23', '--timezone', 'Asia/Vladivostok', '--yes'],
    {
      EJOURNAL_NOW: NOW,
    },
  )
  expect(r.code, r.stderr).toBe(0)
  return dir
}

/** Journal-like rows, so that there is something to copy: about `mb` megabytes of marks. */
function addMarks(ws: string, mb: number): void {
  const db = new Database(join(ws, 'ejournal.sqlite'))
  db.exec(
    `CREATE TABLE IF NOT EXISTS test_mark (id INTEGER PRIMARY KEY, pupil TEXT, value INTEGER, note TEXT, entered_at INTEGER)`,
  )
  db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${mb * 7000})
    INSERT INTO test_mark (pupil, value, note, entered_at)
    SELECT 'Ученик ' || (i % 700), 2 + i % 4, 'Контрольная работа по теме «Дроби», вариант ' || i, 0 FROM n`)
  db.close()
}

const env = (ws: string, extra: Record<string, string> = {}) => ({
  EJOURNAL_HOME: ws,
  EJOURNAL_NOW: NOW,
  ...extra,
})
const json = (r: Run) => JSON.parse(r.stdout)
const backupFiles = (ws: string) => readdirSync(join(ws, 'backups')).sort()

function allVerify(ws: string): void {
  const r = spawn(['backup', 'verify', '--all', '--json'], env(ws))
  expect(r.code, r.stdout + r.stderr).toBe(0)
}

describe('backup run from cron', () => {
  it('is silent when not due, and backup status exits 3 for monitoring once overdue', () => {
    const ws = newSchool()
    const first = spawn(['backup', 'run', '--if-due', '--yes'], env(ws))
    expect(first.code, first.stderr).toBe(0)
    expect(first.stdout).toMatch(/^Backup \d{8}-\d{6}-[0-9a-f]{4} made and verified/)
    const quiet = spawn(
      ['backup', 'run', '--if-due', '--yes'],
      env(ws, {EJOURNAL_NOW: '2026-09-10T01:00:00Z'}),
    )
    expect(quiet).toEqual({code: 0, stdout: '', stderr: ''})
    const late = spawn(
      ['backup', 'status'],
      env(ws, {EJOURNAL_NOW: '2026-09-20T01:00:00Z', LANG: 'ru_RU.UTF-8'}),
    )
    expect(late.code).toBe(3)
    expect(late.stdout).toContain('ПРОСРОЧЕНО: следующую копию нужно было сделать не позднее 16.09.2026')
    expect(late.stdout).not.toContain('\u001b[')
  })

  it('refuses to replace the database without --yes when nobody can be asked', () => {
    const ws = newSchool()
    const {id} = json(spawn(['backup', 'run', '--json'], env(ws)))
    const r = spawn(['backup', 'restore', id, '--force'], env(ws, {LANG: 'ru_RU.UTF-8'}))
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      'Эта команда заменит базу журнала. Спросить подтверждение негде (нет терминала): добавьте --yes.\n',
    )
  })
})

describe('a run killed at each stage', () => {
  let ws: string
  let previous: string
  beforeAll(() => {
    ws = newSchool()
    addMarks(ws, 2)
    previous = json(spawn(['backup', 'run', '--json'], env(ws))).id
  })

  // What the next run finds to remove, by the stage the killed run had reached.
  const stages: Array<[string, number, boolean]> = [
    ['locked', 0, false],
    ['snapshot', 1, false], // the plaintext snapshot (*.partial)
    ['sealed', 1, false], // the sealed file, not yet renamed (*.ejb.partial)
    ['published', 2, false], // the file renamed, its manifest still *.partial: not a backup
    ['committed', 0, true], // the manifest is written: the backup counts
  ]
  it.each(stages)(
    'at %s: leaves no backup, or a whole one; earlier ones still verify',
    async (stage, leftovers, counts) => {
      const before = json(spawn(['backup', 'list', '--json'], env(ws))).length
      const run = start(['backup', 'run'], env(ws, {EJOURNAL_TEST_PAUSE_AT: stage}))
      await stopped(run.child)
      run.child.kill('SIGKILL')
      expect((await run.done).code).toBe(-1)
      expect(existsSync(join(ws, 'backups', 'backup.lock'))).toBe(true)

      const list = json(spawn(['backup', 'list', '--json'], env(ws)))
      expect(list).toHaveLength(before + (counts ? 1 : 0))
      expect(list[0].id).toBe(previous)
      expect(list.every((b: {state: string}) => b.state === 'ok')).toBe(true)
      allVerify(ws)

      const next = spawn(['backup', 'run'], env(ws))
      expect(next.code, next.stderr).toBe(0)
      if (leftovers)
        expect(next.stdout).toMatch(
          new RegExp(`^Removed ${leftovers} files? left by an interrupted run\\.\\nBackup `),
        )
      else expect(next.stdout).toMatch(/^Backup /)
      expect(backupFiles(ws).filter((f) => !/\.(ejb|manifest\.json)$/.test(f))).toEqual([])
      expect(backupFiles(ws).filter((f) => f.endsWith('.ejb'))).toHaveLength(before + (counts ? 2 : 1))
      allVerify(ws)
    },
  )
})

describe('a backup while teachers keep entering marks', () => {
  it('finishes, does not stop the writer, and holds one consistent moment', async () => {
    const ws = newSchool()
    addMarks(ws, 30)
    const writer = spawnChild(
      process.execPath,
      [
        '-e',
        `const Database = require(${JSON.stringify(join(ROOT, 'node_modules/better-sqlite3'))})
         const db = new Database(${JSON.stringify(join(ws, 'ejournal.sqlite'))}); db.pragma('busy_timeout = 10000')
         const add = db.prepare("INSERT INTO test_mark (pupil, value, note, entered_at) VALUES ('Петрова Юлия', 5, 'ответ у доски', ?)")
         process.stdout.write('ready\\n')
         for (;;) add.run(Date.now())`,
      ],
      {stdio: ['ignore', 'pipe', 'inherit']},
    )
    try {
      await new Promise((resolve) => writer.stdout!.once('data', resolve))
      await sleep(200)
      const started = Date.now()
      const made = await start(['backup', 'run', '--json'], env(ws)).done
      const finished = Date.now()
      expect(made.code, made.stderr).toBe(0)
      const {id, rows} = json(made)
      const live = new Database(join(ws, 'ejournal.sqlite'), {readonly: true})
      const during = live
        .prepare('SELECT count(*) AS n FROM test_mark WHERE entered_at BETWEEN ? AND ?')
        .get(started, finished) as {n: number}
      live.close()
      expect(during.n).toBeGreaterThan(100)

      const copy = join(tempDir(), 'check.sqlite')
      expect(spawn(['backup', 'restore', id, '--to', copy], env(ws)).code).toBe(0)
      const restored = new Database(copy, {readonly: true})
      const {n, top} = restored.prepare('SELECT count(*) AS n, max(id) AS top FROM test_mark').get() as {
        n: number
        top: number
      }
      restored.close()
      // One moment: every row up to it and none after, as the manifest counted them.
      expect(n).toBe(rows.test_mark)
      expect(top).toBe(n)
      expect(n).toBeGreaterThan(30 * 7000)
    } finally {
      writer.kill('SIGKILL')
    }
  })
})

describe('two runs at once', () => {
  it('refuses the second, or lets it wait with --lock-wait', async () => {
    const ws = newSchool()
    const first = start(['backup', 'run', '--json'], env(ws, {EJOURNAL_TEST_PAUSE_AT: 'snapshot'}))
    await stopped(first.child)
    const refused = spawn(['backup', 'run'], env(ws))
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(
      new RegExp(
        `^Another backup operation is running \\(«backup run», process ${first.child.pid} on .+, since .+\\)\\. Try again later or pass --lock-wait SECONDS`,
      ),
    )
    const waiting = start(['backup', 'run', '--json', '--lock-wait', '30'], env(ws))
    await sleep(500)
    first.child.kill('SIGCONT')
    const [a, b] = await Promise.all([first.done, waiting.done])
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0])
    const second = JSON.parse(readFileSync(join(ws, 'backups', `${json(b).id}.manifest.json`), 'utf8'))
    expect(second.previous.id).toBe(json(a).id)
    allVerify(ws)
  })
})

// A small tmpfs for the workspace, when this machine lets the tests mount one (root).
const MOUNT = join(tempDir('ejournal-tmpfs-'), 'disk')
mkdirSync(MOUNT)
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=12m', 'tmpfs', MOUNT]).status === 0
afterAll(() => {
  if (mounted) spawnSync('umount', [MOUNT])
})

describe.runIf(mounted)('a full disk', () => {
  it('is refused before starting, or cleaned up after failing midway; nothing is lost', async () => {
    const ws = newSchool(join(MOUNT, 'school'))
    addMarks(ws, 2)
    const {id} = json(spawn(['backup', 'run', '--json'], env(ws)))
    const filler = join(MOUNT, 'filler')

    // Leave room for the database once, not for a snapshot beside a sealed copy.
    const free = statfsSync(MOUNT).bavail * statfsSync(MOUNT).bsize
    writeFileSync(filler, Buffer.alloc(free - statSync(join(ws, 'ejournal.sqlite')).size))
    const refused = spawn(['backup', 'run'], env(ws))
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(
      /^Not enough free space in .*\/backups: a backup needs \d+ MB, \d+ MB are free\. Free some space \(or «ejournal backup prune»\) and run again; nothing was written\.\n$/,
    )
    rmSync(filler)

    const midway = start(['backup', 'run'], env(ws, {EJOURNAL_TEST_PAUSE_AT: 'snapshot'}))
    await stopped(midway.child)
    spawnSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=64k'], {stdio: 'ignore'}) // until the disk is full
    midway.child.kill('SIGCONT')
    const failed = await midway.done
    expect(failed.code).toBe(1)
    expect(failed.stderr).toBe(
      `The disk of ${join(ws, 'backups')} became full during the backup. The unfinished files were removed and earlier backups are untouched; free some space and run again.\n`,
    )
    expect(backupFiles(ws)).toEqual([`${id}.ejb`, `${id}.manifest.json`])
    rmSync(filler)

    allVerify(ws)
    const db = new Database(join(ws, 'ejournal.sqlite'), {readonly: true})
    expect(db.pragma('quick_check', {simple: true})).toBe('ok')
    expect((db.prepare('SELECT count(*) AS n FROM test_mark').get() as {n: number}).n).toBe(14000)
    db.close()
  })
})
