// The lists the administrator looks at: pupils, staff, classes, curriculum, timetable.
// Each is one query (JSON aggregated in SQL, no query per row).
import {type IsoDate} from '../calendar/dates.js'
import {type Db} from '../db/open.js'
import {type Year} from '../year/store.js'
import {requireGrade} from './lookup.js'

export interface PupilListItem {
  id: number
  lastName: string
  firstName: string
  middleName: string
  birthDate: IsoDate | null
  gender: 'M' | 'F' | null
  /** The current class this year; null for pupils who left. */
  class: string | null
  foreignLanguages: string[]
  externalId: string | null
  parents: Array<{name: string; email: string | null}>
  /** The pupil's stays in classes this year (движение учащихся), oldest first. */
  history: Array<{
    class: string
    from: IsoDate
    to: IsoDate | null
    reasonIn: string | null
    reasonOut: string | null
  }>
}

export function listPupils(
  db: Db,
  year: Year,
  filter: {className?: string; left?: boolean},
): PupilListItem[] {
  const rows = db
    .prepare(
      `WITH stays AS (
         SELECT e.pupil_id, c.name AS class, e.from_date, e.to_date, e.reason_in, e.reason_out
         FROM enrollment e JOIN class c ON c.id = e.class_id WHERE c.year_id = @year
       )
       SELECT p.id, p.last_name AS lastName, p.first_name AS firstName, p.middle_name AS middleName,
              p.birth_date AS birthDate, p.gender, p.foreign_languages AS foreignLanguages, p.external_id AS externalId,
              (SELECT class FROM stays s WHERE s.pupil_id = p.id AND s.to_date IS NULL) AS class,
              (SELECT json_group_array(json_object('name', pa.full_name, 'email', pa.email))
                 FROM (SELECT pa.* FROM pupil_parent pp JOIN parent pa ON pa.id = pp.parent_id
                       WHERE pp.pupil_id = p.id ORDER BY pa.full_name) pa) AS parents,
              (SELECT json_group_array(json_object('class', class, 'from', from_date, 'to', to_date,
                                                   'reasonIn', reason_in, 'reasonOut', reason_out))
                 FROM (SELECT * FROM stays s WHERE s.pupil_id = p.id ORDER BY from_date)) AS history
       FROM pupil p
       WHERE p.id IN (SELECT pupil_id FROM stays)
       ORDER BY p.last_name, p.first_name, p.middle_name, p.id`,
    )
    .all({year: year.id}) as Array<
    Omit<PupilListItem, 'foreignLanguages' | 'parents' | 'history'> &
      Record<'foreignLanguages' | 'parents' | 'history', string>
  >
  return rows
    .map((r) => ({
      ...r,
      foreignLanguages: JSON.parse(r.foreignLanguages) as string[],
      parents: JSON.parse(r.parents) as PupilListItem['parents'],
      history: JSON.parse(r.history) as PupilListItem['history'],
    }))
    .filter((p) => (filter.left ? p.class === null : p.class !== null))
    .filter(
      (p) =>
        !filter.className ||
        p.class === filter.className ||
        (filter.left && p.history.some((h) => h.class === filter.className)),
    )
}

export interface StaffListItem {
  id: number
  lastName: string
  firstName: string
  middleName: string
  email: string | null
  position: string | null
  roles: string[]
  externalId: string | null
}

export function listStaff(db: Db, role?: string): StaffListItem[] {
  return (
    db
      .prepare(
        `SELECT id, last_name AS lastName, first_name AS firstName, middle_name AS middleName, email, position, roles,
                external_id AS externalId
         FROM staff WHERE @role IS NULL OR EXISTS (SELECT 1 FROM json_each(staff.roles) WHERE value = @role)
         ORDER BY last_name, first_name, middle_name`,
      )
      .all({role: role ?? null}) as Array<StaffListItem & {roles: string}>
  ).map((s) => ({...s, roles: JSON.parse(s.roles as unknown as string) as string[]}))
}

export interface ClassListItem {
  name: string
  grade: number
  profile: string | null
  classTeacher: string | null
  weekDays: number
  pupils: number
}

export function listClasses(db: Db, year: Year): ClassListItem[] {
  return db
    .prepare(
      `SELECT c.name, c.grade, c.profile, c.week_days AS weekDays,
              CASE WHEN s.id IS NULL THEN NULL ELSE trim(s.last_name || ' ' || s.first_name || ' ' || s.middle_name) END AS classTeacher,
              (SELECT count(*) FROM enrollment e WHERE e.class_id = c.id AND e.to_date IS NULL) AS pupils
       FROM class c LEFT JOIN staff s ON s.id = c.class_teacher_id
       WHERE c.year_id = ? ORDER BY c.grade, c.letter`,
    )
    .all(year.id) as ClassListItem[]
}

export interface CurriculumListItem {
  grade: number | null
  class: string | null
  subject: string
  hoursPerWeek: number
  split: boolean
  assessment: 'marks' | 'pass_fail' | 'none'
}

export function listCurriculum(db: Db, year: Year, grade?: number): CurriculumListItem[] {
  if (grade !== undefined) requireGrade(db, year, grade)
  return (
    db
      .prepare(
        `SELECT cu.grade, c.name AS class, s.name AS subject, cu.hours_per_week AS hoursPerWeek, cu.split, cu.assessment
         FROM curriculum cu JOIN subject s ON s.id = cu.subject_id LEFT JOIN class c ON c.id = cu.class_id
         WHERE cu.year_id = @year AND (@grade IS NULL OR cu.grade = @grade OR c.grade = @grade)
         ORDER BY coalesce(cu.grade, c.grade), c.name NULLS FIRST, s.name`,
      )
      .all({year: year.id, grade: grade ?? null}) as Array<
      Omit<CurriculumListItem, 'split'> & {split: number}
    >
  ).map((r) => ({...r, split: Boolean(r.split)}))
}

export interface TimetableItem {
  weekday: number
  lessonNo: number
  subject: string
  teacher: string
  subgroup: string | null
  validFrom: IsoDate | null
  validTo: IsoDate | null
}

export function classTimetable(db: Db, year: Year, className: string): TimetableItem[] {
  return db
    .prepare(
      `SELECT t.weekday, t.lesson_no AS lessonNo, s.name AS subject,
              trim(st.last_name || ' ' || st.first_name || ' ' || st.middle_name) AS teacher,
              g.name AS subgroup, t.valid_from AS validFrom, t.valid_to AS validTo
       FROM timetable t JOIN class c ON c.id = t.class_id JOIN subject s ON s.id = t.subject_id
       JOIN staff st ON st.id = t.teacher_id LEFT JOIN subgroup g ON g.id = t.subgroup_id
       WHERE c.year_id = ? AND c.name = ? ORDER BY t.weekday, t.lesson_no, g.name NULLS FIRST`,
    )
    .all(year.id, className) as TimetableItem[]
}
