// Rolling the previous year over (year open --promote): every class moves up a grade with its
// pupils and class teacher (5А → 6А); grade 11, and grade 9 pupils marked as leaving, graduate;
// pupils marked as repeating stay in their grade. Planned from the database, applied in one go,
// and planned again as "nothing to do" once applied.
import {type Db} from '../db/open.js'
import {type Year} from './store.js'

export interface ClassMove {
  from: string
  /** null: the class graduates (grade 11). */
  to: string | null
  classTeacher: string | null
  /** The new class does not exist yet and will be created. */
  create: boolean
  moved: number
  leaving: number
  staying: number
}

export interface PupilMove {
  pupilId: number
  name: string
  from: string
  /** null for pupils who leave. */
  to: string | null
}

export interface PromotionPlan {
  fromYear: string
  classes: ClassMove[]
  moved: PupilMove[]
  leaving: PupilMove[]
  staying: PupilMove[]
  /** Curriculum rows of the previous year to copy (0 once the new year has its own). */
  curriculumRows: number
  /** Subgroups to copy (only with --keep-subgroups). */
  subgroups: number
}

interface SourceClass {
  id: number
  grade: number
  letter: string
  name: string
  profile: string | null
  classTeacherId: number | null
  classTeacher: string | null
  weekDays: number
}

interface SourcePupil {
  enrollmentId: number
  pupilId: number
  name: string
  classId: number
  yearEnd: 'repeat' | 'leave' | null
  reasonOut: string | null
  alreadyInNewYear: number
}

function loadSource(db: Db, from: Year, to: Year | undefined) {
  const classes = db
    .prepare(
      `SELECT c.id, c.grade, c.letter, c.name, c.profile, c.class_teacher_id AS classTeacherId,
              CASE WHEN s.id IS NULL THEN NULL ELSE s.last_name || ' ' || s.first_name || ' ' || s.middle_name END AS classTeacher,
              c.week_days AS weekDays
       FROM class c LEFT JOIN staff s ON s.id = c.class_teacher_id
       WHERE c.year_id = ? ORDER BY c.grade, c.letter`,
    )
    .all(from.id) as SourceClass[]
  // Pupils in the class on the last day of the year (whether or not the rollover already closed it).
  const pupils = db
    .prepare(
      `SELECT e.id AS enrollmentId, p.id AS pupilId, e.class_id AS classId, e.year_end AS yearEnd,
              e.reason_out AS reasonOut,
              trim(p.last_name || ' ' || p.first_name || ' ' || p.middle_name) AS name,
              EXISTS (SELECT 1 FROM enrollment e2 JOIN class c2 ON c2.id = e2.class_id
                      WHERE e2.pupil_id = p.id AND c2.year_id = @to) AS alreadyInNewYear
       FROM enrollment e JOIN class c ON c.id = e.class_id JOIN pupil p ON p.id = e.pupil_id
       WHERE c.year_id = @from AND e.from_date <= @endsOn AND (e.to_date IS NULL OR e.to_date >= @endsOn)
       ORDER BY p.last_name, p.first_name, p.middle_name, p.id`,
    )
    .all({from: from.id, to: to?.id ?? -1, endsOn: from.endsOn}) as SourcePupil[]
  return {classes, pupils}
}

function existingClassNames(db: Db, year: Year | undefined): Set<string> {
  if (!year) return new Set()
  return new Set(
    (db.prepare('SELECT name FROM class WHERE year_id = ?').all(year.id) as Array<{name: string}>).map(
      (r) => r.name,
    ),
  )
}

export function planPromotion(
  db: Db,
  from: Year,
  to: Year | undefined,
  keepSubgroups: boolean,
): PromotionPlan {
  const {classes, pupils} = loadSource(db, from, to)
  const existing = existingClassNames(db, to)
  const byId = new Map(classes.map((c) => [c.id, c]))
  const moved: PupilMove[] = []
  const leaving: PupilMove[] = []
  const staying: PupilMove[] = []
  const targets = new Set<string>()

  for (const p of pupils) {
    const cls = byId.get(p.classId)!
    if (p.alreadyInNewYear || p.reasonOut === 'graduated') continue
    if (p.yearEnd === 'repeat') {
      staying.push({pupilId: p.pupilId, name: p.name, from: cls.name, to: cls.name})
      targets.add(cls.name)
    } else if (cls.grade === 11 || p.yearEnd === 'leave') {
      leaving.push({pupilId: p.pupilId, name: p.name, from: cls.name, to: null})
    } else {
      moved.push({pupilId: p.pupilId, name: p.name, from: cls.name, to: `${cls.grade + 1}${cls.letter}`})
    }
  }

  const count = (list: PupilMove[], name: string) => list.filter((m) => m.from === name).length
  const classMoves: ClassMove[] = classes.map((c) => {
    const to = c.grade === 11 ? null : `${c.grade + 1}${c.letter}`
    return {
      from: c.name,
      to,
      classTeacher: c.classTeacher?.trim() ?? null,
      create: to !== null && !existing.has(to),
      moved: count(moved, c.name),
      leaving: count(leaving, c.name),
      staying: count(staying, c.name),
    }
  })
  // Repeaters whose grade has no class next year get one (without a class teacher).
  for (const name of targets) {
    if (!existing.has(name) && !classMoves.some((m) => m.to === name)) {
      classMoves.push({
        from: name,
        to: name,
        classTeacher: null,
        create: true,
        moved: 0,
        leaving: 0,
        staying: 0,
      })
    }
  }

  const curriculumRows = to && hasCurriculum(db, to) ? 0 : countCurriculum(db, from)
  const subgroups = keepSubgroups ? countSubgroupsToCopy(db, from, to) : 0
  return {fromYear: from.label, classes: classMoves, moved, leaving, staying, curriculumRows, subgroups}
}

function hasCurriculum(db: Db, year: Year): boolean {
  return Boolean(db.prepare('SELECT 1 FROM curriculum WHERE year_id = ? LIMIT 1').get(year.id))
}

function countCurriculum(db: Db, year: Year): number {
  return (db.prepare('SELECT count(*) AS n FROM curriculum WHERE year_id = ?').get(year.id) as {n: number}).n
}

function countSubgroupsToCopy(db: Db, from: Year, to: Year | undefined): number {
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM subgroup g JOIN class c ON c.id = g.class_id
         WHERE c.year_id = @from AND c.grade < 11 AND NOT EXISTS (
           SELECT 1 FROM subgroup g2 JOIN class c2 ON c2.id = g2.class_id
           WHERE c2.year_id = @to AND c2.grade = c.grade + 1 AND c2.letter = c.letter
             AND g2.subject_id = g.subject_id AND g2.name = g.name)`,
      )
      .get({from: from.id, to: to?.id ?? -1}) as {n: number}
  ).n
}

export function isEmptyPromotion(plan: PromotionPlan): boolean {
  return (
    plan.moved.length + plan.leaving.length + plan.staying.length + plan.curriculumRows + plan.subgroups ===
      0 && !plan.classes.some((c) => c.create)
  )
}

/** Applies the plan inside the caller's transaction. */
export function applyPromotion(
  db: Db,
  plan: PromotionPlan,
  from: Year,
  to: Year,
  keepSubgroups: boolean,
): void {
  const {classes} = loadSource(db, from, to)
  const source = new Map(classes.map((c) => [c.name, c]))
  const insertClass = db.prepare(
    `INSERT INTO class (year_id, grade, letter, profile, class_teacher_id, week_days) VALUES (?, ?, ?, ?, ?, ?)`,
  )
  for (const move of plan.classes.filter((m) => m.create && m.to)) {
    const src = source.get(move.from)!
    const repeating = move.from === move.to
    insertClass.run(
      to.id,
      repeating ? src.grade : src.grade + 1,
      src.letter,
      repeating ? null : src.profile,
      repeating ? null : src.classTeacherId,
      src.weekDays,
    )
  }
  const classId = db.prepare('SELECT id FROM class WHERE year_id = ? AND name = ?')
  const close = db.prepare(
    `UPDATE enrollment SET to_date = ?, reason_out = ?
     WHERE pupil_id = ? AND class_id = (SELECT id FROM class WHERE year_id = ? AND name = ?) AND to_date IS NULL`,
  )
  const enroll = db.prepare(
    `INSERT INTO enrollment (pupil_id, class_id, from_date, reason_in) VALUES (?, ?, ?, ?)`,
  )
  for (const m of plan.moved) {
    close.run(from.endsOn, 'promoted', m.pupilId, from.id, m.from)
    enroll.run(m.pupilId, (classId.get(to.id, m.to) as {id: number}).id, to.startsOn, 'promoted')
  }
  for (const m of plan.staying) {
    close.run(from.endsOn, 'repeating', m.pupilId, from.id, m.from)
    enroll.run(m.pupilId, (classId.get(to.id, m.to) as {id: number}).id, to.startsOn, 'repeating')
  }
  for (const m of plan.leaving) close.run(from.endsOn, 'graduated', m.pupilId, from.id, m.from)

  if (plan.curriculumRows > 0) {
    // By grade as it is; a class's own rows go to the class with the same name next year.
    db.prepare(
      `INSERT INTO curriculum (year_id, grade, class_id, subject_id, hours_per_week, split, assessment)
       SELECT @to, cu.grade,
              CASE WHEN cu.class_id IS NULL THEN NULL
                   ELSE (SELECT n.id FROM class n JOIN class o ON o.id = cu.class_id
                         WHERE n.year_id = @to AND n.name = o.name) END,
              cu.subject_id, cu.hours_per_week, cu.split, cu.assessment
       FROM curriculum cu
       WHERE cu.year_id = @from
         AND (cu.grade IS NOT NULL OR EXISTS (SELECT 1 FROM class n JOIN class o ON o.id = cu.class_id
                                              WHERE n.year_id = @to AND n.name = o.name))`,
    ).run({from: from.id, to: to.id})
  }

  if (keepSubgroups && plan.subgroups > 0) {
    // Each subgroup follows its class up a grade, with the members who moved up with it.
    const rows = db
      .prepare(
        `SELECT g.id, g.subject_id AS subjectId, g.name, g.teacher_id AS teacherId, n.id AS newClassId
         FROM subgroup g JOIN class c ON c.id = g.class_id
         JOIN class n ON n.year_id = @to AND n.grade = c.grade + 1 AND n.letter = c.letter
         WHERE c.year_id = @from`,
      )
      .all({from: from.id, to: to.id}) as Array<{
      id: number
      subjectId: number
      name: string
      teacherId: number | null
      newClassId: number
    }>
    const insertGroup = db.prepare(
      'INSERT OR IGNORE INTO subgroup (class_id, subject_id, name, teacher_id) VALUES (?, ?, ?, ?)',
    )
    const groupId = db.prepare('SELECT id FROM subgroup WHERE class_id = ? AND subject_id = ? AND name = ?')
    const copyMembers = db.prepare(
      `INSERT OR IGNORE INTO subgroup_member (subgroup_id, pupil_id)
       SELECT ?, m.pupil_id FROM subgroup_member m
       WHERE m.subgroup_id = ? AND EXISTS (
         SELECT 1 FROM enrollment e WHERE e.pupil_id = m.pupil_id AND e.class_id = ? AND e.to_date IS NULL)`,
    )
    for (const g of rows) {
      insertGroup.run(g.newClassId, g.subjectId, g.name, g.teacherId)
      const id = (groupId.get(g.newClassId, g.subjectId, g.name) as {id: number}).id
      copyMembers.run(id, g.id, g.newClassId)
    }
  }
}
