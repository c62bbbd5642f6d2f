import {Flags} from '@oclif/core'

import {BaseCommand, type Outcome} from '../../src/cli/base-command.js'
import {forceFlag} from '../../src/cli/output-flags.js'
import {exportAccounts} from '../../src/credentials/accounts.js'

export default class CredentialsExport extends BaseCommand<typeof CredentialsExport> {
  static override summary =
    'Write the accounts with their argon2id hashes for the journal’s web portal (CSV, 0600).'
  static override description =
    'Columns: login, role, person, class, password_hash, must_change, status — every account, disabled ones too. ' +
    'UTF-8 with BOM and «;». -o FILE must not exist (--force replaces it in one step, keeping its mode); without it the file goes to ' +
    'exports/<date>/accounts.csv (never overwritten). No password in clear is in it.'
  static override examples = [
    '<%= config.bin %> credentials export',
    '<%= config.bin %> credentials export -o /srv/portal/accounts.csv --force',
  ]
  static override flags = {
    output: Flags.string({char: 'o', summary: 'The file to write (a new one unless --force).'}),
    force: forceFlag,
  }

  protected async execute(): Promise<Outcome> {
    const result = await exportAccounts(this.workspace, {
      file: this.flags.output,
      today: this.today,
      force: this.flags.force,
    })
    return {
      data: result,
      text: () => this.m('credentials.export.done', {count: result.accounts, file: result.file}),
      audit: {
        action: 'credentials.export',
        object: result.file,
        outcome: this.m('credentials.audit.export', {count: result.accounts, file: result.file}),
      },
    }
  }
}
