// The school's policy over the rule catalog: defaults, overrides, rules switched off, mistakes.
import {describe, expect, it} from 'vitest'

import {CATALOG} from '../../src/compliance/catalog.js'
import {describeCheck, describeParams, effectiveRules, sqlParams} from '../../src/compliance/policy.js'

const rule = (policy: Record<string, unknown>, id: string) =>
  effectiveRules(CATALOG, policy, 'ejournal.json').find((r) => r.def.id === id)!

const refusal = (policy: Record<string, unknown>) => {
  try {
    effectiveRules(CATALOG, policy, 'ejournal.json')
  } catch (error) {
    const e = error as {key: string; params: Record<string, unknown>}
    return {key: e.key, params: e.params}
  }
  throw new Error('accepted')
}

describe('effectiveRules', () => {
  it('takes every number from the catalog when the policy says nothing', () => {
    const rules = effectiveRules(CATALOG, undefined)
    expect(rules).toHaveLength(CATALOG.length)
    expect(rules.every((r) => r.enabled)).toBe(true)
    expect(rule({}, 'lesson-topic-on-time')).toMatchObject({
      params: {graceDays: 0, errorAfterDays: 7},
      severities: {late: 'warning', missing: 'warning', overdue: 'error'},
    })
  })

  it('overrides numbers and severities, and switches rules off by false or enabled: false', () => {
    const policy = {
      'lesson-topic-on-time': {errorAfterDays: 5, severity: {late: 'info'}},
      'homework-weekly': false,
      'parent-letters': {enabled: false, intervalDays: 7},
      'work-type-specified': {severity: 'info'},
      'weekly-fill': true,
      subgroupMaxSize: 20,
    }
    expect(rule(policy, 'lesson-topic-on-time')).toMatchObject({
      enabled: true,
      params: {graceDays: 0, errorAfterDays: 5},
      severities: {late: 'info', missing: 'warning', overdue: 'error'},
    })
    expect(rule(policy, 'homework-weekly').enabled).toBe(false)
    expect(rule(policy, 'parent-letters')).toMatchObject({enabled: false, params: {intervalDays: 7}})
    expect(rule(policy, 'work-type-specified').severities).toEqual({untyped: 'info'})
    expect(rule(policy, 'weekly-fill').enabled).toBe(true)
  })

  it('takes the backup interval of the backup policy as the default age of backups-fresh', () => {
    expect(rule({backupIntervalDays: 7}, 'backups-fresh').params.maxAgeDays).toBe(7)
    expect(
      rule({backupIntervalDays: 7, 'backups-fresh': {maxAgeDays: 10}}, 'backups-fresh').params.maxAgeDays,
    ).toBe(10)
  })

  it('refuses a mistake with the key, the value and what it must be', () => {
    expect(refusal({'lesson-topic-on-time': {errorAfterDays: 'five'}})).toEqual({
      key: 'check.policy.wholeNumber',
      params: {file: 'ejournal.json', key: 'policy.lesson-topic-on-time.errorAfterDays', value: '"five"'},
    })
    expect(refusal({'lesson-topic-on-time': {errorAfterDays: -1}}).key).toBe('check.policy.min')
    expect(refusal({'lesson-topic-on-time': {errorAfterDays: 2.5}}).key).toBe('check.policy.wholeNumber')
    expect(refusal({'final-mark-grounded': {maxDeviation: 'x'}}).key).toBe('check.policy.number')
    expect(
      rule({'final-mark-grounded': {maxDeviation: 0.75}}, 'final-mark-grounded').params.maxDeviation,
    ).toBe(0.75)
    expect(refusal({'lesson-topic-on-time': {errorAfterDay: 5}})).toMatchObject({
      key: 'check.policy.setting',
      params: {known: 'enabled, severity, graceDays, errorAfterDays'},
    })
    expect(refusal({'homework-wekly': false})).toMatchObject({
      key: 'check.policy.ruleId',
      params: {key: 'policy.homework-wekly'},
    })
    expect(refusal({'homework-weekly': 'no'}).key).toBe('check.policy.ruleValue')
    expect(refusal({'homework-weekly': {enabled: 'no'}}).key).toBe('check.policy.boolean')
    expect(refusal({'homework-weekly': {severity: 'fatal'}}).key).toBe('check.policy.severityOrMap')
    expect(refusal({'homework-weekly': {severity: {late: 'error'}}})).toMatchObject({
      key: 'check.policy.outcome',
      params: {key: 'policy.homework-weekly.severity.late', known: 'none'},
    })
    expect(refusal({'homework-weekly': {severity: {none: 'fatal'}}}).key).toBe('check.policy.severity')
    expect(refusal({'homework-weekly': {exemptSubjects: 'Музыка'}}).key).toBe('check.policy.list')
    expect(refusal({'control-works-present': {lessonTypes: ['exam']}}).key).toBe('check.policy.listOf')
    expect(refusal({'thematic-plan': {deadline: '31.09'}}).key).toBe('check.policy.monthDay')
    expect(refusal({'thematic-plan': {deadline: '02-30'}}).key).toBe('check.policy.monthDay')
    expect(refusal({'work-type-specified': {pattern: '(unclosed'}}).key).toBe('check.policy.regexp')
    expect(refusal({'work-type-specified': {pattern: 5}}).key).toBe('check.policy.text')
    expect(refusal({backupIntervalDays: 0}).key).toBe('check.policy.min')
  })
})

describe('parameters as SQL and people read them', () => {
  it('binds lists as JSON, subjects by their match keys', () => {
    expect(
      sqlParams(
        rule({'homework-weekly': {exemptSubjects: ['Физическая Культура', 'Музыка']}}, 'homework-weekly'),
      ),
    ).toEqual({
      graceDays: 1,
      exemptSubjects: '["физическая культура","музыка"]',
    })
    expect(sqlParams(rule({}, 'control-works-present'))).toEqual({
      minHoursPerWeek: 2,
      lessonTypes: '["control"]',
    })
  })

  it('shows the check with the current numbers, and the parameters in one line', () => {
    const r = rule({'lesson-topic-on-time': {errorAfterDays: 5}}, 'lesson-topic-on-time')
    expect(describeCheck(r.def.check.en, r.params)).toBe(
      'topic entered after the lesson day (+0 days) → warning; still missing 5 days after → error',
    )
    expect(describeParams(r.params)).toBe('graceDays=0, errorAfterDays=5')
    expect(describeParams({exemptSubjects: ['Музыка', 'ИЗО']})).toBe('exemptSubjects=[Музыка, ИЗО]')
    expect(describeCheck('{a} and {b} and {c}', {a: [], b: 3})).toBe('— and 3 and {c}')
  })
})
