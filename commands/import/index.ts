import {Args, Flags} from '@oclif/core'

import {BaseCommand, type Outcome, writeFlags} from '../../src/cli/base-command.js'
import {parseDateFlag} from '../../src/cli/flags.js'
import {forceFlag} from '../../src/cli/output-flags.js'
import {terminalProgress} from '../../src/cli/progress.js'
import {schoolToday} from '../../src/cli/today.js'
import {ChangeLog} from '../../src/importing/change-log.js'
import {runImport} from '../../src/importing/import.js'
import {type ImportMode, type KindName} from '../../src/importing/kind.js'
import {KIND_NAMES} from '../../src/importing/kinds/index.js'
import {renderImport, writeImportJson} from '../../src/importing/render.js'

export default class Import extends BaseCommand<typeof Import> {
  static override summary =
    'Import staff, pupils with parents, classes, curriculum, assignments or the timetable.'
  static override description =
    'CSV (UTF-8 or Windows-1251; «;», «,» or tab — detected) or .xlsx. The plan is printed first ' +
    '(+ new, ~ changed, = unchanged, − leaving); with any invalid row nothing is written unless --skip-invalid. ' +
    'Columns: ejournal import template KIND.'
  static override examples = [
    '<%= config.bin %> import staff staff.csv',
    '<%= config.bin %> import pupils pupils.csv --dry-run',
    '<%= config.bin %> import pupils 5А.xlsx --mode sync --yes',
    '<%= config.bin %> import pupils pupils.csv --skip-invalid --rejects rejects.csv',
  ]
  static override args = {
    kind: Args.string({required: true, options: KIND_NAMES, description: 'What the file holds.'}),
    file: Args.string({required: true, description: 'The file: .csv or .xlsx.'}),
  }
  static override flags = {
    year: Flags.string({summary: 'The school year (default: the current one).'}),
    mode: Flags.option({
      options: ['upsert', 'insert', 'update', 'sync'] as const,
      default: 'upsert',
      summary:
        'upsert: add and change; insert: only new; update: only existing; sync: the file is the whole list (pupils).',
    })(),
    'skip-invalid': Flags.boolean({summary: 'Import the valid rows; write the rejected ones to --rejects.'}),
    rejects: Flags.string({
      summary: 'Where the rejected rows go (CSV for Excel, with a reason column); a new file unless --force.',
    }),
    force: forceFlag,
    encoding: Flags.option({
      options: ['auto', 'utf8', 'cp1251'] as const,
      default: 'auto',
      summary: 'Text encoding of a CSV.',
    })(),
    delimiter: Flags.option({
      options: ['auto', ';', ',', 'tab'] as const,
      default: 'auto',
      summary: 'Delimiter of a CSV.',
    })(),
    sheet: Flags.string({summary: 'The sheet of an .xlsx (default: the first).'}),
    effective: Flags.string({
      summary:
        "When arrivals, moves and departures take effect (default: today; a class's first list of the year: the year's first day).",
    }),
    'drop-forbidden': Flags.boolean({
      summary: 'Skip address and phone columns (п. 3.3) instead of refusing the file.',
    }),
    ...writeFlags,
  }

  protected async execute(): Promise<Outcome> {
    const today = schoolToday(this.workspace.settings.timezone)
    const {flags} = this
    let planShown = false
    // Every change, for --json, goes to disk: a large file's plan would not fit in memory.
    const changeLog = flags.json ? new ChangeLog() : undefined
    const result = await runImport(
      this.workspace,
      {
        kind: this.args.kind as KindName,
        path: this.args.file,
        year: flags.year,
        mode: flags.mode as ImportMode,
        dryRun: flags['dry-run'],
        skipInvalid: flags['skip-invalid'],
        rejects: flags.rejects,
        force: flags.force,
        dropForbidden: flags['drop-forbidden'],
        encoding: flags.encoding,
        delimiter: flags.delimiter === 'tab' ? '\t' : flags.delimiter,
        sheet: flags.sheet,
        progress: terminalProgress(this.m('import.progress')),
        effective: flags.effective ? parseDateFlag('effective', flags.effective) : undefined,
        today,
        lang: this.lang,
        changeLog,
      },
      async (plan) => {
        planShown = await this.confirmPlan(
          () => renderImport(plan, this.tr, this.color),
          'import.confirmLeaving',
          'import.syncNotConfirmed',
          {count: plan.counts.leaving},
        )
        return true
      },
    ).catch((error: unknown) => {
      changeLog?.close()
      throw error
    })
    return {
      data: result,
      json:
        changeLog &&
        (async (write) => {
          try {
            await writeImportJson(result, changeLog, write)
          } finally {
            changeLog.close()
          }
        }),
      text: () => (planShown ? this.m('import.applied') : renderImport(result, this.tr, this.color)),
      audit: result.applied
        ? {
            action: `import.${result.kind}`,
            object: this.args.file,
            outcome: this.m('import.audit', {...result.counts}),
          }
        : undefined,
    }
  }
}
