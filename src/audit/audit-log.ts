// audit_log: who changed what and when (DESIGN.md "Security"). Arguments are stored without
// secrets: values of flags that carry them are masked before they reach this module.
import {userInfo} from 'node:os'

import {now} from '../core/clock.js'
import {type Db} from '../db/open.js'

/**
 * Every action an audit row can name (and `audit --action` can filter by); the type keeps the
 * list true to the commands that write rows.
 */
export const AUDIT_ACTIONS = [
  'init',
  'year.open',
  'year.close',
  'import.staff',
  'import.pupils',
  'import.classes',
  'import.curriculum',
  'import.assignments',
  'import.timetable',
  'import.thematic_plans',
  'import.lessons',
  'import.marks',
  'import.absences',
  'import.final_marks',
  'import.journal',
  'classes.confirm-list',
  'subgroups.assign',
  'subgroups.move',
  'credentials.issue',
  'credentials.reset',
  'credentials.disable',
  'credentials.enable',
  'credentials.export',
  'letters',
  'report.control',
  'backup.run',
  'backup.restore',
  'backup.prune',
  'archive.create',
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export interface AuditEntry {
  command: string
  arguments: string[]
  action: AuditAction
  object: string | null
  outcome: string
}

export interface AuditRow extends AuditEntry {
  id: number
  at: string
  osUser: string
}

const SECRET_FLAGS = new Set(['--password', '--passphrase', '--key'])

export function maskSecrets(argv: string[]): string[] {
  return argv.map((arg, i) => {
    const [flag] = arg.split('=')
    if (SECRET_FLAGS.has(flag!) && arg.includes('=')) return `${flag}=***`
    return i > 0 && SECRET_FLAGS.has(argv[i - 1]!) ? '***' : arg
  })
}

export function osUser(): string {
  try {
    return userInfo().username
  } catch {
    return process.env.USER ?? 'unknown'
  }
}

export function writeAudit(db: Db, entry: AuditEntry): void {
  db.prepare(
    `INSERT INTO audit_log (at, os_user, command, arguments, action, object, outcome)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    now().toISOString(),
    osUser(),
    entry.command,
    JSON.stringify(maskSecrets(entry.arguments)),
    entry.action,
    entry.object,
    entry.outcome,
  )
}

export interface AuditFilter {
  /** An instant; rows at or after it. */
  since?: string
  action?: string
}

export function listAudit(db: Db, filter: AuditFilter): AuditRow[] {
  const rows = db
    .prepare(
      `SELECT id, at, os_user AS osUser, command, arguments, action, object, outcome FROM audit_log
       WHERE (@since IS NULL OR at >= @since) AND (@action IS NULL OR action = @action)
       ORDER BY at, id`,
    )
    .all({since: filter.since ?? null, action: filter.action ?? null}) as Array<
    AuditRow & {arguments: string}
  >
  return rows.map((r) => ({...r, arguments: JSON.parse(r.arguments as unknown as string) as string[]}))
}

/** An argument longer than this is shown by its start and its end (a path's file name). */
const ARGUMENT_SHOWN = 40
/** The summary of a command line: as many arguments as fit in this many characters. */
const SUMMARY_SHOWN = 80

/**
 * A command line short enough for a table row: long arguments cut in the middle, and after
 * SUMMARY_SHOWN characters only how many more there are (`more`); --json keeps the full text.
 */
export function argumentsSummary(args: string[], more: (count: number) => string): string {
  const shown: string[] = []
  let length = 0
  for (const arg of args) {
    const chars = [...arg]
    const text =
      chars.length > ARGUMENT_SHOWN
        ? `${chars.slice(0, 15).join('')}…${chars.slice(-(ARGUMENT_SHOWN - 16)).join('')}`
        : arg
    if (shown.length && length + 1 + [...text].length > SUMMARY_SHOWN) break
    shown.push(text)
    length += (shown.length > 1 ? 1 : 0) + [...text].length
  }
  const rest = args.length - shown.length
  return rest ? `${shown.join(' ')} ${more(rest)}` : shown.join(' ')
}
