import {Flags} from '@oclif/core'
import {join, resolve} from 'node:path'

import {writeOutputFile} from '../src/core/private-files.js'
import {BaseCommand, type Outcome} from '../src/cli/base-command.js'
import {EXIT} from '../src/cli/errors.js'
import {parseDateFlag} from '../src/cli/flags.js'
import {terminalWidth} from '../src/cli/render.js'
import {forceFlag} from '../src/cli/output-flags.js'
import {type CheckRun, rulesOf, runCheck} from '../src/compliance/engine.js'
import {
  type GroupBy,
  renderCsv,
  renderHtml,
  renderRuleList,
  renderText,
  reportJson,
  ruleListing,
  summaryLine,
} from '../src/compliance/render.js'
import {severityRank, type Severity} from '../src/compliance/types.js'
import {SETTINGS_FILE} from '../src/workspace/settings.js'

export default class Check extends BaseCommand<typeof Check> {
  static override summary =
    'Check the journal against the regulation’s deadlines: who missed what, by how much, which clause (exit 3 when found).'
  static override description =
    'Runs every rule of the catalog (--list-rules; RULES.md) over the whole journal as it stood at the end of --as-of ' +
    '(default: today at the school): entries made later do not count and deadlines after it are not yet due. ' +
    'ejournal.json «policy» changes the numbers and switches rules off. Exit code 3 when a finding at or above ' +
    '--fail-on is found (cron), 0 otherwise.'
  static override examples = [
    '<%= config.bin %> check',
    '<%= config.bin %> check --as-of 20.10.2026 --class 5А --details',
    '<%= config.bin %> check --teacher Фролов --rule lesson-topic-on-time,homework-weekly --format csv -o фролов.csv',
    '<%= config.bin %> check --fail-on error --format html -o report.html',
    '<%= config.bin %> check --list-rules',
  ]
  static override flags = {
    'as-of': Flags.string({summary: 'The day to check as of (default: today at the school).'}),
    from: Flags.string({summary: 'Only findings dated on or after this day.'}),
    class: Flags.string({summary: 'Only findings of this class, e.g. 5А.'}),
    teacher: Flags.string({summary: 'Only findings whose responsible person’s name contains this.'}),
    rule: Flags.string({summary: 'Only these rules, comma-separated ids (see --list-rules).'}),
    severity: Flags.option({
      options: ['error', 'warning', 'info'] as const,
      default: 'info',
      summary: 'The least severe findings shown.',
    })(),
    'fail-on': Flags.option({
      options: ['error', 'warning', 'never'] as const,
      default: 'error',
      summary: 'Exit 3 when a finding this severe or worse is found; never: always exit 0.',
    })(),
    'group-by': Flags.option({
      options: ['responsible', 'rule', 'class'] as const,
      default: 'responsible',
      summary: 'How the report is grouped.',
    })(),
    format: Flags.option({
      options: ['table', 'csv', 'json', 'html'] as const,
      default: 'table',
      summary: 'table (grouped counts), csv (Excel), json, or html (one printable page).',
    })(),
    details: Flags.boolean({char: 'd', summary: 'In the table format, list every finding’s message too.'}),
    output: Flags.string({char: 'o', summary: 'Write the report to this file instead of the screen.'}),
    force: forceFlag,
    'list-rules': Flags.boolean({summary: 'Print the rule catalog with the school’s parameters, and exit.'}),
  }

  private get checkFormat(): 'table' | 'csv' | 'json' | 'html' {
    return this.flags.json ? 'json' : this.flags.format
  }

  protected async execute(): Promise<Outcome> {
    const {flags} = this
    const ws = this.workspace
    const settingsFile = join(ws.dir, SETTINGS_FILE)
    if (flags['list-rules']) {
      const rules = rulesOf(ws.settings, settingsFile)
      const format = this.checkFormat === 'html' ? 'table' : this.checkFormat
      return {
        data: ruleListing(rules, this.lang),
        text: () => renderRuleList(rules, format, this.lang, this.tr),
      }
    }
    const run = runCheck(
      {db: ws.db, settings: ws.settings, settingsFile},
      {
        asOf: flags['as-of'] ? parseDateFlag('as-of', flags['as-of']) : this.today,
        from: flags.from ? parseDateFlag('from', flags.from) : undefined,
        className: flags.class,
        teacher: flags.teacher,
        rules: flags.rule
          ?.split(',')
          .map((r) => r.trim())
          .filter(Boolean),
        severity: flags.severity,
      },
    )
    this.lastRun = run
    return {
      data: reportJson(run),
      text: () => this.render(run),
      exitCode: failed(run, flags['fail-on']) ? EXIT.problemsFound : undefined,
    }
  }

  private async render(run: CheckRun): Promise<string> {
    const groupBy = this.flags['group-by'] as GroupBy
    switch (this.checkFormat) {
      case 'json':
        return JSON.stringify(reportJson(run), null, 2)
      case 'csv':
        return renderCsv(run, this.tr)
      case 'html':
        return renderHtml(run, groupBy)
      default:
        return renderText(
          run,
          // A file named by -o is not the terminal: its lines keep their length.
          {
            groupBy,
            details: this.flags.details,
            lang: this.lang,
            width: this.flags.output ? undefined : terminalWidth(),
          },
          this.tr,
          this.color,
        )
    }
  }

  /** With -o the report goes to the file (private: it names pupils), and the screen gets one line. */
  public override async run(): Promise<unknown> {
    if (!this.flags.output) return super.run()
    const outcome = await this.execute()
    const file = resolve(this.flags.output)
    const text = this.flags.json ? JSON.stringify(outcome.data, null, 2) : await outcome.text()
    writeOutputFile(file, text.endsWith('\n') ? text : text + '\n', {force: this.flags.force})
    if (process.stdout.isTTY && this.lastRun)
      this.log(this.tr('check.written', {file, summary: summaryLine(this.lastRun!, this.tr)}))
    if (outcome.exitCode) this.exit(outcome.exitCode)
    return outcome.data
  }

  private lastRun: CheckRun | undefined
}

function failed(run: CheckRun, failOn: Severity | 'never'): boolean {
  if (failOn === 'never') return false
  return run.findings.some((f) => severityRank(f.severity) <= severityRank(failOn))
}
