// What `credentials issue` and `credentials reset` share after their plan is made: --dry-run
// stops at the plan; new passwords for existing accounts are asked about; then the passwords are
// hashed (with a progress bar), the slips written, and the result and audit row returned.
import {type Command, Flags} from '@oclif/core'

import {type AuditAction} from '../audit/audit-log.js'
import {terminalProgress} from '../cli/progress.js'
import {claimOutputFolder} from '../core/private-files.js'
import {BaseCommand, type Outcome} from '../cli/base-command.js'
import {type PreparedIssue, type SlipOutput} from './issue.js'
import {auditOutcome, issueJson, renderIssuePlan, renderIssued} from './render.js'

/** The flags of both commands that write slips. */
export const slipFlags = {
  words: Flags.boolean({summary: 'Pupils get three-word passphrases (kot-luna-sad), for young children.'}),
  out: Flags.string({
    summary: 'An existing folder for the dated slip folders (default: the workspace’s exports/).',
  }),
  format: Flags.option({
    options: ['pdf', 'csv', 'both'] as const,
    default: 'pdf',
    summary: 'Slips as PDF to print, CSV for Excel, or both.',
  })(),
  show: Flags.boolean({summary: 'Also print the temporary passwords here (and in --json).'}),
}

export interface Delivery {
  dryRun: boolean
  show: boolean
  out?: string
  format: SlipOutput['format']
  audit: {action: AuditAction; object: string}
}

export abstract class SlipsCommand<T extends typeof Command> extends BaseCommand<T> {
  protected async deliver(prepared: PreparedIssue, delivery: Delivery): Promise<Outcome> {
    // A folder that cannot take the slips is refused before anything is asked or written.
    if (delivery.out) claimOutputFolder(delivery.out)
    if (delivery.dryRun) {
      return {
        data: issueJson(prepared.result, false),
        text: () => renderIssued(prepared.result, this.tr, this.color, false, false),
      }
    }
    const planShown =
      prepared.replacing > 0 &&
      (await this.confirmPlan(
        () => renderIssuePlan(prepared.result, this.tr, this.color, false),
        'credentials.confirmReplace',
        'credentials.notConfirmed',
        {count: prepared.replacing},
      ))
    const result = await prepared.apply({
      out: delivery.out,
      format: delivery.format,
      onProgress: terminalProgress(this.m('credentials.progress.hash')),
    })
    return {
      data: issueJson(result, delivery.show),
      text: () => renderIssued(result, this.tr, this.color, delivery.show, planShown && !delivery.show),
      audit: result.applied ? {...delivery.audit, outcome: auditOutcome(result, this.tr)} : undefined,
    }
  }
}
