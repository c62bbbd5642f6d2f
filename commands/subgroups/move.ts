import {Args, Flags} from '@oclif/core'

import {BaseCommand, type Outcome, writeFlags, yearFlag} from '../../src/cli/base-command.js'
import {parseClassFlag} from '../../src/cli/flags.js'
import {maxSizeOf} from '../../src/subgroups/assign.js'
import {planMove} from '../../src/subgroups/move.js'
import {renderMove} from '../../src/subgroups/render.js'

export default class SubgroupsMove extends BaseCommand<typeof SubgroupsMove> {
  static override summary =
    'Move a pupil into another subgroup of their class (and out of the others of that subject).'
  static override examples = [
    '<%= config.bin %> subgroups move "Иванова Мария" --to "Немецкий язык"',
    '<%= config.bin %> subgroups move P-2014-0312 --to "Информатика, гр. 2" --class 7А --subject Информатика',
  ]
  static override args = {
    pupil: Args.string({required: true, description: 'The pupil: ФИО, external id or pupil id.'}),
  }
  static override flags = {
    to: Flags.string({required: true, summary: 'The subgroup, by its name.'}),
    class: Flags.string({summary: 'The pupil’s class, when the name is not unique.'}),
    subject: Flags.string({summary: 'The subject, when subgroups of two subjects have that name.'}),
    year: yearFlag,
    ...writeFlags,
  }

  protected async execute(): Promise<Outcome> {
    const {flags} = this
    const plan = planMove(this.workspace.db, {
      pupil: this.args.pupil,
      to: flags.to,
      className: flags.class ? parseClassFlag(flags.class) : undefined,
      subject: flags.subject,
      year: flags.year,
      today: this.today,
      maxSize: maxSizeOf(this.workspace),
    })
    const result = plan.result
    result.dryRun = Boolean(flags['dry-run'])
    const write = result.changed && !result.dryRun
    if (write) plan.apply()
    return {
      data: result,
      text: () => renderMove(result, this.tr),
      audit: write
        ? {
            action: 'subgroups.move',
            object: `${result.class} ${result.subject}`,
            outcome: this.m('subgroups.move.audit', {
              pupil: result.pupil.name,
              from: result.from.join(', ') || '—',
              to: result.to,
            }),
          }
        : undefined,
    }
  }
}
