// The one importer: read → map headers → parse every cell → check rows → plan against the
// database → (confirm) → apply, in one transaction. Every problem of the file is reported at
// once; with any problem nothing is written, unless --skip-invalid, which writes the rejected
// rows to a rejects file ready to fix in Excel. A streamed kind (pupils) is planned and applied a
// chunk at a time as the file is read, so memory does not grow with the file; the transaction
// then spans the reading, and a dry run or a problem rolls it back.
import {createHash} from 'node:crypto'
import {createReadStream} from 'node:fs'
import {basename} from 'node:path'

import {type IsoDate} from '../calendar/dates.js'
import {ConflictError, InputError, type InputProblem, NotConfirmedError, UsageError} from '../cli/errors.js'
import {type Lang, type MessageKey, type MessageParams, t} from '../cli/i18n.js'
import {toCsv} from '../cli/render.js'
import {osUser} from '../audit/audit-log.js'
import {now} from '../core/clock.js'
import {claimOutputFile, writeOutputFile} from '../core/private-files.js'
import {type Db} from '../db/open.js'
import {pauseAt} from '../core/test-hook.js'
import {type Workspace} from '../workspace/workspace.js'
import {requireYear} from '../year/store.js'
import {type ChangeLog} from './change-log.js'
import {mapHeaders} from './columns.js'
import {isForbiddenHeader} from './forbidden.js'
import {
  type Change,
  type ImportKind,
  type ImportMode,
  type KindContext,
  type KindName,
  type KindPlan,
  type LineProblem,
  type WholeFileKind,
} from './kind.js'
import {KINDS} from './kinds/index.js'
import {type Parsed} from './parsers.js'
import {openTable, type ReadOptions, type Table, type TableRecord} from './reader.js'

/** What every import takes, one file or several. */
export interface ImportOptions extends ReadOptions {
  year?: string
  mode: ImportMode
  dryRun: boolean
  dropForbidden: boolean
  /** --effective; without it, today (and a class's first list of the year: the year's first day). */
  effective?: IsoDate
  today: IsoDate
}

export interface ImportRequest extends ImportOptions {
  /** Where every change goes as well (--json); the result keeps the first SHOWN of each sign. */
  changeLog?: ChangeLog
  kind: KindName
  path: string
  skipInvalid: boolean
  rejects?: string
  /** Replace an existing rejects file (its mode kept); without it the file must be new. */
  force?: boolean
  /** The language of the reasons in the rejects file. */
  lang: Lang
}

export interface ImportCounts {
  created: number
  updated: number
  unchanged: number
  leaving: number
  rejected: number
}

export interface ImportProblemOut {
  line: number
  column: string | null
  value: string | null
  message: string
}

export interface ImportResult {
  kind: KindName
  dryRun: boolean
  applied: boolean
  detected: {encoding: string; delimiter: string | null}
  counts: ImportCounts
  changes: Change[]
  /** Changes of each sign beyond those in `changes`: the text plan shows only the first SHOWN. */
  more: Record<'+' | '~' | '-', number>
  /** The rejected rows' problems (with --skip-invalid). */
  errors: InputProblem[]
  warnings: InputProblem[]
  rejectsFile: string | null
}

/** Asked before a sync makes pupils leave; answers false when nobody can be asked. */
export type Confirm = (result: ImportResult) => Promise<boolean>

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** A file opened and its headers mapped; its lines are checked cell by cell as they are read. */
interface CheckedFile {
  path: string
  kind: ImportKind<string, unknown>
  table: Table
  problems: Map<number, InputProblem[]>
  warnings: InputProblem[]
  /** The cells of the lines with problems, for messages and the rejects file. */
  records: Map<number, string[]>
  /** The lines that passed every cell check so far. */
  valid: number
  /** Checks a batch of lines; the good ones come back as rows. */
  check(batch: TableRecord[]): Array<{line: number; row: unknown}>
  /** Refuses a file with no line at all once it is read. */
  requireRows(): void
  locate(p: LineProblem): InputProblem
}

const DISTINCT_VALUES_REMEMBERED = 5000

/** Opens a file and maps its headers; nothing is looked up in the database yet. */
async function openFile(
  kind: ImportKind<string, unknown>,
  path: string,
  options: ReadOptions & {dropForbidden: boolean},
  ctx: KindContext,
): Promise<CheckedFile> {
  const table = await openTable(path, options)
  const place = (line: number, column: number | null, columnName: string | null, value: string | null) => ({
    file: table.file,
    sheet: table.sheet,
    line,
    column,
    columnName,
    value,
  })
  const warnings: InputProblem[] = []

  // Forbidden columns (п. 3.3) first: they are refused before anything else is looked at.
  const forbidden = table.headers.map((h, i) => ({h, i})).filter(({h}) => isForbiddenHeader(h))
  if (forbidden.length && !options.dropForbidden) {
    throw new InputError(
      table.file,
      forbidden.map(({h, i}) => ({...place(1, i + 1, h, null), key: 'import.forbiddenColumn' as MessageKey})),
    )
  }
  for (const {h, i} of forbidden) warnings.push({...place(1, i + 1, h, null), key: 'import.forbiddenDropped'})
  const headers = table.headers.map((h) => (isForbiddenHeader(h) ? '' : h))
  const columns = mapHeaders(table.file, headers, kind.columns)
  const known = new Set(Object.values(columns) as number[])
  headers.forEach((h, i) => {
    if (h && !known.has(i)) warnings.push({...place(1, i + 1, h, null), key: 'import.unknownColumn'})
  })

  const fields = kind.columns.map((spec) => {
    const index = columns[spec.key]
    return {
      spec,
      index,
      header: index === undefined ? spec.names[0]! : table.headers[index]!,
      seen: new Map<string, Parsed<unknown>>() as Map<string, Parsed<unknown>> | null,
    }
  })
  const problems = new Map<number, InputProblem[]>()
  const records = new Map<number, string[]>()
  const addProblem = (problem: InputProblem, cells: string[]) => {
    records.set(problem.line, cells)
    problems.set(problem.line, [...(problems.get(problem.line) ?? []), problem])
  }
  // A streamed kind's planner finds repeated rows in the database as it goes; a whole-file kind's
  // keys are few enough to remember here.
  const firstLineOfKey = 'key' in kind ? new Map<string, number>() : null
  const locate = (p: LineProblem): InputProblem => {
    const index = p.column === undefined ? undefined : columns[p.column]
    return {
      ...place(
        p.line,
        index === undefined ? null : index + 1,
        index === undefined ? null : table.headers[index]!,
        null,
      ),
      key: p.key,
      params: p.params,
      value: index === undefined ? null : (records.get(p.line)?.[index] ?? null),
    }
  }

  const file: CheckedFile = {
    path,
    kind,
    table,
    problems,
    warnings,
    records,
    valid: 0,
    locate,
    requireRows() {
      if (file.valid === 0 && problems.size === 0)
        throw new InputError(table.file, [{...place(1, null, null, null), key: 'input.noRows'}])
    },
    check(batch) {
      const rows: Array<{line: number; row: unknown}> = []
      for (const {line, cells} of batch) {
        if (cells.length > table.headers.length) {
          addProblem(
            {
              ...place(line, table.headers.length + 1, null, cells.slice(table.headers.length).join(';')),
              key: 'input.extraCells',
              params: {count: cells.length, headers: table.headers.length},
            },
            cells,
          )
          continue
        }
        const values: Record<string, unknown> = {}
        let bad = false
        for (const field of fields) {
          const {spec, index, header} = field
          const raw = index === undefined ? '' : (cells[index] ?? '').trim()
          // The place is built only for a problem or a warning: most cells have neither.
          const at = () => place(line, index === undefined ? null : index + 1, header, raw)
          if (raw === '') {
            if (spec.required) {
              addProblem({...at(), key: 'import.required'}, cells)
              bad = true
            }
            continue
          }
          // Most columns repeat a few values (classes, first names, birth dates): each is parsed
          // once. A column of mostly different values (e-mails, ids) stops being remembered.
          let parsed = field.seen?.get(raw)
          if (!parsed) {
            parsed = spec.parse(raw)
            if (field.seen && field.seen.set(raw, parsed).size > DISTINCT_VALUES_REMEMBERED) field.seen = null
          }
          if (!parsed.ok) {
            addProblem({...at(), key: parsed.key, params: parsed.params}, cells)
            bad = true
            continue
          }
          if (parsed.warning) warnings.push({...at(), key: parsed.warning.key, params: parsed.warning.params})
          values[spec.key] = parsed.value
        }
        if (bad) continue
        const result = kind.toRow(values, line, ctx)
        if ('problem' in result) {
          records.set(line, cells) // locate reads the problem's value from it
          addProblem(locate(result.problem), cells)
          continue
        }
        if (firstLineOfKey) {
          const key = (kind as WholeFileKind).key(result.row)
          const first = firstLineOfKey.get(key)
          if (first !== undefined) {
            addProblem({...place(line, null, null, null), key: 'import.duplicate', params: {first}}, cells)
            continue
          }
          firstLineOfKey.set(key, line)
        }
        file.valid++
        rows.push({line, row: result.row})
      }
      return rows
    },
  }
  return file
}

/** The file's problems, line by line. */
function problemsOf(file: CheckedFile): InputProblem[] {
  return [...file.problems.entries()].sort(([a], [b]) => a - b).flatMap(([, list]) => list)
}

/** Reads and checks every line of a file, and keeps its rows. */
async function readFile(file: CheckedFile): Promise<Array<{line: number; row: unknown}>> {
  const rows: Array<{line: number; row: unknown}> = []
  for await (const batch of file.table.batches) for (const r of file.check(batch)) rows.push(r)
  file.requireRows()
  return rows
}

/** The plan's problems join the file's; a line refused by the plan is read again for its cells. */
function addPlanProblems(file: CheckedFile, problems: LineProblem[]): void {
  const missing = new Set(problems.map((p) => p.line).filter((line) => !file.records.has(line)))
  if (missing.size) for (const [line, cells] of file.table.reread(missing)) file.records.set(line, cells)
  for (const p of problems) file.problems.set(p.line, [...(file.problems.get(p.line) ?? []), file.locate(p)])
}

/**
 * A whole-file kind planned as one chunk when the file is read. With --skip-invalid it is planned
 * again without the lines its plan refused, so that nothing depends on them; without, a file with
 * any problem writes nothing.
 */
function wholeFilePlanner(file: CheckedFile, ctx: KindContext, skipInvalid: boolean) {
  const kind = file.kind as WholeFileKind
  const rows: Array<{line: number; row: unknown}> = []
  return {
    add(chunk: Array<{line: number; row: unknown}>): KindPlan {
      for (const r of chunk) rows.push(r)
      return {changes: [], problems: [], apply: () => undefined}
    },
    finish(): KindPlan {
      const plan = kind.plan(rows, ctx)
      if (!skipInvalid) {
        return file.problems.size || plan.problems.length ? {...plan, apply: () => undefined} : plan
      }
      if (!plan.problems.length) return plan
      const refused = new Set(plan.problems.map((p) => p.line))
      const again = kind.plan(
        rows.filter((r) => !refused.has(r.line)),
        ctx,
      )
      if (again.problems.length) throw new InputError(file.table.file, again.problems.map(file.locate))
      return {...again, problems: plan.problems}
    },
  }
}

/** Chunks of a streamed kind: small enough to hold, large enough that each query does much. */
const CHUNK = 5000

/** Reads, checks, plans and applies a file chunk by chunk, inside the caller's transaction. */
async function planAndApply(file: CheckedFile, ctx: KindContext, skipInvalid: boolean, plan: PlanSoFar) {
  const planner = 'planner' in file.kind ? file.kind.planner(ctx) : wholeFilePlanner(file, ctx, skipInvalid)
  const refused: LineProblem[] = []
  const take = (chunkPlan: KindPlan) => {
    plan.add(chunkPlan.changes)
    for (const p of chunkPlan.problems) refused.push(p)
    for (const w of chunkPlan.warnings ?? []) file.warnings.push(file.locate(w))
    chunkPlan.apply()
  }
  let chunk: Array<{line: number; row: unknown}> = []
  for await (const batch of file.table.batches) {
    for (const r of file.check(batch)) chunk.push(r)
    if (chunk.length >= CHUNK) {
      take(planner.add(chunk))
      chunk = []
    }
  }
  file.requireRows()
  if (chunk.length) take(planner.add(chunk))
  take(planner.finish())
  addPlanProblems(file, refused)
}

/** Lines of each sign the text plan shows; --json has them all. */
export const SHOWN = 200

/**
 * The plan as it is made, chunk by chunk: counted, and for the text only the lines it shows are
 * kept (a large file's plan would not fit in memory); --json has every change in a ChangeLog.
 */
class PlanSoFar {
  readonly counts = {created: 0, updated: 0, unchanged: 0, leaving: 0}
  readonly changes: Change[] = []
  readonly more = {'+': 0, '~': 0, '-': 0}
  private readonly kept = {'+': 0, '~': 0, '-': 0}

  constructor(
    /** Pupils count pupils, not the classes their file creates. */
    private readonly counted: string | undefined,
    /** Every change kept (the journal's files, which are read whole anyway). */
    private readonly all: boolean,
    private readonly log?: ChangeLog,
  ) {}

  add(changes: Change[]): void {
    for (const c of changes) {
      if (!this.counted || c.entity === this.counted) this.counts[COUNTED[c.op]]++
      this.log?.add(c)
      if (this.all) this.changes.push(c)
      else if (c.op !== '=') {
        if (this.kept[c.op] < SHOWN) {
          this.kept[c.op]++
          this.changes.push(c)
        } else this.more[c.op]++
      }
    }
  }
}

const COUNTED = {'+': 'created', '~': 'updated', '=': 'unchanged', '-': 'leaving'} as const

function resultOf(file: CheckedFile, plan: PlanSoFar, dryRun: boolean): ImportResult {
  return {
    kind: file.kind.name,
    dryRun,
    applied: false,
    detected: file.table.detected,
    counts: {...plan.counts, rejected: file.problems.size},
    changes: plan.changes,
    more: plan.more,
    errors: problemsOf(file),
    warnings: file.warnings,
    rejectsFile: null,
  }
}

function logImport(
  ws: Workspace,
  file: CheckedFile,
  sum: string,
  mode: ImportMode,
  counts: ImportCounts,
): void {
  ws.db
    .prepare(
      `INSERT INTO import_log (at, os_user, kind, file_name, sha256, mode, encoding, delimiter, created, updated, unchanged, leaving, rejected)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      now().toISOString(),
      osUser(),
      file.kind.name,
      basename(file.path),
      sum,
      mode,
      file.table.detected.encoding,
      file.table.detected.delimiter,
      counts.created,
      counts.updated,
      counts.unchanged,
      counts.leaving,
      counts.rejected,
    )
}

function contextFor(ws: Workspace, kind: ImportKind<string, unknown>, request: ImportOptions): KindContext {
  const year = kind.needsYear ? requireYear(ws.db, request.year, request.today, 'change') : null
  if (year?.status === 'archived') throw new ConflictError('archive.yearArchived', {year: year.label})
  if (year && year.status !== 'open') throw new ConflictError('import.yearNotOpen', {year: year.label})
  return {
    db: ws.db,
    year,
    mode: request.mode,
    effective: request.effective ?? request.today,
    effectiveGiven: request.effective !== undefined,
    timezone: ws.settings.timezone,
  }
}

/** Thrown inside a transaction to roll it back and still return what was planned (a dry run). */
class Rollback<T> extends Error {
  constructor(readonly value: T) {
    super('rolled back')
  }
}

/**
 * An import's one transaction. It spans the reading of the file (each chunk is applied as it is
 * planned), so it is begun by hand: better-sqlite3's transaction() takes no async work. A crash
 * or an error leaves the database as it was.
 */
async function inTransaction<T>(db: Db, work: () => Promise<T>): Promise<T> {
  db.exec('BEGIN IMMEDIATE')
  try {
    const value = await work()
    db.exec('COMMIT')
    return value
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK')
    if (error instanceof Rollback) return error.value as T
    throw error
  }
}

export async function runImport(
  ws: Workspace,
  request: ImportRequest,
  confirm: Confirm,
): Promise<ImportResult> {
  const kind = KINDS[request.kind]
  if (!kind.modes.includes(request.mode))
    throw new UsageError('import.modeNotSupported', {mode: request.mode, kind: request.kind})
  if (request.skipInvalid && !request.rejects) throw new UsageError('import.rejectsRequired')
  // The rejects file is written after the commit: a path it cannot take is refused before.
  if (request.skipInvalid && request.rejects) claimOutputFile(request.rejects, {force: request.force})
  const ctx = contextFor(ws, kind, request)
  const file = await openFile(kind, request.path, request, ctx)
  const plan = new PlanSoFar(kind.name === 'pupils' ? 'pupil' : undefined, false, request.changeLog)

  const result = await inTransaction(ws.db, async () => {
    await planAndApply(file, ctx, request.skipInvalid, plan)
    pauseAt('import-parsed')
    if (file.problems.size && !request.skipInvalid) throw new InputError(file.table.file, problemsOf(file))
    const result = resultOf(file, plan, request.dryRun)
    if (request.dryRun) throw new Rollback(result)
    // Asked with the transaction open: what the person sees is exactly what is committed.
    if (result.counts.leaving > 0 && !(await confirm(result)))
      throw new NotConfirmedError('import.syncNotConfirmed', {count: result.counts.leaving})
    logImport(ws, file, await sha256(request.path), request.mode, result.counts)
    pauseAt('import-applied')
    result.applied = true
    return result
  })
  if (result.applied && request.skipInvalid && file.problems.size && request.rejects) {
    result.rejectsFile = await writeRejects(
      request.rejects,
      file.table.headers,
      file.records,
      file.problems,
      request.lang,
      Boolean(request.force),
    )
  }
  return result
}

/**
 * Several files that refer to each other (the journal: marks name lessons of lessons.csv), read
 * first, then planned and applied in order inside one transaction — so each plan sees what the
 * files before it add. A dry run, or any problem in any file, rolls everything back.
 */
export async function runImports(
  ws: Workspace,
  files: Array<{kind: KindName; path: string}>,
  request: ImportOptions,
): Promise<ImportResult[]> {
  const read: Array<{
    file: CheckedFile
    rows: Array<{line: number; row: unknown}>
    ctx: KindContext
    sum: string
  }> = []
  const problems: InputProblem[] = []
  for (const {kind, path} of files) {
    const ctx = contextFor(ws, KINDS[kind], request)
    try {
      const file = await openFile(KINDS[kind], path, request, ctx)
      read.push({file, rows: await readFile(file), ctx, sum: await sha256(path)})
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      problems.push(...error.problems)
    }
  }
  if (problems.length) throw new InputError(files.map((f) => basename(f.path)).join(', '), problems)

  const results: ImportResult[] = []
  try {
    ws.db.transaction(() => {
      for (const {file, rows, ctx, sum} of read) {
        // After a file with problems, the later files are only checked cell by cell: what they
        // refer to may be in the rows that were refused.
        if (problems.length) {
          problems.push(...problemsOf(file))
          continue
        }
        const planner = wholeFilePlanner(file, ctx, false)
        planner.add(rows)
        const plan = planner.finish()
        addPlanProblems(file, plan.problems)
        if (file.problems.size) {
          problems.push(...problemsOf(file))
          continue
        }
        const planned = new PlanSoFar(undefined, true)
        planned.add(plan.changes)
        const result = resultOf(file, planned, request.dryRun)
        plan.apply()
        logImport(ws, file, sum, request.mode, result.counts)
        results.push(result)
      }
      if (problems.length) throw new InputError(files.map((f) => basename(f.path)).join(', '), problems)
      if (request.dryRun) throw new Rollback(results)
    })()
  } catch (error) {
    if (!(error instanceof Rollback)) throw error
    return results
  }
  for (const r of results) r.applied = true
  return results
}

/** The rejected rows as they were, plus the reasons: UTF-8 with BOM and «;», to fix in Excel. */
async function writeRejects(
  path: string,
  headers: string[],
  records: Map<number, string[]>,
  problems: Map<number, InputProblem[]>,
  lang: Lang,
  force: boolean,
): Promise<string> {
  const rows = [...problems.entries()]
    .sort(([a], [b]) => a - b)
    .map(([line, list]) => [
      ...(records.get(line) ?? []).concat(
        Array(Math.max(0, headers.length - (records.get(line)?.length ?? 0))).fill(''),
      ),
      list
        .map((p) => t(lang, p.key, {...p.params, column: p.columnName, value: p.value} as MessageParams))
        .join('; '),
    ])
  writeOutputFile(path, await toCsv([...headers, t(lang, 'import.reasonColumn')], rows), {force})
  return path
}
