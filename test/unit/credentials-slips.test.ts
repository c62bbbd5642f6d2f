import {describe, expect, it} from 'vitest'

import {InputError} from '../../src/cli/errors.js'
import {t} from '../../src/cli/i18n.js'
import {
  parseSlipTemplate,
  readSlipTemplate,
  type Slip,
  slipFileName,
  slipFolder,
  slipLines,
} from '../../src/credentials/slips.js'

const pupil: Slip = {
  school: 'МБОУ СОШ № 23',
  name: 'Щеглова Юлия Андреевна',
  role: 'pupil',
  login: 'shcheglova.iuliia',
  password: 'Ab3defghjk',
  portal: 'https://school23.example.ru',
  className: '5А',
}
const parent: Slip = {
  ...pupil,
  name: 'Щеглова Ольга Петровна',
  role: 'parent',
  login: 'shcheglova.olga',
  child: 'Щеглова Юлия Андреевна',
}
const teacher: Slip = {
  ...pupil,
  name: 'Хрущёв-Подъячий Пётр Ильич',
  role: 'teacher',
  login: 'khrushchev-podieiachii.petr',
  className: undefined,
}

/** The lines as text, with the styled runs marked: *bold* name, `monospace` login and password. */
function text(slip: Slip): string[] {
  return slipLines(readSlipTemplate(), slip).map((line) =>
    line
      .map((run) =>
        run.style === 'name' ? `*${run.text}*` : run.style === 'secret' ? `\`${run.text}\`` : run.text,
      )
      .join(''),
  )
}

describe('slip template', () => {
  it('prints each role its own lines', () => {
    const common = ['МБОУ СОШ № 23', 'Электронный журнал и дневник:', 'https://school23.example.ru', '']
    const end = ['При первом входе смените пароль.', 'Никому не сообщайте логин и пароль.']
    expect(text(pupil)).toEqual([
      ...common,
      '*Щеглова Юлия Андреевна*',
      'обучающийся',
      'Класс: 5А',
      '',
      'Логин: `shcheglova.iuliia`',
      'Временный пароль: `Ab3defghjk`',
      '',
      ...end,
    ])
    expect(text(parent)).toEqual([
      ...common,
      '*Щеглова Ольга Петровна*',
      'родитель (законный представитель)',
      'Ребёнок: Щеглова Юлия Андреевна, 5А класс',
      '',
      'Логин: `shcheglova.olga`',
      'Временный пароль: `Ab3defghjk`',
      '',
      ...end,
    ])
    expect(text(teacher)).toEqual([
      ...common,
      '*Хрущёв-Подъячий Пётр Ильич*',
      'учитель',
      '',
      'Логин: `khrushchev-podieiachii.petr`',
      'Временный пароль: `Ab3defghjk`',
      '',
      ...end,
    ])
  })

  it('reads a template saved by Windows Notepad (BOM, CRLF)', () => {
    const template = parseSlipTemplate(
      '\ufeff# note\r\n{name}\r\n[родитель] {child}\r\nЛогин {login} {password}\r\n\r\n',
      'x.txt',
    )
    expect(template.lines).toEqual([
      {role: null, text: '{name}'},
      {role: 'parent', text: '{child}'},
      {role: null, text: 'Логин {login} {password}'},
    ])
  })

  it('refuses unknown placeholders and marks, and a template without login or password', () => {
    let error: InputError | undefined
    try {
      parseSlipTemplate('{name} {fio}\n[директор] {login}\n[родитель] {password}\n', 'slip.txt')
    } catch (e) {
      error = e as InputError
    }
    expect(error).toBeInstanceOf(InputError)
    const problems = error!.problems.map((p) => [
      p.line,
      p.column,
      p.value,
      t('en', p.key, {...p.params, value: p.value}),
    ])
    expect(problems).toEqual([
      [
        1,
        8,
        '{fio}',
        'unknown placeholder {fio}; use {school} {name} {role} {login} {password} {portal} {child} {class}',
      ],
      [
        2,
        1,
        '[директор]',
        'unknown mark [директор]; a line may start with [учитель], [ученик] or [родитель]',
      ],
      [1, null, '{login}', 'no {login} on the lines every slip gets, so the slips would be useless'],
      [1, null, '{password}', 'no {password} on the lines every slip gets, so the slips would be useless'],
    ])
    expect(t('ru', error!.problems[3]!.key, {value: '{password}'})).toBe(
      'нет {password} в строках, общих для всех памяток, — без него памятка бесполезна',
    )
  })
})

describe('slip files', () => {
  it('puts a class teacher’s pack in one folder per class and day', () => {
    expect(slipFolder('/s/exports', '2026-09-01', '5А')).toBe('/s/exports/2026-09-01/5А')
    expect(slipFolder('/s/exports', '2026-09-01', '5А англ. 1/2')).toBe('/s/exports/2026-09-01/5А англ. 1_2')
    expect(slipFolder('/s/exports', '2026-09-01', '../x')).toBe('/s/exports/2026-09-01/_x')
    expect(slipFileName('5А', 'pupil', 'pdf')).toBe('5А-ученики.pdf')
    expect(slipFileName('5А', 'parent', 'pdf')).toBe('5А-родители.pdf')
    expect(slipFileName('5А', 'parent', 'csv')).toBe('5А-родители.csv')
    expect(slipFileName(null, 'teacher', 'pdf')).toBe('учителя.pdf')
  })
})
