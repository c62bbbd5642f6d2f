import {BaseCommand, type Outcome} from '../../src/cli/base-command.js'
import {EXIT} from '../../src/cli/errors.js'
import {renderStatus} from '../../src/backup/render.js'
import {backupStatus} from '../../src/backup/status.js'

export default class BackupStatus extends BaseCommand<typeof BackupStatus> {
  static override summary = 'The last verified backup, its age and the next due date; exit 3 when overdue.'
  static override description =
    'For monitoring: exit 3 when the last verified backup is older than the policy interval (14 days, п. 6.5) ' +
    'or when there has never been one.'
  static override examples = ['<%= config.bin %> backup status', '<%= config.bin %> backup status --json']

  protected async execute(): Promise<Outcome> {
    const status = backupStatus(this.workspace)
    return {
      data: status,
      text: () => renderStatus(status, this.tr, this.color, this.lang, this.workspace.settings.timezone),
      exitCode: status.overdue ? EXIT.problemsFound : undefined,
    }
  }
}
