import {Args, Flags} from '@oclif/core'

import {BaseCommand, type Outcome, writeFlags, yearFlag} from '../../src/cli/base-command.js'
import {runImports} from '../../src/importing/import.js'
import {terminalProgress} from '../../src/cli/progress.js'
import {journalFiles} from '../../src/importing/journal-files.js'
import {renderImport} from '../../src/importing/render.js'

export default class ImportJournal extends BaseCommand<typeof ImportJournal> {
  static override summary =
    'Import journal records: lessons, marks, absences, final marks, thematic plans (a folder or files).'
  static override description =
    'Files are recognised by name: thematic_plans, lessons, marks, absences, final_marks (.csv or .xlsx), and ' +
    'applied in that order in one transaction; entry times are school time unless they carry an offset.'
  static override examples = [
    '<%= config.bin %> import journal ./export-2026-10/',
    '<%= config.bin %> import journal lessons.csv marks.csv --dry-run',
  ]
  static override strict = false
  static override args = {path: Args.string({required: true, description: 'A folder or journal files.'})}
  static override flags = {
    year: yearFlag,
    encoding: Flags.option({
      options: ['auto', 'utf8', 'cp1251'] as const,
      default: 'auto',
      summary: 'Text encoding of CSV files.',
    })(),
    delimiter: Flags.option({
      options: ['auto', ';', ',', 'tab'] as const,
      default: 'auto',
      summary: 'Delimiter of CSV files.',
    })(),
    ...writeFlags,
  }

  protected async execute(): Promise<Outcome> {
    const {flags} = this
    const results = await runImports(this.workspace, journalFiles(this.positional), {
      year: flags.year,
      mode: 'upsert',
      dryRun: flags['dry-run'],
      dropForbidden: false,
      encoding: flags.encoding,
      delimiter: flags.delimiter === 'tab' ? '\t' : flags.delimiter,
      progress: terminalProgress(this.m('import.progress')),
      effective: this.today,
      today: this.today,
    })
    const applied = results.some((r) => r.applied)
    return {
      data: results,
      text: async () =>
        (await Promise.all(results.map((r) => renderImport(r, this.tr, this.color)))).join('\n\n'),
      audit: applied
        ? {
            action: 'import.journal',
            object: results.map((r) => r.kind).join(', '),
            outcome: results.map((r) => `${r.kind}: ${this.m('import.audit', {...r.counts})}`).join('; '),
          }
        : undefined,
    }
  }
}
