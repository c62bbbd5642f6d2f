// What every import kind declares: its columns (as data), how a parsed row is checked, and how
// the rows are matched against the database into a plan. One generic importer runs them all.
import {type IsoDate} from '../calendar/dates.js'
import {type MessageKey, type MessageParams} from '../cli/i18n.js'
import {type Db} from '../db/open.js'
import {type Year} from '../year/store.js'
import {type ColumnSpec} from './columns.js'
import {type Parser} from './parsers.js'

export type KindName =
  | 'staff'
  | 'pupils'
  | 'classes'
  | 'curriculum'
  | 'assignments'
  | 'timetable'
  | 'thematic_plans'
  | 'lessons'
  | 'marks'
  | 'absences'
  | 'final_marks'
export type ImportMode = 'upsert' | 'insert' | 'update' | 'sync'

export interface ColumnDef<K extends string> extends ColumnSpec<K> {
  parse: Parser<unknown>
  /** What goes in the column, in Russian: templates and the README table show it. */
  hint: string
  example: string
}

/** A problem with one line of the file, optionally pinned to a column. */
export interface LineProblem<K extends string = string> {
  line: number
  column?: K
  key: MessageKey
  params?: MessageParams
}

export interface FieldChange {
  field: string
  old: string | null
  new: string | null
}

/** One line of the plan: + new, ~ changed, = unchanged, − leaving. */
export interface Change {
  op: '+' | '~' | '=' | '-'
  /** What it is: pupil, class, subject, parent, … */
  entity: string
  name: string
  line: number | null
  fields?: FieldChange[]
  /** «did you mean …» for a new person one letter away from an existing one. */
  hint?: string
}

export interface KindContext {
  db: Db
  /** The year the rows belong to (null for staff, who belong to the school). */
  year: Year | null
  mode: ImportMode
  /** When moves, arrivals and departures take effect (--effective, default today). */
  effective: IsoDate
  /**
   * --effective was given: it then also dates a class's first list of the year (else the year's
   * first day) and may move the start of a pupil's stay back.
   */
  effectiveGiven: boolean
  /** The school's time zone: entry times typed as «14.10.2026 08:12» are school time. */
  timezone: string
}

export interface KindPlan {
  changes: Change[]
  problems: LineProblem[]
  /** What the person should know before it is written (shown with the plan, nothing refused). */
  warnings?: LineProblem[]
  /** Writes the plan; runs inside the importer's transaction. */
  apply(): void
}

interface KindBase<K extends string, Row> {
  name: KindName
  columns: ColumnDef<K>[]
  needsYear: boolean
  modes: ImportMode[]
  /** Row-level checks after every cell parsed (e.g. a pupil's age). */
  toRow(values: Record<K, unknown>, line: number, ctx: KindContext): {row: Row} | {problem: LineProblem<K>}
}

/** A kind planned from all its rows at once: its files are lists of tens or hundreds of lines. */
export interface WholeFileKind<K extends string = string, Row = unknown> extends KindBase<K, Row> {
  /** The natural key: the same key twice in one file is the same person or thing twice. */
  key(row: Row): string
  plan(rows: Array<{line: number; row: Row}>, ctx: KindContext): KindPlan
}

/**
 * A kind planned a chunk of rows at a time as the file is read, so that no file is held in
 * memory whatever its size. Each chunk's plan is applied before the next chunk is planned (all in
 * the importer's one transaction), so later chunks see what earlier ones wrote; rows refused in a
 * chunk's plan are left out of its apply. The planner finds repeated rows itself.
 */
export interface StreamedKind<K extends string = string, Row = unknown> extends KindBase<K, Row> {
  planner(ctx: KindContext): {
    add(rows: Array<{line: number; row: Row}>): KindPlan
    /** What only the whole file tells (sync: who is missing from it). */
    finish(): KindPlan
  }
}

export type ImportKind<K extends string = string, Row = unknown> =
  WholeFileKind<K, Row> | StreamedKind<K, Row>

export const str = (v: string | number | null | undefined): string | null =>
  v === null || v === undefined || v === '' ? null : String(v)

/** The fields that differ between what is stored and what the file says. */
export function diff(old: Record<string, string | null>, now: Record<string, string | null>): FieldChange[] {
  return Object.keys(now)
    .filter((f) => (old[f] ?? null) !== (now[f] ?? null))
    .map((f) => ({field: f, old: old[f] ?? null, new: now[f] ?? null}))
}
