import {Args, Flags} from '@oclif/core'

import {BaseCommand, type Outcome, writeFlags} from '../../src/cli/base-command.js'
import {EXIT} from '../../src/cli/errors.js'
import {confirmOrRefuse} from '../../src/backup/confirm.js'
import {problemCode} from '../../src/backup/problem.js'
import {terminalProgress} from '../../src/cli/progress.js'
import {renderRestore, schoolTime} from '../../src/backup/render.js'
import {restoreBackup} from '../../src/backup/restore.js'

export default class BackupRestore extends BaseCommand<typeof BackupRestore> {
  static override summary = 'Restore a backup into a new file (--to), or over the journal database (--force).'
  static override description =
    'Every backup is checked before it is restored. With --force the live database is backed up first, and ' +
    'replaced in one step (rename): it is never left half restored. --force asks on a terminal; scripts pass --yes.'
  static override examples = [
    '<%= config.bin %> backup restore 20260902-010000 --to /tmp/check.sqlite',
    '<%= config.bin %> backup restore 20260902-010000 --force',
  ]
  static override args = {
    id: Args.string({required: true, description: 'The backup (its id, or a unique beginning of it).'}),
  }
  static override flags = {
    to: Flags.string({
      summary: 'Restore into this new file (or folder) for inspection.',
      exactlyOne: ['to', 'force'],
    }),
    force: Flags.boolean({summary: 'Replace the live journal database.', exactlyOne: ['to', 'force']}),
    ...writeFlags,
  }

  protected async execute(): Promise<Outcome> {
    // this.workspace stays unopened until the restore is done: the live database must be closed
    // before it is replaced, and the audit row belongs in the restored one.
    const result = await restoreBackup(this.workspaceDir, {
      id: this.args.id,
      to: this.flags.to,
      force: this.flags.force,
      dryRun: this.flags['dry-run'],
      confirm: (m, timezone) =>
        confirmOrRefuse(this.flags.yes, () =>
          this.m('backup.restore.confirm', {id: m.id, date: schoolTime(m.createdAt, timezone)}),
        ),
      progress: terminalProgress(this.m('backup.progress.verify')),
    })
    const changed = result.ok && !result.dryRun && !result.cancelled
    const date = () => schoolTime(result.createdAt, this.workspace.settings.timezone)
    return {
      data: {
        ...result,
        problems: result.problems.map((p) => ({code: problemCode(p), message: this.m(p.key, p.params)})),
      },
      text: () => renderRestore(result, this.tr, this.workspace.settings.timezone),
      exitCode: result.ok || result.cancelled ? undefined : EXIT.error,
      audit: changed
        ? {
            action: 'backup.restore',
            object: result.id,
            outcome: result.replaced
              ? this.m('backup.restore.auditForce', {
                  id: result.id,
                  date: date(),
                  safety: result.safetyBackup,
                })
              : this.m('backup.restore.audit', {id: result.id, date: date()}),
          }
        : undefined,
    }
  }
}
