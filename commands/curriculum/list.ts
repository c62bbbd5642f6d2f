import {Flags} from '@oclif/core'

import {BaseCommand, formatFlag, type Outcome, yearFlag} from '../../src/cli/base-command.js'
import {renderRows} from '../../src/cli/render.js'
import {listCurriculum} from '../../src/lists/lists.js'

export default class CurriculumList extends BaseCommand<typeof CurriculumList> {
  static override summary = 'List the curriculum: subjects and hours per week by grade or class.'
  static override flags = {
    grade: Flags.integer({min: 1, max: 11, summary: 'Only this grade (параллель).'}),
    year: yearFlag,
    format: formatFlag,
  }

  protected async execute(): Promise<Outcome> {
    const rows = listCurriculum(this.workspace.db, this.year, this.flags.grade)
    return {
      data: rows,
      text: () =>
        renderRows(
          this.format,
          [
            {header: this.m('list.col.gradeOrClass'), value: (r) => r.class ?? r.grade},
            {header: this.m('list.col.subject'), value: (r) => r.subject},
            {header: this.m('list.col.hours'), value: (r) => r.hoursPerWeek},
            {header: this.m('list.col.split'), value: (r) => (r.split ? '✓' : '')},
            {header: this.m('list.col.assessment'), value: (r) => this.m(`list.assessment.${r.assessment}`)},
          ],
          rows,
        ),
    }
  }
}
