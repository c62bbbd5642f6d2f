// Slip files as the administrator gets them: real PDFs read back with pdftotext (poppler-utils),
// CSV for Excel, private modes, and a first pack never overwritten by a second.
import {execFileSync} from 'node:child_process'
import {readFileSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {generatePassphrase, generatePassword} from '../../src/credentials/password.js'
import {
  parseSlipTemplate,
  type Slip,
  slipFileName,
  slipFolder,
  writeSlipsCsv,
  writeSlipsPdf,
} from '../../src/credentials/slips.js'
import {tempDir} from '../helpers/cli.js'

const SCHOOL = 'МБОУ «Средняя общеобразовательная школа № 23» г. Владивостока'
const PORTAL = 'https://school23.example.ru'

const PUPILS: Array<[string, string]> = [
  ['Щеглова Юлия Андреевна', 'shcheglova.iuliia'],
  ['Хрущёв-Подъячий Пётр Ильич', 'khrushchev-podieiachii.petr'],
  ['Ёлкин Фёдор Семёнович', 'elkin.fedor'],
  ['Цой Виктор Робертович', 'tsoi.viktor'],
  ['Объедков Эдуард Юрьевич', 'obieedkov.eduard'],
  ['Ильин Илья Ильич', 'ilin.ilia'],
  ['Жукова Дарья Щукина', 'zhukova.daria'],
  ['Чайковская Ясна Львовна', 'chaikovskaia.iasna'],
  ['Иванов Иван Иванович', 'ivanov.ivan2'],
]

function pupilSlips(): Slip[] {
  return PUPILS.map(([name, login], i) => ({
    school: SCHOOL,
    name,
    role: 'pupil',
    login,
    password: i % 2 ? generatePassphrase() : generatePassword(),
    portal: PORTAL,
    className: '5А',
  }))
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {encoding: 'utf8'})
}

const lines = (text: string) => text.split(/[\n\f]/).filter(Boolean)

const mode = (path: string) => statSync(path).mode & 0o777

describe('PDF slips', () => {
  it('holds every name, login and password in Cyrillic text, 8 slips to an A4 page', async () => {
    const exports = join(tempDir(), 'exports')
    const folder = slipFolder(exports, '2026-09-01', '5А')
    const slips = pupilSlips()
    const file = await writeSlipsPdf(join(folder, slipFileName('5А', 'pupil', 'pdf')), slips, {
      heading: 'МБОУ СОШ № 23 · 5А · ученики · 01.09.2026',
    })
    expect(file).toBe(join(exports, '2026-09-01', '5А', '5А-ученики.pdf'))
    const info = execFileSync('pdfinfo', [file], {encoding: 'utf8'})
    expect(info).toMatch(/^Pages: +2$/m)
    expect(info).toMatch(/^Page size: +595\.28 x 841\.89 pts \(A4\)$/m)
    const text = pdfText(file)
    for (const slip of slips) {
      expect(text).toContain(slip.name)
      expect(text).toContain(`Логин: ${slip.login}\n`)
      expect(text).toContain(`Временный пароль: ${slip.password}\n`)
    }
    expect(text.split('Класс: 5А\n')).toHaveLength(slips.length + 1)
    expect(text).toContain('МБОУ СОШ № 23 · 5А · ученики · 01.09.2026 · лист 1 из 2')
    expect(text).toContain('МБОУ СОШ № 23 · 5А · ученики · 01.09.2026 · лист 2 из 2')
    expect(text).not.toContain('Ребёнок')
    expect(mode(file)).toBe(0o600)
    expect(mode(folder)).toBe(0o700)
    expect(mode(join(exports, '2026-09-01'))).toBe(0o700)
  })

  it('prints a parent’s slip exactly, with the child and the class', async () => {
    const folder = slipFolder(join(tempDir(), 'exports'), '2026-09-01', '5А')
    const file = await writeSlipsPdf(
      join(folder, slipFileName('5А', 'parent', 'pdf')),
      [
        {
          school: 'МБОУ СОШ № 23',
          name: 'Щеглова Ольга Петровна',
          role: 'parent',
          login: 'shcheglova.olga',
          password: 'Ab3defghjk',
          portal: PORTAL,
          child: 'Щеглова Юлия Андреевна',
          className: '5А',
        },
      ],
      {heading: '5А · родители'},
    )
    // Compared line by line; blank lines are pdftotext's guess at paragraphs, not the slip's.
    expect(lines(pdfText(file))).toEqual([
      '5А · родители · лист 1 из 1',
      'МБОУ СОШ № 23',
      'Электронный журнал и дневник:',
      PORTAL,
      'Щеглова Ольга Петровна',
      'родитель (законный представитель)',
      'Ребёнок: Щеглова Юлия Андреевна, 5А класс',
      'Логин: shcheglova.olga',
      'Временный пароль: Ab3defghjk',
      'При первом входе смените пароль.',
      'Никому не сообщайте логин и пароль.',
    ])
  })

  it('keeps a long portal address and a long password whole on their lines', async () => {
    const portal = 'https://edu.primorsky.example.ru/school-23/electronic-journal'
    const password = generatePassword(32)
    const file = await writeSlipsPdf(join(tempDir(), 'long.pdf'), [{...pupilSlips()[0]!, portal, password}], {
      heading: 'h',
    })
    const text = lines(pdfText(file))
    expect(text).toContain(portal)
    expect(text).toContain(`Временный пароль: ${password}`)
  })

  it('never overwrites an earlier pack: the second file of the day is …-2', async () => {
    const folder = slipFolder(join(tempDir(), 'exports'), '2026-09-01', '5А')
    const name = join(folder, slipFileName('5А', 'pupil', 'pdf'))
    const [first, second] = [pupilSlips().slice(0, 1), pupilSlips().slice(1, 2)]
    expect(await writeSlipsPdf(name, first, {heading: '5А'})).toBe(name)
    const before = readFileSync(name)
    const again = await writeSlipsPdf(name, second, {heading: '5А'})
    expect(again).toBe(join(folder, '5А-ученики-2.pdf'))
    expect(readFileSync(name)).toEqual(before)
    expect(pdfText(again)).toContain(`Временный пароль: ${second[0]!.password}\n`)
    expect(mode(again)).toBe(0o600)
  })

  it('takes a school’s own template', async () => {
    const dir = tempDir()
    const template = parseSlipTemplate('Вход: {login} / {password}\n[Ученик] Ученик {name}\n', 'own.txt')
    const slips = pupilSlips().slice(0, 1)
    const file = await writeSlipsPdf(join(dir, 'own.pdf'), slips, {heading: 'h', template})
    expect(lines(pdfText(file))).toEqual([
      'h · лист 1 из 1',
      `Вход: shcheglova.iuliia / ${slips[0]!.password}`,
      'Ученик Щеглова Юлия Андреевна',
    ])
  })
})

describe('CSV slips', () => {
  it('writes the same as a table for Excel: BOM, «;», 0600', async () => {
    const folder = slipFolder(join(tempDir(), 'exports'), '2026-09-01', '5А')
    const slips: Slip[] = [
      {
        school: 'МБОУ СОШ № 23',
        name: 'Щеглова Юлия Андреевна',
        role: 'pupil',
        login: 'shcheglova.iuliia',
        password: 'Ab3defghjk',
        portal: PORTAL,
        className: '5А',
      },
      {
        school: 'МБОУ СОШ № 23',
        name: 'Щеглова Ольга Петровна',
        role: 'parent',
        login: 'shcheglova.olga',
        password: 'kot-luna-sad',
        portal: PORTAL,
        child: 'Щеглова Юлия Андреевна',
        className: '5А',
      },
    ]
    const file = await writeSlipsCsv(join(folder, slipFileName('5А', 'parent', 'csv')), slips)
    expect(file).toBe(join(folder, '5А-родители.csv'))
    expect(readFileSync(file, 'utf8')).toBe(
      '\ufeffШкола;ФИО;Роль;Логин;Временный пароль;Адрес журнала;Ребёнок;Класс\r\n' +
        `МБОУ СОШ № 23;Щеглова Юлия Андреевна;обучающийся;shcheglova.iuliia;Ab3defghjk;${PORTAL};;5А\r\n` +
        `МБОУ СОШ № 23;Щеглова Ольга Петровна;родитель (законный представитель);shcheglova.olga;kot-luna-sad;${PORTAL};Щеглова Юлия Андреевна;5А\r\n`,
    )
    expect(mode(file)).toBe(0o600)
    expect(mode(folder)).toBe(0o700)
    writeFileSync(join(folder, '5А-родители-2.csv'), 'taken')
    expect(await writeSlipsCsv(file, slips)).toBe(join(folder, '5А-родители-3.csv'))
  })
})
