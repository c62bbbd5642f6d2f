import {Flags} from '@oclif/core'

import {type Outcome, writeFlags, yearFlag} from '../../src/cli/base-command.js'
import {parseClassFlag} from '../../src/cli/flags.js'
import {prepareIssue} from '../../src/credentials/issue.js'
import {slipFlags, SlipsCommand} from '../../src/credentials/slips-command.js'

export default class CredentialsIssue extends SlipsCommand<typeof CredentialsIssue> {
  static override summary =
    'Issue logins and temporary passwords to those who have none, with printable slips.'
  static override description =
    'Staff, the pupils of the year and their parents (one account per parent, also for a parent of several ' +
    'children) get a login made by the pattern in ejournal.json and a temporary password that must be changed at the ' +
    'first sign-in. The slips go into exports/<date>/<class>/ (staff: exports/<date>/) — the only place the ' +
    'passwords exist. People who have an account keep it unless --reissue; the plan is shown first, and --reissue ' +
    'asks on a terminal (--yes in scripts).'
  static override examples = [
    '<%= config.bin %> credentials issue --dry-run',
    '<%= config.bin %> credentials issue --role all --yes',
    '<%= config.bin %> credentials issue --class 1А --words',
    '<%= config.bin %> credentials issue --class 5А --role parent --format both',
    '<%= config.bin %> credentials issue --role pupil --person 412 --reissue --show',
  ]
  static override flags = {
    class: Flags.string({summary: 'Only the pupils (and parents) of this class, e.g. 5А.'}),
    subgroup: Flags.string({
      summary: 'Only the pupils (and parents) of this subgroup (with --class when not unique).',
    }),
    role: Flags.option({
      options: ['teacher', 'pupil', 'parent', 'all'] as const,
      default: 'all',
      summary: 'Whose credentials: teacher (all staff), pupil, parent, or all.',
    })(),
    person: Flags.integer({
      min: 1,
      summary: 'One person by id (with --role; ids as in credentials list --json).',
    }),
    reissue: Flags.boolean({
      summary: 'Also give new passwords to those who have an active account (same login).',
    }),
    ...slipFlags,
    year: yearFlag,
    ...writeFlags,
  }

  protected async execute(): Promise<Outcome> {
    const {flags} = this
    const className = flags.class ? parseClassFlag(flags.class) : undefined
    const prepared = prepareIssue(this.workspace, {
      role: flags.role,
      className,
      subgroup: flags.subgroup,
      personId: flags.person,
      reissue: flags.reissue,
      words: flags.words,
      year: flags.year,
      today: this.today,
    })
    return this.deliver(prepared, {
      dryRun: flags['dry-run'],
      show: flags.show,
      out: flags.out,
      format: flags.format,
      audit: {
        action: 'credentials.issue',
        object: flags.person
          ? `${flags.role} ${flags.person}`
          : [className, flags.subgroup].filter(Boolean).join(' ') || flags.role,
      },
    })
  }
}
