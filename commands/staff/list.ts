import {Flags} from '@oclif/core'

import {BaseCommand, formatFlag, type Outcome} from '../../src/cli/base-command.js'
import {renderRows} from '../../src/cli/render.js'
import {listStaff} from '../../src/lists/lists.js'
import {fullName} from '../../src/people/names.js'

export default class StaffList extends BaseCommand<typeof StaffList> {
  static override summary = 'List staff with their roles.'
  static override flags = {
    role: Flags.option({
      options: ['teacher', 'class_teacher', 'deputy', 'admin'] as const,
      summary: 'Only this role.',
    })(),
    format: formatFlag,
  }

  protected async execute(): Promise<Outcome> {
    const staff = listStaff(this.workspace.db, this.flags.role)
    return {
      data: staff,
      text: () =>
        renderRows(
          this.format,
          [
            {header: this.m('list.col.name'), value: (s) => fullName(s)},
            {header: 'Email', value: (s) => s.email},
            {header: this.m('list.col.position'), value: (s) => s.position},
            {
              header: this.m('list.col.roles'),
              value: (s) => s.roles.map((r) => this.m(`list.role.${r}` as never)).join(', '),
            },
          ],
          staff,
        ),
    }
  }
}
