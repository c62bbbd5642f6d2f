// Issuing and resetting credentials (п. 2.4, 4.4): the plan of who gets what, then passwords from
// the CSPRNG, their argon2id hashes and the slips (at the same time), and last the accounts, so
// that a failure leaves neither accounts whose passwords nobody has nor slips with passwords that
// do not work. A plain password lives only in memory, in the slip files and (--show) on the
// terminal.
import {unlinkSync} from 'node:fs'
import {join, resolve} from 'node:path'

import {formatRu, type IsoDate} from '../calendar/dates.js'
import {ConflictError, UsageError} from '../cli/errors.js'
import {type MessageKey, type MessageParams} from '../cli/i18n.js'
import {schoolToday} from '../cli/today.js'
import {now} from '../core/clock.js'
import {type Workspace} from '../workspace/workspace.js'
import {currentYear, requireYear, type Year} from '../year/store.js'
import {hashPasswords} from './hash.js'
import {checkLoginPattern, DEFAULT_LOGIN_PATTERN} from './login.js'
import {generatePassphrase, generatePassword} from './password.js'
import {
  type AccountRole,
  type IssuePlan,
  kindOf,
  type PlanAction,
  planIssue,
  type RoleChoice,
  slipRoleOf,
} from './plan.js'
import {
  type Slip,
  type SlipFormat,
  slipFileName,
  slipFolder,
  packWord,
  type SlipRole,
  writeSlipsCsv,
  writeSlipsPdf,
} from './slips.js'
import {loadCandidates, requireAccount, type Selection, takenLogins, writeAccounts} from './store.js'

export interface IssueRequest extends Selection {
  /** Give new passwords to people who already have an (active) account. */
  reissue?: boolean
  /** Passphrases of three words (kot-luna-sad) for pupils, whom they are for. */
  words?: boolean
  /** The school year by label; default the current one. */
  year?: string
  /** The school's today; default from the clock in the school's time zone. */
  today?: IsoDate
}

export interface ResetRequest {
  /** One account by its login … */
  login?: string
  /** … or the accounts of a class (pupils and parents, or --role). */
  className?: string
  role?: RoleChoice
  /** Passphrases for pupils, as with issue --words. */
  words?: boolean
  year?: string
  today?: IsoDate
}

export type SlipFormatChoice = SlipFormat | 'both'

export interface SlipOutput {
  /** The folder the dated slip folders go into; default the workspace's exports/. */
  out?: string
  format: SlipFormatChoice
  /** Called after each hash (a progress bar on a terminal). */
  onProgress?: (done: number, total: number) => void
}

export interface IssuedAccount {
  login: string
  role: AccountRole
  /** The id of the staff member, pupil or parent (by role). */
  person: number
  /** Pupils: their class; parents: the class of the child on the slip; staff: null. */
  class: string | null
  name: string
  /** new: a new account; reissue, reset: a new password for an existing one. */
  action: PlanAction
  /** The pack (folder) of the slip: a class, a class and subgroup, or null for staff. */
  pack: string | null
}

export interface IssueResult {
  dryRun: boolean
  applied: boolean
  issued: IssuedAccount[]
  /** Slip files written, absolute paths. */
  files: string[]
  /** People who already had an account and kept it (issue without --reissue). */
  kept: number
  /** Disabled accounts left alone (enable them first). */
  disabled: string[]
  warnings: Array<{key: MessageKey; params: MessageParams}>
  /**
   * The temporary password of a login issued now. A function, so that it never ends up in
   * JSON.stringify of the result by accident; undefined before apply and in a dry run.
   */
  passwordOf: (login: string) => string | undefined
}

export interface PreparedIssue {
  /** The plan as a result: nothing written yet. */
  result: IssueResult
  plan: IssuePlan
  /** Accounts that exist and would get a new password (asked about on a terminal). */
  replacing: number
  apply: (output: SlipOutput) => Promise<IssueResult>
}

const noPasswords = () => undefined

function today(ws: Workspace, given: IsoDate | undefined): IsoDate {
  return given ?? schoolToday(ws.settings.timezone)
}

/** The year for pupils and parents: named, else the current one; required only for them. */
function yearFor(
  ws: Workspace,
  role: RoleChoice,
  label: string | undefined,
  date: IsoDate,
): Year | undefined {
  if (label || role !== 'teacher') return requireYear(ws.db, label, date)
  return currentYear(ws.db, date)
}

export function loginPattern(ws: Workspace): string {
  const pattern = ws.settings.credentials?.loginPattern ?? DEFAULT_LOGIN_PATTERN
  checkLoginPattern(pattern)
  return pattern
}

function checkSelection({role, className, subgroup, personId}: Selection): void {
  if (personId !== undefined && role === 'all') throw new UsageError('credentials.personNeedsRole')
  if ((className !== undefined || subgroup !== undefined) && role === 'teacher')
    throw new UsageError('credentials.teachersHaveNoClass')
  if (personId !== undefined && (className !== undefined || subgroup !== undefined))
    throw new UsageError('credentials.personAlone')
}

/** The plan of an issue: who gets a new account, who a new password, who is left alone. */
export function prepareIssue(ws: Workspace, request: IssueRequest): PreparedIssue {
  checkSelection(request)
  const date = today(ws, request.today)
  const pattern = loginPattern(ws)
  const year = yearFor(ws, request.role, request.year, date)
  const candidates = loadCandidates(ws.db, {selection: request, year})
  if (request.personId !== undefined && candidates.length === 0)
    throw new UsageError('credentials.unknownPerson', {role: request.role, id: request.personId})
  const plan = planIssue(candidates, {
    mode: 'issue',
    reissue: Boolean(request.reissue),
    pattern,
    taken: takenLogins(ws.db),
  })
  return prepared(ws, plan, date, Boolean(request.words))
}

/** The plan of a reset: new passwords for an account by login, or for a class's accounts. */
export function prepareReset(ws: Workspace, request: ResetRequest): PreparedIssue {
  const date = today(ws, request.today)
  if ((request.login === undefined) === (request.className === undefined))
    throw new UsageError('credentials.resetWhom')
  if (request.login !== undefined) {
    const account = requireAccount(ws.db, request.login)
    if (account.status === 'disabled')
      throw new ConflictError('credentials.resetDisabled', {login: account.login})
    const role: RoleChoice = kindOf(account.role) === 'staff' ? 'teacher' : (account.role as RoleChoice)
    const year = role === 'teacher' ? currentYear(ws.db, date) : requireYear(ws.db, request.year, date)
    const candidates = loadCandidates(ws.db, {selection: {role, personId: account.personId}, year})
    const plan = planIssue(candidates, {mode: 'reset', reissue: true, pattern: '', taken: new Set()})
    return prepared(ws, plan, date, Boolean(request.words))
  }
  const selection: Selection = {role: request.role ?? 'all', className: request.className}
  checkSelection(selection)
  const year = requireYear(ws.db, request.year, date)
  const candidates = loadCandidates(ws.db, {selection, year})
  const plan = planIssue(candidates, {mode: 'reset', reissue: true, pattern: '', taken: new Set()})
  return prepared(ws, plan, date, Boolean(request.words))
}

function prepared(ws: Workspace, plan: IssuePlan, date: IsoDate, words: boolean): PreparedIssue {
  const issued = plan.accounts.map((a): IssuedAccount => ({
    login: a.login,
    role: a.candidate.role,
    person: a.candidate.personId,
    class: a.candidate.className,
    name: a.candidate.fullName,
    action: a.action,
    pack: a.candidate.pack,
  }))
  const warnings: IssueResult['warnings'] = []
  if (issued.length > 0 && !ws.settings.credentials?.portal)
    warnings.push({key: 'credentials.noPortal', params: {}})
  const result: IssueResult = {
    dryRun: true,
    applied: false,
    issued,
    files: [],
    kept: plan.kept,
    disabled: plan.disabled.map((d) => d.login),
    warnings,
    passwordOf: noPasswords,
  }
  return {
    result,
    plan,
    replacing: plan.accounts.filter((a) => a.action !== 'new').length,
    apply: (output) => applyPlan(ws, plan, result, {date, words, output}),
  }
}

async function applyPlan(
  ws: Workspace,
  plan: IssuePlan,
  planned: IssueResult,
  options: {date: IsoDate; words: boolean; output: SlipOutput},
): Promise<IssueResult> {
  if (plan.accounts.length === 0) return {...planned, dryRun: false}
  const passwords = plan.accounts.map((a) =>
    options.words && a.candidate.role === 'pupil' ? generatePassphrase() : generatePassword(),
  )
  // The hashes are made on the thread pool while the slips are drawn here: both take seconds.
  const hashing = hashPasswords(passwords, options.output.onProgress)
  // Handled below, after the slips; until then a failure must not count as unhandled.
  hashing.catch(() => undefined)
  const slips = plan.accounts.map((a, i): Slip & {pack: string | null} => ({
    school: ws.settings.schoolName,
    name: a.candidate.fullName,
    role: slipRoleOf(a.candidate.role),
    login: a.login,
    password: passwords[i]!,
    portal: ws.settings.credentials?.portal ?? '',
    child: a.candidate.child ?? undefined,
    className: a.candidate.className ?? undefined,
    pack: a.candidate.pack,
  }))
  let files: string[]
  try {
    files = await writePacks(ws, slips, options.date, options.output)
  } catch (error) {
    await hashing.catch(() => undefined) // no hash is used; let the pool finish first
    throw error
  }
  try {
    const hashes = await hashing
    writeAccounts(
      ws.db,
      plan.accounts.map((a, i) => ({
        role: a.candidate.role,
        personId: a.candidate.personId,
        login: a.login,
        passwordHash: hashes[i]!,
        accountId: a.action === 'new' ? undefined : a.candidate.account!.id,
      })),
      now().toISOString(),
    )
  } catch (error) {
    // The slips would hold passwords that do not work.
    for (const file of files) unlinkSync(file)
    throw error
  }
  const byLogin = new Map(plan.accounts.map((a, i) => [a.login, passwords[i]!]))
  return {...planned, dryRun: false, applied: true, files, passwordOf: (login) => byLogin.get(login)}
}

/**
 * One file per pack and role (and format): exports/<date>/<pack>/<pack>-ученики.pdf, the staff's
 * exports/<date>/учителя.pdf. A failure removes the files already written.
 */
async function writePacks(
  ws: Workspace,
  slips: ReadonlyArray<Slip & {pack: string | null}>,
  date: IsoDate,
  output: SlipOutput,
): Promise<string[]> {
  const root = output.out ? resolve(output.out) : join(ws.dir, 'exports')
  const packs = new Map<string, {pack: string | null; role: SlipRole; slips: Slip[]}>()
  for (const {pack, ...slip} of slips) {
    const key = JSON.stringify([pack, slip.role])
    if (!packs.has(key)) packs.set(key, {pack, role: slip.role, slips: []})
    packs.get(key)!.slips.push(slip)
  }
  const formats: SlipFormat[] = output.format === 'both' ? ['pdf', 'csv'] : [output.format]
  const written: string[] = []
  try {
    for (const {pack, role, slips: packSlips} of packs.values()) {
      const folder = pack === null ? join(root, date) : slipFolder(root, date, pack)
      for (const format of formats) {
        const file = join(folder, slipFileName(pack, role, format))
        written.push(
          format === 'pdf'
            ? await writeSlipsPdf(file, packSlips, {
                heading: [ws.settings.schoolName, pack, packWord(role), formatRu(date)]
                  .filter(Boolean)
                  .join(' · '),
              })
            : await writeSlipsCsv(file, packSlips),
        )
      }
    }
  } catch (error) {
    for (const file of written) unlinkSync(file)
    throw error
  }
  return written
}

/**
 * Issues credentials in one call (the demo, scripts): the plan applied at once, without asking —
 * also for --reissue. Returns the typed result; passwords only through result.passwordOf.
 */
export async function issueCredentials(
  ws: Workspace,
  request: IssueRequest,
  output: SlipOutput,
): Promise<IssueResult> {
  return prepareIssue(ws, request).apply(output)
}
