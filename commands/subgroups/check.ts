import {BaseCommand, formatFlag, type Outcome, yearFlag} from '../../src/cli/base-command.js'
import {EXIT} from '../../src/cli/errors.js'
import {maxSizeOf} from '../../src/subgroups/assign.js'
import {checkSubgroups} from '../../src/subgroups/list.js'
import {renderCheck} from '../../src/subgroups/render.js'

export default class SubgroupsCheck extends BaseCommand<typeof SubgroupsCheck> {
  static override summary =
    'Check that every pupil of a split class × subject is in exactly one subgroup (exit 3 if not).'
  static override description =
    'Also finds pupils who left but are still in a subgroup, and subgroups over the limit (policy.subgroupMaxSize, ' +
    'default 25). Exit code 0 when all is right, 3 when something is wrong: for cron.'
  static override examples = [
    '<%= config.bin %> subgroups check',
    '<%= config.bin %> subgroups check --format csv > нарушения.csv',
  ]
  static override flags = {
    year: yearFlag,
    format: formatFlag,
  }

  protected async execute(): Promise<Outcome> {
    const result = checkSubgroups(this.workspace.db, this.flags.year, this.today, maxSizeOf(this.workspace))
    return {
      data: result,
      text: () => renderCheck(result, this.format, this.tr, this.color),
      exitCode: result.ok ? undefined : EXIT.problemsFound,
    }
  }
}
