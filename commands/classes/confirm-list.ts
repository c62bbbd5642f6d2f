import {Args} from '@oclif/core'

import {BaseCommand, type Outcome, writeFlags, yearFlag} from '../../src/cli/base-command.js'
import {formatRu} from '../../src/calendar/dates.js'
import {now} from '../../src/core/clock.js'
import {recordListCheck} from '../../src/journal/records.js'
import {findClass} from '../../src/lists/lookup.js'

export default class ClassesConfirmList extends BaseCommand<typeof ClassesConfirmList> {
  static override summary =
    'Record that the class teacher checked the class list (п. 3.3, first week of September).'
  static override examples = ['<%= config.bin %> classes confirm-list 5А']
  static override args = {class: Args.string({required: true, description: 'The class, e.g. 5А.'})}
  static override flags = {year: yearFlag, ...writeFlags}

  protected async execute(): Promise<Outcome> {
    const className = findClass(this.workspace.db, this.year, this.args.class).name
    if (!this.flags['dry-run']) recordListCheck(this.workspace.db, this.year, className, now())
    return {
      data: {class: className, checkedOn: this.today, dryRun: this.flags['dry-run']},
      text: () =>
        this.flags['dry-run']
          ? this.m('cli.dryRun')
          : this.m('journal.listChecked', {class: className, date: formatRu(this.today)}),
      audit: this.flags['dry-run']
        ? undefined
        : {action: 'classes.confirm-list', object: className, outcome: this.m('journal.listCheckedAudit')},
    }
  }
}
