import {Flags} from '@oclif/core'

import {BaseCommand, type Outcome} from '../src/cli/base-command.js'
import {formatRu} from '../src/calendar/dates.js'
import {parseDateFlag} from '../src/cli/flags.js'
import {schoolToday} from '../src/cli/today.js'
import {buildDemo, defaultAsOf, DEMO_TIMEZONE} from '../src/demo/demo.js'

export default class Demo extends BaseCommand<typeof Demo> {
  static override summary = 'Build a complete, realistic demo school to try every command on.'
  static override description =
    'Grades 1–11 with 2–3 classes of about 25 pupils (scaled by --pupils), staff, curriculum, subgroups, timetable ' +
    'and the journal from 1 September to --as-of, written by teachers with habits the checks will find. ' +
    'The same --seed gives the same school.'
  static override examples = [
    '<%= config.bin %> demo',
    '<%= config.bin %> demo --dir /tmp/big --pupils 2000 --as-of 25.05.2027',
  ]
  static override flags = {
    dir: Flags.string({
      default: 'demo-school',
      summary: 'Where to create the demo workspace (must not exist yet).',
    }),
    pupils: Flags.integer({default: 800, min: 60, max: 20_000, summary: 'How many pupils, about.'}),
    'as-of': Flags.string({
      summary:
        'The day the journal runs to (default: yesterday at the school); lessons stop at the year’s last day.',
    }),
    seed: Flags.integer({default: 1, summary: 'The same seed gives the same school.'}),
  }
  static override needsWorkspace = false

  protected async execute(): Promise<Outcome> {
    const {flags} = this
    const asOf = flags['as-of']
      ? parseDateFlag('as-of', flags['as-of'])
      : defaultAsOf(schoolToday(DEMO_TIMEZONE))
    const tty = process.stderr.isTTY
    const result = await buildDemo({
      dir: flags.dir,
      pupils: flags.pupils,
      asOf,
      seed: flags.seed,
      onStep: tty ? (step) => process.stderr.write(`\r\u001b[K${this.m('demo.step', {step})}`) : undefined,
    })
    if (tty) process.stderr.write('\r\u001b[K')
    return {
      data: result,
      text: () => this.m('demo.done', {...result, asOf: formatRu(result.asOf)}),
    }
  }
}
