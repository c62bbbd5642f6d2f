// The rule catalog (RULES.md): every duty of the regulation that has a deadline, as data — its
// clause, its default numbers, who answers for it, the set-based query that finds the violations
// over the whole journal, and the memo line. The engine runs them all alike; a new rule is one
// more entry here.
//
// Each query returns the columns of RuleRow (types.ts) and reads the TEMP tables and views of
// calendar-tables.ts: ctx (one row), day_end (date → its end at the school, UTC), school_day,
// week, class_period, month; j_class, j_lesson (entries after the as-of day hidden), j_enrollment,
// j_curriculum, j_teacher, j_timetable, j_officer; v_recorded, v_mark, v_absence, v_final_mark.
// Bound: @asOf, @asOfEnd, @yearId and the rule's parameters by name.
import {GOOD_BACKUP_RUNS_SQL} from '../backup/last-good.js'
import {formatRu} from '../calendar/dates.js'
import {at, count, days, late as lateBy, lateOrMissing, line, maskedMatch, ru} from './text.js'
import {type FindingFacts, type RuleDef} from './types.js'

const n = (v: unknown): number => Number(v ?? 0)
const s = (v: unknown): string => String(v ?? '')

/** The days parameter added to a date column, as SQL: date(x, '+3 days'). */
const plus = (column: string, param: string) => `date(${column}, '+' || @${param} || ' days')`

/** A school-wide rule's responsible: the first member of staff with the role. */
const officer = (role: string) => `(SELECT staff_id FROM j_officer WHERE role = '${role}')`

/** The teacher of a pupil's subject: their subgroup's, else the class's. */
const teacherOfPupil = (cls: string, subject: string, pupil: string) => `coalesce(
  (SELECT a.teacher_id FROM main.teaching_assignment a JOIN main.subgroup_member sm ON sm.subgroup_id = a.subgroup_id
   WHERE a.class_id = ${cls} AND a.subject_id = ${subject} AND sm.pupil_id = ${pupil} LIMIT 1),
  (SELECT t.teacher_id FROM j_teacher t WHERE t.class_id = ${cls} AND t.subject_id = ${subject}))`

/** Subjects named in a list parameter (compared by match key: case and ё do not matter). */
const notIn = (subject: string, param: string) =>
  `${subject} NOT IN (SELECT sj.id FROM main.subject sj JOIN json_each(@${param}) j ON sj.match_key = j.value)`

const FIELD_NAMES: Record<string, string> = {
  topic: 'в теме урока',
  homework: 'в домашнем задании',
  plan: 'в теме тематического плана',
  staff: 'в данных сотрудника',
  pupil: 'в ФИО ученика',
  parent: 'в данных родителя',
  subgroup: 'в названии подгруппы',
  profile: 'в профиле класса',
}

const MISSING_FIELDS: Record<string, string> = {
  birthDate: 'дата рождения',
  languages: 'иностранные языки',
  parents: 'ФИО родителей',
  parentEmail: 'электронная почта родителей',
}

export const CATALOG: RuleDef[] = [
  {
    id: 'lesson-topic-on-time',
    clause: '3.2',
    duty: {
      ru: 'запись об уроке и тема вносятся в день урока',
      en: 'lesson record and topic entered on the day of the lesson',
    },
    check: {
      ru: 'тема внесена позже дня урока (+{graceDays} дн.) → предупреждение; не внесена через {errorAfterDays} дн. → ошибка',
      en: 'topic entered after the lesson day (+{graceDays} days) → warning; still missing {errorAfterDays} days after → error',
    },
    who: 'teacher',
    outcomes: {late: {severity: 'warning'}, missing: {severity: 'warning'}, overdue: {severity: 'error'}},
    params: {
      graceDays: {default: 0, min: 0, about: 'days after the lesson day still on time'},
      errorAfterDays: {default: 7, min: 0, about: 'days after the deadline a missing topic becomes an error'},
    },
    sql: `
      SELECT CASE WHEN l.topic IS NOT NULL THEN 'late'
                  WHEN julianday(@asOf) - julianday(d.date) >= @errorAfterDays THEN 'overdue' ELSE 'missing' END AS kind,
             l.teacher_id AS responsible_id, l.class_id, l.subgroup_id, l.subject_id, NULL AS pupil_id,
             l.date, l.lesson_no, NULL AS period, d.date AS deadline_date,
             CASE WHEN l.topic IS NOT NULL THEN l.topic_at END AS entered_at, NULL AS detail
      FROM j_lesson l JOIN day_end d ON d.date = ${plus('l.date', 'graceDays')}
      WHERE (l.topic IS NULL AND d.date < @asOf) OR l.topic_at > d.end_utc`,
    message: (f) => line(f, lateOrMissing(f, {entered: 'тема внесена', missing: 'тема урока не внесена'})),
  },
  {
    id: 'attendance-on-time',
    clause: '3.2, 3.3',
    duty: {ru: 'отсутствующие отмечаются в день урока', en: 'absences marked on the day of the lesson'},
    check: {
      ru: 'посещаемость отмечена позже дня урока (+{graceDays} дн.) → предупреждение; не отмечена → ошибка',
      en: 'attendance entered after the lesson day (+{graceDays} days) → warning; never entered → error',
    },
    who: 'teacher',
    outcomes: {late: {severity: 'warning'}, missing: {severity: 'error'}},
    params: {graceDays: {default: 0, min: 0, about: 'days after the lesson day still on time'}},
    sql: `
      WITH a AS (
        SELECT l.*, coalesce(l.attendance_at,
                 (SELECT min(b.entered_at) FROM main.absence b WHERE b.lesson_id = l.id AND b.entered_at <= @asOfEnd)) AS att_at
        FROM j_lesson l WHERE NOT l.untimed OR l.attendance_at IS NOT NULL)
      SELECT CASE WHEN a.att_at IS NULL THEN 'missing' ELSE 'late' END AS kind,
             a.teacher_id AS responsible_id, a.class_id, a.subgroup_id, a.subject_id, NULL AS pupil_id,
             a.date, a.lesson_no, NULL AS period, d.date AS deadline_date, a.att_at AS entered_at, NULL AS detail
      FROM a JOIN day_end d ON d.date = ${plus('a.date', 'graceDays')}
      WHERE (a.att_at IS NULL AND d.date < @asOf) OR a.att_at > d.end_utc`,
    message: (f) =>
      line(f, lateOrMissing(f, {entered: 'посещаемость отмечена', missing: 'посещаемость не отмечена'})),
  },
  {
    id: 'weekly-fill',
    clause: '3.2',
    duty: {
      ru: 'журнал по предмету заполняется не реже раза в неделю',
      en: 'journal filled at least once a week per subject',
    },
    check: {
      ru: 'неделя класса × предмета с уроками без единой записи за эту неделю (+{graceDays} дн.) → ошибка',
      en: 'a class×subject week with lessons and no entry made within that week (+{graceDays} day grace) → error',
    },
    who: 'teacher',
    outcomes: {empty: {severity: 'error'}},
    params: {
      graceDays: {default: 1, min: 0, about: 'days after the Sunday an entry still counts for the week'},
    },
    sql: `
      WITH due AS (
        SELECT w.class_id, w.monday, w.sunday, d.date AS deadline_date, d.end_utc
        FROM week w JOIN day_end d ON d.date = ${plus('w.sunday', 'graceDays')}
        WHERE d.date < @asOf),
      recorded AS (
        SELECT l.class_id, l.subgroup_id, l.subject_id, due.monday, due.deadline_date, min(l.teacher_id) AS teacher_id,
               max(l.topic_at <= due.end_utc OR l.homework_at <= due.end_utc OR l.attendance_at <= due.end_utc
                   OR (l.untimed AND l.topic IS NOT NULL)) AS filled
        FROM j_lesson l JOIN due ON due.class_id = l.class_id AND due.monday = l.monday
        GROUP BY l.class_id, l.subject_id, l.subgroup_id, l.monday),
      unrecorded AS (
        SELECT DISTINCT t.class_id, t.subgroup_id, t.subject_id, due.monday, due.deadline_date, t.teacher_id
        FROM due JOIN j_timetable t ON t.class_id = due.class_id
        JOIN school_day sd ON sd.class_id = t.class_id AND sd.weekday = t.weekday AND sd.monday = due.monday
         AND (t.valid_from IS NULL OR sd.date >= t.valid_from) AND (t.valid_to IS NULL OR sd.date <= t.valid_to)
        WHERE NOT EXISTS (SELECT 1 FROM j_lesson l WHERE l.class_id = t.class_id AND l.subject_id = t.subject_id
                          AND l.subgroup_id IS t.subgroup_id AND l.monday = due.monday)),
      empty AS (
        SELECT class_id, subgroup_id, subject_id, monday, deadline_date, teacher_id FROM recorded WHERE NOT coalesce(filled, 0)
        UNION
        SELECT class_id, subgroup_id, subject_id, monday, deadline_date, teacher_id FROM unrecorded)
      SELECT 'empty' AS kind, coalesce(t.teacher_id, e.teacher_id) AS responsible_id, e.class_id, e.subgroup_id, e.subject_id,
             NULL AS pupil_id, e.monday AS date, NULL AS lesson_no, 'week:' || e.monday AS period,
             e.deadline_date, NULL AS entered_at, NULL AS detail
      FROM empty e LEFT JOIN j_teacher t ON t.class_id = e.class_id AND t.subject_id = e.subject_id
      GROUP BY e.class_id, e.subgroup_id, e.subject_id, e.monday`,
    message: (f) => line(f, `за неделю в журнале нет ни одной записи (срок ${ru(f.deadline_date)})`),
  },
  {
    id: 'homework-weekly',
    clause: '3.2',
    duty: {
      ru: 'домашнее задание записывается не реже раза в неделю',
      en: 'homework written at least once a week per subject',
    },
    check: {
      ru: 'неделя класса × предмета с уроками без домашнего задания (+{graceDays} дн.) → предупреждение; кроме 1 класса (СанПиН 1.2.3685-21); предметы-исключения: {exemptSubjects}',
      en: 'a class×subject week with lessons and no homework on any of them (+{graceDays} day grace) → warning; not for grade 1, which has no homework (СанПиН 1.2.3685-21); subjects exempt: {exemptSubjects}',
    },
    who: 'teacher',
    outcomes: {none: {severity: 'warning'}},
    params: {
      graceDays: {default: 1, min: 0, about: 'days after the Sunday homework still counts for the week'},
      exemptSubjects: {default: [], about: 'subjects without homework', subjects: true},
    },
    sql: `
      WITH due AS (
        SELECT w.class_id, w.monday, d.date AS deadline_date, d.end_utc
        FROM week w JOIN day_end d ON d.date = ${plus('w.sunday', 'graceDays')}
        WHERE d.date < @asOf),
      wk AS (
        SELECT l.class_id, l.subgroup_id, l.subject_id, due.monday, due.deadline_date, min(l.teacher_id) AS teacher_id,
               max(l.homework_at <= due.end_utc OR (l.homework IS NOT NULL AND l.homework_at IS NULL)) AS given
        FROM j_lesson l JOIN due ON due.class_id = l.class_id AND due.monday = l.monday
        WHERE l.grade > 1 AND ${notIn('l.subject_id', 'exemptSubjects')}
        GROUP BY l.class_id, l.subject_id, l.subgroup_id, l.monday)
      SELECT 'none' AS kind, coalesce(t.teacher_id, wk.teacher_id) AS responsible_id, wk.class_id, wk.subgroup_id, wk.subject_id,
             NULL AS pupil_id, wk.monday AS date, NULL AS lesson_no, 'week:' || wk.monday AS period,
             wk.deadline_date, NULL AS entered_at, NULL AS detail
      FROM wk LEFT JOIN j_teacher t ON t.class_id = wk.class_id AND t.subject_id = wk.subject_id
      WHERE NOT coalesce(wk.given, 0)`,
    message: (f) => line(f, 'за неделю с уроками не записано ни одного домашнего задания'),
  },
  {
    id: 'work-type-specified',
    clause: '3.2',
    duty: {
      ru: 'темы практических, лабораторных и контрольных работ записываются с их типом',
      en: 'topics of practical, laboratory and control works recorded with their type',
    },
    check: {
      ru: 'тема называет такую работу (контрольная, практическая, лабораторная, диктант, зачёт …), а тип урока не указан → предупреждение',
      en: 'a lesson whose topic names such a work (контрольная, практическая, лабораторная, диктант, зачёт …) without the lesson type set → warning',
    },
    who: 'teacher',
    outcomes: {untyped: {severity: 'warning'}},
    params: {
      pattern: {
        default:
          '(контрольн|практическ|лабораторн|проверочн|самостоятельн)[а-яё]*\\s+работ|диктант|зач[её]т|изложение|сочинение',
        about: 'what in a topic names a work (a regular expression, case-insensitive)',
        format: 'regexp',
      },
      exceptPattern: {
        default: '^\\s*(подготовка|анализ|разбор|работа над ошибками|повторение)',
        about: 'topics that only mention a work (preparation, analysis)',
        format: 'regexp',
      },
    },
    sql: `
      SELECT 'untyped' AS kind, l.teacher_id AS responsible_id, l.class_id, l.subgroup_id, l.subject_id, NULL AS pupil_id,
             l.date, l.lesson_no, NULL AS period, NULL AS deadline_date, NULL AS entered_at,
             json_object('topic', l.topic) AS detail
      FROM j_lesson l
      WHERE l.lesson_type = 'lesson' AND l.topic IS NOT NULL AND l.topic REGEXP @pattern AND NOT l.topic REGEXP @exceptPattern`,
    message: (f) => line(f, `тема «${s(f.facts.topic)}» записана без типа работы`),
  },
  {
    id: 'first-grade-no-marks',
    clause: '3.2',
    duty: {ru: 'в 1 классе отметки не ставятся', en: 'no marks in the 1st grade'},
    check: {
      ru: 'любая отметка или итоговая отметка ученику 1 класса → ошибка',
      en: 'any mark or final mark for a pupil of a 1st-grade class → error',
    },
    who: 'teacher',
    outcomes: {mark: {severity: 'error'}, final: {severity: 'error'}},
    params: {},
    sql: `
      SELECT 'mark' AS kind, l.teacher_id AS responsible_id, l.class_id, l.subgroup_id, l.subject_id,
             CASE WHEN count(*) = 1 THEN min(m.pupil_id) END AS pupil_id, l.date, l.lesson_no, NULL AS period,
             NULL AS deadline_date, NULL AS entered_at, json_object('count', count(*)) AS detail
      FROM j_lesson l JOIN main.mark m ON m.lesson_id = l.id AND m.entered_at <= @asOfEnd
      WHERE l.grade = 1
      GROUP BY l.id
      UNION ALL
      SELECT 'final', t.teacher_id, f.class_id, NULL, f.subject_id, CASE WHEN count(*) = 1 THEN min(f.pupil_id) END,
             NULL, NULL, f.period, NULL, NULL, json_object('count', count(*))
      FROM v_final_mark f JOIN j_class c ON c.id = f.class_id
      LEFT JOIN j_teacher t ON t.class_id = f.class_id AND t.subject_id = f.subject_id
      WHERE c.grade = 1
      GROUP BY f.class_id, f.subject_id, f.period`,
    message: (f) =>
      line(
        f,
        f.kind === 'final'
          ? `в 1 классе выставлено итоговых отметок: ${n(f.facts.count)}`
          : `в 1 классе выставлено отметок: ${n(f.facts.count)}`,
      ),
  },
  {
    id: 'final-marks-deadline',
    clause: '3.2',
    duty: {
      ru: 'итоговые отметки за период — не позднее 3 дней после его окончания',
      en: 'final marks for a period no later than 3 days after it ends',
    },
    check: {
      ru: 'нет итоговой отметки ученика по предмету (с отметками или зачётом) через {afterDays} дн. после конца периода → ошибка; внесена позже → предупреждение',
      en: 'missing for a pupil×subject (subjects assessed with marks or pass/fail) {afterDays} days after period end → error; entered late → warning',
    },
    who: 'teacher',
    outcomes: {missing: {severity: 'error'}, late: {severity: 'warning'}},
    params: {afterDays: {default: 3, min: 0, about: 'days after the end of the period'}},
    sql: `
      WITH due AS (
        SELECT cp.class_id, cp.period, cp.ends_on, d.date AS deadline_date, d.end_utc
        FROM class_period cp JOIN j_class c ON c.id = cp.class_id
        JOIN day_end d ON d.date = ${plus('cp.ends_on', 'afterDays')}
        WHERE c.grade > 1 AND cp.ends_on < @asOf),
      expected AS (
        SELECT due.*, e.pupil_id, cu.subject_id
        FROM due JOIN j_enrollment e ON e.class_id = due.class_id AND e.from_date <= due.ends_on
                                     AND (e.to_date IS NULL OR e.to_date >= due.ends_on)
        JOIN j_curriculum cu ON cu.class_id = due.class_id AND cu.assessment IN ('marks', 'pass_fail'))
      SELECT CASE WHEN f.id IS NULL THEN 'missing' ELSE 'late' END AS kind,
             ${teacherOfPupil('x.class_id', 'x.subject_id', 'x.pupil_id')} AS responsible_id,
             x.class_id, NULL AS subgroup_id, x.subject_id, x.pupil_id, NULL AS date, NULL AS lesson_no, x.period,
             x.deadline_date, f.entered_at, NULL AS detail
      FROM expected x
      LEFT JOIN main.final_mark f ON f.year_id = @yearId AND f.pupil_id = x.pupil_id AND f.subject_id = x.subject_id
                                 AND f.period = x.period AND f.entered_at <= @asOfEnd
      WHERE (f.id IS NULL AND x.deadline_date < @asOf) OR f.entered_at > x.end_utc`,
    message: (f) =>
      line(
        f,
        lateOrMissing(f, {entered: 'итоговая отметка внесена', missing: 'итоговая отметка не выставлена'}),
      ),
  },
  {
    id: 'final-mark-grounded',
    clause: '3.2, 6.7',
    duty: {ru: 'итоговые отметки обоснованы и объективны', en: 'final marks well-founded and objective'},
    check: {
      ru: 'итоговая отметка отличается от среднего текущих отметок периода больше чем на {maxDeviation} или за ней меньше {minMarks} текущих отметок → предупреждение',
      en: 'final mark differs from the mean of the period’s current marks by more than {maxDeviation} (after rounding rules), or fewer than {minMarks} current marks behind it → warning',
    },
    who: 'teacher',
    outcomes: {deviates: {severity: 'warning'}, few: {severity: 'warning'}},
    params: {
      maxDeviation: {default: 0.5, min: 0, about: 'allowed distance from the mean of the current marks'},
      minMarks: {default: 3, min: 0, about: 'current marks a final mark needs behind it'},
    },
    sql: `
      WITH fin AS (
        SELECT f.*, (f.pupil_id * 100000 + f.subject_id) * 16 + cp.pno AS k FROM v_final_mark f
        JOIN class_period cp ON cp.class_id = f.class_id AND cp.period = f.period
        JOIN j_curriculum cu ON cu.class_id = f.class_id AND cu.subject_id = f.subject_id AND cu.assessment = 'marks'
        WHERE f.period <> 'year' AND f.value IN ('2', '3', '4', '5')),
      -- One integer key per pupil × subject × period: the grouping of every mark of the year is its cost.
      cur AS (
        SELECT (m.pupil_id * 100000 + l.subject_id) * 16 + l.pno AS k, avg(unicode(m.value) - 48) AS mean, count(*) AS marks
        FROM main.mark m JOIN j_lesson l ON l.id = m.lesson_id
        WHERE m.entered_at <= @asOfEnd AND m.value IN ('1', '2', '3', '4', '5') AND l.pno > 0
        GROUP BY k)
      SELECT CASE WHEN coalesce(cur.marks, 0) < @minMarks THEN 'few' ELSE 'deviates' END AS kind,
             ${teacherOfPupil('fin.class_id', 'fin.subject_id', 'fin.pupil_id')} AS responsible_id,
             fin.class_id, NULL AS subgroup_id, fin.subject_id, fin.pupil_id, NULL AS date, NULL AS lesson_no,
             fin.period, NULL AS deadline_date, NULL AS entered_at,
             json_object('value', fin.value, 'mean', round(cur.mean, 2), 'marks', coalesce(cur.marks, 0)) AS detail
      FROM fin LEFT JOIN cur ON cur.k = fin.k
      WHERE coalesce(cur.marks, 0) < @minMarks OR abs(CAST(fin.value AS INTEGER) - cur.mean) > @maxDeviation`,
    message: (f) =>
      line(
        f,
        f.kind === 'few'
          ? `итоговая «${s(f.facts.value)}» выставлена по ${count(n(f.facts.marks), 'текущей отметке', 'текущим отметкам', 'текущим отметкам')} (нужно не меньше ${f.params.minMarks})`
          : `итоговая «${s(f.facts.value)}» при среднем ${n(f.facts.mean).toFixed(2).replace('.', ',')} по ${count(n(f.facts.marks), 'отметке', 'отметкам', 'отметкам')}`,
      ),
  },
  {
    id: 'thematic-plan',
    clause: '3.2',
    duty: {ru: 'тематический план создаётся в сентябре', en: 'thematic plan created in September'},
    check: {
      ru: 'нет плана по классу × предмету к {deadline} (ММ-ДД) → ошибка; создан позже → предупреждение; часы плана отличаются от часов учебного плана × недели больше чем на {hoursTolerancePercent} % → предупреждение',
      en: 'no plan for a class×subject by {deadline} (MM-DD) → error, made later → warning; plan hours differ from curriculum hours/week × weeks by > {hoursTolerancePercent} % → warning',
    },
    who: 'teacher',
    outcomes: {missing: {severity: 'error'}, late: {severity: 'warning'}, hours: {severity: 'warning'}},
    params: {
      deadline: {
        default: '09-30',
        about: 'month-day of the first year of the school year',
        format: 'month-day',
      },
      hoursTolerancePercent: {default: 10, min: 0, about: 'allowed difference of the plan’s hours'},
    },
    sql: `
      WITH pair AS (
        SELECT cu.class_id, cu.subject_id, cu.hours_per_week * (SELECT count(*) FROM week w WHERE w.class_id = cu.class_id) AS due_hours,
               d.date AS deadline_date, d.end_utc
        FROM j_curriculum cu JOIN ctx x JOIN day_end d ON d.date = substr(x.starts_on, 1, 4) || '-' || @deadline),
      plan AS (
        SELECT p.class_id, p.subject_id, p.created_at, (SELECT sum(i.hours) FROM main.thematic_plan_item i WHERE i.plan_id = p.id) AS hours
        FROM main.thematic_plan p JOIN j_class c ON c.id = p.class_id WHERE p.created_at <= @asOfEnd)
      SELECT CASE WHEN plan.created_at IS NULL THEN 'missing' WHEN plan.created_at > pair.end_utc THEN 'late' ELSE 'hours' END AS kind,
             t.teacher_id AS responsible_id, pair.class_id, NULL AS subgroup_id, pair.subject_id, NULL AS pupil_id,
             NULL AS date, NULL AS lesson_no, NULL AS period,
             CASE WHEN plan.created_at IS NULL OR plan.created_at > pair.end_utc THEN pair.deadline_date END AS deadline_date,
             CASE WHEN plan.created_at > pair.end_utc THEN plan.created_at END AS entered_at,
             json_object('hours', plan.hours, 'due', pair.due_hours) AS detail
      FROM pair LEFT JOIN plan ON plan.class_id = pair.class_id AND plan.subject_id = pair.subject_id
      LEFT JOIN j_teacher t ON t.class_id = pair.class_id AND t.subject_id = pair.subject_id
      WHERE (plan.created_at IS NULL AND pair.deadline_date < @asOf)
         OR plan.created_at > pair.end_utc
         OR abs(coalesce(plan.hours, 0) - pair.due_hours) > pair.due_hours * @hoursTolerancePercent / 100.0 AND plan.created_at IS NOT NULL
      UNION ALL
      SELECT 'hours', t.teacher_id, pair.class_id, NULL, pair.subject_id, NULL, NULL, NULL, NULL, NULL, NULL,
             json_object('hours', plan.hours, 'due', pair.due_hours)
      FROM pair JOIN plan ON plan.class_id = pair.class_id AND plan.subject_id = pair.subject_id
      LEFT JOIN j_teacher t ON t.class_id = pair.class_id AND t.subject_id = pair.subject_id
      WHERE plan.created_at > pair.end_utc AND abs(coalesce(plan.hours, 0) - pair.due_hours) > pair.due_hours * @hoursTolerancePercent / 100.0`,
    message: (f) =>
      f.kind === 'hours'
        ? line(
            f,
            `в тематическом плане ${n(f.facts.hours)} ч, по учебному плану ${n(f.facts.due)} ч (${n(f.params.hoursTolerancePercent)} % допуска)`,
          )
        : line(
            f,
            lateOrMissing(f, {entered: 'тематический план создан', missing: 'тематического плана нет'}),
          ),
  },
  {
    id: 'class-list-checked',
    clause: '3.3',
    duty: {
      ru: 'список класса проверяется в первую неделю сентября',
      en: 'class list checked in the first week of September',
    },
    check: {
      ru: 'нет отметки о проверке списка класса к концу первой учебной недели (+{graceDays} дн.) → предупреждение',
      en: 'no check recorded for a class by the end of the first school week (+{graceDays} days) → warning',
    },
    who: 'class_teacher',
    outcomes: {missing: {severity: 'warning'}, late: {severity: 'warning'}},
    params: {graceDays: {default: 0, min: 0, about: 'days after the first school week'}},
    sql: `
      WITH c AS (
        SELECT c.id, c.class_teacher_id, d.date AS deadline_date, d.end_utc,
               (SELECT min(k.checked_at) FROM main.class_list_check k WHERE k.class_id = c.id AND k.checked_at <= @asOfEnd) AS checked_at
        FROM j_class c JOIN ctx x JOIN day_end d ON d.date = ${plus('x.first_week_end', 'graceDays')})
      SELECT CASE WHEN c.checked_at IS NULL THEN 'missing' ELSE 'late' END AS kind, c.class_teacher_id AS responsible_id,
             c.id AS class_id, NULL AS subgroup_id, NULL AS subject_id, NULL AS pupil_id, NULL AS date, NULL AS lesson_no,
             NULL AS period, c.deadline_date, c.checked_at AS entered_at, NULL AS detail
      FROM c WHERE (c.checked_at IS NULL AND c.deadline_date < @asOf) OR c.checked_at > c.end_utc`,
    message: (f) =>
      line(
        f,
        lateOrMissing(f, {entered: 'список класса проверен', missing: 'проверка списка класса не отмечена'}),
      ),
  },
  {
    id: 'pupil-data-complete',
    clause: '3.3',
    duty: {
      ru: 'в октябре вносятся дата рождения, иностранные языки, ФИО и e-mail родителей',
      en: 'birth date, foreign languages, parents’ names and e-mail entered in October',
    },
    check: {
      ru: 'чего-то из этого нет у ученика после {deadline} (ММ-ДД) → предупреждение (одно на ученика со списком; языки — с {languagesFromGrade} класса)',
      en: 'any of these missing for a pupil after {deadline} (MM-DD) → warning (one finding per pupil listing the missing fields; languages from grade {languagesFromGrade})',
    },
    who: 'class_teacher',
    outcomes: {incomplete: {severity: 'warning'}},
    params: {
      deadline: {
        default: '10-31',
        about: 'month-day of the first year of the school year',
        format: 'month-day',
      },
      languagesFromGrade: {default: 2, min: 1, about: 'the grade foreign languages are studied from'},
    },
    sql: `
      WITH cur AS (
        SELECT e.pupil_id, c.id AS class_id, c.grade, c.class_teacher_id, d.date AS deadline_date
        FROM j_enrollment e JOIN j_class c ON c.id = e.class_id JOIN ctx x
        JOIN day_end d ON d.date = substr(x.starts_on, 1, 4) || '-' || @deadline
        WHERE e.from_date <= @asOf AND (e.to_date IS NULL OR e.to_date >= @asOf) AND d.date < @asOf),
      gaps AS (
        SELECT cur.*, json_array(
                 CASE WHEN coalesce(p.birth_date, '') = '' THEN 'birthDate' END,
                 CASE WHEN cur.grade >= @languagesFromGrade AND coalesce(p.foreign_languages, '[]') IN ('[]', '') THEN 'languages' END,
                 CASE WHEN NOT EXISTS (SELECT 1 FROM main.pupil_parent pp JOIN main.parent r ON r.id = pp.parent_id
                                       WHERE pp.pupil_id = p.id AND trim(r.full_name) <> '') THEN 'parents' END,
                 CASE WHEN NOT EXISTS (SELECT 1 FROM main.pupil_parent pp JOIN main.parent r ON r.id = pp.parent_id
                                       WHERE pp.pupil_id = p.id AND coalesce(r.email, '') <> '') THEN 'parentEmail' END) AS missing
        FROM cur JOIN main.pupil p ON p.id = cur.pupil_id)
      SELECT 'incomplete' AS kind, g.class_teacher_id AS responsible_id, g.class_id, NULL AS subgroup_id, NULL AS subject_id,
             g.pupil_id, NULL AS date, NULL AS lesson_no, NULL AS period, g.deadline_date, NULL AS entered_at,
             json_object('missing', (SELECT json_group_array(j.value) FROM json_each(g.missing) j WHERE j.value IS NOT NULL)) AS detail
      FROM gaps g WHERE EXISTS (SELECT 1 FROM json_each(g.missing) j WHERE j.value IS NOT NULL)`,
    message: (f) =>
      line(
        f,
        `не внесено: ${(f.facts.missing as string[]).map((k) => MISSING_FIELDS[k] ?? k).join(', ')} (срок ${ru(f.deadline_date)})`,
      ),
  },
  {
    id: 'no-forbidden-personal-data',
    clause: '3.3',
    duty: {ru: 'адреса и телефоны не вносятся', en: 'addresses and phones are not entered'},
    check: {
      ru: 'номер телефона или адрес в любом свободном тексте (ФИО, темы, задания, e-mail) → ошибка',
      en: 'a phone-number or address pattern in any free-text field (names, topics, homework, notes, e-mails) → error',
    },
    who: 'admin',
    outcomes: {phone: {severity: 'error'}, address: {severity: 'error'}},
    params: {
      phonePattern: {
        default:
          '(?:\\+7|(?<![\\d.,])8)[\\s(-]*\\d{3}[\\s)-]*\\d{3}[\\s-]*\\d{2}[\\s-]*\\d{2}(?!\\d)|тел(?:ефон)?\\.?:?\\s*\\d[\\d\\s()-]{4,}\\d',
        about: 'what a phone number looks like (a regular expression)',
        format: 'regexp',
      },
      addressPattern: {
        default:
          '(?:ул\\.|улица|пр-т|просп\\.|проспект|пер\\.|переулок|бульвар|б-р|шоссе)\\s*[^,;]{1,40},?\\s*(?:д\\.|дом)\\s*\\d+|(?:^|[^а-яё])кв\\.\\s*\\d+',
        about: 'what an address looks like (a regular expression)',
        format: 'regexp',
      },
    },
    sql: `
      WITH text AS (
        SELECT 'topic' AS field, l.topic AS value, l.class_id, l.subgroup_id, l.subject_id, NULL AS pupil_id, l.date, l.lesson_no
        FROM j_lesson l WHERE l.topic IS NOT NULL
        UNION ALL
        SELECT 'homework', l.homework, l.class_id, l.subgroup_id, l.subject_id, NULL, l.date, l.lesson_no
        FROM j_lesson l WHERE l.homework IS NOT NULL
        UNION ALL
        SELECT 'plan', i.topic, p.class_id, NULL, p.subject_id, NULL, NULL, NULL
        FROM main.thematic_plan p JOIN j_class c ON c.id = p.class_id JOIN main.thematic_plan_item i ON i.plan_id = p.id
        WHERE p.created_at <= @asOfEnd
        UNION ALL
        SELECT 'staff', concat_ws(' ', s.last_name, s.first_name, s.middle_name, s.email, s.position), NULL, NULL, NULL, NULL, NULL, NULL
        FROM main.staff s
        UNION ALL
        SELECT 'pupil', concat_ws(' ', p.last_name, p.first_name, p.middle_name), e.class_id, NULL, NULL, p.id, NULL, NULL
        FROM main.pupil p JOIN (SELECT pupil_id, max(class_id) AS class_id FROM j_enrollment GROUP BY pupil_id) e ON e.pupil_id = p.id
        UNION ALL
        SELECT 'parent', concat_ws(' ', r.full_name, r.email), e.class_id, NULL, NULL, pp.pupil_id, NULL, NULL
        FROM main.parent r JOIN main.pupil_parent pp ON pp.parent_id = r.id
        JOIN (SELECT pupil_id, max(class_id) AS class_id FROM j_enrollment GROUP BY pupil_id) e ON e.pupil_id = pp.pupil_id
        UNION ALL
        SELECT 'subgroup', g.name, g.class_id, g.id, g.subject_id, NULL, NULL, NULL
        FROM main.subgroup g JOIN j_class c ON c.id = g.class_id
        UNION ALL
        SELECT 'profile', c.profile, c.id, NULL, NULL, NULL, NULL, NULL FROM main.class c JOIN j_class v ON v.id = c.id
        WHERE c.profile IS NOT NULL)
      SELECT CASE WHEN t.value REGEXP @phonePattern THEN 'phone' ELSE 'address' END AS kind,
             ${officer('admin')} AS responsible_id, t.class_id, t.subgroup_id, t.subject_id, t.pupil_id, t.date, t.lesson_no,
             NULL AS period, NULL AS deadline_date, NULL AS entered_at,
             json_object('field', t.field, 'text', t.value) AS detail
      FROM text t WHERE t.value REGEXP (@phonePattern || '|' || @addressPattern)`,
    message: (f) =>
      line(
        f,
        `${FIELD_NAMES[s(f.facts.field)] ?? s(f.facts.field)} ${f.kind === 'phone' ? 'номер телефона' : 'адрес'} «${maskedMatch(
          s(f.facts.text),
          s(f.kind === 'phone' ? f.params.phonePattern : f.params.addressPattern),
        )}» — удалить`,
      ),
  },
  {
    id: 'subgroups-complete',
    clause: '3.3, 4.4',
    duty: {
      ru: 'классы делятся на подгруппы по иностранному языку, информатике, технологии, физкультуре',
      en: 'classes divided into subgroups for languages, informatics, technology, PE',
    },
    check: {
      ru: 'ученик класса не ровно в одной подгруппе предмета, который учебный план делит (после первой учебной недели) → ошибка',
      en: 'a pupil of a class not in exactly one subgroup of a subject that the curriculum splits (after the first school week) → error',
    },
    who: 'class_teacher',
    outcomes: {noSubgroups: {severity: 'error'}, notInOne: {severity: 'error'}},
    params: {},
    sql: `
      WITH pair AS (
        SELECT cu.class_id, cu.subject_id, c.class_teacher_id, x.first_week_end,
               EXISTS (SELECT 1 FROM main.subgroup g WHERE g.class_id = cu.class_id AND g.subject_id = cu.subject_id) AS divided
        FROM j_curriculum cu JOIN j_class c ON c.id = cu.class_id JOIN ctx x
        WHERE cu.split = 1 AND x.first_week_end < @asOf),
      pupils AS (
        SELECT pair.*, e.pupil_id,
               (SELECT count(*) FROM main.subgroup_member sm JOIN main.subgroup g ON g.id = sm.subgroup_id
                WHERE sm.pupil_id = e.pupil_id AND g.class_id = pair.class_id AND g.subject_id = pair.subject_id) AS groups
        FROM pair JOIN j_enrollment e ON e.class_id = pair.class_id
         AND e.from_date <= @asOf AND (e.to_date IS NULL OR e.to_date >= @asOf)
        WHERE pair.divided)
      SELECT 'noSubgroups' AS kind, class_teacher_id AS responsible_id, class_id, NULL AS subgroup_id, subject_id,
             NULL AS pupil_id, NULL AS date, NULL AS lesson_no, NULL AS period, first_week_end AS deadline_date,
             NULL AS entered_at, NULL AS detail
      FROM pair WHERE NOT divided
      UNION ALL
      SELECT 'notInOne', class_teacher_id, class_id, NULL, subject_id, pupil_id, NULL, NULL, NULL, NULL, NULL,
             json_object('groups', groups)
      FROM pupils WHERE groups <> 1`,
    message: (f) =>
      line(
        f,
        f.kind === 'noSubgroups'
          ? `класс не разделён на подгруппы (срок ${ru(f.deadline_date)})`
          : n(f.facts.groups) === 0
            ? 'ученик не состоит ни в одной подгруппе'
            : `ученик состоит в ${n(f.facts.groups)} подгруппах сразу`,
      ),
  },
  {
    id: 'parent-letters',
    clause: '3.3',
    duty: {
      ru: 'письмо родителям об успеваемости — раз в две недели',
      en: 'progress letter to parents once every two weeks',
    },
    check: {
      ru: 'последняя рассылка писем класса старше {intervalDays} дн. (по времени школы) → предупреждение',
      en: 'a class whose last recorded letter run is older than {intervalDays} days (school time) → warning',
    },
    who: 'class_teacher',
    outcomes: {overdue: {severity: 'warning'}},
    params: {intervalDays: {default: 14, min: 1, about: 'days between letter runs'}},
    sql: `
      WITH last AS (
        SELECT c.id, c.class_teacher_id,
               (SELECT max(g.sent_at) FROM main.letter_log g WHERE g.class_id = c.id AND g.sent_at <= @asOfEnd) AS sent_at
        FROM j_class c),
      due AS (
        SELECT last.*, ${plus(
          `coalesce((SELECT min(d.date) FROM day_end d WHERE d.end_utc >= last.sent_at), x.starts_on)`,
          'intervalDays',
        )} AS deadline_date
        FROM last JOIN ctx x WHERE @asOf <= x.ends_on)
      SELECT 'overdue' AS kind, class_teacher_id AS responsible_id, id AS class_id, NULL AS subgroup_id, NULL AS subject_id,
             NULL AS pupil_id, NULL AS date, NULL AS lesson_no, NULL AS period, deadline_date, NULL AS entered_at,
             json_object('last', sent_at) AS detail
      FROM due WHERE deadline_date < @asOf`,
    message: (f) =>
      line(
        f,
        f.facts.last
          ? `письма родителям не отправлялись с ${at(s(f.facts.last), f.clock)}, ${days(f.delayDays ?? 0)} сверх срока`
          : `письма родителям не отправлялись ни разу (срок ${ru(f.deadline_date)})`,
      ),
  },
  {
    id: 'lessons-held',
    clause: '6.6',
    duty: {ru: 'учёт заменённых и пропущенных уроков', en: 'replaced and missed lessons accounted for'},
    check: {
      ru: 'урок по расписанию в учебный день без записи в журнале через {afterDays} дн. → ошибка; урок провёл не назначенный учитель, а замена не отмечена → предупреждение',
      en: 'a timetabled lesson on a school day with no journal record {afterDays} days after → error; a record by a teacher other than the assigned one without a substitution mark → warning',
    },
    who: 'teacher',
    outcomes: {missing: {severity: 'error'}, unmarked: {severity: 'warning'}},
    params: {afterDays: {default: 3, min: 0, about: 'days after the lesson'}},
    sql: `
      SELECT 'missing' AS kind, t.teacher_id AS responsible_id, t.class_id, t.subgroup_id, t.subject_id, NULL AS pupil_id,
             sd.date, t.lesson_no, NULL AS period, ${plus('sd.date', 'afterDays')} AS deadline_date, NULL AS entered_at,
             NULL AS detail
      FROM j_timetable t
      JOIN school_day sd ON sd.class_id = t.class_id AND sd.weekday = t.weekday
       AND (t.valid_from IS NULL OR sd.date >= t.valid_from) AND (t.valid_to IS NULL OR sd.date <= t.valid_to)
      WHERE ${plus('sd.date', 'afterDays')} < @asOf
        AND NOT EXISTS (SELECT 1 FROM main.lesson l
                        WHERE l.class_id = t.class_id AND coalesce(l.subgroup_id, 0) = coalesce(t.subgroup_id, 0)
                          AND l.subject_id = t.subject_id AND l.date = sd.date AND l.lesson_no = t.lesson_no
                          AND (coalesce(l.topic_entered_at, l.homework_entered_at, l.attendance_entered_at) IS NULL
                               OR l.topic_entered_at <= @asOfEnd OR l.homework_entered_at <= @asOfEnd
                               OR l.attendance_entered_at <= @asOfEnd))
      UNION ALL
      SELECT 'unmarked', l.teacher_id, l.class_id, l.subgroup_id, l.subject_id, NULL, l.date, l.lesson_no, NULL, NULL, NULL,
             json_object('planned', trim(s.last_name || ' ' || s.first_name || ' ' || s.middle_name))
      FROM v_recorded l JOIN main.staff s ON s.id = l.planned_teacher_id
      WHERE l.substitution = 0 AND l.teacher_id <> l.planned_teacher_id`,
    message: (f) =>
      f.kind === 'unmarked'
        ? line(f, `урок провёл не назначенный учитель (назначен ${s(f.facts.planned)}), замена не отмечена`)
        : line(f, `урок по расписанию не записан в журнале, ${overdue(f)}`),
  },
  {
    id: 'program-fulfilment',
    clause: '6.6, 6.7',
    duty: {ru: 'программа выполняется по учебному плану', en: 'programme followed per curriculum'},
    check: {
      ru: 'проведено уроков по классу × предмету не столько, сколько положено по учебному плану на дату: разница больше {tolerancePercent} % и больше {minLessons} уроков → предупреждение',
      en: 'lessons held for a class×subject differ from the hours due to date by > {tolerancePercent} % (and by more than {minLessons} lessons) → warning',
    },
    who: 'teacher',
    outcomes: {behind: {severity: 'warning'}, ahead: {severity: 'warning'}},
    params: {
      tolerancePercent: {default: 10, min: 0, about: 'allowed difference, per cent of the hours due'},
      minLessons: {default: 2, min: 0, about: 'a difference of this many lessons or fewer never counts'},
    },
    sql: `
      WITH held AS (
        SELECT class_id, subject_id, count(*) * 1.0 / count(DISTINCT coalesce(subgroup_id, 0)) AS lessons
        FROM v_recorded GROUP BY class_id, subject_id),
      due AS (
        SELECT cu.class_id, cu.subject_id,
               cu.hours_per_week * (SELECT count(*) FROM school_day sd WHERE sd.class_id = cu.class_id AND sd.date <= @asOf)
                 / c.week_days AS hours
        FROM j_curriculum cu JOIN j_class c ON c.id = cu.class_id)
      SELECT CASE WHEN coalesce(h.lessons, 0) < d.hours THEN 'behind' ELSE 'ahead' END AS kind,
             t.teacher_id AS responsible_id, d.class_id, NULL AS subgroup_id, d.subject_id, NULL AS pupil_id, NULL AS date,
             NULL AS lesson_no, NULL AS period, NULL AS deadline_date, NULL AS entered_at,
             json_object('held', round(coalesce(h.lessons, 0), 1), 'due', round(d.hours, 1)) AS detail
      FROM due d LEFT JOIN held h ON h.class_id = d.class_id AND h.subject_id = d.subject_id
      LEFT JOIN j_teacher t ON t.class_id = d.class_id AND t.subject_id = d.subject_id
      WHERE abs(coalesce(h.lessons, 0) - d.hours) > max(d.hours * @tolerancePercent / 100.0, @minLessons)`,
    message: (f) => {
      const held = n(f.facts.held)
      const due = n(f.facts.due)
      const pct = due > 0 ? Math.round(((held - due) / due) * 100) : 0
      return line(
        f,
        `проведено ${count(Math.round(held), 'урок', 'урока', 'уроков')} при ${Math.round(due)} по учебному плану на дату (${pct > 0 ? '+' : pct < 0 ? '−' : ''}${Math.abs(pct)} %)`,
      )
    },
  },
  {
    id: 'control-works-present',
    clause: '6.7',
    duty: {ru: 'контрольные работы проводятся в каждом периоде', en: 'control works held in each period'},
    check: {
      ru: 'в закончившемся периоде нет урока типа {lessonTypes} по предмету с {minHoursPerWeek} и более часами в неделю → предупреждение',
      en: 'no lesson of type {lessonTypes} in a finished period for a subject with ≥ {minHoursPerWeek} hours/week → warning',
    },
    who: 'teacher',
    outcomes: {none: {severity: 'warning'}},
    params: {
      minHoursPerWeek: {default: 2, min: 0, about: 'subjects with at least these hours a week'},
      lessonTypes: {
        default: ['control'],
        about: 'lesson types that count',
        oneOf: ['control', 'practical', 'laboratory', 'dictation', 'test', 'independent'],
      },
    },
    sql: `
      WITH held AS (
        SELECT DISTINCT l.class_id, l.subject_id, l.period FROM j_lesson l
        WHERE l.period IS NOT NULL AND l.lesson_type IN (SELECT value FROM json_each(@lessonTypes)))
      SELECT 'none' AS kind, t.teacher_id AS responsible_id, cu.class_id, NULL AS subgroup_id, cu.subject_id, NULL AS pupil_id,
             NULL AS date, NULL AS lesson_no, cp.period, cp.ends_on AS deadline_date, NULL AS entered_at, NULL AS detail
      FROM j_curriculum cu
      JOIN class_period cp ON cp.class_id = cu.class_id AND cp.period <> 'year' AND cp.ends_on < @asOf
      LEFT JOIN held h ON h.class_id = cu.class_id AND h.subject_id = cu.subject_id AND h.period = cp.period
      LEFT JOIN j_teacher t ON t.class_id = cu.class_id AND t.subject_id = cu.subject_id
      WHERE cu.grade > 1 AND cu.assessment = 'marks' AND cu.hours_per_week >= @minHoursPerWeek AND h.class_id IS NULL`,
    message: (f) => line(f, 'за период не проведено ни одной контрольной работы'),
  },
  {
    id: 'timetable-published',
    clause: '4.3',
    duty: {
      ru: 'расписание вносится в течение недели после открытия года',
      en: 'timetable entered within one week of opening the year',
    },
    check: {
      ru: 'нет расписания класса через {afterDays} дн. после открытия года → ошибка',
      en: 'no timetable for a class {afterDays} days after the year was opened → error',
    },
    who: 'deputy',
    outcomes: {missing: {severity: 'error'}},
    params: {afterDays: {default: 7, min: 0, about: 'days after the year was opened'}},
    sql: `
      SELECT 'missing' AS kind, ${officer('deputy')} AS responsible_id, c.id AS class_id, NULL AS subgroup_id,
             NULL AS subject_id, NULL AS pupil_id, NULL AS date, NULL AS lesson_no, NULL AS period,
             ${plus('x.opened_on', 'afterDays')} AS deadline_date, NULL AS entered_at, NULL AS detail
      FROM j_class c JOIN ctx x
      WHERE x.opened_on IS NOT NULL AND ${plus('x.opened_on', 'afterDays')} < @asOf
        AND NOT EXISTS (SELECT 1 FROM main.timetable t WHERE t.class_id = c.id)`,
    message: (f) => line(f, `расписание класса не внесено, ${overdue(f)}`),
  },
  {
    id: 'year-opened',
    clause: '4.4',
    duty: {
      ru: 'учебный год открывается в первую неделю сентября',
      en: 'school year opened in the first week of September',
    },
    check: {
      ru: 'к концу первой учебной недели учебный год не открыт → ошибка; открыт позже → предупреждение',
      en: 'no open year covering the date by the end of the first school week → error; opened later → warning',
    },
    who: 'admin',
    outcomes: {missing: {severity: 'error'}, late: {severity: 'warning'}},
    params: {},
    sql: `
      SELECT CASE WHEN x.opened_on IS NULL THEN 'missing' ELSE 'late' END AS kind, ${officer('admin')} AS responsible_id,
             NULL AS class_id, NULL AS subgroup_id, NULL AS subject_id, NULL AS pupil_id, NULL AS date, NULL AS lesson_no,
             NULL AS period, x.first_week_end AS deadline_date,
             CASE WHEN x.opened_on IS NOT NULL THEN y.opened_at END AS entered_at, json_object('year', y.label) AS detail
      FROM ctx x JOIN main.academic_year y ON y.id = x.year_id JOIN day_end d ON d.date = x.first_week_end
      WHERE (x.opened_on IS NULL AND x.first_week_end < @asOf) OR (x.opened_on IS NOT NULL AND y.opened_at > d.end_utc)`,
    message: (f) =>
      line(
        f,
        f.entered_at
          ? `учебный год ${s(f.facts.year)} открыт ${at(f.entered_at, f.clock)}, ${lateBy(f.delayDays ?? 0)}`
          : `учебный год ${s(f.facts.year)} не открыт, ${overdue(f)}`,
      ),
  },
  {
    id: 'monthly-control',
    clause: '6.6',
    duty: {
      ru: 'заместитель директора проверяет журнал не реже раза в месяц',
      en: 'deputy director checks the journal at least once a month',
    },
    check: {
      ru: 'за календарный месяц учебного года нет записи о проверке (сохранённого «report control») → предупреждение',
      en: 'no control recorded (a `report control` run saved) in a calendar month of the year → warning',
    },
    who: 'deputy',
    outcomes: {missing: {severity: 'warning'}},
    params: {},
    sql: `
      SELECT 'missing' AS kind, ${officer('deputy')} AS responsible_id, NULL AS class_id, NULL AS subgroup_id,
             NULL AS subject_id, NULL AS pupil_id, NULL AS date, NULL AS lesson_no, 'month:' || m.month AS period,
             min(m.last, x.ends_on) AS deadline_date, NULL AS entered_at, NULL AS detail
      FROM month m JOIN ctx x
      WHERE min(m.last, x.ends_on) < @asOf
        AND NOT EXISTS (SELECT 1 FROM main.control_log k WHERE k.month = m.month AND k.at <= @asOfEnd)`,
    message: (f) => line(f, `проверка журнала за месяц не проводилась, ${overdue(f)}`),
  },
  {
    id: 'backups-fresh',
    clause: '6.5',
    duty: {
      ru: 'резервные копии не реже раза в две недели',
      en: 'backups at least once every two weeks',
    },
    check: {
      ru: 'последней проверенной резервной копии больше {maxAgeDays} дн. → ошибка',
      en: 'the last verified backup older than {maxAgeDays} days → error',
    },
    who: 'admin',
    outcomes: {stale: {severity: 'error'}, never: {severity: 'error'}},
    params: {
      maxAgeDays: {
        default: 14,
        min: 1,
        about: 'days; defaults to policy.backupIntervalDays, which `backup run --if-due` follows',
        fromSetting: 'backupIntervalDays',
      },
    },
    // The last good backup as `backup status` and `backup run --if-due` see it (one definition,
    // src/backup/last-good.ts): logged as made by then, not pruned, not failed at its last verification.
    sql: `
      WITH last AS (SELECT max(g.at) AS at FROM (${GOOD_BACKUP_RUNS_SQL}) g),
      due AS (
        SELECT last.at, ${plus(
          'coalesce((SELECT min(d.date) FROM day_end d WHERE d.end_utc >= last.at), x.starts_on)',
          'maxAgeDays',
        )} AS deadline_date
        FROM last JOIN ctx x)
      SELECT CASE WHEN due.at IS NULL THEN 'never' ELSE 'stale' END AS kind, ${officer('admin')} AS responsible_id,
             NULL AS class_id, NULL AS subgroup_id, NULL AS subject_id, NULL AS pupil_id, NULL AS date, NULL AS lesson_no,
             NULL AS period, due.deadline_date, NULL AS entered_at, json_object('last', due.at) AS detail
      FROM due WHERE due.deadline_date < @asOf`,
    message: (f) =>
      line(
        f,
        f.facts.last
          ? `последняя проверенная резервная копия сделана ${at(s(f.facts.last), f.clock)}, ${overdue(f)}`
          : `проверенных резервных копий нет (срок ${ru(f.deadline_date)})`,
      ),
  },
  {
    id: 'previous-year-archived',
    clause: '6.9',
    duty: {ru: 'журналы архивируются в конце каждого года', en: 'journals archived at the end of each year'},
    check: {
      ru: 'закончившийся год без архива («archive create») через {afterDays} дн. после окончания → предупреждение',
      en: 'a closed year that has no archive («archive create») {afterDays} days after its end → warning',
    },
    who: 'admin',
    outcomes: {notArchived: {severity: 'warning'}},
    params: {afterDays: {default: 30, min: 0, about: 'days after the end of the year'}},
    sql: `
      SELECT 'notArchived' AS kind, ${officer('admin')} AS responsible_id, NULL AS class_id, NULL AS subgroup_id,
             NULL AS subject_id, NULL AS pupil_id, NULL AS date, NULL AS lesson_no, 'year' AS period,
             ${plus('y.ends_on', 'afterDays')} AS deadline_date, NULL AS entered_at,
             json_object('year', y.label, 'status', y.status) AS detail
      FROM main.academic_year y
      WHERE y.status IN ('open', 'closed') AND NOT EXISTS (SELECT 1 FROM main.archive a WHERE a.year_id = y.id)
        AND ${plus('y.ends_on', 'afterDays')} < @asOf`,
    message: (f) =>
      line(
        f,
        `учебный год ${s(f.facts.year)} не архивирован (состояние «${s(f.facts.status) === 'open' ? 'открыт' : 'закрыт'}»), ${overdue(f)}`,
        {period: false},
      ),
  },
]

/** «просрочено на 3 дня (срок 17.10.2026)»: a deadline passed with nothing done. */
function overdue(f: FindingFacts): string {
  return `просрочено на ${days(f.delayDays ?? 0)} (срок ${f.deadline_date ? formatRu(f.deadline_date) : ''})`
}
