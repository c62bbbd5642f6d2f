// The memo lines of the findings and the words they are made of.
import {describe, expect, it} from 'vitest'

import {schoolClock, endsOfDays} from '../../src/compliance/calendar-tables.js'
import {CATALOG} from '../../src/compliance/catalog.js'
import {effectiveRules} from '../../src/compliance/policy.js'
import {
  at,
  count,
  days,
  late,
  mask,
  maskedMatch,
  objectOf,
  periodName,
  plural,
} from '../../src/compliance/text.js'
import {type FindingFacts} from '../../src/compliance/types.js'

const clock = schoolClock(endsOfDays('2026-08-01', '2027-07-31', 'Asia/Vladivostok'), 'Asia/Vladivostok')
const rules = new Map(effectiveRules(CATALOG, {}).map((r) => [r.def.id, r]))

function facts(id: string, over: Partial<FindingFacts>): FindingFacts {
  const r = rules.get(id)!
  return {
    kind: '',
    responsible_id: 1,
    class_id: 1,
    subgroup_id: null,
    subject_id: 1,
    pupil_id: null,
    date: null,
    lesson_no: null,
    period: null,
    deadline_date: null,
    entered_at: null,
    detail: null,
    responsibleName: 'Фролов Илья Викторович',
    className: '5А',
    subgroupName: null,
    subjectName: 'Математика',
    pupilName: null,
    facts: {},
    clock,
    delayDays: null,
    clause: r.def.clause,
    params: r.params,
    ...over,
  }
}

const message = (id: string, over: Partial<FindingFacts>) => rules.get(id)!.def.message(facts(id, over))

describe('Russian words', () => {
  it('agrees numbers with nouns', () => {
    expect([1, 2, 5, 11, 12, 21, 22, 25, 111].map((n) => days(n))).toEqual([
      '1 день',
      '2 дня',
      '5 дней',
      '11 дней',
      '12 дней',
      '21 день',
      '22 дня',
      '25 дней',
      '111 дней',
    ])
    expect(plural(3, 'урок', 'урока', 'уроков')).toBe('урока')
    expect(count(0, 'урок', 'урока', 'уроков')).toBe('0 уроков')
    expect(late(1)).toBe('на 1 день позже срока')
  })

  it('names periods', () => {
    expect(periodName('quarter:1')).toBe('1 четверть')
    expect(periodName('half:2')).toBe('2 полугодие')
    expect(periodName('trimester:3')).toBe('3 триместр')
    expect(periodName('year')).toBe('год')
    expect(periodName('week:2026-12-28')).toBe('неделя 28.12–03.01.2027')
    expect(periodName('month:2026-10')).toBe('октябрь 2026')
    expect(periodName(null)).toBe('')
  })

  it('shows instants on the school clock', () => {
    expect(at('2026-10-15T22:12:00.000Z', clock)).toBe('16.10.2026 в 08:12')
    expect(clock.local('2026-10-14T13:59:00.000Z')).toBe('2026-10-14T23:59:00+10:00')
    expect(clock.dateOf('2026-10-14T13:59:59.999Z')).toBe('2026-10-14')
    expect(clock.dateOf('2026-10-14T14:01:00.000Z')).toBe('2026-10-15')
    expect(clock.deadline('2026-10-14')).toBe('2026-10-14T23:59:59+10:00')
    // Outside the table, the zone itself answers.
    expect(clock.dateOf('2030-01-01T15:00:00Z')).toBe('2030-01-02')
    expect(clock.deadline('2030-01-01')).toBe('2030-01-01T23:59:59+10:00')
  })

  it('masks the middle of a phone number', () => {
    expect(mask('8-914-555-12-34')).toBe('8-914-***-**-34')
    expect(mask('+7 (423) 222-33-44')).toBe('+7 (423) ***-**-44')
    expect(maskedMatch('звонить по тел. 8 914 555 12 34 вечером', '8[\\d ]{10,}\\d')).toBe('8 914 *** ** 34')
  })

  it('names what applies, in order', () => {
    expect(
      objectOf(
        facts('lesson-topic-on-time', {
          subgroupName: 'Английский язык',
          pupilName: 'Иванова Мария',
          date: '2026-10-14',
          lesson_no: 3,
        }),
      ),
    ).toBe('5А (Английский язык), Математика, Иванова Мария, 14.10.2026, урок 3')
  })
})

describe('memo lines', () => {
  it('says when a late topic was entered and by how much (п. 3.2)', () => {
    expect(
      message('lesson-topic-on-time', {
        kind: 'late',
        date: '2026-10-14',
        lesson_no: 3,
        deadline_date: '2026-10-14',
        entered_at: '2026-10-15T22:12:00.000Z',
        delayDays: 2,
      }),
    ).toBe(
      '5А, Математика, 14.10.2026, урок 3: тема внесена 16.10.2026 в 08:12, на 2 дня позже срока (п. 3.2)',
    )
    expect(
      message('lesson-topic-on-time', {
        kind: 'overdue',
        date: '2026-10-14',
        lesson_no: 3,
        deadline_date: '2026-10-14',
        delayDays: 8,
      }),
    ).toBe(
      '5А, Математика, 14.10.2026, урок 3: тема урока не внесена, просрочено на 8 дней (срок 14.10.2026) (п. 3.2)',
    )
  })

  it('writes every rule’s line without a placeholder left', () => {
    const detail: Record<string, Record<string, unknown>> = {
      'work-type-specified': {topic: 'Контрольная работа № 1'},
      'first-grade-no-marks': {count: 2},
      'final-mark-grounded': {value: '5', mean: 3.3333, marks: 3},
      'thematic-plan': {hours: 20, due: 170},
      'pupil-data-complete': {missing: ['birthDate', 'parentEmail']},
      'no-forbidden-personal-data': {field: 'homework', text: 'тел. 8-914-555-12-34'},
      'subgroups-complete': {groups: 2},
      'parent-letters': {last: '2026-09-30T06:00:00Z'},
      'lessons-held': {planned: 'Фролов Илья Викторович'},
      'program-fulfilment': {held: 16, due: 18.4},
      'year-opened': {year: '2026/2027'},
      'backups-fresh': {last: '2026-10-01T03:00:00Z'},
      'previous-year-archived': {year: '2025/2026', status: 'closed'},
    }
    for (const r of CATALOG) {
      for (const kind of Object.keys(r.outcomes)) {
        const text = message(r.id, {
          kind,
          date: '2026-10-14',
          period: 'quarter:1',
          deadline_date: '2026-10-17',
          delayDays: 3,
          facts: detail[r.id] ?? {},
        })
        expect(text, `${r.id}/${kind}`).toMatch(new RegExp(`\\(п\\. ${r.clause.replace('.', '\\.')}\\)$`))
        expect(text, `${r.id}/${kind}`).not.toMatch(/undefined|NaN|\{|\}/)
      }
    }
  })

  it('writes the lines of the other rules as a deputy director would', () => {
    expect(
      message('final-mark-grounded', {
        kind: 'deviates',
        pupilName: 'Петров Олег',
        period: 'quarter:1',
        facts: {value: '5', mean: 3.3333, marks: 3},
      }),
    ).toBe(
      '5А, Математика, Петров Олег, 1 четверть: итоговая «5» при среднем 3,33 по 3 отметкам (п. 3.2, 6.7)',
    )
    expect(message('program-fulfilment', {kind: 'behind', facts: {held: 16, due: 18.4}})).toBe(
      '5А, Математика: проведено 16 уроков при 18 по учебному плану на дату (−13 %) (п. 6.6, 6.7)',
    )
    expect(
      message('no-forbidden-personal-data', {
        kind: 'phone',
        date: '2026-09-21',
        lesson_no: 1,
        facts: {field: 'homework', text: 'Принести справку, вопросы по тел. 8-914-555-12-34'},
      }),
    ).toBe(
      '5А, Математика, 21.09.2026, урок 1: в домашнем задании номер телефона «тел. 8-914-***-**-34» — удалить (п. 3.3)',
    )
    expect(
      message('monthly-control', {
        kind: 'missing',
        className: null,
        subjectName: null,
        period: 'month:2026-10',
        deadline_date: '2026-10-31',
        delayDays: 5,
      }),
    ).toBe(
      'октябрь 2026: проверка журнала за месяц не проводилась, просрочено на 5 дней (срок 31.10.2026) (п. 6.6)',
    )
  })
})
