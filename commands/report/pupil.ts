import {Args, Flags} from '@oclif/core'

import {yearFlag} from '../../src/cli/base-command.js'
import {parseDateFlag} from '../../src/cli/flags.js'
import {type Report, ReportCommand, reportFlags} from '../../src/reports/command.js'
import {defaultSpan, pupilDoc, pupilProgress, resolvePupil} from '../../src/reports/progress.js'
import {findClass} from '../../src/lists/lookup.js'

export default class ReportPupil extends ReportCommand<typeof ReportPupil> {
  static override summary =
    'One pupil’s progress over a span (п. 3.3): marks by subject with dates and means, absences, the class teacher.'
  static override examples = [
    '<%= config.bin %> report pupil "Иванова Мария"',
    '<%= config.bin %> report pupil P-2014-0312 --from 01.10.2026 --to 31.10.2026 --format pdf',
  ]
  static override args = {
    pupil: Args.string({
      required: true,
      description: 'The pupil: ФИО (with or without the patronymic), external id or pupil id.',
    }),
  }
  static override flags = {
    from: Flags.string({summary: 'From this date (default: two weeks before --to).'}),
    to: Flags.string({summary: 'To this date (default: today at the school).'}),
    class: Flags.string({summary: 'The pupil’s class, when the name is not unique.'}),
    year: yearFlag,
    ...reportFlags,
  }

  protected async report(): Promise<Report<unknown>> {
    const {flags} = this
    const year = this.year
    const db = this.workspace.db
    const pupil = resolvePupil(
      db,
      year,
      this.args.pupil,
      flags.class && findClass(db, year, flags.class).name,
    )
    const span = defaultSpan(
      flags.to ? parseDateFlag('to', flags.to) : this.today,
      flags.from ? parseDateFlag('from', flags.from) : undefined,
    )
    const [progress] = pupilProgress(db, year, [pupil.id], span.from, span.to)
    const school = this.workspace.settings.schoolName
    return {
      data: progress!,
      doc: (tr, decimal) => pupilDoc(progress!, school, tr, decimal),
      name: `pupil-${pupil.id}-${span.to}`,
    }
  }
}
