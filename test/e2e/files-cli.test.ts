// The built CLI as a person runs it in a folder of their own (issue 17 item 8, issue 16 item 3):
// `import template staff` beside an existing ./staff.csv refuses it, and -o at a folder or into a
// missing folder is one sentence on stderr, exit 2, no stack trace, nothing created.
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {ROOT, type Run, tempDir} from '../helpers/cli.js'

/** bin/run.js in `cwd`, no TTY, as from a terminal session's folder or cron. */
function cli(cwd: string, args: string[], lang = 'en_US.UTF-8'): Run {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'run.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: {PATH: process.env.PATH, HOME: process.env.HOME, LANG: lang},
    input: '',
  })
  return {stdout: r.stdout, stderr: r.stderr, code: r.status ?? -1}
}

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')
const mode = (file: string) => statSync(file).mode & 0o777

describe('import template', () => {
  it('writes ./staff.csv new (0600), refuses it the second time, and replaces it with --force keeping its mode', () => {
    const here = tempDir('ejournal-files-cwd-')
    const first = cli(here, ['import', 'template', 'staff'])
    expect(first.code, first.stderr).toBe(0)
    const staff = join(here, 'staff.csv')
    expect(first.stdout).toContain(`Written ${staff} with the columns: Фамилия; Имя; Отчество`)
    expect(mode(staff)).toBe(0o600)

    // The administrator's own list, typed into the template.
    writeFileSync(staff, '\ufeffФамилия;Имя;Отчество\nФролов;Илья;Викторович\n')
    chmodSync(staff, 0o644)
    const sum = hash(staff)
    const again = cli(here, ['import', 'template', 'staff'], 'ru_RU.UTF-8')
    expect(again.code).toBe(2)
    expect(again.stdout).toBe('')
    expect(again.stderr).toBe(
      `${staff} уже есть и оставлен как был. Добавьте --force, чтобы заменить его, или укажите другой файл.\n`,
    )
    expect(hash(staff)).toBe(sum)

    const forced = cli(here, ['import', 'template', 'staff', '--force'])
    expect(forced.code, forced.stderr).toBe(0)
    expect(hash(staff)).not.toBe(sum)
    expect(mode(staff)).toBe(0o644)
    expect(readdirSync(here)).toEqual(['staff.csv'])
  })

  it('refuses -o at a folder and -o into a missing folder in one sentence, exit 2, creating nothing', () => {
    const here = tempDir('ejournal-files-cwd-')
    const atFolder = cli(here, ['import', 'template', 'pupils', '--xlsx', '-o', here])
    expect(atFolder.code).toBe(2)
    expect(atFolder.stderr).toBe(`Cannot write to ${here}: it is a folder. Name a file inside it.\n`)

    const into = cli(here, ['import', 'template', 'pupils', '-o', 'шаблоны/ученики.csv'], 'ru_RU.UTF-8')
    expect(into.code).toBe(2)
    const missing = join(here, 'шаблоны')
    expect(into.stderr).toBe(
      `Не могу записать ${join(missing, 'ученики.csv')}: папки ${missing} нет. Создайте её (mkdir -p ${missing}) или укажите файл в существующей папке.\n`,
    )
    expect(existsSync(missing)).toBe(false)
    expect(readdirSync(here)).toEqual([])
  })
})
