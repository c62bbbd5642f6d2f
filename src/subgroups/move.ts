// `subgroups move PUPIL --to SUBGROUP`: one pupil into another subgroup of their class, out of
// the other subgroups of the same subject.
import {type IsoDate} from '../calendar/dates.js'
import {ConflictError} from '../cli/errors.js'
import {type Db} from '../db/open.js'
import {fullName, matchKey} from '../people/names.js'
import {findClass, findPupilOf, findSubject, refuse} from '../lists/lookup.js'
import {openYearOf} from './assign.js'
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
  const className = request.className && findClass(db, year, request.className).name
  const subject = request.subject && findSubject(db, request.subject).id
  const pupils = currentPupils(db, year).filter((p) => !className || p.className === className)
  const pupil = findPupilOf(request.pupil, pupils, 'subgroups.move.ambiguousPupil')
  const groups = storedGroups(db, year).filter((g) => g.classId === pupil.classId)
  const named = groups
    .filter((g) => matchKey(g.name) === matchKey(request.to))
    .filter((g) => !subject || g.subjectId === subject)
  if (named.length === 0)
    refuse(
      'subgroups.move.unknownSubgroup',
      request.to,
      groups.map((g) => `${g.name} (${g.subject})`),
      {class: pupil.className},
    )
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
