import {Args, Flags} from '@oclif/core'

import {BaseCommand, type Outcome, writeFlags, yearFlag} from '../../src/cli/base-command.js'
import {prepareDisable} from '../../src/credentials/accounts.js'
import {renderStatus} from '../../src/credentials/render.js'

export default class CredentialsDisable extends BaseCommand<typeof CredentialsDisable> {
  static override summary = 'Disable an account, or (--left) those of pupils who left and of their parents.'
  static override description =
    'A disabled account keeps its login (no one else ever gets it) and its password; credentials enable ' +
    'turns it back on. --left disables every active account of a pupil with no class this year and of a parent ' +
    'with no child at school.'
  static override examples = [
    '<%= config.bin %> credentials disable ivanov.ivan',
    '<%= config.bin %> credentials disable --left --dry-run',
  ]
  static override args = {
    login: Args.string({description: 'The account’s login.'}),
  }
  static override flags = {
    left: Flags.boolean({
      summary: 'Every active account of pupils who left and of parents with no child at school.',
    }),
    year: yearFlag,
    ...writeFlags,
  }

  protected async execute(): Promise<Outcome> {
    const prepared = prepareDisable(this.workspace, {
      login: this.args.login,
      left: this.flags.left,
      year: this.flags.year,
      today: this.today,
    })
    const result = this.flags['dry-run'] ? prepared.result : prepared.apply()
    return {
      data: result,
      text: () => renderStatus(result, this.tr, this.color),
      audit: result.applied
        ? {
            action: 'credentials.disable',
            object: this.args.login ?? 'left',
            outcome: this.m('credentials.audit.status', {
              count: result.changed.length,
              logins: result.changed.map((c) => c.login).join(', '),
            }),
          }
        : undefined,
    }
  }
}
