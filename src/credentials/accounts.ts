// The accounts after issue: the list (who has none, who is disabled, who left and is still
// active), disabling and enabling, verifying a password (the portal, checks) and the export of
// hashes for the journal's web portal.
import {closeSync, unlinkSync, writeSync} from 'node:fs'
import {join} from 'node:path'

import {type IsoDate} from '../calendar/dates.js'
import {UsageError} from '../cli/errors.js'
import {toCsv} from '../cli/render.js'
import {schoolToday} from '../cli/today.js'
import {now} from '../core/clock.js'
import {claimOutputFile, type OutputOptions, writeOutputFile} from '../core/private-files.js'
import {findClass} from '../lists/lookup.js'
import {type Workspace} from '../workspace/workspace.js'
import {currentYear, requireYear, type Year} from '../year/store.js'
import {verifyPassword} from './hash.js'
import {type AccountRole, kindOf, matchesChoice, type RoleChoice} from './plan.js'
import {createPrivateFile} from './slips.js'
import {
  type AccountListItem,
  findAccount,
  listAccounts,
  type ListStatus,
  requireAccount,
  setStatus,
} from './store.js'

export interface ListFilter {
  className?: string
  role?: RoleChoice
  status?: ListStatus
  year?: string
  today?: IsoDate
}

/** One line of `credentials list`: the --json contract. */
export interface CredentialListItem {
  login: string | null
  role: AccountRole
  person: number
  name: string
  class: string | null
  status: ListStatus
  issuedAt: string | null
  /** A pupil who left, or a parent with no child at school: the account should be disabled. */
  left: boolean
}

export interface CredentialList {
  year: string | null
  accounts: CredentialListItem[]
  /** Accounts of pupils who left (and their parents) that are still active. */
  leftActive: number
}

function yearOf(ws: Workspace, label: string | undefined, today: IsoDate, needed: boolean): Year | undefined {
  return label || needed ? requireYear(ws.db, label, today) : currentYear(ws.db, today)
}

function publicItem(r: AccountListItem): CredentialListItem {
  return {
    login: r.login,
    role: r.role,
    person: r.person,
    name: r.name,
    class: r.class,
    status: r.status,
    issuedAt: r.issuedAt,
    left: r.left,
  }
}

function inClass(r: AccountListItem, className: string): boolean {
  return r.class !== null && r.class.split(', ').includes(className)
}

export function listCredentials(ws: Workspace, filter: ListFilter): CredentialList {
  const today = filter.today ?? schoolToday(ws.settings.timezone)
  const role = filter.role ?? 'all'
  const year = yearOf(
    ws,
    filter.year,
    today,
    filter.className !== undefined || role === 'pupil' || role === 'parent',
  )
  if (filter.className !== undefined) findClass(ws.db, year!, filter.className)
  const rows = listAccounts(ws.db, year).filter(
    (r) =>
      matchesChoice(r.role, role) &&
      (filter.status === undefined || r.status === filter.status) &&
      (filter.className === undefined || inClass(r, filter.className)),
  )
  return {
    year: year?.label ?? null,
    accounts: rows.map(publicItem),
    leftActive: rows.filter((r) => r.left && r.status === 'issued').length,
  }
}

// Disable and enable ------------------------------------------------------------------------

export interface StatusChange {
  login: string
  role: AccountRole
  person: number
  name: string
  class: string | null
}

export interface StatusPlan {
  dryRun: boolean
  applied: boolean
  status: 'disabled' | 'active'
  changed: StatusChange[]
  /** Logins already in that status: nothing to do. */
  unchanged: string[]
}

export interface PreparedStatus {
  result: StatusPlan
  apply: () => StatusPlan
}

function change(r: AccountListItem): StatusChange {
  return {login: r.login!, role: r.role, person: r.person, name: r.name, class: r.class}
}

/** The list row of one login (its name and class), for what a command prints. */
function rowOfLogin(ws: Workspace, login: string, today: IsoDate): AccountListItem {
  const account = requireAccount(ws.db, login)
  const year = currentYear(ws.db, today)
  const row = listAccounts(ws.db, year).find((r) => r.accountId === account.id)
  if (row) return row
  // A pupil or parent of another year: not in this year's list, but the account is there.
  return {
    login: account.login,
    role: account.role,
    person: account.personId,
    name: account.login,
    class: null,
    status: account.status === 'active' ? 'issued' : 'disabled',
    issuedAt: account.issuedAt,
    left: kindOf(account.role) !== 'staff',
    accountId: account.id,
    mustChange: account.mustChange,
    passwordHash: null,
  }
}

function preparedStatus(
  ws: Workspace,
  rows: AccountListItem[],
  status: 'disabled' | 'active',
  unchanged: string[],
): PreparedStatus {
  const result: StatusPlan = {dryRun: true, applied: false, status, changed: rows.map(change), unchanged}
  return {
    result,
    apply: () => {
      if (rows.length === 0) return {...result, dryRun: false}
      setStatus(
        ws.db,
        rows.map((r) => r.accountId!),
        status,
        now().toISOString(),
      )
      return {...result, dryRun: false, applied: true}
    },
  }
}

/** Disables one account, or (--left) every active account of a pupil who left and of a parent with no child at school. */
export function prepareDisable(
  ws: Workspace,
  request: {login?: string; left?: boolean; year?: string; today?: IsoDate},
): PreparedStatus {
  const today = request.today ?? schoolToday(ws.settings.timezone)
  if ((request.login === undefined) === !request.left) throw new UsageError('credentials.disableWhom')
  if (request.login !== undefined) {
    const row = rowOfLogin(ws, request.login, today)
    return row.status === 'disabled'
      ? preparedStatus(ws, [], 'disabled', [row.login!])
      : preparedStatus(ws, [row], 'disabled', [])
  }
  const year = requireYear(ws.db, request.year, today)
  const rows = listAccounts(ws.db, year).filter((r) => r.left && r.status === 'issued')
  return preparedStatus(ws, rows, 'disabled', [])
}

export function prepareEnable(ws: Workspace, request: {login: string; today?: IsoDate}): PreparedStatus {
  const today = request.today ?? schoolToday(ws.settings.timezone)
  const row = rowOfLogin(ws, request.login, today)
  return row.status === 'disabled'
    ? preparedStatus(ws, [row], 'active', [])
    : preparedStatus(ws, [], 'active', [row.login!])
}

// Verify -------------------------------------------------------------------------------------

// The hash of a random string nobody knows: an unknown login or a disabled account costs the
// same argon2 work as a wrong password, so the time taken tells nothing either.
const NOBODY =
  '$argon2id$v=19$m=19456,t=2,p=1$jUoseaM+irx6nnZew3tiHA$Z2BBfVPcuTqT26uZhpgau1wNC/qO8BMS2fdtbidOI0Q'

export interface VerifyResult {
  ok: boolean
  /** Only when ok: the portal asks for a new password first. */
  mustChange?: boolean
}

/** Whether the password is the one of an active account of that login; never which part was wrong. */
export async function verifyCredentials(
  ws: Workspace,
  login: string,
  password: string,
): Promise<VerifyResult> {
  const account = findAccount(ws.db, login.trim().toLowerCase())
  const usable = account !== undefined && account.status === 'active'
  const matches = await verifyPassword(usable ? account.passwordHash : NOBODY, password)
  return usable && matches ? {ok: true, mustChange: account.mustChange} : {ok: false}
}

// Export -------------------------------------------------------------------------------------

export const EXPORT_HEADER = ['login', 'role', 'person', 'class', 'password_hash', 'must_change', 'status']

export interface ExportResult {
  file: string
  accounts: number
}

/**
 * Every account (disabled ones too, so that the portal refuses them) as CSV for the journal's
 * web portal: UTF-8 with BOM, «;», 0600. -o FILE is the user's file: refused when it exists unless
 * --force (then replaced in one step, its mode kept); the default exports/<date>/accounts.csv is
 * never overwritten (accounts-2.csv …).
 */
export async function exportAccounts(
  ws: Workspace,
  request: {file?: string; today?: IsoDate} & OutputOptions,
): Promise<ExportResult> {
  if (request.file) claimOutputFile(request.file, request)
  const today = request.today ?? schoolToday(ws.settings.timezone)
  const rows = listAccounts(ws.db, currentYear(ws.db, today)).filter((r) => r.accountId !== null)
  const csv = await toCsv(
    EXPORT_HEADER,
    rows.map((r) => [
      r.login!,
      r.role,
      String(r.person),
      r.class ?? '',
      r.passwordHash!,
      r.mustChange ? '1' : '0',
      r.status === 'issued' ? 'active' : 'disabled',
    ]),
  )
  if (request.file) return {file: writeOutputFile(request.file, csv, request), accounts: rows.length}
  const {path, fd} = createPrivateFile(join(ws.dir, 'exports', today, 'accounts.csv'))
  try {
    try {
      writeSync(fd, csv)
    } finally {
      closeSync(fd)
    }
  } catch (error) {
    unlinkSync(path)
    throw error
  }
  return {file: path, accounts: rows.length}
}
