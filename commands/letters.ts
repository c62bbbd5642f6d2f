import {Flags} from '@oclif/core'

import {BaseCommand, type Outcome, writeFlags, yearFlag} from '../src/cli/base-command.js'
import {parseDateFlag} from '../src/cli/flags.js'
import {now} from '../src/core/clock.js'
import {runLetters} from '../src/reports/letters.js'
import {renderLetters} from '../src/reports/letters-render.js'
import {findClass} from '../src/lists/lookup.js'

export default class Letters extends BaseCommand<typeof Letters> {
  static override summary =
    'Progress letters to the parents of a class (п. 3.3, every two weeks): a PDF to print and an .eml per parent e-mail.'
  static override description =
    'For every pupil of the class: the marks of the span by subject and the absences, from the editable template ' +
    'templates/letters/letter.txt (a copy in the workspace’s templates/letters/ wins). Writes exports/<date>/<class>/' +
    'letters.pdf (a letter per page) and one .eml per parent e-mail (UTF-8, ready to send; opens as a draft), files ' +
    '0600 in folders 0700 (a later run of the day in <class>-2/, keeping the first), and records the run (the parent-letters rule of the check counts it). Parents without ' +
    'e-mail are listed: print their letters. --since defaults to the class’s last run, else 14 days ago.'
  static override examples = [
    '<%= config.bin %> letters --class 5А',
    '<%= config.bin %> letters --class 5А --since 01.11.2026 --files eml',
    '<%= config.bin %> letters --class 5А --dry-run',
  ]
  static override flags = {
    class: Flags.string({required: true, summary: 'The class, e.g. 5А.'}),
    since: Flags.string({
      summary: 'From this date (default: the last letter run of the class, else 14 days ago).',
    }),
    files: Flags.option({
      options: ['both', 'pdf', 'eml'] as const,
      default: 'both',
      summary: 'What to write: the PDF, the .eml files, or both.',
    })(),
    sender: Flags.string({
      summary:
        'The From of the e-mails: admin@school.ru or "Школа №1 <admin@school.ru>" (default: the class teacher).',
    }),
    year: yearFlag,
    ...writeFlags,
  }

  protected async execute(): Promise<Outcome> {
    const {flags} = this
    const ws = this.workspace
    const className = findClass(ws.db, this.year, flags.class).name
    const result = await runLetters(ws.db, {
      year: this.year,
      className,
      since: flags.since ? parseDateFlag('since', flags.since) : undefined,
      today: this.today,
      now: now(),
      timezone: ws.settings.timezone,
      school: ws.settings.schoolName,
      workspaceDir: ws.dir,
      files: flags.files,
      sender: flags.sender,
      dryRun: Boolean(flags['dry-run']),
    })
    return {
      data: result,
      text: () => renderLetters(result, this.tr),
      audit: result.dryRun
        ? undefined
        : {
            action: 'letters',
            object: className,
            outcome: this.m('report.letters.audit', {
              letters: result.letters,
              emails: result.pupils.reduce((a, p) => a + p.emails.length, 0),
              print: result.print.length,
            }),
          },
    }
  }
}
