// The SQL of subgroups: which class × subject pairs the curriculum splits, the current pupils of
// the classes, the subgroups with their members and teachers, and writing a plan. Each read is
// one set-based query for the whole year.
import {type Db} from '../db/open.js'
import {type Year} from '../year/store.js'
import {type ExistingGroup, type PairPlan} from './strategies.js'
import {type Pupil} from './subjects.js'

export interface SplitPair {
  classId: number
  className: string
  grade: number
  subjectId: number
  subject: string
}

export function pairKey(classId: number, subjectId: number): string {
  return `${classId}|${subjectId}`
}

/**
 * Class × subject pairs with split = да. A row of the curriculum for the class itself overrides
 * the row for its grade.
 */
export function splitPairs(db: Db, year: Year): SplitPair[] {
  return db
    .prepare(
      `SELECT c.id AS classId, c.name AS className, c.grade, s.id AS subjectId, s.name AS subject
       FROM class c
       JOIN curriculum cu ON cu.year_id = c.year_id AND (
            cu.class_id = c.id
            OR (cu.grade = c.grade AND NOT EXISTS (
                  SELECT 1 FROM curriculum o WHERE o.year_id = cu.year_id AND o.class_id = c.id AND o.subject_id = cu.subject_id)))
       JOIN subject s ON s.id = cu.subject_id
       WHERE c.year_id = ? AND cu.split = 1
       ORDER BY c.grade, c.letter, s.name`,
    )
    .all(year.id) as SplitPair[]
}

export interface ClassRow {
  id: number
  name: string
}

export function classesOf(db: Db, year: Year): ClassRow[] {
  return db
    .prepare('SELECT id, name FROM class WHERE year_id = ? ORDER BY grade, letter')
    .all(year.id) as ClassRow[]
}

export interface ClassPupil extends Pupil {
  classId: number
  className: string
  externalId: string | null
}

/** The current pupils (enrollment not ended) of every class of the year. */
export function currentPupils(db: Db, year: Year): ClassPupil[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.last_name AS lastName, p.first_name AS firstName, p.middle_name AS middleName, p.gender,
              p.foreign_languages AS languages, p.external_id AS externalId, c.id AS classId, c.name AS className
       FROM enrollment e JOIN class c ON c.id = e.class_id JOIN pupil p ON p.id = e.pupil_id
       WHERE c.year_id = ? AND e.to_date IS NULL`,
    )
    .all(year.id) as Array<Omit<ClassPupil, 'languages'> & {languages: string}>
  return rows.map((r) => ({...r, languages: JSON.parse(r.languages) as string[]}))
}

export function pupilsByClass(pupils: ClassPupil[]): Map<number, ClassPupil[]> {
  const map = new Map<number, ClassPupil[]>()
  for (const p of pupils) map.set(p.classId, [...(map.get(p.classId) ?? []), p])
  return map
}

export interface StoredGroup extends ExistingGroup {
  classId: number
  className: string
  subjectId: number
  subject: string
  teacher: string | null
}

const TEACHER_NAME = "trim(st.last_name || ' ' || st.first_name || ' ' || st.middle_name)"

/** Tables that refer to subgroups (teaching_assignment, timetable, and any added later). */
function referencingColumns(db: Db): Array<{table: string; column: string}> {
  return db
    .prepare(
      `SELECT m.name AS "table", f."from" AS "column" FROM sqlite_master m, pragma_foreign_key_list(m.name) f
       WHERE m.type = 'table' AND f."table" = 'subgroup' AND m.name <> 'subgroup_member'`,
    )
    .all() as Array<{table: string; column: string}>
}

/**
 * Every subgroup of the year with its members (by name) and its teacher: the one assigned to the
 * subgroup, else the one stored with it, else the class's only teacher of the subject.
 */
export function storedGroups(db: Db, year: Year): StoredGroup[] {
  const refs = referencingColumns(db)
  const referenced = refs.length
    ? refs.map((r) => `EXISTS (SELECT 1 FROM "${r.table}" x WHERE x."${r.column}" = g.id)`).join(' OR ')
    : '0'
  const rows = db
    .prepare(
      `SELECT g.id, g.name, g.class_id AS classId, c.name AS className, g.subject_id AS subjectId, s.name AS subject,
              (${referenced}) AS referenced,
              coalesce(
                (SELECT group_concat(name, ', ') FROM (
                   SELECT DISTINCT ${TEACHER_NAME} AS name FROM teaching_assignment a JOIN staff st ON st.id = a.teacher_id
                   WHERE a.subgroup_id = g.id ORDER BY name)),
                (SELECT ${TEACHER_NAME} FROM staff st WHERE st.id = g.teacher_id),
                (SELECT CASE WHEN count(DISTINCT a.teacher_id) = 1 THEN max(${TEACHER_NAME}) END
                   FROM teaching_assignment a JOIN staff st ON st.id = a.teacher_id
                   WHERE a.class_id = g.class_id AND a.subject_id = g.subject_id AND a.subgroup_id IS NULL)
              ) AS teacher,
              (SELECT json_group_array(json_object('id', p.id, 'name', trim(p.last_name || ' ' || p.first_name || ' ' || p.middle_name)))
                 FROM subgroup_member m JOIN pupil p ON p.id = m.pupil_id WHERE m.subgroup_id = g.id) AS members
       FROM subgroup g JOIN class c ON c.id = g.class_id JOIN subject s ON s.id = g.subject_id
       WHERE c.year_id = ?
       ORDER BY c.grade, c.letter, s.name, g.name`,
    )
    .all(year.id) as Array<
    Omit<StoredGroup, 'members' | 'referenced'> & {members: string; referenced: number}
  >
  return rows.map((r) => ({
    ...r,
    referenced: Boolean(r.referenced),
    members: JSON.parse(r.members) as StoredGroup['members'],
  }))
}

export function groupsByPair(groups: StoredGroup[]): Map<string, StoredGroup[]> {
  const map = new Map<string, StoredGroup[]>()
  for (const g of groups) {
    const key = pairKey(g.classId, g.subjectId)
    map.set(key, [...(map.get(key) ?? []), g])
  }
  return map
}

/** The teacher of a class × subject when exactly one is assigned to the whole class. */
export function classTeachers(db: Db, year: Year): Map<string, {id: number; name: string}> {
  const rows = db
    .prepare(
      `SELECT a.class_id AS classId, a.subject_id AS subjectId, min(a.teacher_id) AS id, min(${TEACHER_NAME}) AS name
       FROM teaching_assignment a JOIN class c ON c.id = a.class_id JOIN staff st ON st.id = a.teacher_id
       WHERE c.year_id = ? AND a.subgroup_id IS NULL
       GROUP BY a.class_id, a.subject_id HAVING count(DISTINCT a.teacher_id) = 1`,
    )
    .all(year.id) as Array<{classId: number; subjectId: number; id: number; name: string}>
  return new Map(rows.map((r) => [pairKey(r.classId, r.subjectId), {id: r.id, name: r.name}]))
}

export interface PlanToApply {
  classId: number
  subjectId: number
  /** The teacher new groups get (the class's teacher of the subject), if any. */
  teacherId: number | null
  plan: PairPlan
}

/** Writes the plans: new groups, then the moves, then the groups emptied and referenced by nothing. */
export function applyPlans(db: Db, plans: PlanToApply[]): void {
  const insertGroup = db.prepare(
    'INSERT INTO subgroup (class_id, subject_id, name, teacher_id) VALUES (?, ?, ?, ?)',
  )
  const addMember = db.prepare('INSERT OR IGNORE INTO subgroup_member (subgroup_id, pupil_id) VALUES (?, ?)')
  const removeMember = db.prepare('DELETE FROM subgroup_member WHERE subgroup_id = ? AND pupil_id = ?')
  const deleteGroup = db.prepare('DELETE FROM subgroup WHERE id = ?')
  for (const {classId, subjectId, teacherId, plan} of plans) {
    const ids = new Map<string, number>()
    for (const g of plan.groups) {
      ids.set(g.name, g.id ?? Number(insertGroup.run(classId, subjectId, g.name, teacherId).lastInsertRowid))
    }
    for (const move of plan.moves) {
      if (move.from !== null) removeMember.run(ids.get(move.from)!, move.pupil.id)
      if (move.to !== null) addMember.run(ids.get(move.to)!, move.pupil.id)
    }
    for (const g of plan.groups) if (g.deleted && g.id !== null) deleteGroup.run(g.id)
  }
}

/** One pupil out of the other subgroups of a class × subject and into one. */
export function movePupil(db: Db, pupilId: number, fromIds: number[], toId: number): void {
  const remove = db.prepare('DELETE FROM subgroup_member WHERE subgroup_id = ? AND pupil_id = ?')
  const add = db.prepare('INSERT OR IGNORE INTO subgroup_member (subgroup_id, pupil_id) VALUES (?, ?)')
  db.transaction(() => {
    for (const id of fromIds) remove.run(id, pupilId)
    add.run(toId, pupilId)
  })()
}
