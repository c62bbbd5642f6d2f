import {Args, Flags} from '@oclif/core'

import {BaseCommand, type Outcome} from '../../src/cli/base-command.js'
import {EXIT} from '../../src/cli/errors.js'
import {problemCode} from '../../src/backup/problem.js'
import {terminalProgress} from '../../src/cli/progress.js'
import {renderVerify} from '../../src/backup/render.js'
import {verifyBackups} from '../../src/backup/verify.js'

export default class BackupVerify extends BaseCommand<typeof BackupVerify> {
  static override summary = 'Check backups: manifest signature and chain, file hash, and a restore drill.'
  static override description =
    'Without an id, the newest backup is checked. The drill decrypts the backup into a private temporary file, ' +
    'compares it with the snapshot (SHA-256), runs SQLite quick_check (integrity_check with --full) and compares ' +
    'the row counts. Exit 1 when any backup fails.'
  static override examples = [
    '<%= config.bin %> backup verify',
    '<%= config.bin %> backup verify --all --full',
    '<%= config.bin %> backup verify 20260902-010000',
  ]
  static override args = {id: Args.string({description: 'The backup (its id, or a unique beginning of it).'})}
  static override flags = {
    all: Flags.boolean({summary: 'Check every backup (not with an id).'}),
    full: Flags.boolean({summary: 'Run SQLite integrity_check instead of quick_check in the drill.'}),
  }

  protected async execute(): Promise<Outcome> {
    const results = await verifyBackups(this.workspace, {
      id: this.args.id,
      all: this.flags.all,
      full: this.flags.full,
      progress: terminalProgress(this.m('backup.progress.verify')),
    })
    return {
      data: {
        results: results.map((r) => ({
          id: r.id,
          ok: r.ok,
          problems: r.problems.map((p) => ({code: problemCode(p), message: this.m(p.key, p.params)})),
        })),
      },
      text: () => renderVerify(results, this.tr, this.color, this.workspace.settings.timezone),
      exitCode: results.every((r) => r.ok) ? undefined : EXIT.error,
    }
  }
}
