// `report teachers`: who teaches what (распределение нагрузки), hours a week by the curriculum
// against the hours in the timetable, and each teacher's open findings of the check (counts by
// severity, as of today) — the page for the director's meeting (п. 6.8).
import {formatRu, type IsoDate} from '../calendar/dates.js'
import {type Translate} from '../cli/i18n.js'
import {runCheck} from '../compliance/engine.js'
import {SEVERITIES, type Severity} from '../compliance/types.js'
import {type Db} from '../db/open.js'
import {type Settings} from '../workspace/settings.js'
import {type Year} from '../year/store.js'
import {type ReportDoc} from './document.js'
import {formatNumber, round} from './metrics.js'

export interface TeacherLoad {
  teacher: string
  roles: string[]
  assignments: Array<{class: string; subject: string; subgroup: string | null; hours: number | null}>
  hours: {
    /** The curriculum's hours a week of the classes and subgroups assigned. */
    curriculum: number
    /** Lessons a week in the timetable valid on the day. */
    timetable: number
  }
  /** Open findings of the check in which the teacher is the one responsible. */
  findings: Record<Severity, number>
}

/** The --json contract of `report teachers`. */
export interface TeachersReport {
  year: string
  school: string
  asOf: IsoDate
  teachers: TeacherLoad[]
  /** Curriculum subjects of a class with nobody assigned. */
  unassigned: Array<{class: string; subject: string; hours: number}>
}

export function teachersReport(
  ws: {db: Db; settings: Settings; settingsFile: string},
  request: {year: Year; asOf: IsoDate},
): TeachersReport {
  const {db} = ws
  const bind = {yearId: request.year.id, asOf: request.asOf}
  const curriculum = `
    SELECT c.id AS class_id, c.name AS class, c.grade, cu.subject_id, cu.hours_per_week AS hours
    FROM class c JOIN curriculum cu ON cu.year_id = c.year_id
      AND (cu.class_id = c.id OR (cu.grade = c.grade AND NOT EXISTS (
            SELECT 1 FROM curriculum o WHERE o.year_id = c.year_id AND o.class_id = c.id AND o.subject_id = cu.subject_id)))
    WHERE c.year_id = @yearId`
  const rows = db
    .prepare(
      `WITH cur AS (${curriculum}),
       tt AS (
         SELECT t.teacher_id, count(*) AS lessons FROM timetable t JOIN class c ON c.id = t.class_id AND c.year_id = @yearId
         WHERE (t.valid_from IS NULL OR t.valid_from <= @asOf) AND (t.valid_to IS NULL OR t.valid_to >= @asOf)
         GROUP BY t.teacher_id),
       asg AS (
         SELECT a.teacher_id, json_group_array(json_object('class', c.name, 'subject', sj.name, 'subgroup', g.name,
                                                           'hours', cur.hours)) AS list,
                sum(coalesce(cur.hours, 0)) AS hours
         FROM teaching_assignment a JOIN class c ON c.id = a.class_id AND c.year_id = @yearId
         JOIN subject sj ON sj.id = a.subject_id LEFT JOIN subgroup g ON g.id = a.subgroup_id
         LEFT JOIN cur ON cur.class_id = a.class_id AND cur.subject_id = a.subject_id
         GROUP BY a.teacher_id)
       SELECT s.id, trim(s.last_name || ' ' || s.first_name || ' ' || s.middle_name) AS teacher, s.roles,
              coalesce(asg.list, '[]') AS list, coalesce(asg.hours, 0) AS curriculum, coalesce(tt.lessons, 0) AS timetable
       FROM staff s LEFT JOIN asg ON asg.teacher_id = s.id LEFT JOIN tt ON tt.teacher_id = s.id
       ORDER BY s.last_name, s.first_name, s.middle_name`,
    )
    .all(bind) as Array<{
    id: number
    teacher: string
    roles: string
    list: string
    curriculum: number
    timetable: number
  }>
  const unassigned = db
    .prepare(
      `WITH cur AS (${curriculum})
       SELECT cur.class, sj.name AS subject, cur.hours FROM cur JOIN subject sj ON sj.id = cur.subject_id
       WHERE NOT EXISTS (SELECT 1 FROM teaching_assignment a WHERE a.class_id = cur.class_id AND a.subject_id = cur.subject_id)
       ORDER BY cur.grade, cur.class, sj.name`,
    )
    .all(bind) as TeachersReport['unassigned']

  const run = runCheck({db, settings: ws.settings, settingsFile: ws.settingsFile}, {asOf: request.asOf})
  const findings = new Map<number, Record<Severity, number>>()
  for (const f of run.findings) {
    if (f.responsible.id === null) continue
    let c = findings.get(f.responsible.id)
    if (!c) findings.set(f.responsible.id, (c = {error: 0, warning: 0, info: 0}))
    c[f.severity]++
  }
  const collator = new Intl.Collator('ru', {numeric: true})
  const teachers = rows
    .map((r) => ({
      id: r.id,
      teacher: r.teacher,
      roles: JSON.parse(r.roles) as string[],
      assignments: (JSON.parse(r.list) as TeacherLoad['assignments']).sort(
        (a, b) =>
          collator.compare(a.class, b.class) ||
          collator.compare(a.subject, b.subject) ||
          collator.compare(a.subgroup ?? '', b.subgroup ?? ''),
      ),
      hours: {curriculum: round(r.curriculum, 1), timetable: r.timetable},
      findings: findings.get(r.id) ?? {error: 0, warning: 0, info: 0},
    }))
    .filter((t) => t.assignments.length || t.hours.timetable || SEVERITIES.some((s) => t.findings[s] > 0))
    .map(({id: _id, ...t}) => t)
  return {year: request.year.label, school: ws.settings.schoolName, asOf: request.asOf, teachers, unassigned}
}

export function teachersDoc(r: TeachersReport, tr: Translate, decimal: ',' | '.' = ','): ReportDoc {
  const hours = (h: number | null) => (h === null ? '?' : formatNumber(h, decimal))
  return {
    title: tr('report.teachers.title'),
    lines: [r.school, tr('report.teachers.span', {year: r.year, asOf: formatRu(r.asOf)})],
    landscape: true,
    blocks: [
      {kind: 'heading', text: tr('report.teachers.chart'), level: 2},
      {
        kind: 'chart',
        title: tr('report.teachers.chart'),
        mode: 'stacked',
        series: [
          {name: tr('report.teachers.col.errors'), colour: '#c62828'},
          {name: tr('report.teachers.col.warnings'), colour: '#ef8f00'},
          {name: tr('report.teachers.col.infos'), colour: '#8a8a8a'},
        ],
        rows: r.teachers
          .filter((t) => t.findings.error + t.findings.warning + t.findings.info > 0)
          .sort((a, b) => b.findings.error - a.findings.error || b.findings.warning - a.findings.warning)
          .map((t) => ({label: t.teacher, values: [t.findings.error, t.findings.warning, t.findings.info]})),
      },
      {kind: 'heading', text: tr('report.teachers.load'), level: 2},
      {
        kind: 'table',
        headers: [
          tr('report.col.teacher'),
          tr('report.teachers.col.assignments'),
          tr('report.teachers.col.curriculum'),
          tr('report.teachers.col.timetable'),
          tr('report.teachers.col.errors'),
          tr('report.teachers.col.warnings'),
          tr('report.teachers.col.infos'),
        ],
        rows: r.teachers.map((t) => [
          t.teacher,
          t.assignments
            .map((a) => `${a.class} ${a.subject}${a.subgroup ? ` (${a.subgroup})` : ''} — ${hours(a.hours)}`)
            .join('; '),
          formatNumber(t.hours.curriculum, decimal),
          t.hours.timetable,
          t.findings.error,
          t.findings.warning,
          t.findings.info,
        ]),
        numeric: [false, false, true, true, true, true, true],
        widths: [18, 50, 8, 8, 5, 6, 5],
      },
      ...(r.unassigned.length
        ? [
            {
              kind: 'table' as const,
              title: tr('report.teachers.unassigned'),
              headers: [tr('report.col.class'), tr('report.col.subject'), tr('report.teachers.col.hours')],
              rows: r.unassigned.map((u) => [u.class, u.subject, formatNumber(u.hours, decimal)]),
              numeric: [false, false, true],
            },
          ]
        : []),
    ],
  }
}
