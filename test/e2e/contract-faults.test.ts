// The faults a person meets outside the program — another ejournal writing, a full disk, a
// read-only disk, a file where a folder should be, a bad time zone, Ctrl-C — reproduced for real
// on the built CLI: one clear sentence each, the exit code, and the database unchanged.
import {spawnSync, spawn as spawnChild} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {ROOT, spawn, start, stopped, tempDir} from '../helpers/cli.js'
import {tablesHash} from '../helpers/database.js'

// @ts-expect-error plain JS module shared with the benchmarks
import {pupilLines} from '../../bench/school-data.js'

const NOW = {EJOURNAL_NOW: '2026-09-02T01:00:00Z'}
const STAFF = 'Фамилия;Имя;Отчество;Email;Роли\r\nТестова;Анна;Петровна;anna@school.ru;учитель\r\n'

function newSchool(ws: string): Record<string, string> {
  const env = {...NOW, EJOURNAL_HOME: ws}
  expect(spawn(['init', '--school-name', 'Школа', '--yes'], env).code).toBe(0)
  expect(spawn(['year', 'open', '2026/2027'], env).code).toBe(0)
  return env
}

function fileHash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

/** A small tmpfs of its own, where the machine lets the tests mount one (root in a container). */
function mountTmpfs(dir: string, options: string): boolean {
  mkdirSync(dir, {recursive: true})
  return spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]).status === 0
}

function umount(dir: string): void {
  spawnSync('umount', [dir])
}

const canMount = (() => {
  const dir = join(tempDir(), 'probe')
  const ok = mountTmpfs(dir, 'size=1m')
  if (ok) umount(dir)
  return ok
})()

/** A second process holding the write transaction, as an import in progress does. */
function holdWriteLock(file: string, ms: number) {
  const script = join(tempDir(), 'hold-the-journal.cjs')
  writeFileSync(
    script,
    `const db = new (require(${JSON.stringify(join(ROOT, 'node_modules', 'better-sqlite3'))}))(process.argv[2])
db.exec('BEGIN IMMEDIATE')
process.stdout.write('held\\n')
setTimeout(() => { db.exec('ROLLBACK'); db.close() }, Number(process.argv[3]))
`,
  )
  const child = spawnChild(process.execPath, [script, file, String(ms)])
  const held = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
  const ended = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  return {child, held, ended}
}

describe('the database written by another program', () => {
  it('waits a short while, then says who holds it, that nothing changed and that a rerun is safe', async () => {
    const ws = join(tempDir(), 'school')
    const env = newSchool(ws)
    const staff = join(tempDir(), 'staff.csv')
    writeFileSync(staff, STAFF)
    const db = join(ws, 'ejournal.sqlite')
    const before = tablesHash(db)

    const holder = holdWriteLock(db, 60_000)
    await holder.held
    const r = spawn(['import', 'staff', staff, '--lang', 'ru'], env)
    // Reading goes on meanwhile.
    expect(spawn(['staff', 'list'], env).code).toBe(0)
    holder.child.kill()
    await holder.ended
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(
      new RegExp(
        `^База ${db} занята: в неё сейчас пишет другая программа \\(база открыта в: «[^»]*hold-the-journal\\.cjs[^»]*», ` +
          `процесс ${holder.child.pid}\\)\\. Ничего не изменено; когда та закончит, команду можно безопасно запустить ещё раз\\.\\n$`,
      ),
    )
    expect(tablesHash(db)).toBe(before)

    // A lock released within the wait is no error at all.
    const brief = holdWriteLock(db, 1000)
    await brief.held
    const again = spawn(['import', 'staff', staff, '--yes'], env)
    await brief.ended
    expect(again.code, again.stderr).toBe(0)
    expect(again.stdout).toContain('New 1')
  })
})

describe.skipIf(!canMount)('a full disk (a 4 MB tmpfs)', () => {
  it('names the path and the free space, and leaves the database as it was', () => {
    const mnt = join(tempDir(), 'disk')
    expect(mountTmpfs(mnt, 'size=4m')).toBe(true)
    try {
      const ws = join(mnt, 'school')
      const env = newSchool(ws)
      const db = join(ws, 'ejournal.sqlite')
      const staff = join(tempDir(), 'staff.csv')
      writeFileSync(staff, STAFF)
      // Everything but a few pages is taken.
      const free = Number(
        spawnSync('df', ['-k', '--output=avail', mnt], {encoding: 'utf8'}).stdout.split('\n')[1],
      )
      spawnSync('sh', ['-c', `head -c ${free * 1024 - 16 * 1024} /dev/zero > ${join(mnt, 'filler')}`])
      const before = fileHash(db)
      const r = spawn(['import', 'staff', staff, '--yes'], env)
      expect(r.code).toBe(1)
      expect(r.stderr).toMatch(
        new RegExp(
          `^The disk of ${db} is full \\(\\d+(\\.\\d)? (bytes|KB) free\\): the command stopped and the database ` +
            'keeps its last complete state. Free some space and run the command again.\\n$',
        ),
      )
      const ru = spawn(['import', 'staff', staff, '--yes', '--lang', 'ru'], env)
      expect(ru.stderr).toMatch(
        /^Диск, на котором .+ejournal\.sqlite, заполнен \(свободно \d+(,\d)? (байт|КБ)\)/,
      )
      expect(fileHash(db)).toBe(before)
    } finally {
      umount(mnt)
    }
  })
})

describe.skipIf(!canMount)('a workspace on a read-only disk (tmpfs remounted ro)', () => {
  it('still answers the reading commands; the writing ones say why they cannot', () => {
    const mnt = join(tempDir(), 'disk')
    expect(mountTmpfs(mnt, 'size=16m')).toBe(true)
    try {
      const ws = join(mnt, 'school')
      const env = newSchool(ws)
      const staff = join(tempDir(), 'staff.csv')
      writeFileSync(staff, STAFF)
      expect(spawn(['import', 'staff', staff, '--yes'], env).code).toBe(0)
      const pupils = join(tempDir(), 'pupils.csv')
      writeFileSync(pupils, (pupilLines(30, 2) as string[]).join('\r\n') + '\r\n')
      expect(spawn(['import', 'pupils', pupils, '--yes'], env).code).toBe(0)
      const db = join(ws, 'ejournal.sqlite')
      const before = fileHash(db)
      expect(spawnSync('mount', ['-o', 'remount,ro', mnt]).status).toBe(0)

      const list = spawn(['pupils', 'list', '--json'], env)
      expect(list.code, list.stderr).toBe(0)
      expect(JSON.parse(list.stdout)).toHaveLength(30)
      expect(spawn(['year', 'list'], env).stdout).toContain('2026/2027')
      const status = spawn(['backup', 'status'], env)
      expect(status.code, status.stderr).toBe(3) // never backed up: overdue
      expect(status.stderr).toBe('')
      const check = spawn(['check', '--fail-on', 'never'], env)
      expect(check.code, check.stderr).toBe(0)
      expect(check.stdout).toContain('Journal check of Школа')

      for (const args of [
        ['year', 'open', '2027/2028'],
        ['import', 'staff', staff, '--yes'],
      ]) {
        const r = spawn(args, env)
        expect(r.code, args.join(' ')).toBe(1)
        expect(r.stderr).toBe(
          `The workspace ${ws} cannot be written (the disk is mounted read-only): this command changes it, ` +
            'so it did not run; commands that only read still work.\n',
        )
      }
      expect(spawn(['year', 'open', '2027/2028', '--lang', 'ru'], env).stderr).toContain(
        'нельзя записывать (диск подключён только для чтения)',
      )
      expect(fileHash(db)).toBe(before)
      expect(existsSync(`${db}-wal`)).toBe(false)
    } finally {
      umount(mnt)
    }
  })
})

describe('a workspace that cannot be used as it is', () => {
  it('init -w pointing at a file: exit 2, the file untouched', () => {
    const file = join(tempDir(), 'notes.txt')
    writeFileSync(file, 'мои заметки\n')
    const r = spawn(['init', '-w', file, '--school-name', 'Школа', '--yes'], NOW)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`${file} is a file, not a folder: point --workspace at a new or empty folder.\n`)
    expect(spawn(['init', '-w', file, '--school-name', 'Школа', '--yes', '--lang', 'ru'], NOW).stderr).toBe(
      `${file} — это файл, а не папка: укажите в --workspace новую или пустую папку.\n`,
    )
    expect(readFileSync(file, 'utf8')).toBe('мои заметки\n')
  })

  it('a time zone that does not exist in ejournal.json: the file and the value, no stack', () => {
    const ws = join(tempDir(), 'school')
    newSchool(ws)
    const settings = join(ws, 'ejournal.json')
    // A Cyrillic «с» in Moscow, as a Russian keyboard types it.
    writeFileSync(
      settings,
      readFileSync(settings, 'utf8').replace(/"timezone": "[^"]*"/, '"timezone": "Europe/Mosсow"'),
    )
    const r = spawn(['year', 'list', '-w', ws, '--lang', 'ru'])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `${settings}: «Europe/Mosсow» в поле "timezone" — не часовой пояс; укажите имя IANA, например Europe/Moscow или Asia/Vladivostok.\n`,
    )
    // EJOURNAL_DEBUG=1 (and DEBUG=ejournal) add where it happened.
    for (const debug of [{EJOURNAL_DEBUG: '1'}, {DEBUG: 'ejournal'}] as Array<Record<string, string>>) {
      const d = spawn(['year', 'list', '-w', ws], debug)
      expect(d.stderr).toMatch(/^WorkspaceError: contract\.badTimezone\n\s+at openWorkspace/)
      expect(d.stderr).toContain('«Europe/Mosсow» in "timezone" is not a time zone')
    }
  })
})

describe('cancelling', () => {
  /** init on a pseudo-terminal (script), its first question answered by `key` or by closing input. */
  async function initOnTerminal(ws: string, answer: 'ctrl-c' | 'ctrl-d' | 'close') {
    const command = [process.execPath, join(ROOT, 'bin', 'run.js'), 'init', '-w', ws]
    const child = spawnChild('script', ['-qec', command.map((a) => `'${a}'`).join(' '), '/dev/null'], {
      env: {PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'ru_RU.UTF-8', ...NOW},
    })
    let out = ''
    let answered = false
    child.stdout.on('data', (d) => {
      out += d
      // The question is on the screen: answer it.
      if (out.includes('Название школы') && !answered) {
        answered = true
        if (answer === 'close') child.stdin.end()
        else child.stdin.write(answer === 'ctrl-c' ? '\x03' : '\x04')
      }
    })
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    return {code, out}
  }

  it.each(['ctrl-c', 'ctrl-d', 'close'] as const)(
    'a question ended by %s: «Отменено», exit 130, nothing made',
    async (answer) => {
      const ws = join(tempDir(), 'school')
      const r = await initOnTerminal(ws, answer)
      expect(r.code).toBe(130)
      expect(r.out).toContain('Отменено: ничего не записано.')
      expect(r.out).not.toMatch(/ExitPromptError|at /)
      expect(existsSync(ws)).toBe(false)
    },
  )

  it('Ctrl-C (SIGINT) during an import: exit 130, the database unchanged', async () => {
    const dir = tempDir()
    const ws = join(dir, 'school')
    const env = newSchool(ws)
    const big = join(dir, 'big.csv')
    writeFileSync(big, (pupilLines(3000, 4) as string[]).join('\r\n') + '\r\n')
    const db = join(ws, 'ejournal.sqlite')
    const before = tablesHash(db)
    // Stopped with every row planned and written, not committed; Ctrl-C lands there.
    const run = start(['import', 'pupils', big, '--yes'], {...env, EJOURNAL_TEST_PAUSE_AT: 'import-parsed'})
    await stopped(run.child)
    run.child.kill('SIGINT')
    run.child.kill('SIGCONT')
    const r = await run.done
    expect(r.code).toBe(130)
    expect(r.stderr).toBe(
      'Cancelled (Ctrl-C). A change is written whole or not at all: run the command again to be sure it is done.\n',
    )
    expect(tablesHash(db)).toBe(before)
  })
})
