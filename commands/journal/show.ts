import {Flags} from '@oclif/core'

import {BaseCommand, formatFlag, type Outcome, yearFlag} from '../../src/cli/base-command.js'
import {formatRu} from '../../src/calendar/dates.js'
import {parseDateFlag} from '../../src/cli/flags.js'
import {type Column, renderRows} from '../../src/cli/render.js'
import {journalPage, type JournalLesson} from '../../src/journal/show.js'

export default class JournalShow extends BaseCommand<typeof JournalShow> {
  static override summary = "A class's lessons of one subject: topics, homework, marks, absences."
  static override examples = [
    '<%= config.bin %> journal show --class 5А --subject Математика --from 01.10.2026 --to 31.10.2026',
  ]
  static override flags = {
    class: Flags.string({required: true, summary: 'The class, e.g. 5А.'}),
    subject: Flags.string({required: true, summary: 'The subject, e.g. Математика.'}),
    from: Flags.string({summary: 'From this date.'}),
    to: Flags.string({summary: 'To this date.'}),
    year: yearFlag,
    format: formatFlag,
  }

  protected async execute(): Promise<Outcome> {
    const {flags} = this
    const page = journalPage(
      this.workspace.db,
      this.year,
      flags.class,
      flags.subject,
      flags.from ? parseDateFlag('from', flags.from) : undefined,
      flags.to ? parseDateFlag('to', flags.to) : undefined,
    )
    const columns: Array<Column<JournalLesson>> = [
      {header: this.m('journal.col.date'), value: (l) => formatRu(l.date)},
      {header: this.m('journal.col.no'), value: (l) => l.lessonNo},
      {
        header: this.m('journal.col.topic'),
        value: (l) => (l.subgroup ? `[${l.subgroup}] ` : '') + (l.topic ?? ''),
      },
      {header: this.m('journal.col.type'), value: (l) => (l.lessonType === 'lesson' ? '' : l.lessonType)},
      {header: this.m('journal.col.homework'), value: (l) => l.homework},
      {
        header: this.m('journal.col.marks'),
        value: (l) => l.marks.map((x) => `${x.pupil} ${x.value}`).join(', '),
      },
      {
        header: this.m('journal.col.absences'),
        value: (l) => l.absences.map((x) => `${x.pupil} (${x.reason})`).join(', '),
      },
      {
        header: this.m('journal.col.teacher'),
        value: (l) => l.teacher + (l.substitution ? ` (${this.m('journal.substitution')})` : ''),
      },
    ]
    return {
      data: page,
      text: async () => {
        if (this.format !== 'table') return renderRows(this.format, columns, page.lessons, page)
        if (page.lessons.length === 0)
          return this.m('journal.empty', {class: page.class, subject: page.subject})
        const head = this.m('journal.header', {
          class: page.class,
          subject: page.subject,
          count: page.lessons.length,
        })
        return `${head}\n${await renderRows('table', columns, page.lessons)}`
      },
    }
  }
}
