// `subgroups assign`: which pairs, which strategy for each, the plan, and applying it in one
// transaction. The strategies themselves are pure (strategies.ts).
import {type IsoDate} from '../calendar/dates.js'
import {ConflictError, UsageError, WorkspaceError} from '../cli/errors.js'
import {type Db} from '../db/open.js'
import {type ReadOptions} from '../importing/reader.js'
import {findClass, findSubject} from '../lists/lookup.js'
import {type Workspace} from '../workspace/workspace.js'
import {requireYear, type Year} from '../year/store.js'
import {
  applyPlans,
  classTeachers,
  currentPupils,
  groupsByPair,
  pairKey,
  type PlanToApply,
  pupilsByClass,
  type SplitPair,
  splitPairs,
  storedGroups,
} from './store.js'
import {
  type Member,
  type Move,
  type PairPlan,
  planFromFile,
  planSplit,
  type PlanWarning,
  type UnplacedReason,
} from './strategies.js'
import {type AnyStrategy, defaultStrategy, inferStrategy} from './subjects.js'

export const DEFAULT_MAX_SIZE = 25
export const DEFAULT_GROUPS = 2

/** policy.subgroupMaxSize in ejournal.json, else 25. */
export function maxSizeOf(ws: Pick<Workspace, 'dir' | 'settings'>): number {
  const value = ws.settings.policy?.subgroupMaxSize
  if (value === undefined) return DEFAULT_MAX_SIZE
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new WorkspaceError('subgroups.badMaxSize', {value: String(value)})
  }
  return value
}

export interface AssignRequest extends ReadOptions {
  /** --class, canonical (7А). */
  className?: string
  all: boolean
  subject?: string
  by?: AnyStrategy
  file?: string
  groups: number
  maxSize: number
  rebalance: boolean
  year?: string
  today: IsoDate
}

export interface PairResult {
  class: string
  subject: string
  strategy: AnyStrategy
  groups: Array<{name: string; teacher: string | null; created: boolean; deleted: boolean; members: Member[]}>
  changes: Move[]
  unplaced: Array<Member & {reason: UnplacedReason}>
  warnings: PlanWarning[]
}

export interface AssignCounts {
  placed: number
  moved: number
  removed: number
  created: number
  deleted: number
  unplaced: number
}

export interface AssignResult {
  year: string
  dryRun: boolean
  applied: boolean
  pairs: PairResult[]
  counts: AssignCounts
  /** Pupils still in the class who would change or lose a subgroup: asked before writing. */
  reshuffled: number
  /** File rows of other classes or subjects than asked for. */
  skippedRows: number
}

export interface AssignPlan {
  result: AssignResult
  apply(): void
}

export function openYearOf(db: Db, label: string | undefined, today: IsoDate): Year {
  const year = requireYear(db, label, today, 'change')
  if (year.status !== 'open')
    throw new ConflictError('subgroups.yearNotOpen', {year: year.label, status: year.status})
  return year
}

/** --class and --subject against the year: the class id and subject id, or what is wrong. */
function resolveFilter(
  db: Db,
  year: Year,
  pairs: SplitPair[],
  className: string | undefined,
  subject: string | undefined,
): {classId?: number; subjectId?: number; pairs: SplitPair[]} {
  let selected = pairs
  let classId: number | undefined
  if (className) {
    classId = findClass(db, year, className).id
    selected = selected.filter((p) => p.classId === classId)
    if (selected.length === 0) throw new ConflictError('subgroups.classNotSplit', {class: className})
  }
  let subjectId: number | undefined
  if (subject) {
    const real = findSubject(db, subject).id
    const matching = selected.filter((p) => p.subjectId === real)
    if (matching.length === 0) {
      const known = [...new Set(selected.map((p) => p.subject))].join(', ')
      throw new ConflictError(className ? 'subgroups.subjectNotSplitInClass' : 'subgroups.subjectNotSplit', {
        subject,
        class: className,
        known,
      })
    }
    subjectId = matching[0]!.subjectId
    selected = matching
  }
  return {classId, subjectId, pairs: selected}
}

export async function planAssign(ws: Workspace, request: AssignRequest): Promise<AssignPlan> {
  const by = request.file && !request.by ? 'file' : request.by
  if (by === 'file' && !request.file) throw new UsageError('subgroups.fileRequired')
  if (request.file && by !== 'file') throw new UsageError('subgroups.fileOnlyWithFile', {by})
  if (by !== 'file' && !request.className && !request.all) throw new UsageError('subgroups.classOrAll')
  if (request.className && request.all) throw new UsageError('subgroups.classAndAll')

  const db = ws.db
  const year = openYearOf(db, request.year, request.today)
  const allPairs = splitPairs(db, year)
  if (allPairs.length === 0) throw new ConflictError('subgroups.nothingSplit', {year: year.label})
  const filter = resolveFilter(db, year, allPairs, request.className, request.subject)
  const pupils = pupilsByClass(currentPupils(db, year))
  const groups = groupsByPair(storedGroups(db, year))
  const teachers = classTeachers(db, year)

  let pairs = filter.pairs
  let wanted: Map<string, Array<{pupilId: number; group: string}>> | undefined
  let skippedRows = 0
  if (by === 'file') {
    // The file reader (and its encodings) only for a division read from a file.
    const {readDivisionFile} = await import('./file.js')
    const division = await readDivisionFile(
      request.file!,
      {db, year, pairs: allPairs, pupils, only: {classId: filter.classId, subjectId: filter.subjectId}},
      request,
    )
    wanted = division.pairs
    skippedRows = division.skipped
    pairs = pairs.filter((p) => wanted!.has(pairKey(p.classId, p.subjectId)))
  }

  // A pair divided otherwise is not re-divided by another strategy without --rebalance.
  const conflicts: string[] = []
  const plans: Array<PlanToApply & {pair: SplitPair}> = []
  for (const pair of pairs) {
    const key = pairKey(pair.classId, pair.subjectId)
    const existing = groups.get(key) ?? []
    const classPupils = pupils.get(pair.classId) ?? []
    let plan: PairPlan
    if (by === 'file') {
      plan = planFromFile(classPupils, existing, wanted!.get(key)!, {
        subject: pair.subject,
        maxSize: request.maxSize,
        rebalance: request.rebalance,
      })
    } else {
      const inferred = inferStrategy(existing.map((g) => g.name))
      if (by && inferred && by !== inferred && !request.rebalance) {
        conflicts.push(`${pair.className} ${pair.subject}`)
        continue
      }
      const strategy = by ?? inferred ?? defaultStrategy(pair.subject)
      plan = planSplit(classPupils, existing, {
        subject: pair.subject,
        strategy,
        groups: request.groups,
        maxSize: request.maxSize,
        rebalance: request.rebalance,
      })
    }
    plans.push({
      pair,
      classId: pair.classId,
      subjectId: pair.subjectId,
      teacherId: teachers.get(key)?.id ?? null,
      plan,
    })
  }
  if (conflicts.length)
    throw new ConflictError('subgroups.dividedOtherwise', {pairs: conflicts.join(', '), by})

  const results: PairResult[] = plans.map(({pair, plan}) => {
    const stored = new Map((groups.get(pairKey(pair.classId, pair.subjectId)) ?? []).map((g) => [g.id, g]))
    const teacher = teachers.get(pairKey(pair.classId, pair.subjectId))?.name ?? null
    return {
      class: pair.className,
      subject: pair.subject,
      strategy: plan.strategy,
      groups: plan.groups.map((g) => ({
        name: g.name,
        teacher: g.id === null ? teacher : (stored.get(g.id)?.teacher ?? null),
        created: g.id === null,
        deleted: g.deleted,
        members: g.members,
      })),
      changes: plan.moves,
      unplaced: plan.unplaced.map((u) => ({...u.pupil, reason: u.reason})),
      warnings: plan.warnings,
    }
  })
  const moves = results.flatMap((r) => r.changes)
  const counts: AssignCounts = {
    placed: moves.filter((m) => m.from === null).length,
    moved: moves.filter((m) => m.from !== null && m.to !== null).length,
    removed: moves.filter((m) => m.to === null).length,
    created: results.flatMap((r) => r.groups).filter((g) => g.created).length,
    deleted: results.flatMap((r) => r.groups).filter((g) => g.deleted).length,
    unplaced: results.reduce((n, r) => n + r.unplaced.length, 0),
  }
  const reshuffled = new Set(
    moves
      .filter((m) => m.from !== null && (m.to !== null || (m.cause !== 'left' && m.cause !== 'duplicate')))
      .map((m) => m.pupil.id),
  ).size
  const result: AssignResult = {
    year: year.label,
    dryRun: false,
    applied: false,
    pairs: results,
    counts,
    reshuffled,
    skippedRows,
  }
  return {
    result,
    apply() {
      db.transaction(() => applyPlans(db, plans))()
      result.applied = true
    },
  }
}

export function hasChanges(result: AssignResult): boolean {
  const c = result.counts
  return c.placed + c.moved + c.removed + c.created + c.deleted > 0
}
