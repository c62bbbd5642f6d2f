// Who gets what: the plan of an issue or reset over rows, without a database.
import {describe, expect, it} from 'vitest'

import {DEFAULT_LOGIN_PATTERN} from '../../src/credentials/login.js'
import {
  type Candidate,
  matchesChoice,
  parentPacks,
  planIssue,
  slipRoleOf,
  staffAccountRole,
} from '../../src/credentials/plan.js'

let nextId = 1

function person(
  role: Candidate['role'],
  name: string,
  pack: string | null,
  account: Candidate['account'] = null,
): Candidate {
  const [lastName, firstName, middleName = ''] = name.split(' ') as [string, string, string?]
  return {
    role,
    personId: nextId++,
    names: {lastName, firstName, middleName},
    fullName: name,
    className: pack,
    pack,
    child: null,
    grade: pack ? Number.parseInt(pack, 10) : 0,
    account,
  }
}

const options = (taken: string[] = [], extra: Partial<Parameters<typeof planIssue>[1]> = {}) => ({
  mode: 'issue' as const,
  reissue: false,
  pattern: DEFAULT_LOGIN_PATTERN,
  taken: new Set(taken),
  ...extra,
})

describe('the issue plan', () => {
  it('gives logins in pack order, appending 2, 3 … on collisions across roles', () => {
    const plan = planIssue(
      [
        person('parent', 'Иванова Мария Петровна', '5А'),
        person('pupil', 'Иванова Мария Ивановна', '5А'),
        person('pupil', 'Иванов Иван Петрович', '10А'),
        person('pupil', 'Иванов Иван Сергеевич', '5А'),
        person('teacher', 'Иванов Иван Ильич', null),
      ],
      options(),
    )
    expect(plan.accounts.map((a) => [a.candidate.fullName, a.candidate.pack, a.login, a.action])).toEqual([
      ['Иванов Иван Ильич', null, 'ivanov.ivan', 'new'],
      ['Иванов Иван Сергеевич', '5А', 'ivanov.ivan2', 'new'],
      ['Иванова Мария Ивановна', '5А', 'ivanova.mariia', 'new'],
      ['Иванова Мария Петровна', '5А', 'ivanova.mariia2', 'new'],
      ['Иванов Иван Петрович', '10А', 'ivanov.ivan3', 'new'],
    ])
  })

  it('never gives a login taken before, by anyone, disabled accounts included', () => {
    const plan = planIssue(
      [person('pupil', 'Иванов Иван', '5А')],
      options(['ivanov.ivan', 'ivanov.ivan2', 'ivanov.ivan4']),
    )
    expect(plan.accounts[0]!.login).toBe('ivanov.ivan3')
  })

  it('leaves those with an account alone unless reissue, which keeps their logins', () => {
    const rows = [
      person('pupil', 'Петров Пётр', '5А', {id: 1, login: 'petrov.petr', status: 'active'}),
      person('pupil', 'Сидоров Сидор', '5А', {id: 2, login: 'sidorov.sidor', status: 'disabled'}),
      person('pupil', 'Петров Пётр', '5А'),
    ]
    const taken = ['petrov.petr', 'sidorov.sidor']
    const plain = planIssue(rows, options(taken))
    expect(plain.accounts.map((a) => [a.login, a.action])).toEqual([['petrov.petr2', 'new']])
    expect([plain.kept, plain.disabled]).toEqual([2, []])

    const again = planIssue(rows, options(taken, {reissue: true}))
    expect(again.accounts.map((a) => [a.login, a.action])).toEqual([
      ['petrov.petr', 'reissue'],
      ['petrov.petr2', 'new'],
    ])
    expect(again.disabled.map((d) => d.login)).toEqual(['sidorov.sidor'])
    expect(again.kept).toBe(0)

    const reset = planIssue(rows, options(taken, {mode: 'reset'}))
    expect(reset.accounts.map((a) => [a.login, a.action])).toEqual([['petrov.petr', 'reset']])
    expect(reset.disabled.map((d) => d.login)).toEqual(['sidorov.sidor'])
  })

  it('follows the school’s pattern', () => {
    const plan = planIssue(
      [
        {
          ...person('pupil', 'Щеглова Юлия Андреевна', '5А'),
          names: {lastName: 'Щеглова', firstName: 'Юлия', middleName: 'Андреевна', birthDate: '2015-03-02'},
        },
      ],
      options([], {pattern: '{f}{m}.{last}{yy}'}),
    )
    expect(plan.accounts[0]!.login).toBe('iua.shcheglova15')
  })
})

describe('parents', () => {
  it('a parent of several children gets one pack: the youngest child’s class, twins named together', () => {
    const packs = parentPacks([
      {parentId: 1, childName: 'Орлова Вера', className: '7Б', grade: 7, pack: '7Б'},
      {parentId: 1, childName: 'Орлов Олег', className: '5А', grade: 5, pack: '5А'},
      {parentId: 2, childName: 'Зайцева Аня', className: '10А', grade: 10, pack: '10А'},
      {parentId: 2, childName: 'Зайцев Боря', className: '10А', grade: 10, pack: '10А'},
      {parentId: 3, childName: 'Ким Лев', className: '10Б', grade: 10, pack: '10Б'},
      {parentId: 3, childName: 'Ким Ли', className: '10А', grade: 10, pack: '10А'},
    ])
    expect(packs.get(1)).toEqual({childName: 'Орлов Олег', className: '5А', grade: 5, pack: '5А'})
    expect(packs.get(2)!.childName).toBe('Зайцев Боря, Зайцева Аня')
    expect(packs.get(3)!.className).toBe('10А')
  })
})

describe('roles', () => {
  it('gives staff their highest role and a teacher’s slip', () => {
    expect(staffAccountRole(['teacher', 'class_teacher'])).toBe('teacher')
    expect(staffAccountRole(['teacher', 'deputy'])).toBe('deputy')
    expect(staffAccountRole(['deputy', 'admin'])).toBe('admin')
    expect(staffAccountRole([])).toBe('teacher')
    expect(['teacher', 'deputy', 'admin', 'pupil', 'parent'].map((r) => slipRoleOf(r as never))).toEqual([
      'teacher',
      'teacher',
      'teacher',
      'pupil',
      'parent',
    ])
    expect(matchesChoice('deputy', 'teacher')).toBe(true)
    expect(matchesChoice('parent', 'pupil')).toBe(false)
    expect(matchesChoice('admin', 'all')).toBe(true)
  })
})
