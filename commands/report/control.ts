import {Flags} from '@oclif/core'

import {parseDateFlag} from '../../src/cli/flags.js'
import {UsageError} from '../../src/cli/errors.js'
import {now} from '../../src/core/clock.js'
import {type Report, ReportCommand, reportFlags} from '../../src/reports/command.js'
import {controlDoc, controlReport, parseMonth, recordControl} from '../../src/reports/control.js'

export default class ReportControl extends ReportCommand<typeof ReportControl> {
  static override summary =
    'The monthly control of the journal (п. 6.6): per teacher, class and subject — programme, timeliness, homework, marks, substitutions.'
  static override description =
    'Lessons held against the curriculum (programme fulfilment), topics and attendance entered on time and weeks with ' +
    'homework — counted by the same rules as «ejournal check» —, marks per pupil and the pupils with fewer than 3, ' +
    'substitutions and timetabled lessons with no record, for one calendar month as of --as-of (default today). ' +
    '--record keeps the control in the journal (control_log), which the monthly-control rule of the check counts.'
  static override examples = [
    '<%= config.bin %> report control --month 2026-10',
    '<%= config.bin %> report control --month 10.2026 --format html -o control-october.html',
    '<%= config.bin %> report control --month 2026-10 --record --format pdf',
  ]
  static override flags = {
    month: Flags.string({required: true, summary: 'The month checked: 2026-10 or 10.2026.'}),
    'as-of': Flags.string({summary: 'The day of the control (default: today at the school).'}),
    record: Flags.boolean({
      summary: 'Record the control in the journal (control_log, п. 6.6) and the audit log.',
    }),
    ...reportFlags,
  }

  protected async report(): Promise<Report<unknown>> {
    const {flags} = this
    const month = parseMonth(flags.month)
    if (!month) throw new UsageError('report.control.badMonth', {value: flags.month})
    const ws = this.workspace
    const report = controlReport(
      {db: ws.db, settings: ws.settings, settingsFile: this.settingsFile},
      {month, asOf: flags['as-of'] ? parseDateFlag('as-of', flags['as-of']) : this.today},
    )
    if (flags.record) report.recorded = recordControl(ws.db, report, now())
    return {
      data: report,
      doc: (tr, decimal) => controlDoc(report, tr, decimal),
      name: `control-${month}`,
      note: report.recorded ? this.m('report.control.recorded', {month, id: report.recorded.id}) : undefined,
      audit: report.recorded
        ? {
            action: 'report.control',
            object: month,
            outcome: this.m('report.control.audit', {
              rows: report.summary.rows,
              topics: report.summary.topicsOnTime ?? '—',
              attendance: report.summary.attendanceOnTime ?? '—',
            }),
          }
        : undefined,
    }
  }
}
