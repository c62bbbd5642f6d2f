// The class teachers' lists as a file: Класс;Предмет;Подгруппа;Ученик (ФИО or external id), CSV
// in any encoding and delimiter or .xlsx, read by the one reader. Every problem of the file is
// reported at once as file:line:column, and with any problem nothing is written.
import {InputError, type InputProblem} from '../cli/errors.js'
import {type MessageKey, type MessageParams} from '../cli/i18n.js'
import {type Db} from '../db/open.js'
import {cell, type ColumnSpec, mapHeaders} from '../importing/columns.js'
import {classLookup, nearHint, subjectLookup} from '../importing/lookups.js'
import {openTable, type ReadOptions, recordsOf} from '../importing/reader.js'
import {parseClassName} from '../people/class-name.js'
import {fullName} from '../people/names.js'
import {type Year} from '../year/store.js'
import {findPupil} from './match.js'
import {type ClassPupil, pairKey, type SplitPair} from './store.js'

type Column = 'className' | 'subject' | 'subgroup' | 'pupil'

export const FILE_COLUMNS: ColumnSpec<Column>[] = [
  {key: 'className', names: ['Класс', 'class'], required: true},
  {key: 'subject', names: ['Предмет', 'subject'], required: true},
  {key: 'subgroup', names: ['Подгруппа', 'subgroup'], required: true},
  {key: 'pupil', names: ['Ученик', 'pupil', 'ФИО', 'Внешний ID', 'external_id'], required: true},
]

export interface WantedPlace {
  pupilId: number
  group: string
  line: number
}

export interface FileDivision {
  file: string
  /** By pairKey: who goes to which group. */
  pairs: Map<string, WantedPlace[]>
  /** Rows of other classes or subjects than --class / --subject asked for. */
  skipped: number
}

export interface FileContext {
  db: Db
  year: Year
  /** Every split pair of the year. */
  pairs: SplitPair[]
  pupils: Map<number, ClassPupil[]>
  /** --class / --subject, already resolved: rows outside them are skipped. */
  only: {classId?: number; subjectId?: number}
}

export async function readDivisionFile(
  path: string,
  ctx: FileContext,
  options: ReadOptions = {},
): Promise<FileDivision> {
  const table = await openTable(path, options)
  const columns = mapHeaders(table.file, table.headers, FILE_COLUMNS)
  const classes = classLookup(ctx.db, ctx.year)
  const subjects = subjectLookup(ctx.db)
  const split = new Set(ctx.pairs.map((p) => pairKey(p.classId, p.subjectId)))
  const problems: InputProblem[] = []
  const pairs = new Map<string, WantedPlace[]>()
  const firstLine = new Map<string, number>()
  let skipped = 0
  let rows = 0

  for await (const {line, cells} of recordsOf(table)) {
    rows++
    const at = (key: Column) => {
      const index = columns[key]!
      return {
        file: table.file,
        sheet: table.sheet,
        line,
        column: index + 1,
        columnName: table.headers[index]!,
        value: cell(cells, columns, key),
      }
    }
    const problem = (key: Column, message: MessageKey, params?: MessageParams) =>
      problems.push({...at(key), key: message, params})
    if (cells.length > table.headers.length) {
      problems.push({
        file: table.file,
        sheet: table.sheet,
        line,
        column: table.headers.length + 1,
        columnName: null,
        value: cells.slice(table.headers.length).join(';'),
        key: 'input.extraCells',
        params: {count: cells.length, headers: table.headers.length},
      })
      continue
    }
    const value = (key: Column) => cell(cells, columns, key).replace(/\s+/g, ' ')
    const empty = (['className', 'subject', 'subgroup', 'pupil'] as const).filter((k) => value(k) === '')
    for (const k of empty) problem(k, 'subgroups.file.required')
    if (empty.length) continue

    const parsed = parseClassName(value('className'))
    if (!parsed) {
      problem('className', 'input.badClass')
      continue
    }
    const classId = classes.get(parsed.name)
    if (!classId) {
      problem('className', 'subgroups.file.unknownClass', {known: classes.near(parsed.name)})
      continue
    }
    const subjectId = subjects.get(value('subject'))
    if (!subjectId) {
      problem('subject', 'subgroups.file.unknownSubject', {known: subjects.near(value('subject'))})
      continue
    }
    if (
      (ctx.only.classId && ctx.only.classId !== classId) ||
      (ctx.only.subjectId && ctx.only.subjectId !== subjectId)
    ) {
      skipped++
      continue
    }
    const key = pairKey(classId, subjectId)
    if (!split.has(key)) {
      problem('subject', 'subgroups.file.notSplit', {class: parsed.name})
      continue
    }
    const found = findPupil(value('pupil'), ctx.pupils.get(classId) ?? [])
    if ('none' in found) {
      const names = (ctx.pupils.get(classId) ?? []).map(fullName)
      problem('pupil', 'subgroups.file.unknownPupil', {
        class: parsed.name,
        known: nearHint(value('pupil'), names),
      })
      continue
    }
    if ('ambiguous' in found) {
      problem('pupil', 'subgroups.file.ambiguousPupil', {class: parsed.name, count: found.ambiguous.length})
      continue
    }
    const seen = `${key}|${found.pupil.id}`
    const first = firstLine.get(seen)
    if (first !== undefined) {
      problem('pupil', 'subgroups.file.duplicate', {first})
      continue
    }
    firstLine.set(seen, line)
    pairs.set(key, [...(pairs.get(key) ?? []), {pupilId: found.pupil.id, group: value('subgroup'), line}])
  }
  if (rows === 0)
    problems.push({
      file: table.file,
      line: 1,
      column: null,
      columnName: null,
      value: null,
      key: 'input.noRows',
    })
  if (problems.length) throw new InputError(table.file, problems)
  return {file: table.file, pairs, skipped}
}
