import {Flags} from '@oclif/core'

import {BaseCommand, type Outcome} from '../src/cli/base-command.js'
import {UsageError} from '../src/cli/errors.js'
import {selectTheme} from '../src/cli/prompt-theme.js'
import {DEFAULT_TIMEZONE} from '../src/workspace/settings.js'
import {initWorkspace} from '../src/workspace/init.js'
import {schoolToday} from '../src/cli/today.js'
import {schoolYearLabelOn} from '../src/year/label.js'

export default class Init extends BaseCommand<typeof Init> {
  static override summary = 'Create a school workspace: settings, database, private folders, backup key.'
  static override examples = [
    '<%= config.bin %> init',
    '<%= config.bin %> init --workspace /srv/school23 --school-name "МБОУ СОШ № 23" --timezone Asia/Vladivostok --week 5 --yes',
  ]
  static override flags = {
    'school-name': Flags.string({summary: 'The school name printed on reports and slips.'}),
    timezone: Flags.string({summary: `The school's IANA time zone (default ${DEFAULT_TIMEZONE}).`}),
    week: Flags.option({
      options: ['5', '6'] as const,
      summary: 'The school week: 5 or 6 days (default 5).',
    })(),
    yes: Flags.boolean({char: 'y', summary: 'Ask nothing: take the flags and the defaults.'}),
  }
  static override needsWorkspace = false

  protected async execute(): Promise<Outcome> {
    const answers = await this.answers()
    const result = initWorkspace({dir: this.workspaceDir, ...answers})
    return {
      data: {...result, ...answers},
      text: () =>
        this.m('init.done', {
          dir: result.dir,
          key: result.keyFile,
          label: schoolYearLabelOn(schoolToday(answers.timezone)),
        }),
      audit: {
        action: 'init',
        object: answers.schoolName,
        outcome: this.m('init.audit', {zone: answers.timezone}),
      },
    }
  }

  /** Flags first; on a terminal, ask for what is missing; in scripts, the school name is required. */
  private async answers(): Promise<{schoolName: string; timezone: string; weekDays: 5 | 6}> {
    let schoolName = this.flags['school-name']
    let timezone = this.flags.timezone
    let week = this.flags.week
    if (process.stdin.isTTY && !this.flags.yes) {
      const {input, select} = await import('@inquirer/prompts')
      schoolName ??= await input({message: this.m('init.askSchool'), required: true})
      timezone ??= await input({message: this.m('init.askZone'), default: DEFAULT_TIMEZONE})
      week ??= await select({
        message: this.m('init.askWeek'),
        choices: [{value: '5' as const}, {value: '6' as const}],
        theme: selectTheme(this.tr, this.color),
      })
    }
    if (!schoolName) throw new UsageError('init.schoolNameRequired')
    return {schoolName, timezone: timezone ?? DEFAULT_TIMEZONE, weekDays: week === '6' ? 6 : 5}
  }
}
