import {Args} from '@oclif/core'

import {BaseCommand, type Outcome} from '../../src/cli/base-command.js'
import {schoolToday} from '../../src/cli/today.js'
import {renderYearStatus} from '../../src/year/render.js'
import {yearStatus} from '../../src/year/status.js'
import {requireYear} from '../../src/year/store.js'

export default class YearStatus extends BaseCommand<typeof YearStatus> {
  static override summary =
    'The opening checklist of the school year (п. 4.3–4.4), each item with its deadline.'
  static override examples = [
    '<%= config.bin %> year status',
    '<%= config.bin %> year status 2026/2027 --json',
  ]
  static override args = {label: Args.string({description: 'The school year (default: the current one).'})}

  protected async execute(): Promise<Outcome> {
    const {db, settings} = this.workspace
    const today = schoolToday(settings.timezone)
    const report = yearStatus(db, requireYear(db, this.args.label, today, 'status'), settings.timezone, today)
    return {data: report, text: () => renderYearStatus(report, this.tr, this.color)}
  }
}
