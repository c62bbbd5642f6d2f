// The demo school's teachers have habits (src/demo/journal.ts): the check finds every one of them.
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {type CheckReport} from '../../src/compliance/types.js'
import {run, tempDir} from '../helpers/cli.js'

const ENV = {LANG: 'en_US.UTF-8', LC_ALL: undefined, EJOURNAL_NOW: '2026-11-16T00:00:00Z'}

describe('check on the demo school', () => {
  it('finds the habits planted in its journal', async () => {
    const dir = join(tempDir('ejournal-check-demo-'), 'demo')
    const demo = await run(['demo', '--dir', dir, '--pupils', '100', '--as-of', '15.11.2026'], ENV)
    expect(demo.code, demo.stderr).toBe(0)
    const r = await run(['check', '--as-of', '15.11.2026', '--json', '-w', dir], ENV)
    expect(r.code, r.stderr).toBe(3)
    const report = JSON.parse(r.stdout) as CheckReport
    for (const rule of [
      'lesson-topic-on-time',
      'homework-weekly',
      'first-grade-no-marks',
      'final-marks-deadline',
      'no-forbidden-personal-data',
      'thematic-plan',
      'work-type-specified',
      'lessons-held',
      'class-list-checked',
      'parent-letters',
    ])
      expect(report.summary.byRule[rule], rule).toBeGreaterThan(0)
    // The phone number in a 7th-grade homework, masked in the report.
    const phone = report.findings.find((f) => f.rule === 'no-forbidden-personal-data')!
    expect(phone.class).toMatch(/^7/)
    expect(phone.message).toContain('номер телефона')
    expect(r.stdout).not.toContain('555-12-34')
    // Substituted lessons are answered for by the substitutes, who gave them.
    const late = report.findings.filter((f) => f.rule === 'lesson-topic-on-time')
    expect(late.every((f) => f.responsible.role === 'teacher' && f.responsible.name)).toBe(true)
  })
})
