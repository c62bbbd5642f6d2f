// The strategies of subgroups assign, as pure functions: pupils and existing groups → the plan.
import {describe, expect, it} from 'vitest'

import {
  type ExistingGroup,
  cut,
  cutSizes,
  type PairPlan,
  planFromFile,
  planSplit,
  type SplitOptions,
} from '../../src/subgroups/strategies.js'
import {
  defaultStrategy,
  inferStrategy,
  isLanguageSubject,
  languageKey,
  type Pupil,
  subjectLanguage,
} from '../../src/subgroups/subjects.js'

// Surnames in alphabetical order, so that ids follow the class list.
const SURNAMES = [
  'Абрамов',
  'Алексеева',
  'Белов',
  'Борисова',
  'Васильев',
  'Волкова',
  'Гаврилов',
  'Голубева',
  'Давыдов',
  'Егорова',
  'Жуков',
  'Зайцева',
  'Иванов',
  'Ильина',
  'Калинин',
  'Козлова',
  'Лебедев',
  'Лукина',
  'Макаров',
  'Морозова',
  'Никитин',
  'Орлова',
  'Павлов',
  'Попова',
  'Романов',
  'Сидорова',
  'Соколов',
  'Тарасова',
  'Уткин',
  'Фёдорова',
  'Харитонов',
  'Цветкова',
  'Чернов',
  'Шубина',
  'Щукин',
  'Юдина',
  'Яковлев',
]

function pupil(id: number, extra: Partial<Pupil> = {}): Pupil {
  const lastName = SURNAMES[id - 1]!
  return {
    id,
    lastName,
    firstName: lastName.endsWith('а') ? 'Анна' : 'Иван',
    middleName: '',
    gender: lastName.endsWith('а') ? 'F' : 'M',
    languages: ['Английский'],
    ...extra,
  }
}

function klass(n: number, extra: (id: number) => Partial<Pupil> = () => ({})): Pupil[] {
  // Given in reverse order: the strategies must sort.
  return Array.from({length: n}, (_, i) => pupil(n - i, extra(n - i)))
}

const ids = (plan: PairPlan) =>
  Object.fromEntries(plan.groups.map((g) => [g.name, g.members.map((m) => m.id)]))
const sizes = (plan: PairPlan) => Object.fromEntries(plan.groups.map((g) => [g.name, g.members.length]))
const range = (from: number, to: number) => Array.from({length: to - from + 1}, (_, i) => from + i)

const ALPHABET: SplitOptions = {
  subject: 'Информатика',
  strategy: 'alphabet',
  groups: 2,
  maxSize: 25,
  rebalance: false,
}
const LANGUAGE: SplitOptions = {
  subject: 'Иностранный язык',
  strategy: 'language',
  groups: 2,
  maxSize: 25,
  rebalance: false,
}
const GENDER: SplitOptions = {
  subject: 'Физическая культура',
  strategy: 'gender',
  groups: 2,
  maxSize: 25,
  rebalance: false,
}

function group(id: number, name: string, members: number[], referenced = false): ExistingGroup {
  return {id, name, referenced, members: members.map((m) => ({id: m, name: `${SURNAMES[m - 1]} x`}))}
}

describe('subjects', () => {
  it('knows foreign languages from Russian and native ones', () => {
    for (const s of [
      'Иностранный язык',
      'Иностранный язык (английский)',
      'Английский язык',
      'Второй иностранный язык (немецкий)',
    ])
      expect(isLanguageSubject(s), s).toBe(true)
    for (const s of [
      'Русский язык',
      'Родной язык (татарский)',
      'Родной (русский) язык',
      'Информатика',
      'Литература',
    ])
      expect(isLanguageSubject(s), s).toBe(false)
    expect(subjectLanguage('Иностранный язык (английский)')).toBe('Английский')
    expect(subjectLanguage('Немецкий язык')).toBe('Немецкий')
    expect(subjectLanguage('Иностранный язык')).toBeNull()
    expect(defaultStrategy('Иностранный язык')).toBe('language')
    expect(defaultStrategy('Труд (технология)')).toBe('alphabet')
  })

  it('takes the pupil’s first language, the second for a second foreign language', () => {
    const p = pupil(1, {languages: ['Английский', 'Французский']})
    expect(languageKey(p, 'Иностранный язык')).toBe('Английский')
    expect(languageKey(p, 'Второй иностранный язык')).toBe('Французский')
    expect(languageKey(p, 'Французский язык')).toBe('Французский')
    expect(languageKey(p, 'Немецкий язык')).toBe('-')
    expect(languageKey({...p, languages: []}, 'Иностранный язык')).toBeNull()
  })

  it('reads how existing groups were made from their names', () => {
    expect(inferStrategy([])).toBeNull()
    expect(inferStrategy(['Английский язык, гр. 1', 'Немецкий язык'])).toBe('language')
    expect(inferStrategy(['Девочки', 'Мальчики, гр. 2'])).toBe('gender')
    expect(inferStrategy(['Информатика, гр. 1', 'Информатика, гр. 2'])).toBe('alphabet')
    expect(inferStrategy(['Иностранный язык, гр. 1'])).toBe('alphabet')
  })
})

describe('alphabet', () => {
  it('cuts into near-equal parts, larger first', () => {
    expect(cutSizes(29, 2)).toEqual([15, 14])
    expect(cutSizes(31, 3)).toEqual([11, 10, 10])
    expect(cutSizes(1, 2)).toEqual([1])
    expect(cut(['а', 'б', 'в', 'г', 'д'], 2)).toEqual([
      ['а', 'б', 'в'],
      ['г', 'д'],
    ])
  })

  it('divides an odd class in alphabetical order', () => {
    const plan = planSplit(klass(29), [], ALPHABET)
    expect(ids(plan)).toEqual({'Информатика, гр. 1': range(1, 15), 'Информатика, гр. 2': range(16, 29)})
    expect(plan.groups.every((g) => g.id === null)).toBe(true)
    expect(plan.moves).toHaveLength(29)
    expect(plan.moves.every((m) => m.from === null)).toBe(true)
    expect(plan.unplaced).toEqual([])
  })

  it('makes N groups, more when they would be over the limit', () => {
    expect(sizes(planSplit(klass(7), [], {...ALPHABET, groups: 3}))).toEqual({
      'Информатика, гр. 1': 3,
      'Информатика, гр. 2': 2,
      'Информатика, гр. 3': 2,
    })
    expect(sizes(planSplit(klass(31), [], {...ALPHABET, maxSize: 12}))).toEqual({
      'Информатика, гр. 1': 11,
      'Информатика, гр. 2': 10,
      'Информатика, гр. 3': 10,
    })
  })
})

describe('language', () => {
  const mixed = klass(32, (id) => ({languages: id % 8 < 3 ? ['Немецкий'] : ['Английский']}))
  const german = mixed
    .filter((p) => p.languages[0] === 'Немецкий')
    .map((p) => p.id)
    .sort((a, b) => a - b)
  const english = mixed
    .filter((p) => p.languages[0] === 'Английский')
    .map((p) => p.id)
    .sort((a, b) => a - b)

  it('puts 20 English and 12 German pupils of a 32-pupil class into one group each under 25', () => {
    expect([english.length, german.length]).toEqual([20, 12])
    const plan = planSplit(mixed, [], LANGUAGE)
    expect(ids(plan)).toEqual({'Английский язык': english, 'Немецкий язык': german})
    expect(plan.warnings).toEqual([])
  })

  it('splits a language group larger than the limit', () => {
    const plan = planSplit(mixed, [], {...LANGUAGE, maxSize: 15})
    expect(ids(plan)).toEqual({
      'Английский язык, гр. 1': english.slice(0, 10),
      'Английский язык, гр. 2': english.slice(10),
      'Немецкий язык': german,
    })
  })

  it('lists pupils whose language is unknown and does not guess', () => {
    const pupils = klass(5, (id) => ({languages: id === 2 ? [] : id === 4 ? ['Немецкий'] : ['Английский']}))
    const plan = planSplit(pupils, [], LANGUAGE)
    expect(ids(plan)).toEqual({'Английский язык': [1, 3, 5], 'Немецкий язык': [4]})
    expect(plan.unplaced).toEqual([{pupil: {id: 2, name: 'Алексеева Анна'}, reason: 'unknownLanguage'}])
    expect(plan.moves.some((m) => m.pupil.id === 2)).toBe(false)
  })

  it('leaves out pupils of another language when the subject names one', () => {
    const pupils = klass(4, (id) => ({languages: id === 1 ? ['Немецкий'] : id === 2 ? [] : ['Английский']}))
    const plan = planSplit(pupils, [], {...LANGUAGE, subject: 'Иностранный язык (английский)'})
    expect(ids(plan)).toEqual({'Английский язык': [3, 4]})
    expect(plan.unplaced.map((u) => u.pupil.id)).toEqual([2])
  })
})

describe('gender', () => {
  it('makes boys and girls and lists those whose gender is unknown', () => {
    const pupils = klass(9, (id) => (id === 9 ? {gender: null} : {}))
    const plan = planSplit(pupils, [], GENDER)
    expect(ids(plan)).toEqual({Девочки: [2, 4, 6, 8], Мальчики: [1, 3, 5, 7]})
    expect(plan.unplaced).toEqual([{pupil: {id: 9, name: 'Давыдов Иван'}, reason: 'unknownGender'}])
  })

  it('splits a gender group over the limit', () => {
    const plan = planSplit(klass(14), [], {...GENDER, maxSize: 4})
    expect(sizes(plan)).toEqual({
      'Девочки, гр. 1': 4,
      'Девочки, гр. 2': 3,
      'Мальчики, гр. 1': 4,
      'Мальчики, гр. 2': 3,
    })
  })
})

describe('stability', () => {
  it('places only the new pupils, into the smallest group that fits, and takes out those who left', () => {
    const existing = [
      group(10, 'Информатика, гр. 1', [1, 2, 3, 4]),
      group(11, 'Информатика, гр. 2', [5, 6, 7]),
    ]
    // 3 left; 8 and 9 arrived.
    const pupils = klass(9).filter((p) => p.id !== 3)
    const plan = planSplit(pupils, existing, ALPHABET)
    // 3 and 3 after the departure: Голубева goes to the first (a tie), Давыдов to the second.
    expect(ids(plan)).toEqual({'Информатика, гр. 1': [1, 2, 4, 8], 'Информатика, гр. 2': [5, 6, 7, 9]})
    expect(plan.groups.map((g) => g.id)).toEqual([10, 11])
    expect(plan.moves).toEqual([
      {pupil: {id: 3, name: 'Белов x'}, from: 'Информатика, гр. 1', to: null, cause: 'left'},
      {pupil: {id: 8, name: 'Голубева Анна'}, from: null, to: 'Информатика, гр. 1'},
      {pupil: {id: 9, name: 'Давыдов Иван'}, from: null, to: 'Информатика, гр. 2'},
    ])
  })

  it('changes nothing when run again', () => {
    const first = planSplit(klass(11), [], ALPHABET)
    const stored = first.groups.map((g, i) => ({
      id: i + 1,
      name: g.name,
      members: g.members,
      referenced: false,
    }))
    const again = planSplit(klass(11), stored, ALPHABET)
    expect(again.moves).toEqual([])
    expect(again.groups.map((g) => g.members)).toEqual(first.groups.map((g) => g.members))
  })

  it('creates the group of a language the class had none for, and keeps a full group over the limit', () => {
    const pupils = klass(5, (id) => ({
      languages: id === 5 ? ['Французский'] : id === 4 ? ['Немецкий'] : ['Английский'],
    }))
    const existing = [group(1, 'Английский язык', [1, 2]), group(2, 'Немецкий язык', [3])]
    const plan = planSplit(pupils, existing, {...LANGUAGE, maxSize: 1})
    expect(ids(plan)).toEqual({'Английский язык': [1, 2], 'Немецкий язык': [3, 4], 'Французский язык': [5]})
    expect(plan.groups.map((g) => g.id)).toEqual([1, 2, null])
    expect(plan.warnings).toEqual([
      {kind: 'mismatch', group: 'Немецкий язык', pupil: {id: 3, name: 'Белов Иван'}, expected: 'Английский'},
      {kind: 'overLimit', group: 'Английский язык', size: 2, max: 1},
      {kind: 'overLimit', group: 'Немецкий язык', size: 2, max: 1},
    ])
  })

  it('takes a pupil out of a second group of the same subject', () => {
    const plan = planSplit(
      klass(3),
      [group(1, 'Информатика, гр. 1', [1, 2]), group(2, 'Информатика, гр. 2', [2, 3])],
      ALPHABET,
    )
    expect(ids(plan)).toEqual({'Информатика, гр. 1': [1, 2], 'Информатика, гр. 2': [3]})
    expect(plan.moves).toEqual([
      {pupil: {id: 2, name: 'Алексеева Анна'}, from: 'Информатика, гр. 2', to: null, cause: 'duplicate'},
    ])
  })

  it('divides again with rebalance, keeping the ids of the groups made again', () => {
    const existing = [
      group(1, 'Информатика, гр. 1', [1, 2, 3, 4, 5, 6]),
      group(2, 'Информатика, гр. 2', [7]),
      group(3, 'Группа Ивановой', [8], true),
      group(4, 'Старая', [], false),
    ]
    const plan = planSplit(klass(8), existing, {...ALPHABET, rebalance: true})
    expect(plan.groups).toEqual([
      expect.objectContaining({id: 1, name: 'Информатика, гр. 1', deleted: false}),
      expect.objectContaining({id: 2, name: 'Информатика, гр. 2', deleted: false}),
      {id: 3, name: 'Группа Ивановой', members: [], deleted: false},
      {id: 4, name: 'Старая', members: [], deleted: true},
    ])
    expect(ids(plan)).toMatchObject({'Информатика, гр. 1': [1, 2, 3, 4], 'Информатика, гр. 2': [5, 6, 7, 8]})
    expect(plan.moves.map((m) => [m.pupil.id, m.from, m.to])).toEqual([
      [5, 'Информатика, гр. 1', 'Информатика, гр. 2'],
      [6, 'Информатика, гр. 1', 'Информатика, гр. 2'],
      [8, 'Группа Ивановой', 'Информатика, гр. 2'],
    ])
  })
})

describe('file', () => {
  it('puts the pupils it names where it says and keeps the others', () => {
    const existing = [group(1, 'Мальчики', [1, 3]), group(2, 'Девочки', [2, 4])]
    const plan = planFromFile(
      klass(6),
      existing,
      [
        {pupilId: 3, group: 'Девочки'},
        {pupilId: 5, group: 'Мальчики'},
      ],
      {subject: 'Физическая культура', maxSize: 25, rebalance: false},
    )
    expect(ids(plan)).toEqual({Девочки: [2, 3, 4], Мальчики: [1, 5]})
    expect(plan.moves.map((m) => [m.pupil.id, m.from, m.to])).toEqual([
      [3, 'Мальчики', 'Девочки'],
      [5, null, 'Мальчики'],
    ])
    expect(plan.unplaced).toEqual([{pupil: {id: 6, name: 'Волкова Анна'}, reason: 'notInFile'}])
  })

  it('is the whole division with rebalance', () => {
    const plan = planFromFile(klass(3), [group(1, 'А', [1, 2, 3])], [{pupilId: 1, group: 'Б'}], {
      subject: 'Информатика',
      maxSize: 25,
      rebalance: true,
    })
    expect(ids(plan)).toEqual({Б: [1], А: []})
    expect(plan.groups.find((g) => g.name === 'А')!.deleted).toBe(true)
    expect(plan.moves.filter((m) => m.to === null).map((m) => [m.pupil.id, m.cause])).toEqual([
      [2, 'notInFile'],
      [3, 'notInFile'],
    ])
  })
})
