// The calendar file given to `year open --calendar FILE` (template: templates/calendar/).
// One row per period (четверть, полугодие, триместр) or non-school span (каникулы, праздник, карантин).
import {type ColumnSpec, cell, mapHeaders} from '../importing/columns.js'
import {openTable, type ReadOptions, recordsOf} from '../importing/reader.js'
import {type InputProblem, InputError} from '../cli/errors.js'
import {type MessageKey, type MessageParams} from '../cli/i18n.js'
import {parseDate} from '../calendar/dates.js'
import {ALL_GRADES} from '../calendar/preset.js'
import {type NonSchoolDays, type Period, type SchoolCalendar} from '../calendar/school-calendar.js'
import {parseClassName} from '../people/class-name.js'

type Key = 'kind' | 'number' | 'startsOn' | 'endsOn' | 'grades' | 'className' | 'name'

/** The calendar's columns; the hints are the notes of `import template calendar --xlsx`. */
export const CALENDAR_COLUMNS: Array<ColumnSpec<Key> & {hint: string}> = [
  {
    key: 'kind',
    names: ['Вид', 'kind'],
    required: true,
    hint: 'четверть, полугодие, триместр (периоды); каникулы, праздник, карантин (дни без уроков)',
  },
  {
    key: 'number',
    names: ['Номер', 'number'],
    hint: 'номер периода, 1–4 (для периодов обязательно)',
  },
  {
    key: 'startsOn',
    names: ['Начало', 'starts_on', 'start'],
    required: true,
    hint: 'первый день',
  },
  {
    key: 'endsOn',
    names: ['Окончание', 'ends_on', 'end'],
    required: true,
    hint: 'последний день',
  },
  {
    key: 'grades',
    names: ['Параллели', 'grades'],
    hint: 'например 1-9, 10,11 или 1; пусто — все параллели',
  },
  {key: 'className', names: ['Класс', 'class'], hint: 'карантин одного класса, например 5А'},
  {key: 'name', names: ['Название', 'name'], hint: 'название для отчётов: Осенние каникулы'},
]

const KINDS: Record<string, Period['kind'] | NonSchoolDays['kind']> = {
  четверть: 'quarter',
  quarter: 'quarter',
  полугодие: 'half',
  half: 'half',
  триместр: 'trimester',
  trimester: 'trimester',
  каникулы: 'vacation',
  vacation: 'vacation',
  праздник: 'holiday',
  'праздничный день': 'holiday',
  holiday: 'holiday',
  карантин: 'quarantine',
  quarantine: 'quarantine',
}

const PERIOD_KINDS = new Set(['quarter', 'half', 'trimester'])

/** '1-4', '10,11', '1-4, 6' → [1,2,3,4,6]; null when malformed or outside 1–11. */
export function parseGrades(text: string): number[] | null {
  const grades = new Set<number>()
  for (const part of text.split(/[,;\s]+/).filter(Boolean)) {
    const m = /^(\d{1,2})(?:[-–](\d{1,2}))?$/.exec(part)
    if (!m) return null
    const from = Number(m[1])
    const to = m[2] ? Number(m[2]) : from
    if (from < 1 || to > 11 || from > to) return null
    for (let g = from; g <= to; g++) grades.add(g)
  }
  return [...grades].sort((a, b) => a - b)
}

export async function readCalendarFile(path: string, options: ReadOptions = {}): Promise<SchoolCalendar> {
  const table = await openTable(path, options)
  const columns = mapHeaders(table.file, table.headers, CALENDAR_COLUMNS)
  const problems: InputProblem[] = []
  const periods: Period[] = []
  const nonSchoolDays: NonSchoolDays[] = []

  for await (const {line, cells} of recordsOf(table)) {
    const problem = (key: Key, message: MessageKey, params?: MessageParams) => {
      const index = columns[key]
      problems.push({
        file: table.file,
        line,
        column: index === undefined ? null : index + 1,
        columnName: index === undefined ? null : table.headers[index]!,
        value: cell(cells, columns, key),
        key: message,
        params,
      })
    }
    if (cells.length > table.headers.length) {
      problems.push({
        file: table.file,
        line,
        column: table.headers.length + 1,
        columnName: null,
        value: cells.slice(table.headers.length).join(';'),
        key: 'input.extraCells',
        params: {count: cells.length, headers: table.headers.length},
      })
      continue
    }
    const kind = KINDS[cell(cells, columns, 'kind').toLowerCase()]
    const startsOn = parseDate(cell(cells, columns, 'startsOn'))
    const endsOn = parseDate(cell(cells, columns, 'endsOn'))
    const gradesText = cell(cells, columns, 'grades')
    const grades = gradesText ? parseGrades(gradesText) : []
    const classText = cell(cells, columns, 'className')
    const cls = classText ? parseClassName(classText) : null

    if (!kind) problem('kind', 'calendar.badKind')
    if (!startsOn) problem('startsOn', 'input.badDate')
    if (!endsOn) problem('endsOn', 'input.badDate')
    if (startsOn && endsOn && startsOn > endsOn) problem('endsOn', 'calendar.endBeforeStart')
    if (grades === null) problem('grades', 'calendar.badGrades')
    if (classText && !cls) problem('className', 'input.badClass')
    if (!kind || !startsOn || !endsOn || startsOn > endsOn || grades === null || (classText && !cls)) continue

    const name = cell(cells, columns, 'name')
    if (PERIOD_KINDS.has(kind)) {
      const number = Number(cell(cells, columns, 'number'))
      if (!Number.isInteger(number) || number < 1 || number > 4) {
        problem('number', 'calendar.badPeriodNumber')
        continue
      }
      periods.push({
        kind: kind as Period['kind'],
        number,
        startsOn,
        endsOn,
        grades: grades.length ? grades : ALL_GRADES,
      })
    } else {
      nonSchoolDays.push({
        kind: kind as NonSchoolDays['kind'],
        name: name || cell(cells, columns, 'kind'),
        startsOn,
        endsOn,
        grades,
        className: cls?.name ?? null,
      })
    }
  }

  if (problems.length === 0 && periods.length === 0) {
    problems.push({
      file: table.file,
      line: 1,
      column: null,
      columnName: null,
      value: null,
      key: 'calendar.noPeriods',
    })
  }
  problems.push(...overlappingPeriods(table.file, periods))
  if (problems.length) throw new InputError(table.file, problems)

  return {
    startsOn: periods.map((p) => p.startsOn).sort()[0]!,
    endsOn: periods
      .map((p) => p.endsOn)
      .sort()
      .at(-1)!,
    periods,
    nonSchoolDays: nonSchoolDays.sort((a, b) => a.startsOn.localeCompare(b.startsOn)),
  }
}

/** Two periods of one kind that share a grade must not overlap. */
function overlappingPeriods(file: string, periods: Period[]): InputProblem[] {
  const problems: InputProblem[] = []
  periods.forEach((a, i) =>
    periods.slice(i + 1).forEach((b) => {
      const shared = a.grades.some((g) => b.grades.includes(g))
      if (shared && a.kind === b.kind && a.startsOn <= b.endsOn && b.startsOn <= a.endsOn) {
        problems.push({
          file,
          line: 1,
          column: null,
          columnName: null,
          value: null,
          key: 'calendar.periodsOverlap',
          params: {a: `${a.kind} ${a.number}`, b: `${b.kind} ${b.number}`},
        })
      }
    }),
  )
  return problems
}
