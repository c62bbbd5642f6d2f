import {Flags} from '@oclif/core'

import {BaseCommand, type Outcome, writeFlags} from '../../src/cli/base-command.js'
import {megabytes, renderRun} from '../../src/backup/render.js'
import {terminalProgress} from '../../src/cli/progress.js'
import {runBackup} from '../../src/backup/run.js'

export default class BackupRun extends BaseCommand<typeof BackupRun> {
  static override summary =
    'Make an encrypted, verified backup of the journal (п. 6.5: at least every two weeks).'
  static override description =
    'The database is snapshotted while the school keeps working, checked (quick_check and row counts), ' +
    'compressed and encrypted with the workspace key, read back, and committed by a signed manifest. ' +
    'With --if-due it does nothing, silently, until the policy interval (14 days) has passed: made for a daily cron line.'
  static override examples = [
    '<%= config.bin %> backup run',
    '<%= config.bin %> backup run --if-due --yes',
    '<%= config.bin %> backup run --to /media/usb/ejournal --json',
  ]
  static override flags = {
    'if-due': Flags.boolean({
      summary: 'Only when the last verified backup is due for renewal; silent otherwise.',
    }),
    to: Flags.string({
      summary: 'Also copy the backup to this folder (a USB drive, a network share) and check the copy.',
    }),
    'lock-wait': Flags.integer({
      min: 0,
      default: 0,
      summary:
        'Wait up to this many seconds for another backup operation, or a command writing to the journal (at least 5), to finish.',
    }),
    ...writeFlags,
  }

  protected async execute(): Promise<Outcome> {
    const result = await runBackup(this.workspace, {
      ifDue: this.flags['if-due'],
      copyTo: this.flags.to,
      lockWaitSeconds: this.flags['lock-wait'],
      dryRun: this.flags['dry-run'],
      progress: terminalProgress(this.m('backup.progress.run')),
    })
    const text = () => renderRun(result, this.tr, this.lang)
    if (result.kind === 'notDue') return {data: {skipped: true, nextDue: result.status.nextDue}, text}
    if (result.kind === 'planned') {
      const {kind: _kind, ...plan} = result
      return {data: {dryRun: true, ...plan}, text}
    }
    const b = result.backup
    return {
      data: {
        id: b.id,
        file: b.file,
        bytes: b.bytes,
        sha256: b.sha256,
        rows: b.rows,
        durationMs: b.durationMs,
        copy: b.copy,
      },
      text,
      audit: {
        action: 'backup.run',
        object: b.id,
        outcome: this.m('backup.run.audit', {
          size: megabytes(this.lang, b.bytes),
          copy: b.copy ? this.m('backup.run.auditCopy', {dir: this.flags.to}) : '',
        }),
      },
    }
  }
}
