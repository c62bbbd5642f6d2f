// The one importer: read → map headers → parse every cell → check rows → plan against the
// database → (confirm) → apply in one transaction. Every problem of the file is reported at
// once; with any problem nothing is written, unless --skip-invalid, which writes the rejected
// rows to a rejects file ready to fix in Excel.
import {createHash} from 'node:crypto'
import {createReadStream} from 'node:fs'
import {writeFile} from 'node:fs/promises'
import {basename} from 'node:path'

import {type IsoDate} from '../calendar/dates.js'
import {ConflictError, InputError, type InputProblem, UsageError} from '../cli/errors.js'
import {type Lang, type MessageKey, type MessageParams, t} from '../cli/i18n.js'
import {toCsv} from '../cli/render.js'
import {osUser} from '../audit/audit-log.js'
import {now} from '../core/clock.js'
import {pauseAt} from '../core/test-hook.js'
import {type Workspace} from '../workspace/workspace.js'
import {requireYear} from '../year/store.js'
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
} from './kind.js'
import {KINDS} from './kinds/index.js'
import {type Parsed} from './parsers.js'
import {openTable, type ReadOptions, type Table} from './reader.js'

/** What every import takes, one file or several. */
export interface ImportOptions extends ReadOptions {
  year?: string
  mode: ImportMode
  dryRun: boolean
  dropForbidden: boolean
  effective: IsoDate
  today: IsoDate
}

export interface ImportRequest extends ImportOptions {
  kind: KindName
  path: string
  skipInvalid: boolean
  rejects?: string
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

interface ParsedFile {
  path: string
  kind: ImportKind<string, unknown>
  table: Table
  rows: Array<{line: number; row: unknown}>
  problems: Map<number, InputProblem[]>
  warnings: InputProblem[]
  records: Map<number, string[]>
  locate(p: LineProblem): InputProblem
}

const DISTINCT_VALUES_REMEMBERED = 5000

/** Reads and checks every cell of a file; nothing is looked up in the database yet. */
async function parseFile(
  kind: ImportKind<string, unknown>,
  path: string,
  options: ReadOptions & {dropForbidden: boolean},
  ctx: KindContext,
): Promise<ParsedFile> {
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
  // The cells of the lines with problems, for messages and the rejects file; a large file's other
  // lines are not kept.
  const records = new Map<number, string[]>()
  const addProblem = (problem: InputProblem, cells: string[]) => {
    records.set(problem.line, cells)
    problems.set(problem.line, [...(problems.get(problem.line) ?? []), problem])
  }
  const rows: Array<{line: number; row: unknown}> = []
  const firstLineOfKey = new Map<string, number>()
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

  for await (const batch of table.batches)
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
      const key = kind.key(result.row)
      const first = firstLineOfKey.get(key)
      if (first !== undefined) {
        addProblem({...place(line, null, null, null), key: 'import.duplicate', params: {first}}, cells)
        continue
      }
      firstLineOfKey.set(key, line)
      rows.push({line, row: result.row})
    }
  if (rows.length === 0 && problems.size === 0)
    throw new InputError(table.file, [{...place(1, null, null, null), key: 'input.noRows'}])
  return {path, kind, table, rows, problems, warnings, records, locate}
}

/** Plans a parsed file against the database; its problems join the file's. */
function planFile(file: ParsedFile, ctx: KindContext, skipInvalid: boolean): KindPlan {
  let plan = file.kind.plan(file.rows, ctx)
  const missing = new Set(plan.problems.map((p) => p.line).filter((line) => !file.records.has(line)))
  if (missing.size) for (const [line, cells] of file.table.reread(missing)) file.records.set(line, cells)
  for (const p of plan.problems) {
    const problem = file.locate(p)
    file.problems.set(p.line, [...(file.problems.get(p.line) ?? []), problem])
  }
  if (file.problems.size && skipInvalid) {
    // Planned again without the rejected lines, so that nothing depends on them.
    plan = file.kind.plan(
      file.rows.filter((r) => !file.problems.has(r.line)),
      ctx,
    )
    if (plan.problems.length) throw new InputError(file.table.file, plan.problems.map(file.locate))
  }
  return plan
}

function resultOf(file: ParsedFile, plan: KindPlan, dryRun: boolean): ImportResult {
  const entity = file.kind.name === 'pupils' ? 'pupil' : undefined
  const count = (op: Change['op']) =>
    plan.changes.filter((c) => c.op === op && (!entity || c.entity === entity)).length
  return {
    kind: file.kind.name,
    dryRun,
    applied: false,
    detected: file.table.detected,
    counts: {
      created: count('+'),
      updated: count('~'),
      unchanged: count('='),
      leaving: count('-'),
      rejected: file.problems.size,
    },
    changes: plan.changes,
    errors: [...file.problems.values()].flat(),
    warnings: file.warnings,
    rejectsFile: null,
  }
}

function logImport(
  ws: Workspace,
  file: ParsedFile,
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
  const year = kind.needsYear ? requireYear(ws.db, request.year, request.today) : null
  if (year?.status === 'archived') throw new ConflictError('archive.yearArchived', {year: year.label})
  if (year && year.status !== 'open') throw new ConflictError('import.yearNotOpen', {year: year.label})
  return {db: ws.db, year, mode: request.mode, effective: request.effective, timezone: ws.settings.timezone}
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
  const ctx = contextFor(ws, kind, request)
  const file = await parseFile(kind, request.path, request, ctx)
  pauseAt('import-parsed')
  const plan = planFile(file, ctx, request.skipInvalid)
  if (file.problems.size && !request.skipInvalid)
    throw new InputError(file.table.file, [...file.problems.values()].flat())

  const result = resultOf(file, plan, request.dryRun)
  if (request.dryRun) return result
  if (result.counts.leaving > 0 && !(await confirm(result)))
    throw new ConflictError('import.syncNotConfirmed', {count: result.counts.leaving})

  const sum = await sha256(request.path)
  ws.db.transaction(() => {
    plan.apply()
    logImport(ws, file, sum, request.mode, result.counts)
    pauseAt('import-applied')
  })()
  result.applied = true
  if (request.skipInvalid && file.problems.size && request.rejects) {
    result.rejectsFile = await writeRejects(
      request.rejects,
      file.table.headers,
      file.records,
      file.problems,
      request.lang,
    )
  }
  return result
}

/** Thrown inside the transaction to roll a dry run back. */
class DryRunRollback extends Error {}

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
  const parsed: Array<{file: ParsedFile; ctx: KindContext; sum: string}> = []
  const problems: InputProblem[] = []
  for (const {kind, path} of files) {
    const ctx = contextFor(ws, KINDS[kind], request)
    try {
      parsed.push({file: await parseFile(KINDS[kind], path, request, ctx), ctx, sum: await sha256(path)})
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      problems.push(...error.problems)
    }
  }
  if (problems.length) throw new InputError(files.map((f) => basename(f.path)).join(', '), problems)

  const results: ImportResult[] = []
  try {
    ws.db.transaction(() => {
      for (const {file, ctx, sum} of parsed) {
        // After a file with problems, the later files are only checked cell by cell: what they
        // refer to may be in the rows that were refused.
        if (problems.length) {
          problems.push(...[...file.problems.values()].flat())
          continue
        }
        const plan = planFile(file, ctx, false)
        if (file.problems.size) {
          problems.push(...[...file.problems.values()].flat())
          continue
        }
        const result = resultOf(file, plan, request.dryRun)
        plan.apply()
        logImport(ws, file, sum, request.mode, result.counts)
        results.push(result)
      }
      if (problems.length) throw new InputError(files.map((f) => basename(f.path)).join(', '), problems)
      if (request.dryRun) throw new DryRunRollback()
    })()
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error
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
  await writeFile(path, await toCsv([...headers, t(lang, 'import.reasonColumn')], rows), {mode: 0o600})
  return path
}
