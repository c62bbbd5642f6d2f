import {Args, Flags} from '@oclif/core'

import {BaseCommand, type Outcome, writeFlags} from '../../src/cli/base-command.js'
import {terminalProgress} from '../../src/cli/progress.js'
import {createArchive, planArchive} from '../../src/archive/create.js'
import {renderCreate, renderPlanned} from '../../src/archive/render.js'

export default class ArchiveCreate extends BaseCommand<typeof ArchiveCreate> {
  static override summary =
    'Archive a closed school year on paper and electronically, then freeze it (п. 6.9).'
  static override description =
    'Per class: the class journal as a PDF ready to print, number, bind and sign, and the summary sheet of final ' +
    'marks (PDF, CSV); the year’s database (SQLite) and CSV of its tables; a manifest signed with the workspace key. ' +
    'Two bundles (.tar.gz, each with a .sha256): class journals (kept 5 years) and summary sheets (25 years). ' +
    'Afterwards the year’s lessons, marks, absences, final marks and thematic plans can no longer be changed.'
  static override examples = [
    '<%= config.bin %> archive create 2026/2027',
    '<%= config.bin %> archive create 2026/2027 --out /media/usb/archive',
  ]
  static override args = {
    label: Args.string({
      required: true,
      description: 'The school year, e.g. 2026/2027 (closed with «year close»).',
    }),
  }
  static override flags = {
    out: Flags.string({summary: 'The folder for the bundles (default: the workspace’s archives/).'}),
    ...writeFlags,
  }

  protected async execute(): Promise<Outcome> {
    if (this.flags['dry-run']) {
      const plan = planArchive(this.workspace, {label: this.args.label, out: this.flags.out})
      return {
        data: {
          year: plan.year,
          bundles: plan.bundles.map((b) => ({
            kind: b.kind,
            file: b.file,
            sha256: null,
            retainUntil: b.retainUntil,
          })),
          classes: plan.classes,
          pages: null,
          dryRun: true,
        },
        text: () => renderPlanned(plan, this.tr),
      }
    }
    const result = await createArchive(this.workspace, {
      label: this.args.label,
      out: this.flags.out,
      progress: terminalProgress(this.m('archive.progress')),
    })
    const file = (kind: string) => result.bundles.find((b) => b.kind === kind)?.sha256.slice(0, 16) ?? ''
    return {
      data: {
        year: result.year,
        bundles: result.bundles.map((b) => ({
          kind: b.kind,
          file: b.file,
          sha256: b.sha256,
          retainUntil: b.retainUntil,
        })),
        classes: result.classes,
        pages: result.pages,
      },
      text: () => renderCreate(result, this.tr, this.lang),
      audit: {
        action: 'archive.create',
        object: result.year,
        outcome: this.m('archive.create.audit', {
          classes: result.classes,
          pages: result.pages,
          journals: file('journals'),
          summaries: file('summaries'),
        }),
      },
    }
  }
}
