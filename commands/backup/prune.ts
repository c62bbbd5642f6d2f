import {BaseCommand, type Outcome, writeFlags} from '../../src/cli/base-command.js'
import {confirmOrRefuse} from '../../src/backup/confirm.js'
import {backupPolicy} from '../../src/backup/policy.js'
import {pruneBackups} from '../../src/backup/prune.js'
import {megabytes, prunedBytes, renderPrune, renderPrunePlan} from '../../src/backup/render.js'

export default class BackupPrune extends BaseCommand<typeof BackupPrune> {
  static override summary =
    'Delete old backups by the retention policy (all of 8 weeks, monthly for 12 months, yearly for 5 years).'
  static override description =
    'The newest verified backup is never deleted. Without --yes and without a terminal, only the plan is shown. ' +
    'The policy is set in ejournal.json: "backup": {"retention": {"keepAllWeeks": 8, "keepMonthly": 12, "keepYearly": 5}}.'
  static override examples = ['<%= config.bin %> backup prune', '<%= config.bin %> backup prune --yes']
  static override flags = {...writeFlags}

  protected async execute(): Promise<Outcome> {
    const ws = this.workspace
    const {retention} = backupPolicy(ws)
    const dryRun = this.flags['dry-run'] || (!this.flags.yes && !process.stdin.isTTY)
    let planShown = false
    const result = await pruneBackups(ws, dryRun, async (plan) => {
      if (this.flags.yes) return true
      this.log(renderPrunePlan(plan, this.tr, this.lang, ws.settings.timezone, retention))
      planShown = true
      return confirmOrRefuse(false, () =>
        this.m('backup.prune.confirm', {
          count: plan.remove.length,
          size: megabytes(this.lang, prunedBytes(plan)),
        }),
      )
    })
    return {
      data: {dryRun, ...result},
      text: () => {
        const text = renderPrune(result, dryRun, this.tr, this.lang, ws.settings.timezone, retention)
        return planShown ? text.split('\n').slice(-1).join('') : text
      },
      audit:
        result.applied && result.remove.length > 0
          ? {
              action: 'backup.prune',
              object: null,
              outcome: this.m('backup.prune.audit', {
                count: result.remove.length,
                ids: result.remove.map((r) => r.id).join(', '),
              }),
            }
          : undefined,
    }
  }
}
