import {Flags} from '@oclif/core'

import {BaseCommand, formatFlag, type Outcome, yearFlag} from '../../src/cli/base-command.js'
import {parseClassFlag} from '../../src/cli/flags.js'
import {listCredentials} from '../../src/credentials/accounts.js'
import {renderList} from '../../src/credentials/render.js'

export default class CredentialsList extends BaseCommand<typeof CredentialsList> {
  static override summary =
    'List who has an account, who has none yet, who is disabled, and who left but is active.'
  static override examples = [
    '<%= config.bin %> credentials list --class 5А',
    '<%= config.bin %> credentials list --status never-issued',
    '<%= config.bin %> credentials list --role parent --format csv > родители.csv',
  ]
  static override flags = {
    class: Flags.string({summary: 'Only the pupils and parents of this class, e.g. 5А.'}),
    role: Flags.option({
      options: ['teacher', 'pupil', 'parent', 'all'] as const,
      default: 'all',
      summary: 'teacher (all staff), pupil, parent, or all.',
    })(),
    status: Flags.option({
      options: ['never-issued', 'issued', 'disabled'] as const,
      summary: 'Only accounts in this state (issued: active).',
    })(),
    year: yearFlag,
    format: formatFlag,
  }

  protected async execute(): Promise<Outcome> {
    const {flags} = this
    const list = listCredentials(this.workspace, {
      className: flags.class ? parseClassFlag(flags.class) : undefined,
      role: flags.role,
      status: flags.status,
      year: flags.year,
      today: this.today,
    })
    return {
      data: list.accounts,
      text: () => renderList(list, this.format, this.tr, this.color, this.workspace.settings.timezone),
    }
  }
}
