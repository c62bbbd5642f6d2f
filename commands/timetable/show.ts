import {Flags} from '@oclif/core'

import {BaseCommand, formatFlag, type Outcome, yearFlag} from '../../src/cli/base-command.js'
import {formatRu} from '../../src/calendar/dates.js'
import {renderRows} from '../../src/cli/render.js'
import {classTimetable} from '../../src/lists/lists.js'
import {findClass} from '../../src/lists/lookup.js'

export default class TimetableShow extends BaseCommand<typeof TimetableShow> {
  static override summary = "Show a class's timetable."
  static override examples = ['<%= config.bin %> timetable show --class 5А']
  static override flags = {
    class: Flags.string({required: true, summary: 'The class, e.g. 5А.'}),
    year: yearFlag,
    format: formatFlag,
  }

  protected async execute(): Promise<Outcome> {
    const lessons = classTimetable(
      this.workspace.db,
      this.year,
      findClass(this.workspace.db, this.year, this.flags.class).name,
    )
    const span = (l: (typeof lessons)[number]) =>
      l.validFrom || l.validTo
        ? `${l.validFrom ? formatRu(l.validFrom) : ''}–${l.validTo ? formatRu(l.validTo) : ''}`
        : ''
    return {
      data: lessons,
      text: () =>
        renderRows(
          this.format,
          [
            {header: this.m('list.col.weekday'), value: (l) => this.m(`list.weekday.${l.weekday}` as never)},
            {header: '№', value: (l) => l.lessonNo},
            {
              header: this.m('list.col.subject'),
              value: (l) => (l.subgroup ? `${l.subject} (${l.subgroup})` : l.subject),
            },
            {header: this.m('list.col.teacher'), value: (l) => l.teacher},
            {header: this.m('list.col.valid'), value: span},
          ],
          lessons,
        ),
    }
  }
}
