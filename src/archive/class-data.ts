// One class's year, read from the year's archive database for its print forms: the pupils with
// their stays, the subjects (by the curriculum, then any other taught), each subject's journal
// (per subgroup where it is divided) with lessons, marks and absences, the final marks, and the
// periods of its grade. One class at a time: memory stays bounded by the largest class.
import {type Db} from '../db/open.js'

export interface ClassInfo {
  id: number
  name: string
  grade: number
  profile: string | null
  classTeacher: string | null
}

export interface ClassPupil {
  id: number
  name: string
  birthDate: string | null
  /** The first day in the class this year, and the last when the pupil left before the end. */
  from: string
  to: string | null
  reasonOut: string | null
}

export interface JournalLesson {
  id: number
  date: string
  lessonNo: number
  topic: string | null
  lessonType: string
  homework: string | null
  teacher: string
  substitution: boolean
}

/** A subject's journal: the whole class, or one subgroup. */
export interface JournalSection {
  subjectId: number
  subject: string
  subgroup: string | null
  teachers: string[]
  hoursPerWeek: number | null
  assessment: string | null
  /** Pupil ids, in the order of the class list. */
  pupils: number[]
  lessons: JournalLesson[]
  /** lesson id → pupil id → what the cell shows: «5», «н», «н 4». */
  cells: Map<number, Map<number, string>>
}

export interface PeriodColumn {
  code: string
  label: string
}

export interface ClassYear {
  school: string
  year: string
  startsOn: string
  endsOn: string
  cls: ClassInfo
  pupils: ClassPupil[]
  sections: JournalSection[]
  /** Subjects of the final marks, in journal order. */
  subjects: Array<{id: number; name: string}>
  /** The columns of the final marks: the grade's periods, then year, exam and final. */
  periods: PeriodColumn[]
  /** `${pupilId}|${subjectId}` → period code → value. */
  finals: Map<string, Map<string, string>>
  /** pupil id → absences: [date, reason] for the attendance summary. */
  absences: Map<number, Array<{date: string; reason: string}>>
}

const FULL_NAME = "trim(p.last_name || ' ' || p.first_name || ' ' || p.middle_name)"
const STAFF_NAME = "trim(s.last_name || ' ' || s.first_name || ' ' || s.middle_name)"

const PERIOD_KIND: Record<string, string> = {quarter: 'четверть', half: 'полугодие', trimester: 'триместр'}
const FIXED_PERIODS: PeriodColumn[] = [
  {code: 'year', label: 'Год'},
  {code: 'exam', label: 'Экзамен'},
  {code: 'final', label: 'Итоговая'},
]

/** '5', 'н', 'н 5'; absences of every reason but lateness are «н», as in the paper journal. */
function cellText(mark: string | undefined, reason: string | undefined): string {
  const absence = reason === undefined ? '' : reason === 'о' ? 'оп' : 'н'
  return [absence, mark ?? ''].filter(Boolean).join(' ')
}

export function classesOf(db: Db): Array<{id: number; name: string}> {
  return db.prepare('SELECT id, name FROM class ORDER BY grade, letter').all() as Array<{
    id: number
    name: string
  }>
}

export function loadClassYear(db: Db, school: string, classId: number): ClassYear {
  const year = db
    .prepare('SELECT label, starts_on AS startsOn, ends_on AS endsOn FROM academic_year')
    .get() as {
    label: string
    startsOn: string
    endsOn: string
  }
  const cls = db
    .prepare(
      `SELECT c.id, c.name, c.grade, c.profile, CASE WHEN s.id IS NULL THEN NULL ELSE ${STAFF_NAME} END AS classTeacher
       FROM class c LEFT JOIN staff s ON s.id = c.class_teacher_id WHERE c.id = ?`,
    )
    .get(classId) as ClassInfo
  const pupils = db
    .prepare(
      `SELECT p.id, ${FULL_NAME} AS name, p.birth_date AS birthDate, min(e.from_date) AS "from",
              CASE WHEN count(*) = count(e.to_date) AND max(e.to_date) < @endsOn THEN max(e.to_date) END AS "to",
              CASE WHEN count(*) = count(e.to_date) AND max(e.to_date) < @endsOn
                   THEN (SELECT e2.reason_out FROM enrollment e2 WHERE e2.pupil_id = p.id AND e2.class_id = @class
                         ORDER BY e2.to_date DESC LIMIT 1) END AS reasonOut
       FROM enrollment e JOIN pupil p ON p.id = e.pupil_id WHERE e.class_id = @class
       GROUP BY p.id ORDER BY p.last_name, p.first_name, p.middle_name, p.id`,
    )
    .all({class: classId, endsOn: year.endsOn}) as ClassPupil[]

  const curriculum = db
    .prepare(
      `SELECT cu.subject_id AS subjectId, cu.hours_per_week AS hours, cu.assessment, min(cu.id) AS ord
       FROM class c JOIN curriculum cu ON cu.year_id = c.year_id AND (
         cu.class_id = c.id OR (cu.grade = c.grade AND NOT EXISTS (
           SELECT 1 FROM curriculum own WHERE own.year_id = c.year_id AND own.class_id = c.id
                                          AND own.subject_id = cu.subject_id)))
       WHERE c.id = ? GROUP BY cu.subject_id`,
    )
    .all(classId) as Array<{subjectId: number; hours: number; assessment: string; ord: number}>
  const plan = new Map(curriculum.map((c) => [c.subjectId, c]))

  const lessons = db
    .prepare(
      `SELECT l.id, l.subject_id AS subjectId, l.subgroup_id AS subgroupId, l.date, l.lesson_no AS lessonNo, l.topic,
              l.lesson_type AS lessonType, l.homework, ${STAFF_NAME} AS teacher, l.substitution
       FROM lesson l JOIN staff s ON s.id = l.teacher_id WHERE l.class_id = ?
       ORDER BY l.subject_id, l.subgroup_id, l.date, l.lesson_no`,
    )
    .all(classId) as Array<
    Omit<JournalLesson, 'substitution'> & {subjectId: number; subgroupId: number | null; substitution: number}
  >
  const marks = new Map<string, string>()
  for (const m of db
    .prepare(
      'SELECT m.lesson_id AS l, m.pupil_id AS p, m.value AS v FROM mark m JOIN lesson l ON l.id = m.lesson_id WHERE l.class_id = ?',
    )
    .all(classId) as Array<{l: number; p: number; v: string}>)
    marks.set(`${m.l}|${m.p}`, m.v)
  const absenceRows = db
    .prepare(
      `SELECT a.lesson_id AS l, a.pupil_id AS p, a.reason AS r, l.date FROM absence a JOIN lesson l ON l.id = a.lesson_id
       WHERE l.class_id = ? ORDER BY l.date`,
    )
    .all(classId) as Array<{l: number; p: number; r: string; date: string}>
  const reasons = new Map(absenceRows.map((a) => [`${a.l}|${a.p}`, a.r]))
  const absences = new Map<number, Array<{date: string; reason: string}>>()
  for (const a of absenceRows) {
    const list = absences.get(a.p) ?? []
    list.push({date: a.date, reason: a.r})
    absences.set(a.p, list)
  }

  const subjects = new Map(
    (db.prepare('SELECT id, name FROM subject').all() as Array<{id: number; name: string}>).map((s) => [
      s.id,
      s.name,
    ]),
  )
  const subgroups = new Map(
    (
      db
        .prepare('SELECT id, name, teacher_id AS teacherId FROM subgroup WHERE class_id = ?')
        .all(classId) as Array<{
        id: number
        name: string
      }>
    ).map((g) => [g.id, g.name]),
  )
  const members = new Map<number, Set<number>>()
  for (const m of db
    .prepare(
      'SELECT m.subgroup_id AS g, m.pupil_id AS p FROM subgroup_member m JOIN subgroup g ON g.id = m.subgroup_id WHERE g.class_id = ?',
    )
    .all(classId) as Array<{g: number; p: number}>) {
    const set = members.get(m.g) ?? new Set<number>()
    set.add(m.p)
    members.set(m.g, set)
  }
  const assigned = new Map<string, string[]>()
  for (const a of db
    .prepare(
      `SELECT a.subject_id AS subjectId, a.subgroup_id AS subgroupId, ${STAFF_NAME} AS teacher
       FROM teaching_assignment a JOIN staff s ON s.id = a.teacher_id WHERE a.class_id = ? ORDER BY a.id`,
    )
    .all(classId) as Array<{subjectId: number; subgroupId: number | null; teacher: string}>) {
    const key = `${a.subjectId}|${a.subgroupId ?? ''}`
    assigned.set(key, [...new Set([...(assigned.get(key) ?? []), a.teacher])])
  }

  // Sections: every (subject, subgroup) with lessons, and curriculum subjects with none.
  const byKey = new Map<string, JournalSection>()
  const classOrder = new Map(pupils.map((p, i) => [p.id, i]))
  const section = (subjectId: number, subgroupId: number | null): JournalSection => {
    const key = `${subjectId}|${subgroupId ?? ''}`
    let s = byKey.get(key)
    if (!s) {
      const p = plan.get(subjectId)
      s = {
        subjectId,
        subject: subjects.get(subjectId) ?? `#${subjectId}`,
        subgroup: subgroupId === null ? null : (subgroups.get(subgroupId) ?? `#${subgroupId}`),
        teachers: assigned.get(key) ?? (subgroupId === null ? [] : (assigned.get(`${subjectId}|`) ?? [])),
        hoursPerWeek: p?.hours ?? null,
        assessment: p?.assessment ?? null,
        pupils: [],
        lessons: [],
        cells: new Map(),
      }
      byKey.set(key, s)
    }
    return s
  }
  for (const c of curriculum)
    if (!lessons.some((l) => l.subjectId === c.subjectId)) section(c.subjectId, null)
  const seen = new Map<string, Set<number>>()
  for (const l of lessons) {
    const s = section(l.subjectId, l.subgroupId)
    s.lessons.push({...l, substitution: Boolean(l.substitution)})
    const row = new Map<number, string>()
    const key = `${l.subjectId}|${l.subgroupId ?? ''}`
    const who = seen.get(key) ?? new Set<number>()
    seen.set(key, who)
    for (const p of pupils) {
      const text = cellText(marks.get(`${l.id}|${p.id}`), reasons.get(`${l.id}|${p.id}`))
      if (text) {
        row.set(p.id, text)
        who.add(p.id)
      }
    }
    s.cells.set(l.id, row)
  }
  for (const [key, s] of byKey) {
    const subgroupId = key.split('|')[1]
    const inSection = subgroupId
      ? new Set([...(members.get(Number(subgroupId)) ?? []), ...(seen.get(key) ?? [])])
      : null
    s.pupils = pupils.filter((p) => !inSection || inSection.has(p.id)).map((p) => p.id)
    s.pupils.sort((a, b) => classOrder.get(a)! - classOrder.get(b)!)
  }
  const ordOf = (id: number) => plan.get(id)?.ord ?? Number.MAX_SAFE_INTEGER
  const sections = [...byKey.values()].sort(
    (a, b) =>
      ordOf(a.subjectId) - ordOf(b.subjectId) ||
      a.subject.localeCompare(b.subject, 'ru') ||
      (a.subgroup ?? '').localeCompare(b.subgroup ?? '', 'ru'),
  )

  const finals = new Map<string, Map<string, string>>()
  const codes = new Set<string>()
  for (const f of db
    .prepare('SELECT pupil_id AS p, subject_id AS s, period, value FROM final_mark WHERE class_id = ?')
    .all(classId) as Array<{p: number; s: number; period: string; value: string}>) {
    const key = `${f.p}|${f.s}`
    const map = finals.get(key) ?? new Map<string, string>()
    map.set(f.period, f.value)
    finals.set(key, map)
    codes.add(f.period)
  }
  const gradePeriods = (
    db
      .prepare(
        `SELECT kind, number FROM period WHERE EXISTS (SELECT 1 FROM json_each(period.grades) WHERE value = ?)
         ORDER BY starts_on, kind, number`,
      )
      .all(cls.grade) as Array<{kind: string; number: number}>
  ).map((p) => ({code: `${p.kind}:${p.number}`, label: `${p.number} ${PERIOD_KIND[p.kind] ?? p.kind}`}))
  const periods = [
    ...gradePeriods,
    ...[...codes]
      .filter((c) => !gradePeriods.some((p) => p.code === c) && !FIXED_PERIODS.some((p) => p.code === c))
      .sort()
      .map((code) => ({code, label: code})),
    ...FIXED_PERIODS.filter((p) => p.code === 'year' || codes.has(p.code)),
  ]
  const subjectIds = [
    ...new Set([
      ...sections.map((s) => s.subjectId),
      ...[...finals.keys()].map((k) => Number(k.split('|')[1])),
    ]),
  ]
  return {
    school,
    year: year.label,
    startsOn: year.startsOn,
    endsOn: year.endsOn,
    cls,
    pupils,
    sections,
    subjects: subjectIds
      .sort(
        (a, b) => ordOf(a) - ordOf(b) || (subjects.get(a) ?? '').localeCompare(subjects.get(b) ?? '', 'ru'),
      )
      .map((id) => ({id, name: subjects.get(id) ?? `#${id}`})),
    periods,
    finals,
    absences,
  }
}
