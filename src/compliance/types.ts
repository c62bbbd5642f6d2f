// The vocabulary of the completeness check (RULES.md): rules, their parameters, and findings.
import {type IsoDate} from '../calendar/dates.js'

export type Severity = 'error' | 'warning' | 'info'
export const SEVERITIES: Severity[] = ['error', 'warning', 'info']
/** error = 0 is the worst. */
export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s)

/** Who a rule holds responsible (one of the staff roles). */
export type Role = 'teacher' | 'class_teacher' | 'deputy' | 'admin'

/** A parameter's value: a whole number, a text (a date 'MM-DD', a pattern) or a list of texts. */
export type ParamValue = number | string | string[]

export interface ParamDef {
  default: ParamValue
  /** For numbers: the smallest value allowed. */
  min?: number
  /** What the parameter means, shown by --list-rules --json and in the README. */
  about: string
  /** A list of subject names (matched without regard to case and ё). */
  subjects?: boolean
  /** A top-level key of ejournal.json `policy` whose value is the default (backupIntervalDays). */
  fromSetting?: string
  /** Texts: 'month-day' ('09-30') or 'regexp' (checked when the policy is read). */
  format?: 'month-day' | 'regexp'
  /** Lists: the values allowed. */
  oneOf?: string[]
}

/**
 * One row a rule's query returns. Every query returns exactly these columns (null where they
 * do not apply); the engine adds the names and computes the delay.
 */
export interface RuleRow {
  /** Which of the rule's outcomes this is (a key of the rule's `outcomes`): missing, late, … */
  kind: string
  responsible_id: number | null
  class_id: number | null
  subgroup_id: number | null
  subject_id: number | null
  pupil_id: number | null
  /** The school date the finding is about (the lesson's date, the Monday of a week). */
  date: IsoDate | null
  lesson_no: number | null
  /** 'quarter:1', 'half:2', 'year', 'week:2026-10-12', 'month:2026-10'. */
  period: string | null
  /** The school date whose end (23:59:59 at the school) is the deadline; null when none. */
  deadline_date: IsoDate | null
  /** The UTC instant of an entry made after the deadline; null when it is missing. */
  entered_at: string | null
  /** Rule-specific facts for the message (a JSON object, or null). */
  detail: string | null
}

/** A row with the names resolved, ready for the message. */
export interface FindingFacts extends RuleRow {
  responsibleName: string | null
  className: string | null
  subgroupName: string | null
  subjectName: string | null
  pupilName: string | null
  /** Parsed `detail`. */
  facts: Record<string, unknown>
  /** The school's clock, for showing entry times. */
  clock: SchoolClock
  delayDays: number | null
  clause: string
  params: Record<string, ParamValue>
}

/** Instants shown at the school (src/compliance/calendar-tables.ts makes one for a check). */
export interface SchoolClock {
  /** The school date of a UTC instant. */
  dateOf(instant: string): IsoDate
  /** The instant as the school's clocks show it: 2026-10-16T08:12:00+10:00. */
  local(instant: string): string
  /** The end of a school date at the school: 2026-10-14T23:59:59+10:00. */
  deadline(date: IsoDate): string
}

export interface Outcome {
  severity: Severity
}

export interface RuleDef {
  id: string
  /** Clauses of the regulation: '3.2', '3.2, 6.7'. */
  clause: string
  duty: {ru: string; en: string}
  /** The default check in one line; {name} stands for a parameter's current value. */
  check: {ru: string; en: string}
  who: Role
  /** The outcomes the query may return, each with its default severity. */
  outcomes: Record<string, Outcome>
  params: Record<string, ParamDef>
  /**
   * Set-based SQL over the whole journal returning RuleRow columns. Bound: @asOf (the as-of
   * date), @asOfEnd (its end at the school, UTC), @yearId, and every parameter by name (lists
   * as JSON text, for json_each). Reads the temp views and tables of calendar-tables.ts.
   */
  sql: string
  /** The one-line Russian message a deputy director pastes into a memo. */
  message: (f: FindingFacts) => string
}

/** A rule with the school's policy applied. */
export interface EffectiveRule {
  def: RuleDef
  enabled: boolean
  params: Record<string, ParamValue>
  severities: Record<string, Severity>
}

export interface Responsible {
  id: number | null
  name: string | null
  role: Role
}

/** One finding: the --json contract of `check`. */
export interface Finding {
  rule: string
  severity: Severity
  clause: string
  responsible: Responsible
  class: string | null
  subgroup: string | null
  subject: string | null
  pupil: string | null
  date: IsoDate | null
  period: string | null
  /** ISO 8601 with the school's offset: 2026-10-14T23:59:59+10:00. */
  deadline: string | null
  delayDays: number | null
  message: string
}

export interface CheckSummary {
  byRule: Record<string, number>
  bySeverity: Record<Severity, number>
}

export interface CheckReport {
  asOf: IsoDate
  findings: Finding[]
  summary: CheckSummary
}
