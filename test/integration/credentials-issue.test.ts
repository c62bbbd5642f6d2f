// Credentials on a real workspace built with the real imports: issue, reissue, reset, disable,
// list, export; and the promise that a plain password is nowhere but in the slips (and --show).
import Database from 'better-sqlite3'
import {execFileSync} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeEach, describe, expect, it} from 'vitest'

import {run, tempDir} from '../helpers/cli.js'
import {writeCsv} from '../helpers/files.js'

const NOW = '2026-09-01T01:00:00Z'
const EN = {LANG: 'en_US.UTF-8', LC_ALL: undefined, EJOURNAL_NOW: NOW}
const PORTAL = 'https://school23.example.ru'
const PUPILS_HEADER =
  'Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;Иностранный язык;ФИО родителя 1;Email родителя 1;ФИО родителя 2;Email родителя 2'
const PUPILS = [
  'Иванов;Иван;Сергеевич;01.02.2015;М;5А;Английский;Иванова Мария Петровна;ivanova@mail.ru;;',
  'Орлов;Олег;Игоревич;03.04.2015;М;5А;Английский;Орлова Нина Павловна;orlova@mail.ru;Орлов Игорь Петрович;orlov@mail.ru',
  'Орлова;Вера;Игоревна;05.06.2013;Ж;7Б;Английский;Орлова Нина Павловна;orlova@mail.ru;;',
  'Щеглова;Юлия;Андреевна;02.03.2013;Ж;7Б;Немецкий;Щеглова Ольга Петровна;sh@mail.ru;;',
]

let ws: string
let dir: string

async function ok(args: string[], env: Record<string, string | undefined> = EN) {
  const r = await run([...args, '-w', ws], env)
  expect(r.code, r.stderr + r.stdout).toBe(0)
  return r
}

const json = async (args: string[], env?: Record<string, string | undefined>) =>
  JSON.parse((await ok([...args, '--json'], env)).stdout)

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(join(ws, 'ejournal.sqlite'), {readonly: true})
  try {
    return db.prepare(sql).all(...params) as T[]
  } finally {
    db.close()
  }
}

const mode = (path: string) => statSync(path).mode & 0o777
const pdfText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {encoding: 'utf8'})

/** Every file under a folder, relative paths. */
function files(root: string): string[] {
  if (!existsSync(root)) return []
  return (readdirSync(root, {recursive: true}) as string[])
    .filter((f) => statSync(join(root, f)).isFile())
    .sort()
}

interface Issued {
  login: string
  role: string
  person: number
  class: string | null
  password?: string
}

beforeEach(async () => {
  dir = tempDir()
  ws = join(dir, 'school')
  expect(
    (
      await run(
        ['init', '-w', ws, '--school-name', 'МБОУ СОШ № 23', '--timezone', 'Asia/Vladivostok', '--yes'],
        EN,
      )
    ).code,
  ).toBe(0)
  const settings = JSON.parse(readFileSync(join(ws, 'ejournal.json'), 'utf8'))
  writeFileSync(
    join(ws, 'ejournal.json'),
    JSON.stringify({...settings, credentials: {portal: PORTAL}}, null, 2),
  )
  await ok(['year', 'open', '2026/2027'])
  await ok([
    'import',
    'staff',
    writeCsv(dir, 'staff.csv', [
      'Фамилия;Имя;Отчество;Email;Должность;Роли',
      'Иванов;Иван;Ильич;t1@school23.ru;учитель;учитель, классный руководитель',
      'Соколова;Анна;Павловна;z@school23.ru;заместитель директора;учитель, заместитель директора',
    ]),
  ])
  await ok(['import', 'pupils', writeCsv(dir, 'pupils.csv', [PUPILS_HEADER, ...PUPILS], 'cp1251')])
})

describe('credentials issue', () => {
  it('plans, and with --dry-run writes nothing: no account, no file', async () => {
    const plan = await json(['credentials', 'issue', '--dry-run'])
    expect(plan.dryRun).toBe(true)
    expect(plan.files).toEqual([])
    expect(plan.issued.map((a: Issued) => [a.login, a.role, a.class])).toEqual([
      ['ivanov.ivan', 'teacher', null],
      ['sokolova.anna', 'deputy', null],
      ['ivanov.ivan2', 'pupil', '5А'],
      ['orlov.oleg', 'pupil', '5А'],
      ['ivanova.mariia', 'parent', '5А'],
      ['orlov.igor', 'parent', '5А'],
      ['orlova.nina', 'parent', '5А'],
      ['orlova.vera', 'pupil', '7Б'],
      ['shcheglova.iuliia', 'pupil', '7Б'],
      ['shcheglova.olga', 'parent', '7Б'],
    ])
    for (const a of plan.issued) expect(a).not.toHaveProperty('password')
    const text = (await ok(['credentials', 'issue', '--dry-run'])).stdout
    expect(text).toContain('5А · parents\n  + ivanova.mariia     Иванова Мария Петровна\n')
    expect(text).toContain('New accounts: 10; new passwords: 0.\nDry run: nothing was written.')
    expect(query('SELECT * FROM account')).toEqual([])
    expect(files(join(ws, 'exports'))).toEqual([])
    expect(query("SELECT * FROM audit_log WHERE action LIKE 'credentials.%'")).toEqual([])
  })

  it('writes one PDF per class and role (staff beside them), 0600 in 0700 folders, with names and logins', async () => {
    const r = await json(['credentials', 'issue', '--show'])
    const issued: Issued[] = r.issued
    const day = join(ws, 'exports', '2026-09-01')
    expect(r.files).toEqual([
      join(day, 'учителя.pdf'),
      join(day, '5А', '5А-ученики.pdf'),
      join(day, '5А', '5А-родители.pdf'),
      join(day, '7Б', '7Б-ученики.pdf'),
      join(day, '7Б', '7Б-родители.pdf'),
    ])
    for (const file of r.files) expect(mode(file)).toBe(0o600)
    for (const folder of [join(ws, 'exports'), day, join(day, '5А'), join(day, '7Б')])
      expect(mode(folder)).toBe(0o700)
    const parents = pdfText(join(day, '5А', '5А-родители.pdf'))
    for (const a of issued.filter((i) => i.class === '5А' && i.role === 'parent')) {
      expect(parents).toContain(`Логин: ${a.login}\n`)
      expect(parents).toContain(`Временный пароль: ${a.password}\n`)
    }
    expect(parents).toContain('Орлова Нина Павловна')
    expect(parents).toContain('Ребёнок: Орлов Олег Игоревич, 5А')
    expect(parents).toContain(PORTAL)
    expect(parents).toContain('МБОУ СОШ № 23 · 5А · родители · 01.09.2026 · лист 1 из 1')
    const staff = pdfText(join(day, 'учителя.pdf'))
    expect(staff).toContain('Соколова Анна Павловна')
    expect(staff).toContain('Логин: sokolova.anna\n')
    expect(staff).toContain('учитель')

    // Stored: argon2id hashes, must_change, never the password.
    const rows = query<{login: string; password_hash: string; must_change: number; status: string}>(
      'SELECT login, password_hash, must_change, status FROM account ORDER BY id',
    )
    expect(rows).toHaveLength(10)
    for (const row of rows) {
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
      expect([row.must_change, row.status]).toEqual([1, 'active'])
    }
  })

  it('gives a parent of two children in two classes one account, on the youngest child’s slip', async () => {
    const r = await json(['credentials', 'issue', '--role', 'parent', '--format', 'csv', '--show'])
    expect(r.issued.filter((a: Issued) => a.login.startsWith('orlova.nina'))).toHaveLength(1)
    expect(query("SELECT count(*) AS n FROM account WHERE role = 'parent'")).toEqual([{n: 4}])
    const csv = readFileSync(join(ws, 'exports', '2026-09-01', '5А', '5А-родители.csv'), 'utf8')
    expect(csv).toContain('Орлова Нина Павловна;родитель (законный представитель);orlova.nina;')
    expect(csv).toContain(';Орлов Олег Игоревич;5А\r\n')
    expect(readFileSync(join(ws, 'exports', '2026-09-01', '7Б', '7Б-родители.csv'), 'utf8')).not.toContain(
      'orlova.nina',
    )
    // Issuing for 7Б later still finds her account: nobody gets a second one.
    const seven = await json(['credentials', 'issue', '--class', '7Б'])
    expect(seven.issued.map((a: Issued) => a.login)).toEqual(['orlova.vera', 'shcheglova.iuliia'])
    expect(seven.kept).toBe(2)
  })

  it('issues only to those who have none; --reissue keeps the logins, asks, and needs --yes without a terminal', async () => {
    const first: Issued[] = (
      await json(['credentials', 'issue', '--class', '5А', '--role', 'pupil', '--show'])
    ).issued
    expect(first.map((a) => a.login)).toEqual(['ivanov.ivan', 'orlov.oleg'])
    const again = await json(['credentials', 'issue', '--class', '5А', '--role', 'pupil'])
    expect([again.issued, again.files, again.kept]).toEqual([[], [], 2])

    const before = query<{login: string; password_hash: string}>(
      'SELECT login, password_hash FROM account ORDER BY id',
    )
    const refused = await run(
      ['credentials', 'issue', '--class', '5А', '--role', 'pupil', '--reissue', '-w', ws],
      EN,
    )
    expect(refused.code).toBe(2)
    expect(refused.stderr).toBe(
      '2 accounts would get a new password; nothing was written. Run again with --yes to confirm, or --dry-run to review.\n',
    )
    expect(query('SELECT login, password_hash FROM account ORDER BY id')).toEqual(before)

    const reissued = await json([
      'credentials',
      'issue',
      '--class',
      '5А',
      '--role',
      'pupil',
      '--reissue',
      '--yes',
      '--show',
    ])
    expect(reissued.issued.map((a: Issued) => a.login)).toEqual(['ivanov.ivan', 'orlov.oleg'])
    expect(reissued.files).toEqual([join(ws, 'exports', '2026-09-01', '5А', '5А-ученики-2.pdf')])
    const after = query<{login: string; password_hash: string; reset_at: string; must_change: number}>(
      'SELECT login, password_hash, reset_at, must_change FROM account ORDER BY id',
    )
    expect(after.map((a) => a.login)).toEqual(['ivanov.ivan', 'orlov.oleg'])
    for (const [i, a] of after.entries()) {
      expect(a.password_hash).not.toBe(before[i]!.password_hash)
      expect([a.reset_at, a.must_change]).toEqual(['2026-09-01T01:00:00.000Z', 1])
    }
    expect(reissued.issued[0].password).not.toBe(first[0]!.password)
  })

  it('never gives a login again: a new Иванов Иван after the first has left and was disabled', async () => {
    await ok(['credentials', 'issue'])
    // Иванов Иван Сергеевич leaves 5А (the list without him, effective 07.09).
    const later = {...EN, EJOURNAL_NOW: '2026-09-07T01:00:00Z'}
    await ok(
      [
        'import',
        'pupils',
        writeCsv(dir, 'pupils-5a.csv', [PUPILS_HEADER, PUPILS[1]!]),
        '--mode',
        'sync',
        '--effective',
        '07.09.2026',
        '--yes',
      ],
      later,
    )
    const list = await json(['credentials', 'list', '--role', 'pupil'], later)
    expect(list.find((a: {login: string}) => a.login === 'ivanov.ivan2')).toMatchObject({
      status: 'issued',
      left: true,
      class: '5А',
    })
    const text = (await ok(['credentials', 'list', '--role', 'pupil'], later)).stdout
    expect(text).toContain('! left, still active')
    expect(text).toContain(
      '! 1 account of a pupil who left (or a parent with no child at school) is still active: ejournal credentials disable --left',
    )

    // His mother has no other child at school: her account goes too.
    const dry = await json(['credentials', 'disable', '--left', '--dry-run'], later)
    expect(dry.changed.map((c: {login: string}) => c.login)).toEqual(['ivanov.ivan2', 'ivanova.mariia'])
    expect(query("SELECT status FROM account WHERE login = 'ivanov.ivan2'")).toEqual([{status: 'active'}])
    const disabled = await json(['credentials', 'disable', '--left'], later)
    expect(disabled).toMatchObject({dryRun: false, applied: true, status: 'disabled'})
    expect(disabled.changed.map((c: {login: string}) => c.login)).toEqual(['ivanov.ivan2', 'ivanova.mariia'])
    expect(await json(['credentials', 'list', '--status', 'disabled'], later)).toEqual([
      {
        login: 'ivanov.ivan2',
        role: 'pupil',
        person: expect.any(Number),
        name: 'Иванов Иван Сергеевич',
        class: '5А',
        status: 'disabled',
        issuedAt: '2026-09-01T01:00:00.000Z',
        left: true,
      },
      {
        login: 'ivanova.mariia',
        role: 'parent',
        person: expect.any(Number),
        name: 'Иванова Мария Петровна',
        class: null,
        status: 'disabled',
        issuedAt: '2026-09-01T01:00:00.000Z',
        left: true,
      },
    ])
    expect(query("SELECT disabled_at FROM account WHERE login = 'ivanov.ivan2'")).toEqual([
      {disabled_at: '2026-09-07T01:00:00.000Z'},
    ])
    // Nobody left active now: no flag.
    expect((await ok(['credentials', 'list'], later)).stdout).not.toContain('still active')

    // A new pupil of the same name: neither the teacher's login nor the disabled one.
    await ok(
      [
        'import',
        'pupils',
        writeCsv(dir, 'new.csv', [PUPILS_HEADER, 'Иванов;Иван;Олегович;09.09.2015;М;5А;Английский;;;;']),
        '--effective',
        '07.09.2026',
      ],
      later,
    )
    const issued = await json(['credentials', 'issue', '--role', 'pupil', '--reissue', '--yes'], later)
    expect(issued.issued.map((a: Issued) => [a.login, a.class])).toEqual([
      ['ivanov.ivan3', '5А'],
      ['orlov.oleg', '5А'],
      ['orlova.vera', '7Б'],
      ['shcheglova.iuliia', '7Б'],
    ])
    expect(issued.disabled).toEqual([])
    expect(
      query('SELECT login FROM account ORDER BY login').map((r) => (r as {login: string}).login),
    ).toEqual([
      'ivanov.ivan',
      'ivanov.ivan2',
      'ivanov.ivan3',
      'ivanova.mariia',
      'orlov.igor',
      'orlov.oleg',
      'orlova.nina',
      'orlova.vera',
      'shcheglova.iuliia',
      'shcheglova.olga',
      'sokolova.anna',
    ])
    // Enabled again, the old account keeps its login; the database refuses to delete or rename one.
    expect((await json(['credentials', 'enable', 'ivanov.ivan2'], later)).changed).toHaveLength(1)
    const db = new Database(join(ws, 'ejournal.sqlite'))
    expect(() => db.prepare("DELETE FROM account WHERE login = 'ivanov.ivan2'").run()).toThrow(
      /never deleted/,
    )
    expect(() => db.prepare("UPDATE account SET login = 'x' WHERE login = 'ivanov.ivan2'").run()).toThrow(
      /stays with its person/,
    )
    db.close()
  })

  it('issues for a subgroup into its own folder; a name several classes share needs the class', async () => {
    await ok([
      'import',
      'curriculum',
      writeCsv(dir, 'curriculum.csv', [
        'Параллель или класс;Предмет;Часов в неделю;Деление на подгруппы',
        '5;Иностранный язык;3;да',
        '7;Иностранный язык;3;да',
      ]),
    ])
    await ok(['subgroups', 'assign', '--all', '--yes'])
    const ambiguous = await run(['credentials', 'issue', '--subgroup', 'Английский язык', '-w', ws], EN)
    expect([ambiguous.code, ambiguous.stderr]).toEqual([
      2,
      'There is a subgroup «Английский язык» in 5А, 7Б; name the class too: --class 5А --subgroup "Английский язык".\n',
    ])
    const r = await json([
      'credentials',
      'issue',
      '--subgroup',
      'Английский язык',
      '--class',
      '7б',
      '--format',
      'csv',
    ])
    const folder = join(ws, 'exports', '2026-09-01', '7Б Английский язык')
    expect(r.files).toEqual([
      join(folder, '7Б Английский язык-ученики.csv'),
      join(folder, '7Б Английский язык-родители.csv'),
    ])
    expect(r.issued.map((a: Issued) => [a.login, a.class])).toEqual([
      ['orlova.vera', '7Б'],
      ['orlova.nina', '7Б'],
    ])
  })

  it('writes no account when the slips cannot be written', async () => {
    const notAFolder = join(dir, 'file')
    writeFileSync(notAFolder, '')
    const r = await run(['credentials', 'issue', '--class', '5А', '--out', notAFolder, '-w', ws], EN)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`${notAFolder} is a file, not a folder. Name a folder.\n`)
    expect(query('SELECT * FROM account')).toEqual([])
    expect(query("SELECT * FROM audit_log WHERE action LIKE 'credentials.%'")).toEqual([])
  })

  it('gives young pupils passphrases with --words, and their parents ordinary passwords', async () => {
    const r = await json(['credentials', 'issue', '--class', '5А', '--words', '--show'])
    for (const a of r.issued as Issued[])
      expect(a.password).toMatch(
        a.role === 'pupil' ? /^[a-z]+-[a-z]+-[a-z]+$/ : /^[a-km-np-zA-HJ-NP-Z2-9]{10}$/,
      )
  })

  it('follows the login pattern of ejournal.json and refuses a wrong one', async () => {
    const settings = JSON.parse(readFileSync(join(ws, 'ejournal.json'), 'utf8'))
    writeFileSync(
      join(ws, 'ejournal.json'),
      JSON.stringify({...settings, credentials: {loginPattern: '{f}{m}.{last}{yy}', portal: PORTAL}}),
    )
    const r = await json(['credentials', 'issue', '--class', '7Б', '--role', 'pupil', '--dry-run'])
    expect(r.issued.map((a: Issued) => a.login)).toEqual(['vi.orlova13', 'iua.shcheglova13'])
    writeFileSync(
      join(ws, 'ejournal.json'),
      JSON.stringify({...settings, credentials: {loginPattern: '{last}_{first}'}}),
    )
    const bad = await run(['credentials', 'issue', '--dry-run', '-w', ws], EN)
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('The login pattern «{last}_{first}» in ejournal.json has «_»')
  })

  it('refuses what makes no sense, with one sentence', async () => {
    const cases: Array<[string[], number, string]> = [
      [['--person', '1'], 2, '--person needs the role the id is of'],
      [['--role', 'teacher', '--class', '5А'], 2, 'Staff are not in classes'],
      [['--class', '9В'], 2, 'There is no class 9В in 2026/2027. There are: 5А, 7Б\n'],
      [['--subgroup', 'Английский язык'], 2, 'There is no subgroup «Английский язык» in 2026/2027'],
      [['--role', 'pupil', '--person', '999'], 2, 'There is no pupil with the id 999'],
    ]
    for (const [args, code, message] of cases) {
      const r = await run(['credentials', 'issue', ...args, '-w', ws], EN)
      expect([r.code, r.stderr], args.join(' ')).toEqual([code, expect.stringContaining(message)])
    }
    expect(query('SELECT * FROM account')).toEqual([])
  })
})

describe('credentials reset', () => {
  it('gives one account a new password and a slip in its class folder; a disabled one is refused', async () => {
    await ok(['credentials', 'issue', '--class', '7Б'])
    const before = query<{password_hash: string}>(
      "SELECT password_hash FROM account WHERE login = 'shcheglova.olga'",
    )
    const refused = await run(['credentials', 'reset', 'shcheglova.olga', '-w', ws], EN)
    expect([refused.code, refused.stderr]).toEqual([
      2,
      expect.stringContaining('1 account would get a new password'),
    ])
    const r = await json(['credentials', 'reset', 'Shcheglova.Olga', '--yes', '--show'])
    expect(r.issued).toEqual([
      {
        login: 'shcheglova.olga',
        role: 'parent',
        person: expect.any(Number),
        class: '7Б',
        password: expect.any(String),
      },
    ])
    expect(r.files).toEqual([join(ws, 'exports', '2026-09-01', '7Б', '7Б-родители-2.pdf')])
    expect(pdfText(r.files[0])).toContain(`Временный пароль: ${r.issued[0].password}\n`)
    const after = query<{password_hash: string; reset_at: string}>(
      "SELECT password_hash, reset_at FROM account WHERE login = 'shcheglova.olga'",
    )
    expect(after[0]!.password_hash).not.toBe(before[0]!.password_hash)
    expect(after[0]!.reset_at).toBe('2026-09-01T01:00:00.000Z')

    const byClass = await json(['credentials', 'reset', '--class', '7Б', '--role', 'pupil', '--yes'])
    expect(byClass.issued.map((a: Issued) => a.login)).toEqual(['orlova.vera', 'shcheglova.iuliia'])
    expect(byClass.issued[0]).not.toHaveProperty('password')

    await ok(['credentials', 'disable', 'orlova.vera'])
    const disabled = await run(['credentials', 'reset', 'orlova.vera', '--yes', '-w', ws], EN)
    expect([disabled.code, disabled.stderr]).toEqual([
      1,
      'The account orlova.vera is disabled; enable it first (ejournal credentials enable orlova.vera).\n',
    ])
    const unknown = await run(['credentials', 'reset', 'nobody.here', '--yes', '-w', ws], EN)
    expect([unknown.code, unknown.stderr]).toEqual([
      2,
      expect.stringMatching(/^There is no account with the login «nobody\.here»\. There are: \S/),
    ])
    const audit = await json(['audit'])
    expect(
      audit
        .filter((a: {action: string}) => a.action.startsWith('credentials.'))
        .map((a: {action: string; object: string}) => [a.action, a.object]),
    ).toEqual([
      ['credentials.issue', '7Б'],
      ['credentials.reset', 'Shcheglova.Olga'],
      ['credentials.reset', '7Б pupil'],
      ['credentials.disable', 'orlova.vera'],
    ])
  })
})

describe('credentials list and export', () => {
  it('lists who has none yet, by status, role and class', async () => {
    await ok(['credentials', 'issue', '--role', 'teacher'])
    const never = await json(['credentials', 'list', '--status', 'never-issued', '--class', '5А'])
    expect(never.map((a: {name: string; role: string; login: null}) => [a.name, a.role, a.login])).toEqual([
      ['Иванов Иван Сергеевич', 'pupil', null],
      ['Орлов Олег Игоревич', 'pupil', null],
      ['Иванова Мария Петровна', 'parent', null],
      ['Орлов Игорь Петрович', 'parent', null],
      ['Орлова Нина Павловна', 'parent', null],
    ])
    const parent = never.find((a: {name: string}) => a.name === 'Орлова Нина Павловна')
    expect(parent.class).toBe('5А, 7Б')
    const staff = await json(['credentials', 'list', '--role', 'teacher'])
    expect(
      staff.map((a: {login: string; role: string; status: string}) => [a.login, a.role, a.status]),
    ).toEqual([
      ['ivanov.ivan', 'teacher', 'issued'],
      ['sokolova.anna', 'deputy', 'issued'],
    ])
    const csv = (await ok(['credentials', 'list', '--role', 'teacher', '--format', 'csv'])).stdout
    expect(csv.split('\r\n')[0]).toBe('\ufeffName;Role;Class;Login;Status;Issued;Left')
  })

  it('exports logins with argon2id hashes for the portal, 0600, and replaces -o FILE in one step only with --force', async () => {
    await ok(['credentials', 'issue', '--role', 'pupil'])
    await ok(['credentials', 'disable', 'orlova.vera'])
    const r = await json(['credentials', 'export'])
    expect(r).toEqual({file: join(ws, 'exports', '2026-09-01', 'accounts.csv'), accounts: 4})
    expect(mode(r.file)).toBe(0o600)
    const lines = readFileSync(r.file, 'utf8').split('\r\n')
    expect(lines[0]).toBe('\ufefflogin;role;person;class;password_hash;must_change;status')
    expect(lines.filter(Boolean)).toHaveLength(5)
    expect(lines.find((l) => l.startsWith('orlova.vera;'))).toMatch(
      /^orlova\.vera;pupil;\d+;7Б;\$argon2id\$v=19\$m=19456,t=2,p=1\$[^;]+;1;disabled$/,
    )
    const target = join(dir, 'portal', 'accounts.csv')
    writeFileSync(join(dir, 'placeholder'), '')
    mkdirSync(join(dir, 'portal'))
    await ok(['credentials', 'export', '-o', target])
    expect(mode(target)).toBe(0o600)
    writeFileSync(target, 'old')
    chmodSync(target, 0o640)
    const refused = await run(['credentials', 'export', '-o', target, '-w', ws], EN)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(`${target} already exists and was left as it is. Add --force`)
    expect(readFileSync(target, 'utf8')).toBe('old')
    const replaced = await json(['credentials', 'export', '-o', target, '--force'])
    expect(replaced.file).toBe(target)
    expect(readFileSync(target, 'utf8')).toContain('orlova.vera;pupil;')
    // The user's file keeps the mode the user gave it.
    expect(mode(target)).toBe(0o640)
    expect(readdirSync(join(dir, 'portal'))).toEqual(['accounts.csv'])
  })
})
