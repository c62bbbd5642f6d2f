// `report control --month 2026-10`: the deputy directors' monthly control of the journal (п. 6.6),
// per class × subject (× subgroup) with its teacher: lessons held against the curriculum, topics
// and attendance entered on time, weeks with homework, marks per pupil (накопляемость),
// substitutions, timetabled lessons with no record. Timeliness is counted by the check's own
// rules (lesson-topic-on-time, attendance-on-time, homework-weekly, lessons-held) with the
// school's policy, so the two never disagree. `--record` keeps the control in control_log, which
// the monthly-control rule counts.
import {osUser} from '../audit/audit-log.js'
import {addDays, formatRu, type IsoDate, makeDate} from '../calendar/dates.js'
import {UsageError} from '../cli/errors.js'
import {type Translate} from '../cli/i18n.js'
import {sqlParams} from '../compliance/policy.js'
import {periodName} from '../compliance/text.js'
import {type Db} from '../db/open.js'
import {type Settings} from '../workspace/settings.js'
import {type Year} from '../year/store.js'
import {type CheckTables, groupRule, ruleOf, withCheckTables} from './check-tables.js'
import {type Cell, type ReportDoc} from './document.js'
import {formatNumber, lessonsDue, percent, perPupil} from './metrics.js'

export interface ControlRequest {
  /** 'YYYY-MM'. */
  month: string
  /** The day of the control: entries after its end do not count (default today at the school). */
  asOf: IsoDate
}

export interface Timeliness {
  /** Lessons whose deadline has passed. */
  due: number
  onTime: number
  late: number
  missing: number
  /** onTime / due, per cent. */
  percent: number | null
}

export interface ControlRow {
  teacher: string | null
  class: string
  subject: string
  subgroup: string | null
  lessons: {
    held: number
    /** By the curriculum for the school days of the month up to the control. */
    due: number | null
    /** held / due, per cent: programme fulfilment. */
    fulfilment: number | null
    /** Timetabled lessons on school days with no journal record (lessons-held). */
    unrecorded: number
    /** Lessons given by another teacher than the assigned one. */
    substitutions: number
    /** …of which not marked as a substitution. */
    unmarkedSubstitutions: number
  }
  topics: Timeliness
  attendance: Timeliness
  /** Weeks with lessons and at least one homework; null where homework is not given (grade 1, exempt). */
  homeworkWeeks: {due: number; covered: number} | null
  /** накопляемость; null where there are no marks (grade 1, not assessed with marks). */
  marks: {pupils: number; marks: number; perPupil: number | null; fewerThan3: string[]} | null
}

export interface TeacherTimeliness {
  teacher: string | null
  lessonsHeld: number
  topicsOnTime: number | null
  attendanceOnTime: number | null
  homeworkWeeks: number | null
  unrecorded: number
}

export interface ControlSummary {
  asOf: IsoDate
  from: IsoDate
  to: IsoDate
  rows: number
  lessonsHeld: number
  lessonsDue: number
  unrecorded: number
  substitutions: number
  topicsOnTime: number | null
  attendanceOnTime: number | null
  homeworkWeeks: number | null
  pupilsWithFewMarks: number
  /** Findings of the check's rules about the month's lessons. */
  byRule: Record<string, number>
}

/** The --json contract of `report control`. */
export interface ControlReport {
  month: string
  year: string
  school: string
  asOf: IsoDate
  from: IsoDate
  to: IsoDate
  rows: ControlRow[]
  teachers: TeacherTimeliness[]
  summary: ControlSummary
  /** Set with --record: the control_log row. */
  recorded: {id: number; at: string} | null
}

/** '2026-10', '10.2026', '10/2026' → '2026-10'; null for anything else. */
export function parseMonth(text: string): string | null {
  const s = text.trim()
  const iso = /^(\d{4})-(\d{1,2})$/.exec(s)
  const ru = /^(\d{1,2})[./](\d{4})$/.exec(s)
  const [y, m] = iso ? [Number(iso[1]), Number(iso[2])] : ru ? [Number(ru[2]), Number(ru[1])] : [0, 0]
  if (!y || m < 1 || m > 12) return null
  return `${y}-${String(m).padStart(2, '0')}`
}

export function monthSpan(month: string): {first: IsoDate; last: IsoDate} {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const first = makeDate(y, m, 1)
  const last = addDays(m === 12 ? makeDate(y + 1, 1, 1) : makeDate(y, m + 1, 1), -1)
  return {first, last}
}

interface StreamRow {
  class_id: number
  subject_id: number
  sg: number
  className: string
  grade: number
  subject: string
  subgroup: string | null
  teacher: string | null
  hours: number | null
  assessment: string | null
  days: number
  weekDays: number
  held: number
  substitutions: number
  topicDue: number
  attendanceDue: number
  hwDue: number
  hwApplies: number
}

type Keyed = {class_id: number; subject_id: number; sg: number}
const keyOf = (r: Keyed) => `${r.class_id}|${r.subject_id}|${r.sg}`

/** The year whose days overlap the month (the latest, if two do). */
function yearOfMonth(db: Db, first: IsoDate, last: IsoDate): Year {
  const year = db
    .prepare(
      `SELECT id, label, starts_on AS startsOn, ends_on AS endsOn, status, opened_at AS openedAt FROM academic_year
       WHERE starts_on <= ? AND ends_on >= ? ORDER BY starts_on DESC LIMIT 1`,
    )
    .get(last, first) as Year | undefined
  if (!year) {
    const years = db
      .prepare('SELECT label, starts_on AS startsOn, ends_on AS endsOn FROM academic_year ORDER BY starts_on')
      .all() as Array<Pick<Year, 'label' | 'startsOn' | 'endsOn'>>
    throw new UsageError('report.control.noYear', {
      month: periodName(`month:${first.slice(0, 7)}`),
      known: years.map((y) => `${y.label} (${formatRu(y.startsOn)}–${formatRu(y.endsOn)})`).join(', ') || '—',
    })
  }
  return year
}

export function controlReport(
  ws: {db: Db; settings: Settings; settingsFile: string},
  request: ControlRequest,
): ControlReport {
  const {db} = ws
  const span = monthSpan(request.month)
  if (span.first > request.asOf)
    throw new UsageError('report.control.future', {month: request.month, asOf: formatRu(request.asOf)})
  const year = yearOfMonth(db, span.first, span.last)
  const from = span.first > year.startsOn ? span.first : year.startsOn
  const lastDay = [span.last, year.endsOn, request.asOf].sort()[0]!
  return withCheckTables(db, ws.settings, ws.settingsFile, request.asOf, year, (t) => {
    const rows = controlRows(db, t, from, lastDay)
    const byRule = ruleCounts(db, t, from, lastDay)
    return {
      month: request.month,
      year: year.label,
      school: ws.settings.schoolName,
      asOf: request.asOf,
      from,
      to: lastDay,
      rows,
      teachers: byTeacher(rows),
      summary: summarise(rows, request.asOf, from, lastDay, byRule),
      recorded: null,
    }
  })
}

function controlRows(db: Db, t: CheckTables, first: IsoDate, last: IsoDate): ControlRow[] {
  const bind = {...t.bind, first, last}
  const topicGrace = ruleOf(t, 'lesson-topic-on-time').params.graceDays as number
  const attendanceGrace = ruleOf(t, 'attendance-on-time').params.graceDays as number
  const homework = ruleOf(t, 'homework-weekly')
  db.exec('DROP TABLE IF EXISTS temp.rc_stream')
  // The streams: what was taught, timetabled or is in the curriculum, with the teacher assigned.
  db.prepare(
    `CREATE TEMP TABLE rc_stream AS
     WITH s AS (
       SELECT class_id, subject_id, coalesce(subgroup_id, 0) AS sg FROM j_lesson WHERE date BETWEEN @first AND @last
       UNION
       SELECT class_id, subject_id, coalesce(subgroup_id, 0) FROM j_timetable
       WHERE (valid_from IS NULL OR valid_from <= @last) AND (valid_to IS NULL OR valid_to >= @first)
       UNION
       SELECT cu.class_id, cu.subject_id, 0 FROM j_curriculum cu
       WHERE NOT EXISTS (SELECT 1 FROM main.subgroup g WHERE g.class_id = cu.class_id AND g.subject_id = cu.subject_id))
     SELECT s.class_id, s.subject_id, s.sg,
            coalesce((SELECT min(a.teacher_id) FROM main.teaching_assignment a WHERE a.class_id = s.class_id
                        AND a.subject_id = s.subject_id AND coalesce(a.subgroup_id, 0) = s.sg),
                     (SELECT jt.teacher_id FROM j_teacher jt WHERE jt.class_id = s.class_id AND jt.subject_id = s.subject_id),
                     (SELECT min(coalesce(l.planned_teacher_id, l.teacher_id)) FROM j_lesson l WHERE l.class_id = s.class_id
                        AND l.subject_id = s.subject_id AND coalesce(l.subgroup_id, 0) = s.sg)) AS teacher_id
     FROM s`,
  ).run(bind)
  const streams = db
    .prepare(
      `WITH held AS (
         SELECT class_id, subject_id, coalesce(subgroup_id, 0) AS sg, count(*) AS held,
                sum(substitution = 1 OR teacher_id <> coalesce(planned_teacher_id, teacher_id)) AS substitutions
         FROM v_recorded WHERE date BETWEEN @first AND @last GROUP BY 1, 2, 3),
       due AS (
         SELECT class_id, subject_id, coalesce(subgroup_id, 0) AS sg,
                sum(date(date, '+' || @topicGrace || ' days') < @asOf) AS topic_due,
                sum((NOT untimed OR attendance_at IS NOT NULL) AND date(date, '+' || @attendanceGrace || ' days') < @asOf)
                  AS attendance_due
         FROM j_lesson WHERE date BETWEEN @first AND @last GROUP BY 1, 2, 3),
       hw AS (
         SELECT l.class_id, l.subject_id, coalesce(l.subgroup_id, 0) AS sg, count(DISTINCT l.monday) AS weeks
         FROM j_lesson l JOIN week w ON w.class_id = l.class_id AND w.monday = l.monday
         WHERE l.date BETWEEN @first AND @last AND date(w.sunday, '+' || @homeworkGrace || ' days') < @asOf
         GROUP BY 1, 2, 3)
       SELECT s.class_id, s.subject_id, s.sg, c.name AS className, c.grade, sj.name AS subject, g.name AS subgroup,
              trim(st.last_name || ' ' || st.first_name || ' ' || st.middle_name) AS teacher,
              cu.hours_per_week AS hours, cu.assessment,
              (SELECT count(*) FROM school_day sd WHERE sd.class_id = s.class_id AND sd.date BETWEEN @first AND @last) AS days,
              c.week_days AS weekDays, coalesce(h.held, 0) AS held, coalesce(h.substitutions, 0) AS substitutions,
              coalesce(d.topic_due, 0) AS topicDue, coalesce(d.attendance_due, 0) AS attendanceDue,
              coalesce(hw.weeks, 0) AS hwDue,
              c.grade > 1 AND s.subject_id NOT IN (SELECT x.id FROM main.subject x JOIN json_each(@exemptSubjects) j
                                                    ON x.match_key = j.value) AS hwApplies
       FROM rc_stream s JOIN j_class c ON c.id = s.class_id JOIN main.subject sj ON sj.id = s.subject_id
       LEFT JOIN main.subgroup g ON g.id = s.sg LEFT JOIN main.staff st ON st.id = s.teacher_id
       LEFT JOIN j_curriculum cu ON cu.class_id = s.class_id AND cu.subject_id = s.subject_id
       LEFT JOIN held h ON h.class_id = s.class_id AND h.subject_id = s.subject_id AND h.sg = s.sg
       LEFT JOIN due d ON d.class_id = s.class_id AND d.subject_id = s.subject_id AND d.sg = s.sg
       LEFT JOIN hw ON hw.class_id = s.class_id AND hw.subject_id = s.subject_id AND hw.sg = s.sg`,
    )
    .all({
      ...bind,
      topicGrace,
      attendanceGrace,
      homeworkGrace: homework.params.graceDays as number,
      exemptSubjects: sqlParams(homework).exemptSubjects,
    }) as StreamRow[]

  const inMonth = {
    where: 'r.date BETWEEN @first AND @last',
    groupBy: 'r.class_id, r.subject_id, coalesce(r.subgroup_id, 0)',
  }
  const select = 'r.class_id, r.subject_id, coalesce(r.subgroup_id, 0) AS sg'
  type Late = Keyed & {late: number; missing: number}
  const lateOf = (id: string) =>
    new Map(
      groupRule<Late>(
        db,
        t,
        id,
        {
          select: `${select}, sum(r.kind = 'late') AS late, sum(r.kind <> 'late') AS missing`,
          ...inMonth,
        },
        {first, last},
      ).map((r) => [keyOf(r), r]),
    )
  const topics = lateOf('lesson-topic-on-time')
  const attendance = lateOf('attendance-on-time')
  // A week counts for the month when the stream had lessons in the month that week.
  const noHomework = new Map(
    groupRule<Keyed & {weeks: number}>(
      db,
      t,
      'homework-weekly',
      {
        select: `${select}, count(*) AS weeks`,
        where: `EXISTS (SELECT 1 FROM j_lesson l WHERE l.class_id = r.class_id AND l.subject_id = r.subject_id
                 AND l.subgroup_id IS r.subgroup_id AND l.monday = r.date AND l.date BETWEEN @first AND @last)`,
        groupBy: inMonth.groupBy,
      },
      {first, last},
    ).map((r) => [keyOf(r), r.weeks]),
  )
  const held = new Map(
    groupRule<Keyed & {missing: number; unmarked: number}>(
      db,
      t,
      'lessons-held',
      {
        select: `${select}, sum(r.kind = 'missing') AS missing, sum(r.kind = 'unmarked') AS unmarked`,
        ...inMonth,
      },
      {first, last},
    ).map((r) => [keyOf(r), r]),
  )
  const marks = marksPerPupil(db, first, last)

  const timeliness = (due: number, found: Late | undefined): Timeliness => {
    const late = found?.late ?? 0
    const missing = found?.missing ?? 0
    const onTime = Math.max(0, due - late - missing)
    return {due, onTime, late, missing, percent: percent(onTime, due)}
  }
  const collator = new Intl.Collator('ru', {numeric: true})
  return streams
    .map((s): ControlRow => {
      const key = keyOf(s)
      const due = s.hours === null ? null : lessonsDue(s.hours, s.days, s.weekDays)
      const h = held.get(key)
      const m = marks.get(key)
      const assessed = s.grade > 1 && s.assessment === 'marks'
      return {
        teacher: s.teacher || null,
        class: s.className,
        subject: s.subject,
        subgroup: s.subgroup,
        lessons: {
          held: s.held,
          due,
          fulfilment: due === null ? null : percent(s.held, due),
          unrecorded: h?.missing ?? 0,
          substitutions: s.substitutions,
          unmarkedSubstitutions: h?.unmarked ?? 0,
        },
        topics: timeliness(s.topicDue, topics.get(key)),
        attendance: timeliness(s.attendanceDue, attendance.get(key)),
        homeworkWeeks: s.hwApplies
          ? {due: s.hwDue, covered: Math.max(0, s.hwDue - (noHomework.get(key) ?? 0))}
          : null,
        marks: assessed
          ? {
              pupils: m?.pupils ?? 0,
              marks: m?.marks ?? 0,
              perPupil: perPupil(m?.marks ?? 0, m?.pupils ?? 0),
              fewerThan3: m?.few ?? [],
            }
          : null,
      }
    })
    .sort(
      (a, b) =>
        collator.compare(a.teacher ?? '\uffff', b.teacher ?? '\uffff') ||
        collator.compare(a.class, b.class) ||
        collator.compare(a.subject, b.subject) ||
        collator.compare(a.subgroup ?? '', b.subgroup ?? ''),
    )
}

/** Pupils of each stream in the span, their marks there, and who has fewer than 3. */
function marksPerPupil(
  db: Db,
  first: IsoDate,
  last: IsoDate,
): Map<string, {pupils: number; marks: number; few: string[]}> {
  const rows = db
    .prepare(
      `WITH pupils AS (
         SELECT s.class_id, s.subject_id, s.sg, e.pupil_id FROM rc_stream s
         JOIN j_enrollment e ON e.class_id = s.class_id AND e.from_date <= @last AND (e.to_date IS NULL OR e.to_date >= @first)
         WHERE s.sg = 0 OR EXISTS (SELECT 1 FROM main.subgroup_member sm WHERE sm.subgroup_id = s.sg AND sm.pupil_id = e.pupil_id)
         GROUP BY s.class_id, s.subject_id, s.sg, e.pupil_id),
       mk AS (
         SELECT l.class_id, l.subject_id, coalesce(l.subgroup_id, 0) AS sg, m.pupil_id, count(*) AS n
         FROM j_lesson l JOIN v_mark m ON m.lesson_id = l.id
         WHERE l.date BETWEEN @first AND @last AND m.value IN ('1', '2', '3', '4', '5')
         GROUP BY 1, 2, 3, 4)
       SELECT p.class_id, p.subject_id, p.sg, count(*) AS pupils, sum(coalesce(mk.n, 0)) AS marks,
              json_group_array(CASE WHEN coalesce(mk.n, 0) < 3
                                    THEN trim(pu.last_name || ' ' || pu.first_name) || ' (' || coalesce(mk.n, 0) || ')' END) AS few
       FROM pupils p JOIN main.pupil pu ON pu.id = p.pupil_id
       LEFT JOIN mk ON mk.class_id = p.class_id AND mk.subject_id = p.subject_id AND mk.sg = p.sg AND mk.pupil_id = p.pupil_id
       GROUP BY p.class_id, p.subject_id, p.sg`,
    )
    .all({first, last}) as Array<Keyed & {pupils: number; marks: number; few: string}>
  const collator = new Intl.Collator('ru')
  return new Map(
    rows.map((r) => [
      keyOf(r),
      {
        pupils: r.pupils,
        marks: r.marks,
        few: (JSON.parse(r.few) as Array<string | null>)
          .filter((x): x is string => x !== null)
          .sort(collator.compare),
      },
    ]),
  )
}

const CONTROL_RULES = ['lesson-topic-on-time', 'attendance-on-time', 'homework-weekly', 'lessons-held']

/** What the check finds about the month's lessons, rule by rule (the summary control_log keeps). */
function ruleCounts(db: Db, t: CheckTables, first: IsoDate, last: IsoDate): Record<string, number> {
  const out: Record<string, number> = {}
  for (const id of CONTROL_RULES) {
    const rows = groupRule<{n: number}>(
      db,
      t,
      id,
      {select: 'count(*) AS n', where: 'r.date BETWEEN @first AND @last', groupBy: "'all'"},
      {first, last},
    )
    out[id] = rows[0]?.n ?? 0
  }
  return out
}

function byTeacher(rows: ControlRow[]): TeacherTimeliness[] {
  const map = new Map<string, ControlRow[]>()
  for (const r of rows) {
    const k = r.teacher ?? ''
    map.set(k, [...(map.get(k) ?? []), r])
  }
  return [...map.entries()].map(([teacher, list]) => {
    const {lessonsHeld, topicsOnTime, attendanceOnTime, homeworkWeeks, unrecorded} = timeliness(list)
    return {teacher: teacher || null, lessonsHeld, topicsOnTime, attendanceOnTime, homeworkWeeks, unrecorded}
  })
}

/** The timeliness figures of a set of rows (a teacher's, or the whole month's). */
function timeliness(rows: ControlRow[]) {
  const sum = (f: (r: ControlRow) => number) => rows.reduce((a, r) => a + f(r), 0)
  const hw = rows.filter((r) => r.homeworkWeeks)
  return {
    sum,
    lessonsHeld: sum((r) => r.lessons.held),
    unrecorded: sum((r) => r.lessons.unrecorded),
    topicsOnTime: percent(
      sum((r) => r.topics.onTime),
      sum((r) => r.topics.due),
    ),
    attendanceOnTime: percent(
      sum((r) => r.attendance.onTime),
      sum((r) => r.attendance.due),
    ),
    homeworkWeeks: hw.length
      ? percent(
          hw.reduce((a, r) => a + r.homeworkWeeks!.covered, 0),
          hw.reduce((a, r) => a + r.homeworkWeeks!.due, 0),
        )
      : null,
  }
}

function summarise(
  rows: ControlRow[],
  asOf: IsoDate,
  from: IsoDate,
  to: IsoDate,
  byRule: Record<string, number>,
): ControlSummary {
  const {sum, lessonsHeld, unrecorded, topicsOnTime, attendanceOnTime, homeworkWeeks} = timeliness(rows)
  return {
    asOf,
    from,
    to,
    rows: rows.length,
    lessonsHeld,
    lessonsDue: Math.round(sum((r) => r.lessons.due ?? 0)),
    unrecorded,
    substitutions: sum((r) => r.lessons.substitutions),
    topicsOnTime,
    attendanceOnTime,
    homeworkWeeks,
    pupilsWithFewMarks: sum((r) => r.marks?.fewerThan3.length ?? 0),
    byRule,
  }
}

/** Keeps the control in control_log (the monthly-control rule counts it). */
export function recordControl(db: Db, report: ControlReport, at: Date): {id: number; at: string} {
  const iso = at.toISOString()
  const id = Number(
    db
      .prepare('INSERT INTO control_log (at, month, os_user, summary) VALUES (?, ?, ?, ?)')
      .run(iso, report.month, osUser(), JSON.stringify(report.summary)).lastInsertRowid,
  )
  return {id, at: iso}
}

const worstOf = (t: TeacherTimeliness) =>
  Math.min(
    100,
    ...[t.topicsOnTime, t.attendanceOnTime, t.homeworkWeeks].filter((v): v is number => v !== null),
  )

const pct = (v: number | null, decimal: ',' | '.') => (v === null ? '—' : `${formatNumber(v, decimal)}`)

/** The report as a document: a chart of timeliness per teacher, the table, the pupils with few marks. */
export function controlDoc(r: ControlReport, tr: Translate, decimal: ',' | '.' = ','): ReportDoc {
  const month = periodName(`month:${r.month}`)
  const s = r.summary
  const rows: Cell[][] = r.rows.map((x) => [
    x.teacher ?? tr('report.nobody'),
    x.class,
    x.subgroup ? `${x.subject} (${x.subgroup})` : x.subject,
    x.lessons.held,
    x.lessons.due === null ? '' : formatNumber(x.lessons.due, decimal),
    pct(x.lessons.fulfilment, decimal),
    pct(x.topics.percent, decimal),
    pct(x.attendance.percent, decimal),
    x.homeworkWeeks ? `${x.homeworkWeeks.covered}/${x.homeworkWeeks.due}` : '—',
    x.marks ? formatNumber(x.marks.perPupil, decimal) : '—',
    x.marks ? x.marks.fewerThan3.length : '—',
    x.lessons.substitutions,
    x.lessons.unrecorded,
  ])
  const few = r.rows.filter((x) => x.marks && x.marks.fewerThan3.length)
  return {
    title: tr('report.control.title', {month}),
    lines: [
      r.school,
      tr('report.control.span', {
        from: formatRu(r.from),
        to: formatRu(r.to),
        asOf: formatRu(r.asOf),
        year: r.year,
      }),
    ],
    landscape: true,
    blocks: [
      {
        kind: 'text',
        text: tr('report.control.summary', {
          held: s.lessonsHeld,
          due: s.lessonsDue,
          topics: pct(s.topicsOnTime, decimal),
          attendance: pct(s.attendanceOnTime, decimal),
          homework: pct(s.homeworkWeeks, decimal),
          unrecorded: s.unrecorded,
          substitutions: s.substitutions,
          few: s.pupilsWithFewMarks,
        }),
      },
      {kind: 'heading', text: tr('report.control.chart'), level: 2},
      {
        kind: 'chart',
        title: tr('report.control.chart'),
        mode: 'grouped',
        max: 100,
        unit: ' %',
        series: [
          {name: tr('report.control.col.topics'), colour: '#1565c0'},
          {name: tr('report.control.col.attendance'), colour: '#2e7d32'},
          {name: tr('report.control.col.homework'), colour: '#ef8f00'},
        ],
        // The least timely first: they are who the meeting talks about.
        rows: [...r.teachers]
          .sort((a, b) => worstOf(a) - worstOf(b))
          .map((x) => ({
            label: x.teacher ?? tr('report.nobody'),
            values: [x.topicsOnTime, x.attendanceOnTime, x.homeworkWeeks],
          })),
      },
      {kind: 'heading', text: tr('report.control.table'), level: 2},
      {
        kind: 'table',
        headers: [
          tr('report.col.teacher'),
          tr('report.col.class'),
          tr('report.col.subject'),
          tr('report.control.col.held'),
          tr('report.control.col.due'),
          tr('report.control.col.fulfilment'),
          tr('report.control.col.topics'),
          tr('report.control.col.attendance'),
          tr('report.control.col.homeworkWeeks'),
          tr('report.control.col.perPupil'),
          tr('report.control.col.few'),
          tr('report.control.col.substitutions'),
          tr('report.control.col.unrecorded'),
        ],
        rows,
        numeric: [false, false, false, true, true, true, true, true, true, true, true, true, true],
      },
      ...(few.length
        ? [
            {kind: 'heading' as const, text: tr('report.control.fewTitle'), level: 2 as const},
            {
              kind: 'table' as const,
              headers: [
                tr('report.col.class'),
                tr('report.col.subject'),
                tr('report.col.teacher'),
                tr('report.control.col.fewPupils'),
              ],
              rows: few.map((x) => [
                x.class,
                x.subgroup ? `${x.subject} (${x.subgroup})` : x.subject,
                x.teacher ?? '',
                x.marks!.fewerThan3.join(', '),
              ]),
              widths: [5, 18, 18, 59],
            },
          ]
        : []),
    ],
  }
}
