import {BaseCommand, formatFlag, type Outcome} from '../../src/cli/base-command.js'
import {formatInZone} from '../../src/calendar/zone.js'
import {renderRows} from '../../src/cli/render.js'
import {importHistory} from '../../src/importing/history.js'

export default class ImportHistory extends BaseCommand<typeof ImportHistory> {
  static override summary = 'Every import: when, who, file, sha256, mode, counts.'
  static override flags = {format: formatFlag}

  protected async execute(): Promise<Outcome> {
    const rows = importHistory(this.workspace.db)
    const zone = this.workspace.settings.timezone
    return {
      data: rows,
      text: () =>
        rows.length === 0 && this.format === 'table'
          ? this.m('import.historyEmpty')
          : renderRows(
              this.format,
              [
                {header: this.m('audit.col.at'), value: (r) => formatInZone(new Date(r.at), zone)},
                {header: this.m('audit.col.user'), value: (r) => r.osUser},
                {header: this.m('import.col.kind'), value: (r) => r.kind},
                {header: this.m('import.col.file'), value: (r) => r.fileName},
                {
                  header: 'SHA-256',
                  value: (r) => (this.format === 'table' ? r.sha256.slice(0, 12) : r.sha256),
                },
                {header: this.m('import.col.mode'), value: (r) => r.mode},
                {header: '+', value: (r) => r.created},
                {header: '~', value: (r) => r.updated},
                {header: '=', value: (r) => r.unchanged},
                {header: '−', value: (r) => r.leaving},
                {header: this.m('import.col.rejected'), value: (r) => r.rejected},
              ],
              rows,
            ),
    }
  }
}
