// `subgroups move PUPIL --to SUBGROUP`: one pupil into another subgroup of their class, out of
// the other subgroups of the same subject.
import {type IsoDate} from '../calendar/dates.js'
import {ConflictError} from '../cli/errors.js'
import {type Db} from '../db/open.js'
import {fullName, matchKey} from '../people/names.js'
import {openYearOf} from './assign.js'
import {findPupil} from './match.js'
import {currentPupils, movePupil, storedGroups} from './store.js'

export interface MoveRequest {
  pupil: string
  to: string
  className?: string
  subject?: string
  year?: string
  today: IsoDate
  maxSize: number
}

/** The --json contract of `subgroups move`. */
export interface MoveResult {
  pupil: {id: number; name: string}
  class: string
  subject: string
  from: string[]
  to: string
  /** The size of the target subgroup after the move. */
  size: number
  /** The limit (policy.subgroupMaxSize). */
  maxSize: number
  overLimit: boolean
  changed: boolean
  dryRun: boolean
}

export interface MovePlan {
  result: MoveResult
  apply(): void
}

export function planMove(db: Db, request: MoveRequest): MovePlan {
  const year = openYearOf(db, request.year, request.today)
  const pupils = currentPupils(db, year).filter(
    (p) => !request.className || p.className === request.className,
  )
  const found = findPupil(request.pupil, pupils, {byId: true})
  if ('none' in found) {
    throw new ConflictError(found.near ? 'subgroups.move.unknownPupilNear' : 'subgroups.move.unknownPupil', {
      pupil: request.pupil,
      class: request.className,
      near: found.near ? `${fullName(found.near)}, ${found.near.className}` : null,
    })
  }
  if ('ambiguous' in found) {
    throw new ConflictError('subgroups.move.ambiguousPupil', {
      pupil: request.pupil,
      count: found.ambiguous.length,
      candidates: found.ambiguous.map((p) => `${fullName(p)}, ${p.className} (id ${p.id})`).join('; '),
    })
  }
  const pupil = found.pupil
  const groups = storedGroups(db, year).filter((g) => g.classId === pupil.classId)
  const named = groups
    .filter((g) => matchKey(g.name) === matchKey(request.to))
    .filter((g) => !request.subject || matchKey(g.subject) === matchKey(request.subject))
  if (named.length === 0) {
    throw new ConflictError('subgroups.move.unknownSubgroup', {
      subgroup: request.to,
      class: pupil.className,
      known: groups.map((g) => `«${g.name}» (${g.subject})`).join(', ') || '—',
    })
  }
  if (named.length > 1) {
    throw new ConflictError('subgroups.move.ambiguousSubgroup', {
      subgroup: request.to,
      class: pupil.className,
      subjects: named.map((g) => g.subject).join(', '),
    })
  }
  const target = named[0]!
  const from = groups.filter(
    (g) => g.subjectId === target.subjectId && g.members.some((m) => m.id === pupil.id),
  )
  const changed = !(from.length === 1 && from[0]!.id === target.id)
  const size = target.members.filter((m) => m.id !== pupil.id).length + 1
  const result: MoveResult = {
    pupil: {id: pupil.id, name: fullName(pupil)},
    class: pupil.className,
    subject: target.subject,
    from: from.filter((g) => g.id !== target.id).map((g) => g.name),
    to: target.name,
    size,
    maxSize: request.maxSize,
    overLimit: size > request.maxSize,
    changed,
    dryRun: false,
  }
  return {
    result,
    apply: () =>
      movePupil(
        db,
        pupil.id,
        from.map((g) => g.id).filter((id) => id !== target.id),
        target.id,
      ),
  }
}
