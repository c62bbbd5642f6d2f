import {Args} from '@oclif/core'

import {BaseCommand, type Outcome} from '../../src/cli/base-command.js'
import {EXIT} from '../../src/cli/errors.js'
import {renderVerify} from '../../src/archive/render.js'
import {archiveProblemCode, verifyArchives} from '../../src/archive/verify.js'

export default class ArchiveVerify extends BaseCommand<typeof ArchiveVerify> {
  static override summary =
    'Check an archive bundle: hashes, the manifest signature, the database and its counts.'
  static override description =
    'FILE is a bundle (.tar.gz) or a school year (every bundle of that year the archive list knows). Checked: the ' +
    'SHA-256 against the .sha256 beside it, the manifest’s signature by this workspace’s key, every file against ' +
    'the manifest, SQLite integrity_check and foreign keys of the year’s database, its row counts. Exit 1 on any problem.'
  static override examples = [
    '<%= config.bin %> archive verify archives/ejournal-2026-2027-journals.tar.gz',
    '<%= config.bin %> archive verify 2026/2027',
  ]
  static override args = {
    file: Args.string({
      required: true,
      description: 'A bundle (.tar.gz), or a school year such as 2026/2027.',
    }),
  }

  protected async execute(): Promise<Outcome> {
    const results = await verifyArchives(this.workspace, this.args.file)
    return {
      data: {
        results: results.map((r) => ({
          file: r.file,
          kind: r.kind,
          year: r.year,
          ok: r.ok,
          problems: r.problems.map((p) => ({code: archiveProblemCode(p), message: this.m(p.key, p.params)})),
        })),
      },
      text: () => renderVerify(results, this.tr, this.color),
      exitCode: results.every((r) => r.ok) ? undefined : EXIT.error,
    }
  }
}
