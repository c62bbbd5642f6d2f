// `report period --period "1 четверть" [--class 5А]`: the analysis of progress and attendance at
// the end of a period (п. 3.3 for the class teacher, п. 6.7 for the deputy directors): per class
// and subject the final marks with успеваемость, качество, СОУ and the mean; per class the
// отличники, хорошисты, pupils with a single 3 and неуспевающие by name; absences per pupil;
// control works held; final marks far from the mean of the period's current marks.
// Counted in SQL over the period; the formulas are in metrics.ts.
import {formatRu, type IsoDate} from '../calendar/dates.js'
import {UsageError} from '../cli/errors.js'
import {type Translate} from '../cli/i18n.js'
import {rulesOf} from '../compliance/engine.js'
import {sqlParams} from '../compliance/policy.js'
import {periodName} from '../compliance/text.js'
import {type Db} from '../db/open.js'
import {periodName as parsePeriodName} from '../importing/parsers.js'
import {type Settings} from '../workspace/settings.js'
import {type Year} from '../year/store.js'
import {type Block, type Cell, type ReportDoc} from './document.js'
import {
  classFigures,
  deviates,
  emptyCounts,
  FINAL_VALUES,
  type FinalValue,
  formatMean,
  formatNumber,
  round,
  standing,
  type SubjectFigures,
  subjectFigures,
} from './metrics.js'
import {findClass} from '../lists/lookup.js'

export interface PeriodSubject extends SubjectFigures {
  subject: string
  /** Pupils exempt (осв): not in N. */
  exempt: number
  /** Pupils of the class at the end of the period with no final mark yet. */
  missing: number
  /** Lessons of the control-works types (the check's control-works-present) held in the period. */
  controlWorks: number
}

export interface PeriodAbsences {
  pupil: string
  /** н + у + б (lateness not counted). */
  total: number
  /** у + б: for a reason (illness included). */
  excused: number
  illness: number
  unexcused: number
  late: number
}

export interface PeriodDeviation {
  pupil: string
  subject: string
  value: string
  mean: number
  marks: number
}

export interface PeriodClass {
  class: string
  classTeacher: string | null
  startsOn: IsoDate
  endsOn: IsoDate
  /** Pupils in the class at the end of the period (those who left before are not). */
  pupils: number
  /** Pupils with at least one final mark. */
  assessed: number
  success: number | null
  quality: number | null
  subjects: PeriodSubject[]
  excellent: string[]
  good: string[]
  oneThree: string[]
  failing: string[]
  /** The marks that make the failing pupils fail: 2, н/а, незач. */
  failingMarks: Array<{pupil: string; subject: string; value: string}>
  absences: PeriodAbsences[]
  deviations: PeriodDeviation[]
}

/** The --json contract of `report period`. */
export interface PeriodReport {
  /** 'quarter:1', 'half:2', 'trimester:3', 'year'. */
  period: string
  year: string
  school: string
  asOf: IsoDate
  classes: PeriodClass[]
}

/** «1 четверть», «2 полугодие», «год», or the code ('quarter:1'); null for anything else. */
export function parsePeriod(text: string): string | null {
  const s = text.trim().toLowerCase()
  if (/^(quarter:[1-4]|half:[12]|trimester:[1-3]|year)$/.test(s)) return s
  const parsed = parsePeriodName(text)
  return parsed.ok && parsed.value !== 'exam' && parsed.value !== 'final' ? parsed.value : null
}

interface ClassRow {
  class_id: number
  name: string
  grade: number
  starts_on: IsoDate
  ends_on: IsoDate
  classTeacher: string | null
  pupils: number
}

const FIO = (p: string) => `trim(${p}.last_name || ' ' || ${p}.first_name || ' ' || ${p}.middle_name)`

export function periodReport(
  ws: {db: Db; settings: Settings; settingsFile: string},
  request: {year: Year; period: string; className?: string; asOf: IsoDate},
): PeriodReport {
  const {db} = ws
  const {year, period} = request
  const rules = rulesOf(ws.settings, ws.settingsFile)
  const param = (rule: string) => sqlParams(rules.find((r) => r.def.id === rule)!)
  const bind = {yearId: year.id, period}
  return db.transaction(() => {
    loadClasses(db, year, period, request.className)
    const classes = db
      .prepare(
        `SELECT c.*, ${FIO('s')} AS classTeacher,
                (SELECT count(*) FROM rp_pupil p WHERE p.class_id = c.class_id) AS pupils
         FROM rp_class c LEFT JOIN main.staff s ON s.id = c.class_teacher_id ORDER BY c.grade, c.name`,
      )
      .all() as ClassRow[]
    const subjects = groupBy(subjectRows(db, bind, param('control-works-present').lessonTypes as string))
    const pupils = groupBy(pupilRows(db, bind))
    const failingMarks = groupBy(
      db
        .prepare(
          `SELECT p.class_id, ${FIO('pu')} AS pupil, sj.name AS subject, fm.value
           FROM rp_pupil p JOIN main.final_mark fm ON fm.pupil_id = p.pupil_id AND fm.year_id = @yearId AND fm.period = @period
           JOIN main.pupil pu ON pu.id = p.pupil_id JOIN main.subject sj ON sj.id = fm.subject_id
           WHERE fm.value IN ('2', 'н/а', 'незач') ORDER BY pupil, subject`,
        )
        .all(bind) as Array<{class_id: number; pupil: string; subject: string; value: string}>,
    )
    const absences = groupBy(absenceRows(db))
    const maxDeviation = param('final-mark-grounded').maxDeviation as number
    const deviations = groupBy(deviationRows(db, bind, maxDeviation))
    const collator = new Intl.Collator('ru')
    return {
      period,
      year: year.label,
      school: ws.settings.schoolName,
      asOf: request.asOf,
      classes: classes.map((c): PeriodClass => {
        const list = pupils.get(c.class_id) ?? []
        const standings = list.map((p) => ({pupil: p.pupil, standing: standing(p)}))
        const names = (s: string) =>
          standings
            .filter((x) => x.standing === s)
            .map((x) => x.pupil)
            .sort(collator.compare)
        const figures = classFigures(standings.map((x) => x.standing))
        return {
          class: c.name,
          classTeacher: c.classTeacher || null,
          startsOn: c.starts_on,
          endsOn: c.ends_on,
          pupils: c.pupils,
          assessed: figures.assessed,
          success: figures.success,
          quality: figures.quality,
          subjects: (subjects.get(c.class_id) ?? []).map((s) => {
            const counts = emptyCounts()
            for (const v of FINAL_VALUES) counts[v] = s[v]
            const figures = subjectFigures(counts)
            return {
              subject: s.subject,
              ...figures,
              exempt: s.exempt,
              missing: Math.max(0, c.pupils - s.given),
              controlWorks: s.controlWorks,
            }
          }),
          excellent: names('excellent'),
          good: names('good'),
          oneThree: names('oneThree'),
          failing: names('failing'),
          failingMarks: (failingMarks.get(c.class_id) ?? []).map(({pupil, subject, value}) => ({
            pupil,
            subject,
            value,
          })),
          absences: (absences.get(c.class_id) ?? []).map(
            ({pupil, total, excused, illness, unexcused, late}) => ({
              pupil,
              total,
              excused,
              illness,
              unexcused,
              late,
            }),
          ),
          deviations: (deviations.get(c.class_id) ?? [])
            .filter((d) => deviates(Number(d.value), d.mean, maxDeviation))
            .map(({pupil, subject, value, mean, marks}) => ({
              pupil,
              subject,
              value,
              mean: round(mean, 2),
              marks,
            })),
        }
      }),
    }
  })()
}

function groupBy<T extends {class_id: number}>(rows: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>()
  for (const r of rows) {
    let list = map.get(r.class_id)
    if (!list) map.set(r.class_id, (list = []))
    list.push(r)
  }
  return map
}

/** rp_class (the classes the period applies to, with its dates), rp_curriculum, rp_pupil. */
function loadClasses(db: Db, year: Year, period: string, className: string | undefined): void {
  for (const t of ['rp_class', 'rp_curriculum', 'rp_pupil']) db.exec(`DROP TABLE IF EXISTS temp.${t}`)
  db.exec(`CREATE TEMP TABLE rp_class (class_id INTEGER PRIMARY KEY, name TEXT, grade INTEGER, class_teacher_id INTEGER,
                                        starts_on TEXT, ends_on TEXT)`)
  if (period === 'year') {
    db.prepare(
      `INSERT INTO rp_class SELECT c.id, c.name, c.grade, c.class_teacher_id, y.starts_on, y.ends_on
       FROM class c JOIN academic_year y ON y.id = c.year_id WHERE c.year_id = ?`,
    ).run(year.id)
  } else {
    // The period is one the year has: findPeriod checked it.
    const [kind, number] = period.split(':') as [string, string]
    db.prepare(
      `INSERT INTO rp_class SELECT c.id, c.name, c.grade, c.class_teacher_id, p.starts_on, p.ends_on
       FROM class c JOIN period p ON p.year_id = c.year_id AND p.kind = ? AND p.number = ?
       WHERE c.year_id = ? AND c.grade IN (SELECT value FROM json_each(p.grades))`,
    ).run(kind, Number(number), year.id)
  }
  if (className) {
    const cls = findClass(db, year, className)
    if (!db.prepare('SELECT 1 FROM rp_class WHERE class_id = ?').get(cls.id)) {
      const own = db
        .prepare(
          `SELECT kind, number FROM period WHERE year_id = ? AND ? IN (SELECT value FROM json_each(grades)) ORDER BY kind, number`,
        )
        .all(year.id, cls.grade) as Array<{kind: string; number: number}>
      throw new UsageError('report.period.notForClass', {
        class: className,
        period: periodName(period),
        known: own.map((p) => periodName(`${p.kind}:${p.number}`)).join(', ') || '—',
      })
    }
    db.prepare('DELETE FROM rp_class WHERE class_id <> ?').run(cls.id)
  }
  db.prepare(
    `CREATE TEMP TABLE rp_curriculum AS
     SELECT c.class_id, cu.subject_id, cu.assessment, cu.id AS ord FROM rp_class c JOIN main.curriculum cu ON cu.year_id = @yearId
      AND (cu.class_id = c.class_id OR (cu.grade = c.grade AND NOT EXISTS (
            SELECT 1 FROM main.curriculum o WHERE o.year_id = @yearId AND o.class_id = c.class_id AND o.subject_id = cu.subject_id)))`,
  ).run({yearId: year.id})
  // The pupils of the class at the end of the period: those who left before it ended are not.
  db.exec(`
    CREATE TEMP TABLE rp_pupil AS
    SELECT DISTINCT c.class_id, e.pupil_id FROM rp_class c
    JOIN main.enrollment e ON e.class_id = c.class_id AND e.from_date <= c.ends_on AND (e.to_date IS NULL OR e.to_date >= c.ends_on);
    CREATE INDEX temp.rp_pupil_pupil ON rp_pupil (pupil_id);`)
}

type SubjectRow = {
  class_id: number
  subject: string
  exempt: number
  given: number
  controlWorks: number
} & Record<FinalValue, number>

/** Per class × subject assessed with marks: the final marks of its pupils, and the control works held. */
function subjectRows(db: Db, bind: {yearId: number; period: string}, lessonTypes: string): SubjectRow[] {
  return db
    .prepare(
      `WITH f AS (
         SELECT p.class_id, fm.subject_id, sum(fm.value = '5') AS n5, sum(fm.value = '4') AS n4, sum(fm.value = '3') AS n3,
                sum(fm.value = '2') AS n2, sum(fm.value = 'н/а') AS nna, sum(fm.value = 'осв') AS exempt, count(*) AS given
         FROM rp_pupil p JOIN main.final_mark fm ON fm.pupil_id = p.pupil_id AND fm.year_id = @yearId AND fm.period = @period
         GROUP BY p.class_id, fm.subject_id),
       cw AS (
         SELECT c.class_id, l.subject_id, count(DISTINCT l.date || '#' || l.lesson_no) AS n
         FROM rp_class c JOIN main.lesson l ON l.class_id = c.class_id AND l.date BETWEEN c.starts_on AND c.ends_on
         WHERE l.lesson_type IN (SELECT value FROM json_each(@lessonTypes))
         GROUP BY c.class_id, l.subject_id)
       SELECT cu.class_id, sj.name AS subject, coalesce(f.n5, 0) AS "5", coalesce(f.n4, 0) AS "4", coalesce(f.n3, 0) AS "3",
              coalesce(f.n2, 0) AS "2", coalesce(f.nna, 0) AS "н/а", coalesce(f.exempt, 0) AS exempt,
              coalesce(f.given, 0) AS given, coalesce(cw.n, 0) AS controlWorks
       FROM rp_curriculum cu JOIN rp_class c ON c.class_id = cu.class_id JOIN main.subject sj ON sj.id = cu.subject_id
       LEFT JOIN f ON f.class_id = cu.class_id AND f.subject_id = cu.subject_id
       LEFT JOIN cw ON cw.class_id = cu.class_id AND cw.subject_id = cu.subject_id
       WHERE cu.assessment = 'marks' AND c.grade > 1
       ORDER BY cu.class_id, cu.ord, sj.name`,
    )
    .all({...bind, lessonTypes}) as SubjectRow[]
}

/** Per pupil at the end: how many 5s, 4s and 3s, and how many failing marks (2, н/а, незач). */
function pupilRows(db: Db, bind: {yearId: number; period: string}) {
  return db
    .prepare(
      `SELECT p.class_id, ${FIO('pu')} AS pupil, sum(fm.value = '5') AS n5, sum(fm.value = '4') AS n4,
              sum(fm.value = '3') AS n3, sum(fm.value IN ('2', 'н/а', 'незач')) AS failed
       FROM rp_pupil p JOIN main.pupil pu ON pu.id = p.pupil_id
       JOIN main.final_mark fm ON fm.pupil_id = p.pupil_id AND fm.year_id = @yearId AND fm.period = @period
       GROUP BY p.class_id, p.pupil_id`,
    )
    .all(bind) as Array<{class_id: number; pupil: string; n5: number; n4: number; n3: number; failed: number}>
}

/** Every pupil at the end with the lessons they missed in the period (н, у, б) and were late to (о). */
function absenceRows(db: Db) {
  return db
    .prepare(
      `WITH a AS (
         SELECT l.class_id, a.pupil_id, sum(a.reason IN ('н', 'у', 'б')) AS total, sum(a.reason IN ('у', 'б')) AS excused,
                sum(a.reason = 'б') AS illness, sum(a.reason = 'н') AS unexcused, sum(a.reason = 'о') AS late
         FROM rp_class c JOIN main.lesson l ON l.class_id = c.class_id AND l.date BETWEEN c.starts_on AND c.ends_on
         JOIN main.absence a ON a.lesson_id = l.id
         GROUP BY l.class_id, a.pupil_id)
       SELECT p.class_id, ${FIO('pu')} AS pupil, coalesce(a.total, 0) AS total, coalesce(a.excused, 0) AS excused,
              coalesce(a.illness, 0) AS illness, coalesce(a.unexcused, 0) AS unexcused, coalesce(a.late, 0) AS late
       FROM rp_pupil p JOIN main.pupil pu ON pu.id = p.pupil_id
       LEFT JOIN a ON a.class_id = p.class_id AND a.pupil_id = p.pupil_id
       ORDER BY p.class_id, pu.last_name, pu.first_name, pu.middle_name`,
    )
    .all() as Array<PeriodAbsences & {class_id: number}>
}

/** Final marks 2…5 of subjects assessed with marks, with the mean of the period's current marks. */
function deviationRows(db: Db, bind: {yearId: number; period: string}, maxDeviation: number) {
  return db
    .prepare(
      `WITH cur AS (
         SELECT p.class_id, p.pupil_id, l.subject_id, avg(CAST(m.value AS INTEGER)) AS mean, count(*) AS marks
         FROM rp_pupil p JOIN rp_class c ON c.class_id = p.class_id
         JOIN main.mark m ON m.pupil_id = p.pupil_id JOIN main.lesson l ON l.id = m.lesson_id
         WHERE l.date BETWEEN c.starts_on AND c.ends_on AND m.value IN ('1', '2', '3', '4', '5')
         GROUP BY p.class_id, p.pupil_id, l.subject_id)
       SELECT cur.class_id, ${FIO('pu')} AS pupil, sj.name AS subject, fm.value, cur.mean, cur.marks
       FROM cur JOIN main.final_mark fm ON fm.pupil_id = cur.pupil_id AND fm.subject_id = cur.subject_id
         AND fm.year_id = @yearId AND fm.period = @period AND fm.value IN ('2', '3', '4', '5')
       JOIN rp_curriculum cu ON cu.class_id = cur.class_id AND cu.subject_id = cur.subject_id AND cu.assessment = 'marks'
       JOIN main.pupil pu ON pu.id = cur.pupil_id JOIN main.subject sj ON sj.id = cur.subject_id
       WHERE abs(CAST(fm.value AS INTEGER) - cur.mean) > @maxDeviation
       ORDER BY pupil, subject`,
    )
    .all({...bind, maxDeviation}) as Array<PeriodDeviation & {class_id: number}>
}

const num = (v: number | null, decimal: ',' | '.') => (v === null ? '—' : formatNumber(v, decimal))

/** The analysis as a document: a summary and chart over the classes, then each class in detail. */
export function periodDoc(r: PeriodReport, tr: Translate, decimal: ',' | '.' = ','): ReportDoc {
  const name = periodName(r.period)
  const span = r.classes[0] ? `${formatRu(r.classes[0].startsOn)} – ${formatRu(r.classes[0].endsOn)}` : ''
  const subjectHeaders = [
    tr('report.col.subject'),
    'N',
    '5',
    '4',
    '3',
    '2',
    'н/а',
    tr('report.period.col.success'),
    tr('report.period.col.quality'),
    tr('report.period.col.sou'),
    tr('report.period.col.mean'),
    tr('report.period.col.controlWorks'),
    tr('report.period.col.missing'),
  ]
  const subjectCells = (s: PeriodSubject): Cell[] => [
    s.subject,
    s.n,
    s.counts['5'],
    s.counts['4'],
    s.counts['3'],
    s.counts['2'],
    s.counts['н/а'],
    num(s.success, decimal),
    num(s.quality, decimal),
    num(s.sou, decimal),
    s.mean === null ? '—' : formatMean(s.mean, decimal),
    s.controlWorks,
    s.missing || '',
  ]
  const numericSubject = [false, ...Array<boolean>(12).fill(true)]
  const listText = (key: 'excellent' | 'good' | 'oneThree' | 'failing', names: string[]) =>
    `${tr(`report.period.${key}`)} (${names.length}): ${names.length ? names.join(', ') : '—'}`
  const blocks: Block[] = [
    {kind: 'heading', text: tr('report.period.summaryTitle'), level: 2},
    {
      kind: 'table',
      headers: [
        tr('report.col.class'),
        tr('report.col.classTeacher'),
        tr('report.period.col.pupils'),
        tr('report.period.col.assessed'),
        tr('report.period.excellent'),
        tr('report.period.good'),
        tr('report.period.oneThree'),
        tr('report.period.failing'),
        tr('report.period.col.success'),
        tr('report.period.col.quality'),
      ],
      rows: r.classes.map((c) => [
        c.class,
        c.classTeacher ?? '',
        c.pupils,
        c.assessed,
        c.excellent.length,
        c.good.length,
        c.oneThree.length,
        c.failing.length,
        num(c.success, decimal),
        num(c.quality, decimal),
      ]),
      numeric: [false, false, true, true, true, true, true, true, true, true],
    },
  ]
  const charted = r.classes.filter((c) => c.assessed > 0)
  if (charted.length)
    blocks.push({
      kind: 'chart',
      title: tr('report.period.chart'),
      mode: 'grouped',
      max: 100,
      unit: ' %',
      series: [
        {name: tr('report.period.col.success'), colour: '#2e7d32'},
        {name: tr('report.period.col.quality'), colour: '#1565c0'},
      ],
      rows: charted.map((c) => ({label: c.class, values: [c.success ?? 0, c.quality ?? 0]})),
    })
  for (const c of r.classes) {
    blocks.push({
      kind: 'heading',
      text: tr('report.period.classTitle', {
        class: c.class,
        teacher: c.classTeacher ?? '—',
        pupils: c.pupils,
      }),
      level: 2,
    })
    if (c.subjects.length)
      blocks.push({
        kind: 'table',
        headers: subjectHeaders,
        rows: c.subjects.map(subjectCells),
        numeric: numericSubject,
        only: 'print',
      })
    else blocks.push({kind: 'text', text: tr('report.period.noMarks')})
    for (const key of ['excellent', 'good', 'oneThree'] as const)
      blocks.push({kind: 'text', text: listText(key, c[key])})
    const failing = c.failing.map((p) => {
      const marks = c.failingMarks.filter((m) => m.pupil === p).map((m) => `${m.subject}: ${m.value}`)
      return marks.length ? `${p} (${marks.join(', ')})` : p
    })
    blocks.push({kind: 'text', text: listText('failing', failing)})
    if (c.deviations.length)
      blocks.push({
        kind: 'table',
        title: tr('report.period.deviationsTitle'),
        headers: [
          tr('report.col.pupil'),
          tr('report.col.subject'),
          tr('report.period.col.final'),
          tr('report.period.col.currentMean'),
          tr('report.period.col.marks'),
        ],
        rows: c.deviations.map((d) => [d.pupil, d.subject, d.value, formatMean(d.mean, decimal), d.marks]),
        numeric: [false, false, true, true, true],
        only: 'print',
      })
    if (c.absences.length)
      blocks.push({
        kind: 'table',
        title: tr('report.period.absencesTitle'),
        headers: [
          tr('report.col.pupil'),
          tr('report.absences.total'),
          tr('report.absences.excused'),
          tr('report.absences.illness'),
          tr('report.absences.unexcused'),
          tr('report.absences.late'),
        ],
        rows: c.absences.map((a) => [a.pupil, a.total, a.excused, a.illness, a.unexcused, a.late]),
        numeric: [false, true, true, true, true, true],
        only: 'print',
      })
  }
  // The CSV: one table per kind over all classes, for Excel.
  blocks.push(
    {
      kind: 'table',
      title: tr('report.period.subjectsTitle'),
      headers: [tr('report.col.class'), ...subjectHeaders],
      rows: r.classes.flatMap((c) => c.subjects.map((s) => [c.class, ...subjectCells(s)])),
      only: 'csv',
    },
    {
      kind: 'table',
      title: tr('report.period.pupilsTitle'),
      headers: [tr('report.col.class'), tr('report.period.col.standing'), tr('report.col.pupil')],
      rows: r.classes.flatMap((c) =>
        (['excellent', 'good', 'oneThree', 'failing'] as const).flatMap((key) =>
          c[key].map((p) => [c.class, tr(`report.period.${key}`), p]),
        ),
      ),
      only: 'csv',
    },
    {
      kind: 'table',
      title: tr('report.period.absencesTitle'),
      headers: [
        tr('report.col.class'),
        tr('report.col.pupil'),
        tr('report.absences.total'),
        tr('report.absences.excused'),
        tr('report.absences.illness'),
        tr('report.absences.unexcused'),
        tr('report.absences.late'),
      ],
      rows: r.classes.flatMap((c) =>
        c.absences.map((a) => [c.class, a.pupil, a.total, a.excused, a.illness, a.unexcused, a.late]),
      ),
      only: 'csv',
    },
    {
      kind: 'table',
      title: tr('report.period.deviationsTitle'),
      headers: [
        tr('report.col.class'),
        tr('report.col.pupil'),
        tr('report.col.subject'),
        tr('report.period.col.final'),
        tr('report.period.col.currentMean'),
        tr('report.period.col.marks'),
      ],
      rows: r.classes.flatMap((c) =>
        c.deviations.map((d) => [c.class, d.pupil, d.subject, d.value, formatMean(d.mean, decimal), d.marks]),
      ),
      only: 'csv',
    },
  )
  return {
    title: tr('report.period.title', {period: name}),
    lines: [r.school, tr('report.period.span', {year: r.year, span, asOf: formatRu(r.asOf)})],
    landscape: true,
    blocks,
  }
}
