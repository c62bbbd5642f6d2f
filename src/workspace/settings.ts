// ejournal.json: the school's settings. Read once per command; unknown keys are kept as written.

export interface Settings {
  schoolName: string
  /** IANA zone of the school, e.g. Asia/Vladivostok: every deadline is a moment there. */
  timezone: string
  /** The school's usual week; a class may differ (class.week_days). */
  weekDays: 5 | 6
  /** Overrides of RULES.md defaults, by rule id. */
  policy: Record<string, unknown>
  backup: {keyFile: string}
  /** Years the archive bundles are kept (default: class journals 5, summary sheets 25). */
  archive?: {journalYears?: number; summaryYears?: number}
  /** Logins and slips (README «Credentials»). */
  credentials?: {
    /** Default {last}.{first}; placeholders {last} {first} {middle} {f} {m} {yy}. */
    loginPattern?: string
    /** The journal's web address printed on the slips. */
    portal?: string
  }
}

export const SETTINGS_FILE = 'ejournal.json'
export const DATABASE_FILE = 'ejournal.sqlite'
export const PRIVATE_DIRS = ['backups', 'archives', 'exports', 'keys'] as const
export const DEFAULT_TIMEZONE = 'Europe/Moscow'

export function defaultSettings(schoolName: string, timezone: string, weekDays: 5 | 6): Settings {
  return {schoolName, timezone, weekDays, policy: {}, backup: {keyFile: 'keys/backup.key'}}
}
