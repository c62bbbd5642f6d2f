// What the journal files refer to: pupils of a class (by ФИО or external id), their stays in
// the class, and the lesson a mark or an absence belongs to (with subgroups, the one whose
// subgroup the pupil is in).
import {formatRu, type IsoDate} from '../calendar/dates.js'
import {schoolInstant} from '../calendar/zone.js'
import {type MessageKey, type MessageParams} from '../cli/i18n.js'
import {groupBy} from '../core/group-by.js'
import {type Db} from '../db/open.js'
import {fullName, matchKey} from '../people/names.js'
import {type Year} from '../year/store.js'
import {type Stamp} from './parsers.js'
import {nearHint} from './lookups.js'

export function stampInstant(stamp: Stamp, zone: string): string {
  return 'instant' in stamp ? stamp.instant : schoolInstant(stamp.date, stamp.time, zone).toISOString()
}

export type Found = {id: number} | {problem: MessageKey; params?: MessageParams}

/** Pupils who were in the class at any time this year, by external id or ФИО. */
export function pupilResolver(db: Db, year: Year): (classId: number, text: string) => Found {
  const rows = db
    .prepare(
      `SELECT DISTINCT p.id, e.class_id AS classId, p.match_key AS key, p.external_id AS externalId,
              lower(p.last_name || ' ' || p.first_name) AS short,
              trim(p.last_name || ' ' || p.first_name || ' ' || p.middle_name) AS name
       FROM pupil p JOIN enrollment e ON e.pupil_id = p.id JOIN class c ON c.id = e.class_id WHERE c.year_id = ?`,
    )
    .all(year.id) as Array<{
    id: number
    classId: number
    key: string
    externalId: string | null
    short: string
    name: string
  }>
  const byName = new Map<string, Set<number>>()
  const byExternal = new Map<string, number>()
  const names = new Map<number, string[]>()
  for (const r of rows) {
    names.set(r.classId, [...(names.get(r.classId) ?? []), r.name])
    for (const k of [`${r.classId}|${r.key}`, `${r.classId}|${matchKey(r.short)}`]) {
      byName.set(k, (byName.get(k) ?? new Set()).add(r.id))
    }
    if (r.externalId) byExternal.set(`${r.classId}|${r.externalId}`, r.id)
  }
  return (classId, text) => {
    const external = byExternal.get(`${classId}|${text.trim()}`)
    if (external) return {id: external}
    const ids = byName.get(`${classId}|${matchKey(text)}`)
    if (!ids)
      return {problem: 'journal.unknownPupil', params: {known: nearHint(text, names.get(classId) ?? [])}}
    if (ids.size > 1) return {problem: 'journal.ambiguousPupil'}
    return {id: [...ids][0]!}
  }
}

interface Stay {
  classId: number
  className: string
  from: IsoDate
  to: IsoDate | null
}

/**
 * The pupils' stays in this year's classes, read once a run: a record of the journal must fall
 * in a stay of its pupil in its class. Subgroup membership has no dates, so the class decides.
 */
export function classStays(db: Db, year: Year) {
  const rows = db
    .prepare(
      `SELECT e.pupil_id AS pupilId, e.class_id AS classId, c.name AS className, e.from_date AS "from", e.to_date AS "to",
              p.last_name AS lastName, p.first_name AS firstName, p.middle_name AS middleName
       FROM enrollment e JOIN class c ON c.id = e.class_id JOIN pupil p ON p.id = e.pupil_id
       WHERE c.year_id = ? ORDER BY e.from_date`,
    )
    .all(year.id) as Array<Stay & {pupilId: number; lastName: string; firstName: string; middleName: string}>
  const byPupil = groupBy(rows, (r) => r.pupilId)
  return {
    /** Was the pupil in the class on some day from `from` to `to`? */
    inClass(pupilId: number, classId: number, from: IsoDate, to: IsoDate = from): boolean {
      return (
        byPupil
          .get(pupilId)
          ?.some((s) => s.classId === classId && s.from <= to && (s.to === null || s.to >= from)) ?? false
      )
    },
    /** The pupil's name and stays for a message: «5Б 01.09.2026–04.12.2026, 5А 05.12.2026–…». */
    describe(pupilId: number): MessageParams {
      const stays = byPupil.get(pupilId) ?? []
      return {
        pupil: stays[0] ? fullName(stays[0]) : '',
        stays: stays
          .map((s) => `${s.className} ${formatRu(s.from)}–${s.to === null ? '…' : formatRu(s.to)}`)
          .join(', '),
      }
    },
  }
}

/** The lesson of a class, subject, date and number; with subgroups, the pupil's subgroup's. */
export function lessonFinder(db: Db, year: Year) {
  const lessons = new Map<string, Array<{id: number; subgroupId: number | null}>>()
  for (const l of db
    .prepare(
      `SELECT l.id, l.class_id AS classId, l.subject_id AS subjectId, l.date, l.lesson_no AS lessonNo, l.subgroup_id AS subgroupId
       FROM lesson l JOIN class c ON c.id = l.class_id WHERE c.year_id = ?`,
    )
    .all(year.id) as Array<{
    id: number
    classId: number
    subjectId: number
    date: IsoDate
    lessonNo: number
    subgroupId: number | null
  }>) {
    const key = `${l.classId}|${l.subjectId}|${l.date}|${l.lessonNo}`
    lessons.set(key, [...(lessons.get(key) ?? []), {id: l.id, subgroupId: l.subgroupId}])
  }
  const members = new Map<number, Set<number>>()
  for (const m of db
    .prepare('SELECT subgroup_id AS subgroupId, pupil_id AS pupilId FROM subgroup_member')
    .all() as Array<{
    subgroupId: number
    pupilId: number
  }>) {
    members.set(m.subgroupId, (members.get(m.subgroupId) ?? new Set()).add(m.pupilId))
  }
  return (
    classId: number,
    subjectId: number,
    date: IsoDate,
    lessonNo: number,
    pupilId: number,
  ): number | undefined => {
    const candidates = lessons.get(`${classId}|${subjectId}|${date}|${lessonNo}`) ?? []
    if (candidates.length <= 1) return candidates[0]?.id
    return candidates.find((l) => l.subgroupId !== null && members.get(l.subgroupId)?.has(pupilId))?.id
  }
}
