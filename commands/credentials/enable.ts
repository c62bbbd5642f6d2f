import {Args} from '@oclif/core'

import {BaseCommand, type Outcome, writeFlags} from '../../src/cli/base-command.js'
import {prepareEnable} from '../../src/credentials/accounts.js'
import {renderStatus} from '../../src/credentials/render.js'

export default class CredentialsEnable extends BaseCommand<typeof CredentialsEnable> {
  static override summary = 'Enable a disabled account again, with its login and password.'
  static override examples = ['<%= config.bin %> credentials enable ivanov.ivan']
  static override args = {
    login: Args.string({required: true, description: 'The account’s login.'}),
  }
  static override flags = {...writeFlags}

  protected async execute(): Promise<Outcome> {
    const prepared = prepareEnable(this.workspace, {login: this.args.login, today: this.today})
    const result = this.flags['dry-run'] ? prepared.result : prepared.apply()
    return {
      data: result,
      text: () => renderStatus(result, this.tr, this.color),
      audit: result.applied
        ? {
            action: 'credentials.enable',
            object: this.args.login,
            outcome: this.m('credentials.audit.status', {
              count: result.changed.length,
              logins: result.changed.map((c) => c.login).join(', '),
            }),
          }
        : undefined,
    }
  }
}
