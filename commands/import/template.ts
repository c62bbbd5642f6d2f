import {Args, Flags} from '@oclif/core'

import {BaseCommand, type Outcome} from '../../src/cli/base-command.js'
import {forceFlag} from '../../src/cli/output-flags.js'
import {TEMPLATE_KINDS, type TemplateKind, templateRows, writeTemplate} from '../../src/importing/template.js'

export default class ImportTemplate extends BaseCommand<typeof ImportTemplate> {
  static override summary = 'Write a file with the accepted headers and one example row.'
  static override examples = [
    '<%= config.bin %> import template pupils -o ученики.csv',
    '<%= config.bin %> import template staff --xlsx -o staff.xlsx',
    '<%= config.bin %> import template marks',
    '<%= config.bin %> import template calendar -o calendar.csv',
  ]
  static override args = {
    kind: Args.string({
      required: true,
      options: TEMPLATE_KINDS,
      description: 'The kind of file: a list, a journal file or the calendar.',
    }),
  }
  static override flags = {
    xlsx: Flags.boolean({summary: 'An Excel workbook instead of CSV.'}),
    output: Flags.string({char: 'o', summary: 'The file to write (default: <kind>.csv or .xlsx here).'}),
    force: forceFlag,
  }
  static override needsWorkspace = false

  protected async execute(): Promise<Outcome> {
    const kind = this.args.kind as TemplateKind
    const file = await writeTemplate(
      kind,
      this.flags.output ?? `${kind}.${this.flags.xlsx ? 'xlsx' : 'csv'}`,
      this.flags.xlsx,
      {force: this.flags.force},
    )
    const {headers} = await templateRows(kind)
    return {
      data: {kind, file, headers},
      text: () => this.m('import.templateWritten', {file, headers: headers.join('; ')}),
    }
  }
}
