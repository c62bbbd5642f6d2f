// A plain password exists only in the slips and, with --show, on the terminal (DESIGN.md
// «Security»): the database and its WAL, the audit log, the output without --show and a backup's
// restored snapshot are read as bytes for every password issued, and none is found.
import Database from 'better-sqlite3'
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {run, tempDir} from '../helpers/cli.js'
import {writeCsv} from '../helpers/files.js'

const EN = {LANG: 'en_US.UTF-8', LC_ALL: undefined, EJOURNAL_NOW: '2026-09-01T01:00:00Z'}

/** Every file under a folder (absolute paths), the slips' exports/ left out. */
function workspaceFiles(root: string): string[] {
  return (readdirSync(root, {recursive: true}) as string[])
    .filter((f) => !f.startsWith('exports'))
    .map((f) => join(root, f))
    .filter((f) => statSync(f).isFile())
}

describe('plain passwords', () => {
  it('are nowhere but in the slips: not in the database, its WAL, the audit log, the output, a backup', async () => {
    const dir = tempDir()
    const ws = join(dir, 'school')
    const ok = async (args: string[]) => {
      const r = await run([...args, '-w', ws], EN)
      expect(r.code, r.stderr).toBe(0)
      return r
    }
    await ok(['init', '--school-name', 'МБОУ СОШ № 23', '--timezone', 'Asia/Vladivostok', '--yes'])
    await ok(['year', 'open', '2026/2027'])
    await ok([
      'import',
      'pupils',
      writeCsv(dir, 'pupils.csv', [
        'Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;ФИО родителя 1;Email родителя 1',
        'Иванов;Иван;Сергеевич;01.02.2019;М;1А;Иванова Мария Петровна;ivanova@mail.ru',
        'Орлова;Вера;Игоревна;05.06.2019;Ж;1А;Орлова Нина Павловна;orlova@mail.ru',
      ]),
    ])
    // A reader holds the database open, so that the WAL the commands write stays on disk.
    const reader = new Database(join(ws, 'ejournal.sqlite'), {readonly: true})
    reader.prepare('SELECT count(*) FROM pupil').get()
    const passwords: string[] = []
    const outputs: string[] = []
    try {
      const shown = JSON.parse((await ok(['credentials', 'issue', '--words', '--show', '--json'])).stdout)
      passwords.push(...shown.issued.map((a: {password: string}) => a.password))
      const reset = await ok(['credentials', 'reset', 'ivanova.mariia', '--yes', '--format', 'csv'])
      outputs.push(reset.stdout, reset.stderr)
      const slip = readFileSync(join(ws, 'exports', '2026-09-01', '1А', '1А-родители.csv'), 'utf8')
      passwords.push(slip.split('\r\n')[1]!.split(';')[4]!)
      const reissued = await ok(['credentials', 'issue', '--reissue', '--yes', '--json', '--format', 'both'])
      outputs.push(reissued.stdout, reissued.stderr)
      for (const file of JSON.parse(reissued.stdout).files.filter((f: string) => f.endsWith('.csv')))
        for (const line of readFileSync(file, 'utf8').split('\r\n').slice(1).filter(Boolean))
          passwords.push(line.split(';')[4]!)
      outputs.push((await ok(['credentials', 'list', '--json'])).stdout)
      outputs.push((await ok(['credentials', 'export', '--json'])).stdout)
      outputs.push((await ok(['audit', '--json'])).stdout)
      expect(statSync(join(ws, 'ejournal.sqlite-wal')).size).toBeGreaterThan(0)
      const wal = readFileSync(join(ws, 'ejournal.sqlite-wal'))
      expect(wal.includes(Buffer.from('$argon2id$'))).toBe(true)
      for (const password of passwords) expect(wal.includes(Buffer.from(password)), password).toBe(false)
    } finally {
      reader.close()
    }
    expect(passwords).toHaveLength(4 + 1 + 4)
    expect(new Set(passwords).size).toBe(passwords.length)
    expect(passwords.filter((p) => /^[a-z]+-[a-z]+-[a-z]+$/.test(p))).toHaveLength(2)

    const backup = JSON.parse((await ok(['backup', 'run', '--json'])).stdout)
    const snapshot = join(dir, 'restored.sqlite')
    await ok(['backup', 'restore', backup.id, '--to', snapshot])
    const restored = new Database(snapshot, {readonly: true})
    expect(restored.prepare('SELECT count(*) AS n FROM account').get()).toEqual({n: 4})
    restored.close()

    const scanned = [...workspaceFiles(ws), snapshot]
    expect(scanned).toEqual(expect.arrayContaining([join(ws, 'ejournal.sqlite'), snapshot]))
    // The audit rows are in the database (or its WAL): they were scanned with it.
    expect(outputs.some((o) => o.includes('"action": "credentials.reset"'))).toBe(true)
    for (const file of scanned) {
      const bytes = readFileSync(file)
      for (const password of passwords)
        expect(bytes.includes(Buffer.from(password)), `${password} in ${file}`).toBe(false)
    }
    for (const text of outputs) for (const password of passwords) expect(text).not.toContain(password)
    // The slips themselves do hold them: the scan would have found them.
    const slips = readdirSync(join(ws, 'exports'), {recursive: true}) as string[]
    const csv = slips
      .filter((f) => f.endsWith('.csv'))
      .map((f) => readFileSync(join(ws, 'exports', f), 'utf8'))
    expect(csv.join('')).toContain(passwords.at(-1)!)
  })
})
