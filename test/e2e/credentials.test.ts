// `credentials verify` as the web portal and scripts call it: the built CLI spawned without a
// TTY, the password on stdin, exit 0 when it matches an active account and 1 otherwise — with
// the same answer whatever was wrong.
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

import {type Run, spawn, tempDir} from '../helpers/cli.js'
import {writeCsv} from '../helpers/files.js'

const NOW = '2026-09-01T01:00:00Z'
let ws: string
let issued: Array<{login: string; role: string; password: string}>

const cli = (args: string[], input?: string): Run => spawn([...args, '-w', ws], {EJOURNAL_NOW: NOW}, input)

function ok(args: string[], input?: string): Run {
  const r = cli(args, input)
  expect(r.code, r.stderr).toBe(0)
  return r
}

const NO = 'The login and password do not match an active account.\n'

beforeAll(() => {
  const dir = tempDir()
  ws = join(dir, 'school')
  ok(['init', '--school-name', 'МБОУ СОШ № 23', '--timezone', 'Asia/Vladivostok', '--yes'])
  ok(['year', 'open', '2026/2027'])
  ok([
    'import',
    'pupils',
    writeCsv(dir, 'pupils.csv', [
      'Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;ФИО родителя 1;Email родителя 1',
      'Щеглова;Юлия;Андреевна;02.03.2015;Ж;5А;Щеглова Ольга Петровна;sh@mail.ru',
    ]),
  ])
  issued = JSON.parse(ok(['credentials', 'issue', '--show', '--json']).stdout).issued
})

describe('credentials verify', () => {
  it('exits 0 for the right password of an active account, read from stdin', () => {
    const pupil = issued.find((a) => a.role === 'pupil')!
    expect(pupil.login).toBe('shcheglova.iuliia')
    const r = ok(['credentials', 'verify', pupil.login], `${pupil.password}\n`)
    expect(r.stdout).toBe('The login and password match an active account.\n')
    // Without the newline, with CRLF from Windows, in capitals: the same.
    ok(['credentials', 'verify', pupil.login], pupil.password)
    ok(['credentials', 'verify', pupil.login.toUpperCase()], `${pupil.password}\r\n`)
    expect(JSON.parse(ok(['credentials', 'verify', pupil.login, '--json'], pupil.password).stdout)).toEqual({
      ok: true,
      mustChange: true,
    })
  })

  it('exits 1 with the same answer for a wrong password, an unknown login and a disabled account', () => {
    const [pupil, parent] = [
      issued.find((a) => a.role === 'pupil')!,
      issued.find((a) => a.role === 'parent')!,
    ]
    const wrong = cli(['credentials', 'verify', pupil.login], `${pupil.password}x\n`)
    const other = cli(['credentials', 'verify', pupil.login], `${parent.password}\n`)
    const empty = cli(['credentials', 'verify', pupil.login], '')
    const unknown = cli(['credentials', 'verify', 'nobody.here'], `${pupil.password}\n`)
    ok(['credentials', 'disable', parent.login])
    const disabled = cli(['credentials', 'verify', parent.login], `${parent.password}\n`)
    for (const r of [wrong, other, empty, unknown, disabled])
      expect([r.code, r.stdout, r.stderr]).toEqual([1, NO, ''])
    const json = cli(['credentials', 'verify', parent.login, '--json'], parent.password)
    expect([json.code, JSON.parse(json.stdout)]).toEqual([1, {ok: false}])
    ok(['credentials', 'enable', parent.login])
    ok(['credentials', 'verify', parent.login], parent.password)
  })

  it('knows only the new password after a reset', () => {
    const parent = issued.find((a) => a.role === 'parent')!
    const reset = JSON.parse(ok(['credentials', 'reset', parent.login, '--yes', '--show', '--json']).stdout)
    const fresh = reset.issued[0].password as string
    expect(fresh).not.toBe(parent.password)
    expect(cli(['credentials', 'verify', parent.login], parent.password).code).toBe(1)
    ok(['credentials', 'verify', parent.login], fresh)
    // Nothing of the check is in the audit log: verify changes nothing.
    const audit = JSON.parse(ok(['audit', '--json']).stdout) as Array<{action: string}>
    expect(audit.map((a) => a.action).filter((a) => a.startsWith('credentials.'))).toEqual([
      'credentials.issue',
      'credentials.disable',
      'credentials.enable',
      'credentials.reset',
    ])
  })
})
