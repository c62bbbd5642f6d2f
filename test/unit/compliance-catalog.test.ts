// The rule catalog is the spec (RULES.md) as data: the same rules, every query runnable, and the
// README's table made from it.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {presetCalendar} from '../../src/calendar/preset.js'
import {CATALOG} from '../../src/compliance/catalog.js'
import {ruleRows, runCheck} from '../../src/compliance/engine.js'
import {effectiveRules} from '../../src/compliance/policy.js'
import {rulesMarkdown} from '../../src/compliance/render.js'
import {openDatabase} from '../../src/db/open.js'
import {defaultSettings} from '../../src/workspace/settings.js'
import {insertYear} from '../../src/year/store.js'
import {ROOT, tempDir} from '../helpers/cli.js'

const COLUMNS = [
  'kind',
  'responsible_id',
  'class_id',
  'subgroup_id',
  'subject_id',
  'pupil_id',
  'date',
  'lesson_no',
  'period',
  'deadline_date',
  'entered_at',
  'detail',
]

describe('the rule catalog', () => {
  it('has the rules of RULES.md, in its order, with its clauses', () => {
    const spec = readFileSync(join(ROOT, '..', 'shared', 'RULES.md'), 'utf8')
    const rows = [...spec.matchAll(/^\| ([a-z-]+) \| ([\d., ]+) \|/gm)].map((m) => [m[1], m[2]!.trim()])
    expect(rows).toHaveLength(22)
    expect(CATALOG.map((r) => [r.id, r.clause])).toEqual(rows)
  })

  it('defines each rule completely', () => {
    for (const r of CATALOG) {
      expect(Object.keys(r.outcomes).length, r.id).toBeGreaterThan(0)
      expect(r.duty.ru && r.duty.en && r.check.ru && r.check.en, r.id).toBeTruthy()
      for (const [name, p] of Object.entries(r.params)) {
        expect(p.about, `${r.id}.${name}`).toBeTruthy()
        expect(r.sql, `${r.id} binds @${name}`).toContain(`@${name}`)
      }
      for (const placeholder of r.check.en.match(/\{(\w+)\}/g) ?? [])
        expect(Object.keys(r.params), `${r.id} ${placeholder}`).toContain(placeholder.slice(1, -1))
    }
  })

  it('runs every query on an empty journal, returning the columns the engine reads', () => {
    const db = openDatabase(join(tempDir(), 'db.sqlite'))
    try {
      insertYear(db, '2026/2027', presetCalendar(2026, 'quarters'), '2026-08-28T00:00:00.000Z')
      db.prepare("INSERT INTO class (year_id, grade, letter) VALUES (1, 5, 'А')").run()
      const settings = defaultSettings('Школа', 'Asia/Vladivostok', 5)
      const run = runCheck({db, settings}, {asOf: '2026-11-15'})
      expect(run.rules).toHaveLength(22)
      expect(run.findings.map((f) => f.rule).sort()).toEqual([
        'backups-fresh',
        'class-list-checked',
        'monthly-control',
        'monthly-control',
        'parent-letters',
        'timetable-published',
      ])
      for (const rule of effectiveRules(CATALOG, {})) {
        const stmt = db.prepare(`SELECT * FROM (${rule.def.sql}) LIMIT 0`)
        expect(
          stmt.columns().map((c) => c.name),
          rule.def.id,
        ).toEqual(expect.arrayContaining(COLUMNS))
        expect(
          ruleRows(db, rule, {asOf: '2026-11-15', asOfEnd: '2026-11-15T13:59:59.999Z', yearId: 1}),
        ).toBeInstanceOf(Array)
      }
    } finally {
      db.close()
    }
  })
})

describe('README', () => {
  it('has the rule table the code prints', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(
      rulesMarkdown(effectiveRules(CATALOG, {})),
    )
  })
})
