// Who gets what: the plan of an issue or a reset, made from rows (people with their account, if
// any) without I/O. Logins come from the school's pattern and are never one taken before —
// the taken set holds every login ever given, disabled accounts included.
import {makeLogin, type LoginPerson} from './login.js'
import {type SlipRole} from './slips.js'

/** The account's role: staff by their highest role (the portal's rights), pupils, parents. */
export type AccountRole = 'teacher' | 'deputy' | 'admin' | 'pupil' | 'parent'

/** What a command selects by: staff (teacher), pupils, parents, or all three. */
export type RoleChoice = 'teacher' | 'pupil' | 'parent' | 'all'

export const ACCOUNT_ROLES: readonly AccountRole[] = ['teacher', 'deputy', 'admin', 'pupil', 'parent']

export type PersonKind = 'staff' | 'pupil' | 'parent'

export type AccountStatus = 'active' | 'disabled'

/** Staff rows carry roles (teacher, class_teacher, deputy, admin): the account takes the highest. */
export function staffAccountRole(roles: readonly string[]): AccountRole {
  if (roles.includes('admin')) return 'admin'
  if (roles.includes('deputy')) return 'deputy'
  return 'teacher'
}

export function kindOf(role: AccountRole): PersonKind {
  return role === 'pupil' ? 'pupil' : role === 'parent' ? 'parent' : 'staff'
}

/** Slips know three roles: all staff get a teacher's slip, in the staff's pack. */
export function slipRoleOf(role: AccountRole): SlipRole {
  return role === 'pupil' ? 'pupil' : role === 'parent' ? 'parent' : 'teacher'
}

export function matchesChoice(role: AccountRole, choice: RoleChoice): boolean {
  return choice === 'all' || (choice === 'teacher' ? kindOf(role) === 'staff' : role === choice)
}

export interface ExistingAccount {
  id: number
  login: string
  status: AccountStatus
}

/** A person a command may give credentials to, with the pack their slip goes into. */
export interface Candidate {
  role: AccountRole
  personId: number
  /** For the login: names as stored (Cyrillic), birth date for {yy}. */
  names: LoginPerson
  /** ФИО as printed on the slip. */
  fullName: string
  /** Pupils: their class; parents: the class of the child (or children) on the slip; staff: null. */
  className: string | null
  /** The pack (folder) the slip goes into: a class, «5А Английский язык, гр. 1», or null (staff). */
  pack: string | null
  /** Parents: the child or children (twins) in the pack's class. */
  child: string | null
  /** The grade of the pack's class, to order packs 1А … 11Б; 0 for staff. */
  grade: number
  account: ExistingAccount | null
}

export type PlanAction = 'new' | 'reissue' | 'reset'

export interface PlannedAccount {
  action: PlanAction
  candidate: Candidate
  login: string
}

export interface IssuePlan {
  accounts: PlannedAccount[]
  /** People who have an account and kept it (issue without --reissue). */
  kept: number
  /** Disabled accounts left alone: enable them first. */
  disabled: Array<{login: string; candidate: Candidate}>
}

export interface PlanOptions {
  /** 'issue': new accounts, and with reissue new passwords for existing ones; 'reset': existing only. */
  mode: 'issue' | 'reset'
  reissue: boolean
  pattern: string
  /** Every login ever given. */
  taken: ReadonlySet<string>
}

/** Staff make one pack whatever their role; in a class, the pupils' pack comes before the parents'. */
const packOrder = (role: AccountRole): number => (role === 'pupil' ? 1 : role === 'parent' ? 2 : 0)

/** Russian order, 5А before 10А. */
export const collator = new Intl.Collator('ru', {numeric: true})

/** Packs in class order (staff first), people by ФИО inside: the same rows give the same plan. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    a.grade - b.grade ||
    collator.compare(a.pack ?? '', b.pack ?? '') ||
    packOrder(a.role) - packOrder(b.role) ||
    collator.compare(a.fullName, b.fullName) ||
    a.personId - b.personId
  )
}

/**
 * The plan: a new login for each person without an account (issue), a new password for those
 * with an active one (reset, or issue --reissue); disabled accounts are listed and left alone.
 * New logins are made in the plan's order, each added to the taken set before the next.
 */
export function planIssue(candidates: readonly Candidate[], options: PlanOptions): IssuePlan {
  const taken = new Set(options.taken)
  const plan: IssuePlan = {accounts: [], kept: 0, disabled: []}
  for (const candidate of [...candidates].sort(compareCandidates)) {
    const account = candidate.account
    if (!account) {
      if (options.mode === 'reset') continue
      const login = makeLogin(candidate.names, options.pattern, (l) => taken.has(l))
      taken.add(login)
      plan.accounts.push({action: 'new', candidate, login})
    } else if (account.status === 'disabled') {
      if (options.mode === 'reset' || options.reissue) plan.disabled.push({login: account.login, candidate})
      else plan.kept++
    } else if (options.mode === 'reset' || options.reissue) {
      plan.accounts.push({
        action: options.mode === 'reset' ? 'reset' : 'reissue',
        candidate,
        login: account.login,
      })
    } else plan.kept++
  }
  return plan
}

/** Parent–child rows of the selection, reduced to one pack per parent. */
export interface ParentChild {
  parentId: number
  childName: string
  className: string
  grade: number
  pack: string
}

/**
 * A parent of several children gets one account and one slip, in the pack of the youngest
 * child's class (the lowest grade, then the class name); the slip names the children of that
 * pack (twins in one class are both named).
 */
export function parentPacks(rows: readonly ParentChild[]): Map<number, Omit<ParentChild, 'parentId'>> {
  const byParent = new Map<number, ParentChild[]>()
  for (const r of rows) byParent.set(r.parentId, [...(byParent.get(r.parentId) ?? []), r])
  const packs = new Map<number, Omit<ParentChild, 'parentId'>>()
  for (const [parentId, children] of byParent) {
    const first = [...children].sort(
      (a, b) =>
        a.grade - b.grade || collator.compare(a.pack, b.pack) || collator.compare(a.childName, b.childName),
    )[0]!
    const names = children
      .filter((c) => c.pack === first.pack)
      .map((c) => c.childName)
      .sort(collator.compare)
    packs.set(parentId, {
      childName: [...new Set(names)].join(', '),
      className: first.className,
      grade: first.grade,
      pack: first.pack,
    })
  }
  return packs
}
