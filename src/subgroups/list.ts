// `subgroups list` and `subgroups check`: the subgroups of the year as stored, and the check of
// every split class × subject against the current class lists.
import {type IsoDate} from '../calendar/dates.js'
import {type Db} from '../db/open.js'
import {requireYear, type Year} from '../year/store.js'
import {type CheckProblem, checkPair} from './check.js'
import {currentPupils, groupsByPair, pairKey, pupilsByClass, splitPairs, storedGroups} from './store.js'
import {byName, compareNames, type Member} from './strategies.js'
import {findClass, findSubject} from '../lists/lookup.js'

/** One subgroup: the --json contract of `subgroups list`. */
export interface SubgroupItem {
  class: string
  subject: string
  name: string
  teacher: string | null
  members: Member[]
}

export interface SubgroupListing {
  items: SubgroupItem[]
  /** Members no longer in the class (shown marked until `subgroups assign` takes them out). */
  departed: Set<number>
}

export function listSubgroups(
  db: Db,
  year: Year,
  filter: {className?: string; subject?: string},
): SubgroupListing {
  const className = filter.className && findClass(db, year, filter.className).name
  const subject = filter.subject && findSubject(db, filter.subject).name
  const pupils = currentPupils(db, year)
  const current = new Map(pupils.map((p) => [p.id, p]))
  const inClass = new Set(pupils.map((p) => `${p.classId}|${p.id}`))
  const departed = new Set<number>()
  const items = storedGroups(db, year)
    .filter((g) => !className || g.className === className)
    .filter((g) => !subject || g.subject === subject)
    .map((g) => {
      for (const m of g.members) if (!inClass.has(`${g.classId}|${m.id}`)) departed.add(m.id)
      const members = [...g.members].sort((a, b) => {
        const pa = current.get(a.id)
        const pb = current.get(b.id)
        return pa && pb ? byName(pa, pb) : compareNames(a.name, b.name)
      })
      return {class: g.className, subject: g.subject, name: g.name, teacher: g.teacher, members}
    })
  return {items, departed}
}

export interface CheckItem extends CheckProblem {
  class: string
  subject: string
}

/** The --json contract of `subgroups check`. */
export interface CheckResult {
  year: string
  ok: boolean
  /** Split class × subject pairs checked. */
  pairs: number
  maxSize: number
  problems: CheckItem[]
}

export function checkSubgroups(
  db: Db,
  label: string | undefined,
  today: IsoDate,
  maxSize: number,
): CheckResult {
  const year = requireYear(db, label, today)
  const pairs = splitPairs(db, year)
  const pupils = pupilsByClass(currentPupils(db, year))
  const groups = groupsByPair(storedGroups(db, year))
  const problems: CheckItem[] = pairs.flatMap((pair) =>
    checkPair(
      pupils.get(pair.classId) ?? [],
      groups.get(pairKey(pair.classId, pair.subjectId)) ?? [],
      pair.subject,
      maxSize,
    ).map((p) => ({class: pair.className, subject: pair.subject, ...p})),
  )
  return {year: year.label, ok: problems.length === 0, pairs: pairs.length, maxSize, problems}
}
