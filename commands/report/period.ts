import {Flags} from '@oclif/core'

import {yearFlag} from '../../src/cli/base-command.js'
import {type Report, ReportCommand, reportFlags} from '../../src/reports/command.js'
import {parsePeriod, periodDoc, periodReport} from '../../src/reports/period.js'
import {findClass, findPeriod} from '../../src/lists/lookup.js'

export default class ReportPeriod extends ReportCommand<typeof ReportPeriod> {
  static override summary =
    'The end-of-period analysis (п. 3.3, 6.7): успеваемость, качество, СОУ per class and subject; отличники, хорошисты, неуспевающие; absences.'
  static override description =
    'Per class and subject: pupils assessed N (without the exempt and those who left before the period ended; н/а counts), ' +
    'the counts of 5/4/3/2/н/а, успеваемость = (n5+n4+n3)/N·100, качество = (n5+n4)/N·100, ' +
    'СОУ = (100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·nн/а)/N, the mean mark and the control works held; per class the pupils ' +
    'by standing, absences per pupil, and final marks more than 0.5 from the mean of the period’s current marks.'
  static override examples = [
    '<%= config.bin %> report period --period "1 четверть"',
    '<%= config.bin %> report period --period "1 четверть" --class 5А --format pdf',
    '<%= config.bin %> report period --period "1 полугодие" --format csv -o полугодие.csv',
  ]
  static override flags = {
    period: Flags.string({
      required: true,
      summary: 'The period: «1 четверть», «2 полугодие», «3 триместр», «год».',
    }),
    class: Flags.string({summary: 'Only this class, e.g. 5А.'}),
    year: yearFlag,
    ...reportFlags,
  }

  protected async report(): Promise<Report<unknown>> {
    const {flags} = this
    const ws = this.workspace
    const period = findPeriod(ws.db, this.year, flags.period, parsePeriod)
    const className = flags.class && findClass(ws.db, this.year, flags.class).name
    const report = periodReport(
      {db: ws.db, settings: ws.settings, settingsFile: this.settingsFile},
      {year: this.year, period, className, asOf: this.today},
    )
    return {
      data: report,
      doc: (tr, decimal) => periodDoc(report, tr, decimal),
      name: `period-${period.replace(':', '-')}${className ? `-${className}` : ''}`,
    }
  }
}
