import {Flags} from '@oclif/core'
import {basename} from 'node:path'

import {BaseCommand, type Outcome, writeFlags, yearFlag} from '../../src/cli/base-command.js'
import {parseClassFlag} from '../../src/cli/flags.js'
import {DEFAULT_GROUPS, hasChanges, maxSizeOf, planAssign} from '../../src/subgroups/assign.js'
import {renderAssign} from '../../src/subgroups/render.js'

export default class SubgroupsAssign extends BaseCommand<typeof SubgroupsAssign> {
  static override summary =
    'Divide classes into subgroups for the subjects the curriculum splits, and keep them right.'
  static override description =
    'Foreign languages are divided by the language each pupil studies (a group over --max-size is split further), ' +
    'other subjects alphabetically into --groups near-equal groups; --by gender makes boys and girls, --by file takes ' +
    'the class teachers’ lists (Класс;Предмет;Подгруппа;Ученик). Run again after pupils arrive or leave: new pupils go ' +
    'into the smallest group that fits, those who left are taken out, nobody else moves unless --rebalance.'
  static override examples = [
    '<%= config.bin %> subgroups assign --all --dry-run',
    '<%= config.bin %> subgroups assign --class 7А --subject Информатика --groups 2',
    '<%= config.bin %> subgroups assign --class 10А --subject "Физическая культура" --by gender',
    '<%= config.bin %> subgroups assign --by file --file подгруппы.xlsx',
    '<%= config.bin %> subgroups assign --all --rebalance --yes',
  ]
  static override flags = {
    class: Flags.string({summary: 'The class, e.g. 7А.'}),
    all: Flags.boolean({summary: 'Every class × subject the curriculum splits.'}),
    subject: Flags.string({summary: 'Only this subject, e.g. Информатика.'}),
    by: Flags.option({
      options: ['language', 'alphabet', 'gender', 'file'] as const,
      summary:
        'How to divide (default: language for foreign languages, alphabet for the rest, or as already divided).',
    })(),
    file: Flags.string({
      summary: 'With --by file: CSV or .xlsx with Класс;Предмет;Подгруппа;Ученик (ФИО or external id).',
    }),
    sheet: Flags.string({summary: 'The sheet of an .xlsx (default: the first).'}),
    groups: Flags.integer({min: 1, default: DEFAULT_GROUPS, summary: 'Groups per class for --by alphabet.'}),
    'max-size': Flags.integer({
      min: 1,
      summary: 'The largest subgroup (default: policy.subgroupMaxSize, else 25).',
    }),
    rebalance: Flags.boolean({summary: 'Divide again from scratch: existing members may change subgroup.'}),
    year: yearFlag,
    ...writeFlags,
  }

  protected async execute(): Promise<Outcome> {
    const {flags} = this
    const dryRun = Boolean(flags['dry-run'])
    const plan = await planAssign(this.workspace, {
      className: flags.class ? parseClassFlag(flags.class) : undefined,
      all: flags.all,
      subject: flags.subject,
      by: flags.by,
      file: flags.file,
      sheet: flags.sheet,
      groups: flags.groups,
      maxSize: flags['max-size'] ?? maxSizeOf(this.workspace),
      rebalance: flags.rebalance,
      year: flags.year,
      today: this.today,
    })
    const result = plan.result
    result.dryRun = dryRun
    let planShown = false
    if (!dryRun && hasChanges(result)) {
      if (result.reshuffled > 0) {
        planShown = await this.confirmPlan(
          () => renderAssign(result, this.tr, this.color),
          'subgroups.confirm',
          'subgroups.notConfirmed',
          {count: result.reshuffled},
        )
      }
      plan.apply()
    }
    return {
      data: result,
      text: () => (planShown ? this.m('subgroups.plan.written') : renderAssign(result, this.tr, this.color)),
      audit: result.applied
        ? {
            action: 'subgroups.assign',
            object: flags.class ? parseClassFlag(flags.class) : flags.file ? basename(flags.file) : 'all',
            outcome: this.m('subgroups.audit', {...result.counts}),
          }
        : undefined,
    }
  }
}
