// Files the user owns (issue 17, items 8 and 9; issue 16, item 3 for -o): every output path refuses a
// symbolic link, an existing file without --force (with it, the file keeps its mode), a folder and
// a missing folder — in one sentence, exit 2, nothing written. letters keep each run's files, and
// their e-mail headers refuse line breaks. A small school (5А, two pupils with parents' e-mails)
// built with the real import commands, on 20.11.2026 at the school (Vladivostok).
import Database from 'better-sqlite3'
import {createHash} from 'node:crypto'
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

import {type LettersResult} from '../../src/reports/letters.js'
import {DATA, okIn, run, tempDir} from '../helpers/cli.js'
import {writeCsv} from '../helpers/files.js'
import {openSchool} from '../helpers/school.js'
import {rows} from '../helpers/database.js'

const EN = {LANG: 'en_US.UTF-8', LC_ALL: undefined, EJOURNAL_NOW: '2026-11-20T02:00:00Z'}
const RU = {...EN, LANG: 'ru_RU.UTF-8'}
const DAY = '2026-11-20'

const PUPILS_HEADER =
  'Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;Внешний ID;ФИО родителя 1;Email родителя 1'
const PUPILS = [
  'Иванова;Мария;Петровна;12.03.2015;Ж;5А;P-1;Иванова Ольга Ивановна;olga@mail.ru',
  'Петров;Олег;Игоревич;05.05.2015;М;5А;P-2;Петрова Анна Сергеевна;anna@mail.ru',
]

let base: string
let dir: string

beforeAll(async () => {
  ;({dir, ws: base} = await openSchool(EN, {name: 'Школа № 1', prefix: 'ejournal-files-'}))
  const ok = okIn(() => base, EN)
  await ok(['import', 'staff', join(DATA, 'staff.csv')])
  await ok([
    'import',
    'classes',
    writeCsv(dir, 'classes.csv', [
      'Класс;Профиль;Классный руководитель;Учебная неделя',
      '5А;;Фролов Илья Викторович;5',
    ]),
  ])
  await ok(['import', 'pupils', writeCsv(dir, 'pupils.csv', [PUPILS_HEADER, ...PUPILS])])
})

/** A workspace of its own, for a test that writes. */
function school(): string {
  const ws = join(tempDir('ejournal-files-ws-'), 'school')
  cpSync(base, ws, {recursive: true})
  return ws
}

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')
const mode = (file: string) => statSync(file).mode & 0o777

/** A file of the user's somewhere else, 0644, and a symbolic link to it where the output would go. */
function linkedFile(folder: string): {target: string; link: string; sum: string} {
  const elsewhere = tempDir('ejournal-files-elsewhere-')
  const target = join(elsewhere, 'important.txt')
  writeFileSync(target, 'the user’s own text\n')
  chmodSync(target, 0o644)
  const link = join(folder, 'report.csv')
  symlinkSync(target, link)
  return {target, link, sum: hash(target)}
}

/** An existing file of the user's, 0644. */
function ownFile(path: string): string {
  writeFileSync(path, 'kept\n')
  chmodSync(path, 0o644)
  return hash(path)
}

describe('-o of check and the reports', () => {
  it('never writes through a symbolic link, not even with --force', async () => {
    const folder = tempDir()
    const {target, link, sum} = linkedFile(folder)
    for (const force of [[], ['--force']]) {
      const r = await run(['check', '--format', 'csv', '-o', link, ...force, '-w', base], EN)
      expect(r.code).toBe(2)
      expect(r.stderr).toBe(
        `Refused to write ${link}: it is a symbolic link (to ${target}), and ejournal never writes through links. Name the real file, or another one.\n`,
      )
    }
    expect(hash(target)).toBe(sum)
    expect(mode(target)).toBe(0o644)
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readlinkSync(link)).toBe(target)
    expect(readdirSync(folder)).toEqual(['report.csv'])
  })

  it('writes a new file 0600; refuses an existing one without --force, and with it replaces it keeping its mode', async () => {
    const folder = tempDir()
    const out = join(folder, 'check.csv')
    const created = await run(['check', '--format', 'csv', '--fail-on', 'never', '-o', out, '-w', base], EN)
    expect(created.code, created.stderr).toBe(0)
    expect(mode(out)).toBe(0o600)
    const ours = hash(out)
    const again = await run(['check', '--format', 'csv', '--fail-on', 'never', '-o', out, '-w', base], EN)
    expect(again.code).toBe(2)
    expect(hash(out)).toBe(ours)

    const sum = ownFile(out)
    const refused = await run(['check', '--format', 'csv', '--fail-on', 'never', '-o', out, '-w', base], RU)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toBe(
      `${out} уже есть и оставлен как был. Добавьте --force, чтобы заменить его, или укажите другой файл.\n`,
    )
    expect(hash(out)).toBe(sum)
    const forced = await run(
      ['check', '--format', 'csv', '--fail-on', 'never', '-o', out, '--force', '-w', base],
      EN,
    )
    expect(forced.code, forced.stderr).toBe(0)
    expect(hash(out)).not.toBe(sum)
    expect(readFileSync(out, 'utf8')).toMatch(/^\ufeff/)
    expect(mode(out)).toBe(0o644)
    // Written beside and moved in: no temporary file is left.
    expect(readdirSync(folder)).toEqual(['check.csv'])
  })

  it('refuses a folder and a missing folder in one sentence, exit 2, creating nothing', async () => {
    const folder = tempDir()
    const atFolder = await run(['check', '-o', folder, '-w', base], EN)
    expect(atFolder.code).toBe(2)
    expect(atFolder.stderr).toBe(`Cannot write to ${folder}: it is a folder. Name a file inside it.\n`)
    expect(readdirSync(folder)).toEqual([])

    const missing = join(folder, 'reports')
    const into = await run(
      ['report', 'period', '--period', '1 четверть', '-o', join(missing, 'p.csv'), '-w', base],
      EN,
    )
    expect(into.code).toBe(2)
    expect(into.stderr).toBe(
      `Cannot write ${join(missing, 'p.csv')}: there is no folder ${missing}. Create it first (mkdir -p ${missing}) or name a file in an existing folder.\n`,
    )
    expect(existsSync(missing)).toBe(false)
  })

  it('records no control when its -o cannot be written', async () => {
    const ws = school()
    const out = join(tempDir(), 'control.csv')
    const sum = ownFile(out)
    const r = await run(
      ['report', 'control', '--month', '2026-11', '--record', '--format', 'csv', '-o', out, '-w', ws],
      EN,
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('already exists and was left as it is')
    expect(hash(out)).toBe(sum)
    expect(rows(ws, 'SELECT * FROM control_log')).toEqual([])
  })

  it('puts a second PDF of the day beside the first, never over it', async () => {
    const ws = school()
    const args = ['report', 'period', '--period', '1 четверть', '--format', 'pdf', '-w', ws]
    const first = await run(args, EN)
    const pdfs = join(ws, 'exports', DAY)
    expect(first.stdout).toBe(`Written: ${join(pdfs, 'period-quarter-1.pdf')}\n`)
    const sum = hash(join(pdfs, 'period-quarter-1.pdf'))
    const second = await run(args, EN)
    expect(second.stdout).toBe(`Written: ${join(pdfs, 'period-quarter-1-2.pdf')}\n`)
    expect(readdirSync(pdfs).sort()).toEqual(['period-quarter-1-2.pdf', 'period-quarter-1.pdf'])
    expect(hash(join(pdfs, 'period-quarter-1.pdf'))).toBe(sum)
  })
})

describe('import --rejects and credentials export -o', () => {
  const withBadRow = () =>
    writeCsv(tempDir(), 'more.csv', [
      PUPILS_HEADER,
      'Сидоров;Павел;Андреевич;01.02.2015;М;5А;P-3;;',
      'Козлов;Иван;Сергеевич;31.02.2015;М;5А;P-4;;',
    ])

  it('refuses an existing rejects file before importing anything; --force replaces it keeping its mode', async () => {
    const ws = school()
    const rejects = join(tempDir(), 'rejects.csv')
    const sum = ownFile(rejects)
    const file = withBadRow()
    const pupils = () => rows<{n: number}>(ws, 'SELECT count(*) AS n FROM pupil')[0]!.n
    const before = pupils()
    const refused = await run(
      ['import', 'pupils', file, '--skip-invalid', '--rejects', rejects, '-w', ws],
      EN,
    )
    expect(refused.code).toBe(2)
    expect(refused.stderr).toBe(
      `${rejects} already exists and was left as it is. Add --force to replace it, or name another file.\n`,
    )
    expect(hash(rejects)).toBe(sum)
    expect(pupils()).toBe(before)

    const forced = await run(
      ['import', 'pupils', file, '--skip-invalid', '--rejects', rejects, '--force', '-w', ws],
      EN,
    )
    expect(forced.code, forced.stderr).toBe(0)
    expect(pupils()).toBe(before + 1)
    expect(readFileSync(rejects, 'utf8')).toContain('Козлов;Иван;Сергеевич;31.02.2015')
    expect(mode(rejects)).toBe(0o644)
  })

  it('never writes the rejects or the accounts through a symbolic link', async () => {
    const ws = school()
    const folder = tempDir()
    const {target, link, sum} = linkedFile(folder)
    const rejected = await run(
      ['import', 'pupils', withBadRow(), '--skip-invalid', '--rejects', link, '--force', '-w', ws],
      EN,
    )
    expect(rejected.code).toBe(2)
    expect(rejected.stderr).toContain(`Refused to write ${link}: it is a symbolic link (to ${target})`)
    const exported = await run(['credentials', 'export', '-o', link, '-w', ws], EN)
    expect(exported.code).toBe(2)
    expect(exported.stderr).toContain(`Refused to write ${link}: it is a symbolic link`)
    expect(hash(target)).toBe(sum)
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
  })
})

describe('letters', () => {
  it('keeps the first run of the day: the second gets a folder of its own', async () => {
    const ws = school()
    const first = await run(['letters', '--class', '5А', '--json', '-w', ws], EN)
    expect(first.code, first.stderr).toBe(0)
    const one = join(ws, 'exports', DAY, '5А')
    expect((JSON.parse(first.stdout) as LettersResult).dir).toBe(one)
    const files = readdirSync(one).sort()
    expect(files).toEqual(['01_Иванова_Мария.eml', '02_Петров_Олег.eml', 'letters.pdf'])
    const sums = files.map((f) => hash(join(one, f)))

    const second = await run(['letters', '--class', '5А', '-w', ws], EN)
    expect(second.code, second.stderr).toBe(0)
    const two = join(ws, 'exports', DAY, '5А-2')
    expect(second.stdout).toContain(`Folder: ${two}\n`)
    expect(readdirSync(join(ws, 'exports', DAY)).sort()).toEqual(['5А', '5А-2'])
    expect(readdirSync(two).sort()).toEqual(files)
    expect(files.map((f) => hash(join(one, f)))).toEqual(sums)
    expect(mode(two)).toBe(0o700)
    expect(rows(ws, 'SELECT letters FROM letter_log')).toEqual([{letters: 2}, {letters: 2}])
  })

  it('refuses a sender that would add a Bcc header: exit 2, nothing written', async () => {
    const ws = school()
    const r = await run(
      ['letters', '--class', '5А', '--sender', 'admin@school.ru\r\nBcc: spy@evil.example', '-w', ws],
      EN,
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      'Refused: the e-mail header From would contain a line break or a control character («admin@school.ru\\r\\nBcc: spy@evil.example»). Nothing was written; correct the value.\n',
    )
    expect(existsSync(join(ws, 'exports', DAY))).toBe(false)
    expect(rows(ws, 'SELECT * FROM letter_log')).toEqual([])
    expect(rows(ws, "SELECT * FROM audit_log WHERE action = 'letters'")).toEqual([])
  })

  it('refuses a sender that is not an address, and a parent’s address that would break a header', async () => {
    const ws = school()
    const bad = await run(['letters', '--class', '5А', '--sender', 'завуч', '-w', ws], EN)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('The sender «завуч» is not an e-mail address.')
    const db = new Database(join(ws, 'ejournal.sqlite'))
    db.prepare(
      "UPDATE parent SET email = 'anna@mail.ru\nBcc: spy@evil.example' WHERE email = 'anna@mail.ru'",
    ).run()
    db.close()
    const broken = await run(['letters', '--class', '5А', '-w', ws], EN)
    expect(broken.code).toBe(2)
    expect(broken.stderr).toContain('The e-mail of Петрова Анна Сергеевна (parent of Петров Олег Игоревич)')
    expect(existsSync(join(ws, 'exports', DAY))).toBe(false)
    expect(rows(ws, 'SELECT * FROM letter_log')).toEqual([])
  })

  it('encodes a Cyrillic sender name (RFC 2047) and a Cyrillic domain (xn--)', async () => {
    const ws = school()
    const r = await run(
      ['letters', '--class', '5А', '--files', 'eml', '--sender', 'Школа №1 <admin@школа.рф>', '-w', ws],
      EN,
    )
    expect(r.code, r.stderr).toBe(0)
    const eml = readFileSync(join(ws, 'exports', DAY, '5А', '01_Иванова_Мария.eml'), 'utf8')
    const head = eml.split('\r\n\r\n')[0]!
    // Headers are ASCII only; the name is an encoded word, the domain its ASCII form.
    expect(head).toMatch(/^[\x20-\x7e\r\n]*$/)
    const from = head.replace(/\r\n(?=[ \t])/g, '').match(/^From: (.*)$/m)![1]!
    expect(from).toBe(
      `=?UTF-8?B?${Buffer.from('Школа №1').toString('base64')}?= <admin@xn--80atdl2c.xn--p1ai>`,
    )
    expect(head).not.toMatch(/^Bcc:/m)
    expect(head.match(/^Message-ID: .*$/m)![0]).toMatch(/@xn--80atdl2c\.xn--p1ai>$/)
  })
})
