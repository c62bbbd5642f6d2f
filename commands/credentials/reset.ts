import {Args, Flags} from '@oclif/core'

import {type Outcome, writeFlags, yearFlag} from '../../src/cli/base-command.js'
import {parseClassFlag} from '../../src/cli/flags.js'
import {prepareReset} from '../../src/credentials/issue.js'
import {slipFlags, SlipsCommand} from '../../src/credentials/slips-command.js'

export default class CredentialsReset extends SlipsCommand<typeof CredentialsReset> {
  static override summary = 'Give a new temporary password to an account, or to the accounts of a class.'
  static override description =
    'For a lost password (п. 4.4): the login stays, the old password stops working, the new one must be changed at ' +
    'the first sign-in. The slip goes into exports/<date>/<class>/ like those of issue. Asks on a terminal; --yes in ' +
    'scripts. A disabled account is enabled first (credentials enable).'
  static override examples = [
    '<%= config.bin %> credentials reset ivanova.mariia',
    '<%= config.bin %> credentials reset ivanova.mariia --show --yes',
    '<%= config.bin %> credentials reset --class 5А --role parent',
    '<%= config.bin %> credentials reset --class 1А --role pupil --words --format both',
  ]
  static override args = {
    login: Args.string({description: 'The account’s login.'}),
  }
  static override flags = {
    class: Flags.string({summary: 'Every active account of this class’s pupils and parents, e.g. 5А.'}),
    role: Flags.option({
      options: ['pupil', 'parent', 'all'] as const,
      default: 'all',
      summary: 'With --class: pupils, parents or both.',
    })(),
    ...slipFlags,
    year: yearFlag,
    ...writeFlags,
  }

  protected async execute(): Promise<Outcome> {
    const {flags} = this
    const className = flags.class ? parseClassFlag(flags.class) : undefined
    const prepared = prepareReset(this.workspace, {
      login: this.args.login,
      className,
      role: flags.role,
      words: flags.words,
      year: flags.year,
      today: this.today,
    })
    return this.deliver(prepared, {
      dryRun: flags['dry-run'],
      show: flags.show,
      out: flags.out,
      format: flags.format,
      audit: {action: 'credentials.reset', object: this.args.login ?? `${className} ${flags.role}`},
    })
  }
}
