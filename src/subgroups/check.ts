// The check of one split class × subject (п. 3.3, 4.4; RULES.md subgroups-complete): every
// current pupil the subject concerns is in exactly one of its subgroups, nobody who left is
// still in one, and no subgroup is larger than the limit. Pure.
import {byName, type ExistingGroup, type Member, memberOf} from './strategies.js'
import {participates, type Pupil} from './subjects.js'

export type CheckProblemKind = 'noSubgroups' | 'notInSubgroup' | 'inSeveral' | 'left' | 'overLimit'

export interface CheckProblem {
  problem: CheckProblemKind
  /** The subgroup concerned (for inSeveral: all of them, joined by «, »). */
  subgroup: string | null
  pupil: Member | null
  /** Pupils without a subgroup (noSubgroups), the group's size (overLimit). */
  count: number | null
  max: number | null
}

export function checkPair(
  pupils: Pupil[],
  groups: ExistingGroup[],
  subject: string,
  maxSize: number,
): CheckProblem[] {
  const concerned = pupils.filter((p) => participates(p, subject)).sort(byName)
  const problem = (kind: CheckProblemKind, fields: Partial<CheckProblem> = {}): CheckProblem => ({
    problem: kind,
    subgroup: null,
    pupil: null,
    count: null,
    max: null,
    ...fields,
  })
  if (groups.length === 0) return concerned.length ? [problem('noSubgroups', {count: concerned.length})] : []

  const problems: CheckProblem[] = []
  const current = new Set(pupils.map((p) => p.id))
  const groupsOf = new Map<number, string[]>()
  for (const g of groups)
    for (const m of g.members) groupsOf.set(m.id, [...(groupsOf.get(m.id) ?? []), g.name])
  for (const p of concerned) {
    const of = groupsOf.get(p.id) ?? []
    if (of.length === 0) problems.push(problem('notInSubgroup', {pupil: memberOf(p)}))
    if (of.length > 1) problems.push(problem('inSeveral', {pupil: memberOf(p), subgroup: of.join(', ')}))
  }
  for (const g of groups) {
    for (const m of g.members)
      if (!current.has(m.id)) problems.push(problem('left', {pupil: m, subgroup: g.name}))
    if (g.members.length > maxSize) {
      problems.push(problem('overLimit', {subgroup: g.name, count: g.members.length, max: maxSize}))
    }
  }
  return problems
}
