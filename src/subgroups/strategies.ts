// The strategies: given the pupils of a class, the subgroups it already has and the options,
// the plan of who goes where. Pure functions: no database, no clock.
//
// Stability: unless `rebalance`, existing members stay where they are; only pupils who are in
// no subgroup are placed (into the smallest group that fits), and pupils who left the class are
// taken out. With `rebalance` the division is made afresh, keeping the names (and so the ids,
// which assignments and the timetable refer to) of the groups it makes again.
import {fullName} from '../people/names.js'
import {
  type AnyStrategy,
  GENDER_GROUP,
  keyOfGroupName,
  languageGroupName,
  languageKey,
  NOT_STUDYING,
  numbered,
  participates,
  type Pupil,
  type Strategy,
} from './subjects.js'

export interface Member {
  id: number
  name: string
}

export interface ExistingGroup {
  id: number
  name: string
  members: Member[]
  /** Assignments or the timetable refer to it: emptied, it is kept rather than deleted. */
  referenced: boolean
}

export interface PlannedGroup {
  /** null: the group is to be created. */
  id: number | null
  name: string
  /** After the plan, in alphabetical order. */
  members: Member[]
  /** Emptied by the plan and referenced by nothing. */
  deleted: boolean
}

/** Why a pupil is taken out of a subgroup. */
export type LeaveCause = 'left' | 'duplicate' | 'notStudying' | 'unknown' | 'notInFile'

/** A pupil joins (from null), leaves (to null) or changes subgroup. */
export interface Move {
  pupil: Member
  from: string | null
  to: string | null
  cause?: LeaveCause
}

export type UnplacedReason = 'unknownLanguage' | 'unknownGender' | 'notInFile'

export type PlanWarning =
  | {kind: 'overLimit'; group: string; size: number; max: number}
  | {kind: 'mismatch'; group: string; pupil: Member; expected: string}

export interface PairPlan {
  strategy: AnyStrategy
  groups: PlannedGroup[]
  moves: Move[]
  unplaced: Array<{pupil: Member; reason: UnplacedReason}>
  warnings: PlanWarning[]
}

export interface SplitOptions {
  subject: string
  strategy: Strategy
  /** Groups of the alphabet strategy. */
  groups: number
  maxSize: number
  rebalance: boolean
}

const collator = new Intl.Collator('ru', {sensitivity: 'base'})

export function byName(a: Pupil, b: Pupil): number {
  return (
    collator.compare(a.lastName, b.lastName) ||
    collator.compare(a.firstName, b.firstName) ||
    collator.compare(a.middleName, b.middleName) ||
    a.id - b.id
  )
}

export function compareNames(a: string, b: string): number {
  return collator.compare(a, b)
}

export function memberOf(p: Pupil): Member {
  return {id: p.id, name: fullName(p)}
}

/** Sizes of n near-equal parts of `total`, larger first: 29 in 2 → [15, 14]. */
export function cutSizes(total: number, n: number): number[] {
  const parts = Math.max(1, Math.min(n, total || 1))
  return Array.from({length: parts}, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0))
}

/** The list, in its order, cut into near-equal consecutive parts. */
export function cut<T>(list: T[], n: number): T[][] {
  const out: T[][] = []
  let at = 0
  for (const size of cutSizes(list.length, n)) {
    out.push(list.slice(at, at + size))
    at += size
  }
  return out
}

/** The key a pupil is grouped by: a language, 'F'/'M', '*' for the alphabet; null when unknown. */
function keyOf(strategy: Strategy, pupil: Pupil, subject: string): string | null {
  if (strategy === 'language') return languageKey(pupil, subject)
  if (strategy === 'gender') return pupil.gender
  return '*'
}

function unknownReason(strategy: Strategy): UnplacedReason {
  return strategy === 'gender' ? 'unknownGender' : 'unknownLanguage'
}

function baseName(strategy: Strategy, key: string, subject: string): string {
  if (strategy === 'language') return languageGroupName(key)
  if (strategy === 'gender') return GENDER_GROUP[key as 'F' | 'M']
  return subject
}

/** Names of the groups one bucket is cut into: «Немецкий язык» or «Английский язык, гр. 1» … */
function bucketNames(strategy: Strategy, base: string, parts: number): string[] {
  if (strategy === 'alphabet') return Array.from({length: parts}, (_, i) => numbered(base, i + 1))
  return parts === 1 ? [base] : Array.from({length: parts}, (_, i) => numbered(base, i + 1))
}

/** The division made afresh: name → pupils, in the order the groups are shown. */
function freshDivision(
  pupils: Pupil[],
  options: SplitOptions,
): {groups: Map<string, Pupil[]>; unknown: Pupil[]} {
  const {strategy, subject, maxSize} = options
  const buckets = new Map<string, Pupil[]>()
  const unknown: Pupil[] = []
  for (const p of [...pupils].sort(byName)) {
    const key = keyOf(strategy, p, subject)
    if (key === null) unknown.push(p)
    else buckets.set(key, [...(buckets.get(key) ?? []), p])
  }
  const groups = new Map<string, Pupil[]>()
  const keys = [...buckets.keys()].sort((a, b) =>
    compareNames(baseName(strategy, a, subject), baseName(strategy, b, subject)),
  )
  for (const key of keys) {
    const list = buckets.get(key)!
    const wanted = strategy === 'alphabet' ? options.groups : 1
    const parts = Math.max(wanted, Math.ceil(list.length / maxSize))
    const names = bucketNames(
      strategy,
      baseName(strategy, key, subject),
      Math.min(parts, Math.max(list.length, 1)),
    )
    cut(list, names.length).forEach((part, i) => groups.set(names[i]!, part))
  }
  return {groups, unknown}
}

/** Final membership → the plan: groups with ids, and the moves that get there from now. */
function diffPlan(
  strategy: AnyStrategy,
  existing: ExistingGroup[],
  final: Map<string, Member[]>,
  current: Map<number, Pupil>,
  causes: Map<number, LeaveCause>,
  unplaced: PairPlan['unplaced'],
  maxSize: number,
  warnings: PlanWarning[] = [],
): PairPlan {
  const existingByName = new Map(existing.map((g) => [g.name, g]))
  const target = new Map<number, string>()
  for (const [name, members] of final) for (const m of members) target.set(m.id, name)

  // Where each pupil is now (a pupil may be, wrongly, in several groups of one subject).
  const now = new Map<number, {member: Member; groups: string[]}>()
  for (const g of existing) {
    for (const m of g.members) {
      const entry = now.get(m.id) ?? {member: m, groups: []}
      entry.groups.push(g.name)
      now.set(m.id, entry)
    }
  }
  const moves: Move[] = []
  const causeOf = (id: number): LeaveCause => (current.has(id) ? (causes.get(id) ?? 'duplicate') : 'left')
  for (const {member, groups} of now.values()) {
    const to = target.get(member.id) ?? null
    const pupil = current.has(member.id) ? memberOf(current.get(member.id)!) : member
    if (to === null) {
      for (const from of groups) moves.push({pupil, from, to: null, cause: causeOf(member.id)})
      continue
    }
    const stays = groups.includes(to)
    const rest = stays ? groups.filter((g) => g !== to) : groups.slice(1)
    if (!stays) moves.push({pupil, from: groups[0]!, to})
    for (const from of rest) moves.push({pupil, from, to: null, cause: 'duplicate'})
  }
  for (const [id, name] of target) {
    if (!now.has(id)) moves.push({pupil: memberOf(current.get(id)!), from: null, to: name})
  }
  moves.sort((a, b) => compareNames(a.pupil.name, b.pupil.name) || a.pupil.id - b.pupil.id)

  const groups: PlannedGroup[] = []
  for (const [name, members] of final) {
    const old = existingByName.get(name)
    const sorted = [...members].sort((a, b) => byName(current.get(a.id)!, current.get(b.id)!))
    groups.push({id: old?.id ?? null, name, members: sorted, deleted: false})
  }
  for (const g of existing) {
    if (!final.has(g.name)) groups.push({id: g.id, name: g.name, members: [], deleted: !g.referenced})
  }
  for (const g of groups) {
    if (g.members.length > maxSize)
      warnings.push({kind: 'overLimit', group: g.name, size: g.members.length, max: maxSize})
  }
  unplaced.sort((a, b) => compareNames(a.pupil.name, b.pupil.name))
  return {strategy, groups, moves, unplaced, warnings}
}

/** Existing groups with only current pupils, each pupil in the first group (by name) that has them. */
function keptMembership(existing: ExistingGroup[], current: Map<number, Pupil>): Map<string, Member[]> {
  const kept = new Map<string, Member[]>()
  const placed = new Set<number>()
  for (const g of [...existing].sort((a, b) => compareNames(a.name, b.name))) {
    const members: Member[] = []
    for (const m of g.members) {
      if (!current.has(m.id) || placed.has(m.id)) continue
      placed.add(m.id)
      members.push(memberOf(current.get(m.id)!))
    }
    kept.set(g.name, members)
  }
  return kept
}

/**
 * The plan for one class × subject by a strategy.
 * `pupils`: the current pupils of the class; `existing`: its subgroups for the subject.
 */
export function planSplit(pupils: Pupil[], existing: ExistingGroup[], options: SplitOptions): PairPlan {
  const {strategy, subject, maxSize} = options
  const current = new Map(pupils.map((p) => [p.id, p]))
  const concerned = pupils.filter((p) => participates(p, subject)).sort(byName)
  const causes = new Map<number, LeaveCause>()
  const unplaced: PairPlan['unplaced'] = []

  if (options.rebalance || existing.length === 0) {
    const {groups, unknown} = freshDivision(concerned, options)
    const final = new Map([...groups].map(([name, list]) => [name, list.map(memberOf)]))
    // Pupils whose language (gender) is unknown are not guessed: one already in a group that
    // the new division keeps stays there; the others are listed.
    const kept = keptMembership(existing, current)
    for (const p of unknown) {
      const home = [...kept].find(([name, members]) => final.has(name) && members.some((m) => m.id === p.id))
      if (home) final.get(home[0])!.push(memberOf(p))
      else {
        unplaced.push({pupil: memberOf(p), reason: unknownReason(strategy)})
        causes.set(p.id, 'unknown')
      }
    }
    for (const p of pupils) if (!participates(p, subject)) causes.set(p.id, 'notStudying')
    return diffPlan(strategy, existing, final, current, causes, unplaced, maxSize)
  }

  // Incremental: keep everyone where they are; place the pupils who are in no group.
  const final = keptMembership(existing, current)
  const keyOfGroup = new Map([...final.keys()].map((name) => [name, keyOfGroupName(strategy, name)]))
  const placed = new Set([...final.values()].flat().map((m) => m.id))
  for (const p of concerned) {
    if (placed.has(p.id)) continue
    const key = keyOf(strategy, p, subject)
    if (key === null) {
      unplaced.push({pupil: memberOf(p), reason: unknownReason(strategy)})
      continue
    }
    const candidates = [...final.keys()].filter((name) => keyOfGroup.get(name) === key)
    if (candidates.length === 0) {
      // The first pupil of a language (or gender) the class had no group for.
      const base = baseName(strategy, key, subject)
      let name = base
      for (let n = 2; final.has(name); n++) name = numbered(base, n)
      final.set(name, [])
      keyOfGroup.set(name, key)
      candidates.push(name)
    }
    const size = (name: string) => final.get(name)!.length
    const ordered = candidates.sort((a, b) => size(a) - size(b) || compareNames(a, b))
    const into = ordered.find((name) => size(name) < maxSize) ?? ordered[0]!
    final.get(into)!.push(memberOf(p))
  }

  // Members whose language (gender) says another group: left alone, but said.
  const warnings: PlanWarning[] = []
  if (strategy !== 'alphabet') {
    for (const [name, members] of final) {
      const groupKey = keyOfGroup.get(name)
      for (const m of members) {
        const key = keyOf(strategy, current.get(m.id)!, subject)
        if (groupKey && key && key !== groupKey) {
          warnings.push({
            kind: 'mismatch',
            group: name,
            pupil: m,
            expected: key === NOT_STUDYING ? NOT_STUDYING : key,
          })
        }
      }
    }
  }
  return diffPlan(strategy, existing, final, current, causes, unplaced, maxSize, warnings)
}

/**
 * The plan for one class × subject from a file's list: every pupil it names goes to the named
 * group. Pupils it does not name keep their group (with `rebalance`, the file is the whole
 * division and they are taken out); those in no group are listed.
 */
export function planFromFile(
  pupils: Pupil[],
  existing: ExistingGroup[],
  wanted: Array<{pupilId: number; group: string}>,
  options: {subject: string; maxSize: number; rebalance: boolean},
): PairPlan {
  const current = new Map(pupils.map((p) => [p.id, p]))
  const final = options.rebalance ? new Map<string, Member[]>() : keptMembership(existing, current)
  const named = new Set(wanted.map((w) => w.pupilId))
  for (const members of final.values()) {
    const keep = members.filter((m) => !named.has(m.id))
    members.splice(0, members.length, ...keep)
  }
  for (const w of [...wanted].sort((a, b) => compareNames(a.group, b.group))) {
    if (!final.has(w.group)) final.set(w.group, [])
    final.get(w.group)!.push(memberOf(current.get(w.pupilId)!))
  }
  const ordered = new Map([...final].sort(([a], [b]) => compareNames(a, b)))
  const placed = new Set([...ordered.values()].flat().map((m) => m.id))
  const causes = new Map<number, LeaveCause>()
  const unplaced: PairPlan['unplaced'] = []
  for (const p of [...pupils].sort(byName)) {
    if (placed.has(p.id)) continue
    causes.set(p.id, participates(p, options.subject) ? 'notInFile' : 'notStudying')
    if (participates(p, options.subject)) unplaced.push({pupil: memberOf(p), reason: 'notInFile'})
  }
  return diffPlan('file', existing, ordered, current, causes, unplaced, options.maxSize)
}
