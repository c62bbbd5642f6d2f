import {Flags} from '@oclif/core'

import {BaseCommand, formatFlag, type Outcome, yearFlag} from '../../src/cli/base-command.js'
import {formatRu} from '../../src/calendar/dates.js'
import {renderRows} from '../../src/cli/render.js'
import {listPupils} from '../../src/lists/lists.js'
import {fullName} from '../../src/people/names.js'
import {findClass} from '../../src/lists/lookup.js'

export default class PupilsList extends BaseCommand<typeof PupilsList> {
  static override summary = 'List pupils with their class, parents and movements this year.'
  static override examples = [
    '<%= config.bin %> pupils list --class 5А',
    '<%= config.bin %> pupils list --left --format csv > выбывшие.csv',
  ]
  static override flags = {
    class: Flags.string({summary: 'Only this class, e.g. 5А.'}),
    left: Flags.boolean({summary: 'Pupils who left their class this year and are in none now.'}),
    year: yearFlag,
    format: formatFlag,
  }

  protected async execute(): Promise<Outcome> {
    const className = this.flags.class && findClass(this.workspace.db, this.year, this.flags.class).name
    const pupils = listPupils(this.workspace.db, this.year, {className, left: this.flags.left})
    const history = (p: (typeof pupils)[number]) =>
      p.history
        .map(
          (h) =>
            `${h.class} ${formatRu(h.from)}–${h.to ? formatRu(h.to) : ''}${h.reasonOut ? ` (${h.reasonOut})` : ''}`,
        )
        .join('; ')
    return {
      data: pupils,
      text: () =>
        renderRows(
          this.format,
          [
            {header: this.m('list.col.pupil'), value: (p) => fullName(p)},
            {header: this.m('list.col.birthDate'), value: (p) => (p.birthDate ? formatRu(p.birthDate) : '')},
            {header: this.m('list.col.class'), value: (p) => p.class},
            {header: this.m('list.col.languages'), value: (p) => p.foreignLanguages.join(', ')},
            {
              header: this.m('list.col.parents'),
              value: (p) =>
                p.parents.map((pa) => (pa.email ? `${pa.name} <${pa.email}>` : pa.name)).join('; '),
            },
            {header: this.m('list.col.history'), value: history},
          ],
          pupils,
        ),
    }
  }
}
