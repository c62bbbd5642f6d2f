import {Flags} from '@oclif/core'

import {argumentsSummary, listAudit} from '../src/audit/audit-log.js'
import {BaseCommand, formatFlag, type Outcome} from '../src/cli/base-command.js'
import {parseDateFlag} from '../src/cli/flags.js'
import {renderRows} from '../src/cli/render.js'
import {formatInZone, startOfSchoolDay} from '../src/calendar/zone.js'
import {findAuditAction} from '../src/lists/lookup.js'

export default class Audit extends BaseCommand<typeof Audit> {
  static override summary = 'List the audit log: who changed what, and when.'
  static override examples = [
    '<%= config.bin %> audit --since 01.09.2026',
    '<%= config.bin %> audit --action year.open --format csv',
  ]
  static override flags = {
    since: Flags.string({summary: 'Only entries from this date on (dd.mm.yyyy or yyyy-mm-dd).'}),
    action: Flags.string({summary: 'Only this action, e.g. year.open, init.'}),
    format: formatFlag,
  }

  protected async execute(): Promise<Outcome> {
    const {timezone} = this.workspace.settings
    const since = this.flags.since
      ? startOfSchoolDay(parseDateFlag('since', this.flags.since), timezone).toISOString()
      : undefined
    const action = this.flags.action && findAuditAction(this.flags.action)
    const rows = listAudit(this.workspace.db, {since, action})
    return {
      data: rows,
      text: () =>
        rows.length === 0 && this.format === 'table'
          ? this.m('audit.empty')
          : renderRows(
              this.format,
              [
                {header: this.m('audit.col.at'), value: (r) => formatInZone(new Date(r.at), timezone)},
                {header: this.m('audit.col.user'), value: (r) => r.osUser},
                {header: this.m('audit.col.action'), value: (r) => r.action},
                {header: this.m('audit.col.object'), value: (r) => r.object},
                {header: this.m('audit.col.outcome'), value: (r) => r.outcome},
                {
                  header: this.m('audit.col.arguments'),
                  // The table shows a summary; the full command line is in --json and the CSV.
                  value: (r) =>
                    this.format === 'table'
                      ? argumentsSummary(r.arguments, (count) => this.m('tables.audit.more', {count}))
                      : r.arguments.join(' '),
                  shorten: true,
                },
              ],
              rows,
            ),
    }
  }
}
