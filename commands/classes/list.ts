import {BaseCommand, formatFlag, type Outcome, yearFlag} from '../../src/cli/base-command.js'
import {renderRows} from '../../src/cli/render.js'
import {listClasses} from '../../src/lists/lists.js'

export default class ClassesList extends BaseCommand<typeof ClassesList> {
  static override summary = 'List the classes of the year: profile, class teacher, week, pupils.'
  static override flags = {year: yearFlag, format: formatFlag}

  protected async execute(): Promise<Outcome> {
    const classes = listClasses(this.workspace.db, this.year)
    return {
      data: classes,
      text: () =>
        renderRows(
          this.format,
          [
            {header: this.m('list.col.class'), value: (c) => c.name},
            {header: this.m('list.col.profile'), value: (c) => c.profile},
            {header: this.m('list.col.classTeacher'), value: (c) => c.classTeacher},
            {header: this.m('list.col.weekDays'), value: (c) => c.weekDays},
            {header: this.m('list.col.pupils'), value: (c) => c.pupils},
          ],
          classes,
        ),
    }
  }
}
