// The base of the report commands: every report takes --format table|csv|json|html|pdf and
// -o FILE. A report is its typed data (--json) and a document made from it (report/document.ts):
// the terminal and CSV in the reader's language, HTML and PDF as Russian documents. PDFs go to
// -o FILE or exports/<date>/<name>.pdf (-2, -3 … when the day has one); a new file is private (0600).
import {type Command, Flags} from '@oclif/core'
import {join} from 'node:path'

import {type AuditEntry, writeAudit} from '../audit/audit-log.js'
import {BaseCommand, type Outcome} from '../cli/base-command.js'
import {translator, type Translate} from '../cli/i18n.js'
import {SETTINGS_FILE} from '../workspace/settings.js'
import {renderDocCsv, renderDocHtml, renderDocText, type ReportDoc} from './document.js'
import {claimOutputFile, exportsDir, freeName, writeOutputFile} from '../core/private-files.js'
import {forceFlag} from '../cli/output-flags.js'
import {terminalWidth} from '../cli/render.js'

export type ReportFormat = 'table' | 'csv' | 'json' | 'html' | 'pdf'

export const reportFlags = {
  format: Flags.option({
    options: ['table', 'csv', 'json', 'html', 'pdf'] as const,
    default: 'table',
    summary: 'table, csv (Excel: UTF-8 with BOM, «;»), json, html (a printable page) or pdf.',
  })(),
  output: Flags.string({
    char: 'o',
    summary:
      'Write the report to this new file (mode 0600) instead of the screen; a PDF goes to exports/<date>/ without it.',
  }),
  force: forceFlag,
}

export interface Report<T> {
  data: T
  /** The document, with the words of `tr` and the decimal sign of its readers. */
  doc: (tr: Translate, decimal: ',' | '.') => ReportDoc
  /** The file name of a PDF without -o: exports/<date>/<name>.pdf. */
  name: string
  audit?: Omit<AuditEntry, 'command' | 'arguments'>
  /** A line printed after the report (or after the file was written), e.g. what --record stored. */
  note?: string
}

export abstract class ReportCommand<T extends typeof Command> extends BaseCommand<T> {
  protected abstract report(): Promise<Report<unknown>>

  protected get settingsFile(): string {
    return join(this.workspace.dir, SETTINGS_FILE)
  }

  protected get reportFormat(): ReportFormat {
    if (this.flags.json) return 'json'
    return ((this.flags as {format?: ReportFormat}).format ?? 'table') as ReportFormat
  }

  private get output(): string | undefined {
    return (this.flags as {output?: string}).output
  }

  private get force(): boolean {
    return Boolean((this.flags as {force?: boolean}).force)
  }

  protected async render(report: Report<unknown>, format: ReportFormat): Promise<string> {
    const ru = translator('ru')
    switch (format) {
      case 'json':
        return JSON.stringify(report.data, null, 2)
      case 'csv':
        return renderDocCsv(report.doc(this.tr, ','))
      case 'html':
        return renderDocHtml(report.doc(ru, ','))
      default:
        // A file named by -o is not the terminal: its lines are not cut to the terminal's width.
        return renderDocText(
          report.doc(this.tr, this.lang === 'ru' ? ',' : '.'),
          this.color.bold,
          this.output ? undefined : terminalWidth(),
        )
    }
  }

  protected async execute(): Promise<Outcome> {
    const report = await this.report()
    return {
      data: report.data,
      text: async () =>
        [await this.render(report, this.reportFormat), report.note].filter(Boolean).join('\n'),
      audit: report.audit,
    }
  }

  /** With -o or --format pdf the report goes to a private file, and the screen gets one line. */
  public override async run(): Promise<unknown> {
    const format = this.reportFormat
    if (!this.output && format !== 'pdf') return super.run()
    // A path that cannot be written is refused before the report records anything (--record).
    if (this.output) claimOutputFile(this.output, {force: this.force})
    const report = await this.report()
    if (report.audit)
      writeAudit(this.workspace.db, {...report.audit, command: this.id ?? 'ejournal', arguments: this.argv})
    let file: string
    if (format === 'pdf') {
      const {writeDocPdf} = await import('./pdf.js')
      file = await writeDocPdf(
        report.doc(translator('ru'), ','),
        this.output ?? freeName(exportsDir(this.workspace.dir, this.today), `${report.name}.pdf`),
        {force: this.force},
      )
    } else {
      const text = await this.render(report, format)
      file = writeOutputFile(this.output!, text.endsWith('\n') ? text : text + '\n', {force: this.force})
    }
    // Cron stays quiet with -o; a PDF put into exports/ says where it is.
    if (process.stdout.isTTY || !this.output) this.log(this.m('report.written', {file}))
    if (report.note && (process.stdout.isTTY || !this.output)) this.log(report.note)
    return report.data
  }
}
