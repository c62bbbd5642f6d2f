import {Flags} from '@oclif/core'

import {yearFlag} from '../../src/cli/base-command.js'
import {parseDateFlag} from '../../src/cli/flags.js'
import {type Report, ReportCommand, reportFlags} from '../../src/reports/command.js'
import {teachersDoc, teachersReport} from '../../src/reports/teachers.js'

export default class ReportTeachers extends ReportCommand<typeof ReportTeachers> {
  static override summary =
    'Who teaches what: hours a week by the curriculum and in the timetable, and each teacher’s open findings of the check.'
  static override examples = [
    '<%= config.bin %> report teachers',
    '<%= config.bin %> report teachers --format html -o учителя.html',
  ]
  static override flags = {
    'as-of': Flags.string({
      summary: 'The day (default: today at the school): the timetable then, the check as of then.',
    }),
    year: yearFlag,
    ...reportFlags,
  }

  protected async report(): Promise<Report<unknown>> {
    const {flags} = this
    const ws = this.workspace
    const asOf = flags['as-of'] ? parseDateFlag('as-of', flags['as-of']) : this.today
    const report = teachersReport(
      {db: ws.db, settings: ws.settings, settingsFile: this.settingsFile},
      {year: this.year, asOf},
    )
    return {data: report, doc: (tr, decimal) => teachersDoc(report, tr, decimal), name: `teachers-${asOf}`}
  }
}
