// A pupil's progress over a span (п. 3.3: the letter to parents every two weeks, `report pupil`):
// marks by subject with their dates and mean, absences, the class teacher, the parents.
import {addDays, formatRu, type IsoDate} from '../calendar/dates.js'
import {UsageError} from '../cli/errors.js'
import {type Translate} from '../cli/i18n.js'
import {type Db} from '../db/open.js'
import {findClass, findPupilOf} from '../lists/lookup.js'
import {type Year} from '../year/store.js'
import {type Block, type ReportDoc} from './document.js'
import {formatMean, round} from './metrics.js'

export interface SubjectProgress {
  subject: string
  marks: Array<{date: IsoDate; value: string}>
  /** Mean of the marks 1…5; null without such marks. */
  mean: number | null
}

export interface AbsenceCounts {
  /** Lessons missed: н + у + б. */
  total: number
  /** у + б. */
  excused: number
  illness: number
  unexcused: number
  /** о: late. */
  late: number
}

/** The --json contract of `report pupil` (and each letter of `letters`). */
export interface PupilProgress {
  id: number
  pupil: string
  class: string
  classTeacher: {name: string; email: string | null} | null
  from: IsoDate
  to: IsoDate
  subjects: SubjectProgress[]
  absences: AbsenceCounts
  parents: Array<{name: string; email: string | null}>
}

interface PupilRow {
  id: number
  lastName: string
  firstName: string
  middleName: string
  externalId: string | null
  classId: number
  className: string
}

/** The pupils of the year, each in the class of their latest stay. */
function pupilsOfYear(db: Db, year: Year): PupilRow[] {
  return db
    .prepare(
      `SELECT p.id, p.last_name AS lastName, p.first_name AS firstName, p.middle_name AS middleName,
              p.external_id AS externalId, c.id AS classId, c.name AS className
       FROM enrollment e JOIN class c ON c.id = e.class_id AND c.year_id = ? JOIN pupil p ON p.id = e.pupil_id
       WHERE NOT EXISTS (SELECT 1 FROM enrollment o JOIN class oc ON oc.id = o.class_id AND oc.year_id = c.year_id
                         WHERE o.pupil_id = e.pupil_id AND o.from_date > e.from_date)`,
    )
    .all(year.id) as PupilRow[]
}

/** The pupil a person means: ФИО (with or without the patronymic), external id or pupil id. */
export function resolvePupil(db: Db, year: Year, reference: string, className?: string): PupilRow {
  const pupils = pupilsOfYear(db, year).filter((p) => !className || p.className === className)
  return findPupilOf(reference, pupils, 'report.pupil.ambiguous')
}

/** The current pupils of a class (their stay not ended by `on`), in the order of the class list. */
export function classPupils(db: Db, year: Year, className: string, on: IsoDate): number[] {
  const cls = findClass(db, year, className)
  return (
    db
      .prepare(
        `SELECT DISTINCT p.id FROM enrollment e JOIN pupil p ON p.id = e.pupil_id
         WHERE e.class_id = ? AND e.from_date <= ? AND (e.to_date IS NULL OR e.to_date >= ?)
         ORDER BY p.last_name, p.first_name, p.middle_name`,
      )
      .all(cls.id, on, on) as Array<{id: number}>
  ).map((r) => r.id)
}

/** Two weeks ending `to`, unless `from` is given. */
export function defaultSpan(to: IsoDate, from?: IsoDate): {from: IsoDate; to: IsoDate} {
  const start = from ?? addDays(to, -13)
  if (start > to) throw new UsageError('report.badSpan', {from: formatRu(start), to: formatRu(to)})
  return {from: start, to}
}

/** The progress of the pupils over [from, to], in the order given. */
export function pupilProgress(
  db: Db,
  year: Year,
  pupilIds: number[],
  from: IsoDate,
  to: IsoDate,
): PupilProgress[] {
  if (pupilIds.length === 0) return []
  const bind = {pupils: JSON.stringify(pupilIds), from, to, yearId: year.id}
  const heads = db
    .prepare(
      `WITH pp AS (SELECT value AS pupil_id FROM json_each(@pupils)),
       stay AS (
         SELECT e.pupil_id, c.id AS class_id, c.name, c.grade, c.class_teacher_id,
                row_number() OVER (PARTITION BY e.pupil_id ORDER BY (e.from_date <= @to) DESC, e.from_date DESC) AS n
         FROM pp JOIN enrollment e ON e.pupil_id = pp.pupil_id JOIN class c ON c.id = e.class_id AND c.year_id = @yearId)
       SELECT p.id, trim(p.last_name || ' ' || p.first_name || ' ' || p.middle_name) AS pupil, s.class_id AS classId,
              s.name AS className, trim(t.last_name || ' ' || t.first_name || ' ' || t.middle_name) AS teacher, t.email AS teacherEmail,
              (SELECT json_group_array(json_object('name', pa.full_name, 'email', pa.email))
                 FROM (SELECT pa.* FROM pupil_parent x JOIN parent pa ON pa.id = x.parent_id WHERE x.pupil_id = p.id ORDER BY pa.id) pa) AS parents
       FROM stay s JOIN pupil p ON p.id = s.pupil_id LEFT JOIN staff t ON t.id = s.class_teacher_id
       WHERE s.n = 1`,
    )
    .all(bind) as Array<{
    id: number
    pupil: string
    classId: number
    className: string
    teacher: string | null
    teacherEmail: string | null
    parents: string
  }>
  // The subjects of each pupil's class (assessed ones, in the curriculum's order) and any other
  // subject they got marks in, with the marks of the span.
  const marks = db
    .prepare(
      `WITH pp AS (SELECT value AS pupil_id FROM json_each(@pupils)),
       cls AS (
         SELECT e.pupil_id, c.id AS class_id, c.grade,
                row_number() OVER (PARTITION BY e.pupil_id ORDER BY (e.from_date <= @to) DESC, e.from_date DESC) AS n
         FROM pp JOIN enrollment e ON e.pupil_id = pp.pupil_id JOIN class c ON c.id = e.class_id AND c.year_id = @yearId),
       cur AS (
         SELECT cls.pupil_id, cu.subject_id, min(cu.id) AS ord FROM cls JOIN curriculum cu ON cu.year_id = @yearId
           AND (cu.class_id = cls.class_id OR (cu.grade = cls.grade AND NOT EXISTS (
                 SELECT 1 FROM curriculum o WHERE o.year_id = @yearId AND o.class_id = cls.class_id AND o.subject_id = cu.subject_id)))
         WHERE cls.n = 1 AND cu.assessment <> 'none' AND cls.grade > 1
         GROUP BY cls.pupil_id, cu.subject_id),
       mk AS (
         SELECT m.pupil_id, l.subject_id, l.date, l.lesson_no, m.value FROM pp JOIN mark m ON m.pupil_id = pp.pupil_id
         JOIN lesson l ON l.id = m.lesson_id WHERE l.date BETWEEN @from AND @to),
       subj AS (
         SELECT pupil_id, subject_id, ord FROM cur
         UNION SELECT pupil_id, subject_id, 1e9 FROM mk WHERE NOT EXISTS (
           SELECT 1 FROM cur WHERE cur.pupil_id = mk.pupil_id AND cur.subject_id = mk.subject_id))
       SELECT subj.pupil_id, sj.name AS subject, mk.date, mk.value
       FROM subj JOIN subject sj ON sj.id = subj.subject_id
       LEFT JOIN mk ON mk.pupil_id = subj.pupil_id AND mk.subject_id = subj.subject_id
       ORDER BY subj.pupil_id, subj.ord, sj.name, mk.date, mk.lesson_no`,
    )
    .all(bind) as Array<{pupil_id: number; subject: string; date: IsoDate | null; value: string | null}>
  const absences = db
    .prepare(
      `SELECT a.pupil_id, sum(a.reason IN ('н', 'у', 'б')) AS total, sum(a.reason IN ('у', 'б')) AS excused,
              sum(a.reason = 'б') AS illness, sum(a.reason = 'н') AS unexcused, sum(a.reason = 'о') AS late
       FROM json_each(@pupils) pp JOIN absence a ON a.pupil_id = pp.value JOIN lesson l ON l.id = a.lesson_id
       WHERE l.date BETWEEN @from AND @to GROUP BY a.pupil_id`,
    )
    .all(bind) as Array<AbsenceCounts & {pupil_id: number}>

  const subjects = new Map<number, SubjectProgress[]>()
  for (const m of marks) {
    let list = subjects.get(m.pupil_id)
    if (!list) subjects.set(m.pupil_id, (list = []))
    let s = list.at(-1)
    if (!s || s.subject !== m.subject) list.push((s = {subject: m.subject, marks: [], mean: null}))
    if (m.date && m.value) s.marks.push({date: m.date, value: m.value})
  }
  for (const list of subjects.values())
    for (const s of list) {
      const numeric = s.marks.filter((m) => /^[1-5]$/.test(m.value)).map((m) => Number(m.value))
      s.mean = numeric.length ? round(numeric.reduce((a, b) => a + b, 0) / numeric.length, 2) : null
    }
  const absent = new Map(absences.map((a) => [a.pupil_id, a]))
  const byId = new Map(heads.map((h) => [h.id, h]))
  return pupilIds
    .map((id) => byId.get(id))
    .filter((h) => h !== undefined)
    .map((h) => {
      const a = absent.get(h.id)
      return {
        id: h.id,
        pupil: h.pupil,
        class: h.className,
        classTeacher: h.teacher ? {name: h.teacher, email: h.teacherEmail} : null,
        from,
        to,
        subjects: subjects.get(h.id) ?? [],
        absences: {
          total: a?.total ?? 0,
          excused: a?.excused ?? 0,
          illness: a?.illness ?? 0,
          unexcused: a?.unexcused ?? 0,
          late: a?.late ?? 0,
        },
        parents: JSON.parse(h.parents) as PupilProgress['parents'],
      }
    })
}

/** «5 (14.10), 4 (16.10)». */
export function marksText(s: SubjectProgress): string {
  return s.marks.map((m) => `${m.value} (${formatRu(m.date).slice(0, 5)})`).join(', ')
}

/** `report pupil` as a document. */
export function pupilDoc(
  p: PupilProgress,
  school: string,
  tr: Translate,
  decimal: ',' | '.' = ',',
): ReportDoc {
  const blocks: Block[] = [
    {
      kind: 'table',
      headers: [tr('report.col.subject'), tr('report.pupil.col.marks'), tr('report.pupil.col.mean')],
      rows: p.subjects.map((s) => [
        s.subject,
        marksText(s) || '—',
        s.mean === null ? '' : formatMean(s.mean, decimal),
      ]),
      numeric: [false, false, true],
      widths: [30, 55, 15],
    },
    {
      kind: 'text',
      text: tr('report.pupil.absences', {...p.absences}),
    },
  ]
  return {
    title: tr('report.pupil.title', {pupil: p.pupil, class: p.class}),
    lines: [
      school,
      tr('report.pupil.span', {from: formatRu(p.from), to: formatRu(p.to)}),
      tr('report.pupil.classTeacher', {teacher: p.classTeacher?.name ?? '—'}),
    ],
    blocks,
  }
}
