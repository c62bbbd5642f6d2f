// Pure pieces of the archive: the certification page's number in words, retention dates,
// bundle names, and the trigger error turned into a sentence.
import Database from 'better-sqlite3'
import {describe, expect, it} from 'vitest'

import {explainFrozen, frozenTable} from '../../src/archive/freeze.js'
import {numberInWords, russianPlural} from '../../src/archive/pdf.js'
import {bundleName, DEFAULT_RETENTION, retainUntil, retention} from '../../src/archive/store.js'
import {EjournalError} from '../../src/cli/errors.js'
import {defaultSettings} from '../../src/workspace/settings.js'

describe('numbers for the certification page', () => {
  it('writes the number of sheets in words, with the right form of «лист»', () => {
    const sheets = (n: number) =>
      `${n} (${numberInWords(n)}) ${russianPlural(n, ['лист', 'листа', 'листов'])}`
    expect(sheets(1)).toBe('1 (один) лист')
    expect(sheets(2)).toBe('2 (два) листа')
    expect(sheets(11)).toBe('11 (одиннадцать) листов')
    expect(sheets(42)).toBe('42 (сорок два) листа')
    expect(sheets(116)).toBe('116 (сто шестнадцать) листов')
    expect(sheets(200)).toBe('200 (двести) листов')
    expect(sheets(1021)).toBe('1021 (одна тысяча двадцать один) лист')
    expect(sheets(2314)).toBe('2314 (две тысячи триста четырнадцать) листов')
  })
})

describe('retention', () => {
  it('counts from 1 January after the year ended: journals 5 years, summary sheets 25, as set', () => {
    expect(DEFAULT_RETENTION).toEqual({journalYears: 5, summaryYears: 25})
    expect(retainUntil('2027-05-26', 5)).toBe('2032-12-31')
    expect(retainUntil('2027-05-26', 25)).toBe('2052-12-31')
    const settings = {...defaultSettings('Школа', 'Europe/Moscow', 5), archive: {journalYears: 6}}
    expect(retention({dir: '/ws', settings})).toEqual({journalYears: 6, summaryYears: 25})
    expect(() => retention({dir: '/ws', settings: {...settings, archive: {summaryYears: 0}}})).toThrow(
      EjournalError,
    )
    expect(bundleName('2026/2027', 'journals')).toBe('ejournal-2026-2027-journals')
  })
})

describe('frozen rows', () => {
  it('turns the trigger’s refusal into archive.frozen and leaves other errors alone', () => {
    const db = new Database(':memory:')
    db.exec(`CREATE TABLE mark (id INTEGER PRIMARY KEY);
      CREATE TRIGGER f BEFORE INSERT ON mark BEGIN SELECT RAISE(ABORT, 'archived year is read-only: mark'); END;`)
    let caught: unknown
    try {
      db.prepare('INSERT INTO mark (id) VALUES (1)').run()
    } catch (error) {
      caught = error
    }
    expect(frozenTable(caught)).toBe('mark')
    const explained = explainFrozen(caught) as EjournalError
    expect(explained.key).toBe('archive.frozen')
    expect(explained.params).toEqual({table: 'mark'})
    const other = new Error('disk I/O error')
    expect(explainFrozen(other)).toBe(other)
  })
})
