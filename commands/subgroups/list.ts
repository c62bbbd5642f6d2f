import {Flags} from '@oclif/core'

import {BaseCommand, formatFlag, type Outcome, yearFlag} from '../../src/cli/base-command.js'
import {listSubgroups} from '../../src/subgroups/list.js'
import {renderList} from '../../src/subgroups/render.js'

export default class SubgroupsList extends BaseCommand<typeof SubgroupsList> {
  static override summary = 'List subgroups: subject, teacher, size and members, a table per class.'
  static override examples = [
    '<%= config.bin %> subgroups list --class 7А',
    '<%= config.bin %> subgroups list --subject "Иностранный язык" --format csv > подгруппы.csv',
  ]
  static override flags = {
    class: Flags.string({summary: 'Only this class, e.g. 7А.'}),
    subject: Flags.string({summary: 'Only this subject.'}),
    year: yearFlag,
    format: formatFlag,
  }

  protected async execute(): Promise<Outcome> {
    const {flags} = this
    const listing = listSubgroups(this.workspace.db, this.year, {
      className: flags.class,
      subject: flags.subject,
    })
    return {data: listing.items, text: () => renderList(listing, this.format, this.tr)}
  }
}
