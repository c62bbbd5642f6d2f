import {Args, Flags} from '@oclif/core'

import {BaseCommand, type Outcome, writeFlags} from '../../src/cli/base-command.js'
import {formatRu} from '../../src/calendar/dates.js'
import {openYear} from '../../src/year/open.js'
import {renderOpenPlan} from '../../src/year/render.js'

export default class YearOpen extends BaseCommand<typeof YearOpen> {
  static override summary = 'Open a school year with its calendar; --promote rolls the previous year over.'
  static override description =
    'The calendar comes from --calendar FILE (see templates/calendar/) or is computed by --preset (quarters by default). ' +
    'With --promote every class moves up a grade with its pupils and class teacher; grade 11 graduates. ' +
    'The plan is shown first; --dry-run stops there.'
  static override examples = [
    '<%= config.bin %> year open 2026/2027 --preset quarters',
    '<%= config.bin %> year open 2027/2028 --promote --dry-run',
    '<%= config.bin %> year open 2026/2027 --calendar calendar.csv',
  ]
  static override args = {
    label: Args.string({required: true, description: 'The school year, e.g. 2026/2027.'}),
  }
  static override flags = {
    calendar: Flags.string({summary: 'Calendar file (CSV): periods, vacations, holidays, quarantines.'}),
    preset: Flags.option({
      options: ['quarters', 'trimesters'] as const,
      summary: 'Compute the calendar by the Russian defaults.',
    })(),
    promote: Flags.boolean({
      summary: 'Move the previous year up a grade: classes, pupils, class teachers, curriculum.',
    }),
    'keep-subgroups': Flags.boolean({
      summary: 'With --promote: copy subgroups with their members too.',
      dependsOn: ['promote'],
    }),
    ...writeFlags,
  }

  protected async execute(): Promise<Outcome> {
    const dryRun = this.flags['dry-run']
    const plan = await openYear(
      this.workspace,
      {
        label: this.args.label,
        calendarFile: this.flags.calendar,
        preset: this.flags.preset,
        promote: this.flags.promote,
        keepSubgroups: this.flags['keep-subgroups'],
      },
      dryRun,
    )
    const changed = !dryRun && !plan.unchanged
    return {
      data: {...plan, dryRun},
      text: () => renderOpenPlan(plan, dryRun, this.tr),
      audit: changed
        ? {
            action: 'year.open',
            object: plan.year,
            outcome: this.m('year.open.audit', {
              from: formatRu(plan.startsOn),
              to: formatRu(plan.endsOn),
              moved: plan.promotion?.moved.length ?? 0,
              leaving: plan.promotion?.leaving.length ?? 0,
            }),
          }
        : undefined,
    }
  }
}
