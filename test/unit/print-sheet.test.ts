// The print forms' tables (src/archive/pdf.ts) laid out on the counting pass: a table never
// leaves one or two rows alone at the head or the foot of a page, nor the signatures alone on the
// last page; a turned header keeps a long subject name whole, broken between words.
import {beforeAll, describe, expect, it} from 'vitest'

import {type Column, measuringDocument, PAGE, Sheet} from '../../src/archive/pdf.js'

let doc: PDFKit.PDFDocument
beforeAll(async () => {
  doc = await measuringDocument()
})

const SIZE = 8
const ROW = 20
const columns: Column[] = [
  {header: '№', width: 20},
  {header: 'Фамилия, имя, отчество', width: 200},
]
const rows = (n: number) => Array.from({length: n}, (_, i) => [String(i + 1), `Ученик ${i + 1}`])
/** The header's height: the name column's header in its 196 pt, at least a row. */
const header = () =>
  Math.max(ROW, doc.font('bold').fontSize(SIZE).heightOfString(columns[1]!.header, {width: 196}) + 4)
/** Rows on the page the table ended on, from where it ended (the table adds SIZE after its last row). */
const lastPageRows = (sheet: Sheet) => (sheet.y - SIZE - PAGE.top - header()) / ROW

/** A table of n rows laid out from the y that `from` gives on a fresh page; the pages it took. */
function laidOut(n: number, from: (sheet: Sheet) => number, keepWithLast = 0) {
  const sheet = new Sheet(doc, false, null, 'head')
  sheet.newPage()
  sheet.y = from(sheet)
  sheet.table(columns, rows(n), {fontSize: SIZE, minRowHeight: ROW, keepWithLast})
  return {sheet, pages: sheet.pages}
}

describe('a table across pages', () => {
  it('carries at least three rows onto its last page, never one', () => {
    const probe = new Sheet(doc, false, null, 'head')
    const full = Math.floor((probe.bottom - PAGE.top - header()) / ROW)
    const {sheet, pages} = laidOut(full + 1, () => PAGE.top) // naturally: a full page and one row alone
    expect(pages).toBe(2)
    expect(lastPageRows(sheet)).toBeCloseTo(3)
  })

  it('does not start with one row at the foot of a page: it starts on the next', () => {
    const {sheet, pages} = laidOut(5, (s) => s.bottom - header() - ROW - 1)
    expect(pages).toBe(2)
    expect(lastPageRows(sheet)).toBeCloseTo(5)
  })

  it('keeps the signatures with the last rows: three rows go over with them', () => {
    const tail = 150
    // Header and 6 rows fit, the signatures under them do not.
    const {sheet, pages} = laidOut(6, (s) => s.bottom - header() - 6 * ROW - 10, tail)
    expect(pages).toBe(2)
    expect(lastPageRows(sheet)).toBeCloseTo(3)
    expect(sheet.y + tail).toBeLessThanOrEqual(sheet.bottom)
  })

  it('stays on its page when all of it and the signatures fit', () => {
    const {sheet, pages} = laidOut(6, () => PAGE.top, 150)
    expect(pages).toBe(1)
    expect(lastPageRows(sheet)).toBeCloseTo(6)
  })
})

describe('a turned header', () => {
  it('keeps a long subject name whole, in lines broken between words', () => {
    const sheet = new Sheet(doc, false, null, 'head')
    const name = 'Основы духовно-нравственной культуры народов России'
    const lines = sheet.wrap(name, 'bold', 7.5, sheet.width('духовно-нравственной', 'bold', 7.5))
    expect(lines).toEqual(['Основы', 'духовно-нравственной', 'культуры народов', 'России'])
    expect(lines.join(' ')).toBe(name)
  })
})
