import {Args, Flags} from '@oclif/core'

import {BaseCommand, type Outcome, writeFlags} from '../../src/cli/base-command.js'
import {EXIT} from '../../src/cli/errors.js'
import {renderClose} from '../../src/archive/render.js'
import {closeYear} from '../../src/year/close.js'

export default class YearClose extends BaseCommand<typeof YearClose> {
  static override summary = 'Close a school year: no more imports; then «archive create».'
  static override description =
    'Refuses while year marks are missing (every pupil in a class on the last day × every subject assessed with ' +
    'marks or pass/fail, grade 1 excepted) and lists them; --force closes anyway and says so in the audit log.'
  static override examples = [
    '<%= config.bin %> year close 2026/2027',
    '<%= config.bin %> year close 2026/2027 --dry-run',
    '<%= config.bin %> year close 2026/2027 --force',
  ]
  static override args = {
    label: Args.string({required: true, description: 'The school year, e.g. 2026/2027.'}),
  }
  static override flags = {
    force: Flags.boolean({summary: 'Close even though year marks are missing (recorded in the audit log).'}),
    ...writeFlags,
  }

  protected async execute(): Promise<Outcome> {
    const result = closeYear(this.workspace.db, {
      label: this.args.label,
      force: this.flags.force,
      dryRun: this.flags['dry-run'],
      today: this.today,
      weekDays: this.workspace.settings.weekDays,
    })
    return {
      data: result,
      text: () => renderClose(result, this.tr),
      exitCode: !result.closed && !result.dryRun ? EXIT.error : undefined,
      audit: result.changed
        ? {
            action: 'year.close',
            object: result.year,
            outcome: result.forced
              ? this.m('year.close.auditForced', {count: result.missing.length})
              : this.m('year.close.audit'),
          }
        : undefined,
    }
  }
}
