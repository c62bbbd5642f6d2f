// Credentials as a person reads them: the plan and outcome of issue/reset, disable/enable, the
// list. Passwords appear only when the caller passes them (--show).
import {formatRu} from '../calendar/dates.js'
import {formatInZone} from '../calendar/zone.js'
import {type MessageKey, type Translate} from '../cli/i18n.js'
import {type Paint} from '../cli/paint.js'
import {type Format, renderRows} from '../cli/render.js'
import {type CredentialList, type CredentialListItem, type StatusPlan} from './accounts.js'
import {type IssuedAccount, type IssueResult} from './issue.js'
import {type AccountRole, slipRoleOf} from './plan.js'

/** dd.mm.yyyy HH:MM at the school. */
function schoolTime(instant: string, timezone: string): string {
  const local = formatInZone(new Date(instant), timezone)
  return `${formatRu(local.slice(0, 10))} ${local.slice(11, 16)}`
}

const roleKey = (role: AccountRole) => `credentials.role.${role}` as MessageKey

/** «5А · ученики», «сотрудники»: the heading of a pack in the plan. */
function packHeading(tr: Translate, a: IssuedAccount): string {
  const who = tr(`credentials.pack.${slipRoleOf(a.role)}` as MessageKey)
  return a.pack === null ? who : `${a.pack} · ${who}`
}

/** What --json of issue and reset prints: passwords only with --show. */
export function issueJson(result: IssueResult, show: boolean): unknown {
  return {
    dryRun: result.dryRun,
    issued: result.issued.map((a) => ({
      login: a.login,
      role: a.role,
      person: a.person,
      class: a.class,
      ...(show && result.applied ? {password: result.passwordOf(a.login) ?? null} : {}),
    })),
    files: result.files,
    kept: result.kept,
    disabled: result.disabled,
    warnings: result.warnings.map((w) => w.key),
  }
}

/** The plan: every account by pack, + new, ~ new password; with show, the passwords too. */
export function renderIssuePlan(result: IssueResult, tr: Translate, color: Paint, show: boolean): string {
  const lines: string[] = []
  let heading = ''
  const width = Math.max(0, ...result.issued.map((a) => a.login.length))
  for (const a of result.issued) {
    const h = packHeading(tr, a)
    if (h !== heading) {
      lines.push(color.bold(h))
      heading = h
    }
    const mark = a.action === 'new' ? color.green('+') : color.yellow('~')
    const password = show && result.applied ? `  ${result.passwordOf(a.login) ?? ''}` : ''
    const note = a.action === 'new' ? '' : `  (${tr('credentials.plan.newPassword')})`
    lines.push(`  ${mark} ${a.login.padEnd(width)}${password}  ${a.name}${note}`)
  }
  const renewed = result.issued.filter((a) => a.action !== 'new').length
  lines.push(
    tr('credentials.plan.totals', {
      created: result.issued.length - renewed,
      renewed,
    }),
  )
  if (result.kept > 0) lines.push(tr('credentials.plan.kept', {count: result.kept}))
  if (result.disabled.length > 0)
    lines.push(
      color.yellow(
        tr('credentials.plan.disabled', {count: result.disabled.length, logins: result.disabled.join(', ')}),
      ),
    )
  for (const w of result.warnings) lines.push(color.yellow(tr(w.key, w.params)))
  return lines.join('\n')
}

export function renderIssued(
  result: IssueResult,
  tr: Translate,
  color: Paint,
  show: boolean,
  planShown: boolean,
): string {
  const lines = planShown ? [] : [renderIssuePlan(result, tr, color, show)]
  if (result.dryRun) lines.push(tr('cli.dryRun'))
  else if (result.files.length > 0) {
    lines.push(tr('credentials.issue.files'))
    for (const file of result.files) lines.push(`  ${file}`)
  } else if (result.issued.length === 0) lines.push(tr('credentials.issue.nothing'))
  return lines.join('\n')
}

export function auditOutcome(result: IssueResult, tr: Translate): string {
  const renewed = result.issued.filter((a) => a.action !== 'new')
  return tr('credentials.audit.issue', {
    created: result.issued.length - renewed.length,
    renewed: renewed.length,
    files: result.files.length,
    logins: result.issued.map((a) => a.login).join(', '),
  })
}

export function renderStatus(result: StatusPlan, tr: Translate, color: Paint): string {
  const lines: string[] = []
  const mark = result.status === 'disabled' ? color.red('−') : color.green('+')
  for (const c of result.changed)
    lines.push(`  ${mark} ${c.login}  ${c.name}${c.class ? `, ${c.class}` : ''} (${tr(roleKey(c.role))})`)
  for (const login of result.unchanged)
    lines.push(
      tr(
        result.status === 'disabled'
          ? 'credentials.status.alreadyDisabled'
          : 'credentials.status.alreadyActive',
        {login},
      ),
    )
  const done = result.status === 'disabled' ? 'credentials.status.didDisable' : 'credentials.status.didEnable'
  if (result.changed.length > 0 || result.unchanged.length === 0)
    lines.push(tr(done, {count: result.changed.length}))
  if (result.dryRun && result.changed.length > 0) lines.push(tr('cli.dryRun'))
  return lines.join('\n')
}

export async function renderList(
  list: CredentialList,
  format: Format,
  tr: Translate,
  color: Paint,
  timezone: string,
): Promise<string> {
  const status = (r: CredentialListItem) => tr(`credentials.status.${r.status}` as MessageKey)
  const table = await renderRows(
    format,
    [
      {header: tr('credentials.col.name'), value: (r) => r.name},
      {header: tr('credentials.col.role'), value: (r) => tr(roleKey(r.role))},
      {header: tr('credentials.col.class'), value: (r) => r.class},
      {header: tr('credentials.col.login'), value: (r) => r.login},
      {header: tr('credentials.col.status'), value: status},
      {
        header: tr('credentials.col.issued'),
        value: (r) => (r.issuedAt ? schoolTime(r.issuedAt, timezone) : ''),
      },
      {
        header: tr('credentials.col.left'),
        value: (r) =>
          r.left
            ? r.status === 'issued'
              ? `! ${tr('credentials.left.active')}`
              : tr('credentials.left.yes')
            : '',
      },
    ],
    list.accounts,
    list.accounts,
  )
  if (format !== 'table') return table
  const lines = [list.accounts.length ? table : tr('credentials.list.empty')]
  if (list.leftActive > 0)
    lines.push(color.yellow(tr('credentials.list.leftActive', {count: list.leftActive})))
  return lines.join('\n')
}
