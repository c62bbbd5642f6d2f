import {BaseCommand, formatFlag, type Outcome} from '../../src/cli/base-command.js'
import {renderRows} from '../../src/cli/render.js'
import {listBackups} from '../../src/backup/list.js'
import {listColumns} from '../../src/backup/render.js'

export default class BackupList extends BaseCommand<typeof BackupList> {
  static override summary = 'List the backups: when, why, size, and whether they passed their checks.'
  static override examples = [
    '<%= config.bin %> backup list',
    '<%= config.bin %> backup list --format csv > backups.csv',
  ]
  static override flags = {format: formatFlag}

  protected async execute(): Promise<Outcome> {
    const backups = listBackups(this.workspace)
    return {
      data: backups,
      text: () =>
        backups.length === 0 && this.format === 'table'
          ? this.m('backup.list.empty')
          : renderRows(
              this.format,
              listColumns(this.tr, this.lang, this.workspace.settings.timezone),
              backups,
            ),
    }
  }
}
