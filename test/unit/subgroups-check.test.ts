// subgroups check and the pupil look-up, as pure functions.
import {describe, expect, it} from 'vitest'

import {checkPair} from '../../src/subgroups/check.js'
import {findPupil} from '../../src/subgroups/match.js'
import {fullName} from '../../src/people/names.js'
import {nearest} from '../../src/people/nearest.js'
import {type ExistingGroup} from '../../src/subgroups/strategies.js'
import {type Pupil} from '../../src/subgroups/subjects.js'

const PUPILS: Pupil[] = [
  {
    id: 1,
    lastName: 'Аксёнова',
    firstName: 'Мария',
    middleName: 'Петровна',
    gender: 'F',
    languages: ['Английский'],
    externalId: 'P-1',
  },
  {
    id: 2,
    lastName: 'Белов',
    firstName: 'Иван',
    middleName: 'Ильич',
    gender: 'M',
    languages: ['Немецкий'],
    externalId: null,
  },
  {
    id: 3,
    lastName: 'Белов',
    firstName: 'Иван',
    middleName: 'Петрович',
    gender: 'M',
    languages: [],
    externalId: '3',
  },
  {
    id: 4,
    lastName: 'Волков',
    firstName: 'Пётр',
    middleName: '',
    gender: 'M',
    languages: ['Английский'],
    externalId: null,
  },
]

function group(id: number, name: string, members: number[]): ExistingGroup {
  return {id, name, referenced: false, members: members.map((m) => ({id: m, name: `№${m}`}))}
}

describe('subgroups check', () => {
  it('finds nothing wrong when everyone is in exactly one subgroup', () => {
    expect(
      checkPair(PUPILS, [group(1, 'гр. 1', [1, 2]), group(2, 'гр. 2', [3, 4])], 'Информатика', 25),
    ).toEqual([])
  })

  it('reports a class that is not divided at all, once', () => {
    expect(checkPair(PUPILS, [], 'Информатика', 25)).toEqual([
      {problem: 'noSubgroups', subgroup: null, pupil: null, count: 4, max: null},
    ])
  })

  it('lists pupils in no subgroup or in two, pupils who left, and groups over the limit', () => {
    const groups = [group(1, 'гр. 1', [1, 2, 9]), group(2, 'гр. 2', [2])]
    expect(checkPair(PUPILS, groups, 'Информатика', 2)).toEqual([
      {
        problem: 'inSeveral',
        subgroup: 'гр. 1, гр. 2',
        pupil: {id: 2, name: 'Белов Иван Ильич'},
        count: null,
        max: null,
      },
      {
        problem: 'notInSubgroup',
        subgroup: null,
        pupil: {id: 3, name: 'Белов Иван Петрович'},
        count: null,
        max: null,
      },
      {problem: 'notInSubgroup', subgroup: null, pupil: {id: 4, name: 'Волков Пётр'}, count: null, max: null},
      {problem: 'left', subgroup: 'гр. 1', pupil: {id: 9, name: '№9'}, count: null, max: null},
      {problem: 'overLimit', subgroup: 'гр. 1', pupil: null, count: 3, max: 2},
    ])
  })

  it('does not expect pupils of another language in a subject that names one', () => {
    // Белов (2) studies German: not expected in «Английский язык»; Белов (3) has no language: expected.
    const problems = checkPair(PUPILS, [group(1, 'Английский язык', [1, 4])], 'Английский язык', 25)
    expect(problems.map((p) => [p.problem, p.pupil?.id])).toEqual([['notInSubgroup', 3]])
  })
})

describe('finding a pupil', () => {
  it('by ФИО in any case and with е for ё, with or without the patronymic', () => {
    expect(findPupil('аксенова мария петровна', PUPILS)).toEqual({pupil: PUPILS[0]})
    expect(findPupil('  Аксёнова   Мария ', PUPILS)).toEqual({pupil: PUPILS[0]})
    expect(findPupil('Волков Пётр', PUPILS)).toEqual({pupil: PUPILS[3]})
  })

  it('by external id, and by pupil id when asked', () => {
    expect(findPupil('P-1', PUPILS)).toEqual({pupil: PUPILS[0]})
    expect(findPupil('4', PUPILS)).toEqual({none: true})
    expect(findPupil('4', PUPILS, {byId: true})).toEqual({pupil: PUPILS[3]})
    // «3» is the id of one pupil and the external id of another.
    const byId = {...PUPILS[2]!, externalId: null}
    const byExternal = {...PUPILS[3]!, id: 7, externalId: '3'}
    expect(findPupil('3', [byId, byExternal], {byId: true})).toEqual({ambiguous: [byId, byExternal]})
  })

  it('says when a name is ambiguous, and when none matches (the nearest names are nearest()’s to give)', () => {
    expect(findPupil('Белов Иван', PUPILS)).toEqual({ambiguous: [PUPILS[1], PUPILS[2]]})
    expect(findPupil('Белов Иван Петрович', PUPILS)).toEqual({pupil: PUPILS[2]})
    expect(findPupil('Аксенова Марья', PUPILS)).toEqual({none: true})
    expect(nearest('Аксенова Марья', PUPILS.map(fullName))[0]).toBe(fullName(PUPILS[0]!))
    expect(findPupil('Сидоров Олег', PUPILS)).toEqual({none: true})
  })
})
