import {describe, expect, it} from 'vitest'

import {closest, FEW, lookupKey, nearest, nearestList} from '../../src/people/nearest.js'

const CLASSES = ['1А', '2А', '5А', '5Б', '5Г', '6В', '10А', '11А']
const SUBJECTS = ['Английский язык', 'Информатика', 'Литература', 'Математика', 'Музыка', 'Русский язык']

describe('nearest', () => {
  it('puts the nearest first and keeps the given order among equally near ones', () => {
    // 5В: one letter from 5А, 5Б, 5Г and 6В; two from the others.
    expect(nearest('5В', CLASSES)).toEqual(['5А', '5Б', '5Г', '6В', '1А'])
    expect(nearest('Матиматика', SUBJECTS)).toEqual([
      'Математика',
      'Информатика',
      'Литература',
      'Музыка',
      'Английский язык',
    ])
  })

  it('shows at most a few, all of them when there are only a few', () => {
    expect(nearest('5В', ['5А', '5Б'])).toEqual(['5А', '5Б'])
    expect(nearest('x', CLASSES)).toHaveLength(FEW)
    expect(nearest('5В', CLASSES, 2)).toEqual(['5А', '5Б'])
    expect(nearest('5В', [])).toEqual([])
  })

  it('takes ё as е, any case and Latin look-alikes as the same letters', () => {
    expect(lookupKey('  Семёнов   Пётр ')).toBe('семенов петр')
    expect(lookupKey('5a')).toBe(lookupKey('5А'))
    expect(lookupKey('5B')).toBe(lookupKey('5в'))
    expect(lookupKey('MATEMATИКА')).toBe(lookupKey('математика'))
    expect(lookupKey('Year.Open')).toBe(lookupKey('year.open'))
    expect(nearest('СЕМЕНОВ', ['Иванов', 'Семёнов', 'Петров'])[0]).toBe('Семёнов')
    expect(nearest('5b', ['5А', '5В'], 1)).toEqual(['5А'])
    expect(nearest('5B', ['5А', '5В'], 1)).toEqual(['5В'])
  })

  it('compares a short value with the first words of a long name', () => {
    const staff = ['Орлова Вера Николаевна', 'Фролов Иван Петрович', 'Фомина Анна Сергеевна']
    expect(nearest('Фроловв', staff)[0]).toBe('Фролов Иван Петрович')
    expect(nearest('Фомин Анна', staff)[0]).toBe('Фомина Анна Сергеевна')
  })

  it('names each once', () => {
    expect(nearest('Иванов', ['Иванова', 'Иванова', 'Петров'])).toEqual(['Иванова', 'Петров'])
  })
})

describe('closest', () => {
  it('keeps only the nearest of all, for a «did you mean» hint', () => {
    expect(closest('Матиматика', SUBJECTS, 3)).toEqual(['Математика'])
    expect(closest('5В', CLASSES, 3)).toEqual(['5А', '5Б', '5Г'])
    expect(closest('5В', [], 3)).toEqual([])
  })
})

describe('nearestList', () => {
  it('lists all when they are few, marks that there are more, and says when there are none', () => {
    expect(nearestList('5В', ['5А', '5Б'])).toBe('5А, 5Б')
    expect(nearestList('5В', CLASSES)).toBe('5А, 5Б, 5Г, 6В, 1А, …')
    expect(nearestList('5В', [])).toBe('—')
  })

  it('separates names that have commas of their own by semicolons', () => {
    expect(nearestList('Труд', ['Труд, гр. 1', 'Труд, гр. 2'])).toBe('Труд, гр. 1; Труд, гр. 2')
  })
})
