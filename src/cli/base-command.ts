// The base of every command: workspace, language, --json, errors → exit codes, the audit row.
// A command's run() is split: execute() does the work through src/ and returns an Outcome;
// this class prints it (JSON or text), writes the audit row, and sets the exit code.
import {Command, Errors, Flags, type Interfaces} from '@oclif/core'
import {once} from 'node:events'
import {join} from 'node:path'

import {explainFrozen} from '../archive/freeze.js'
import {type AuditEntry, writeAudit} from '../audit/audit-log.js'
import {type IsoDate} from '../calendar/dates.js'
import {DATABASE_FILE} from '../workspace/settings.js'
import {openWorkspace, resolveWorkspaceDir, type Workspace} from '../workspace/workspace.js'
import {requireYear, type Year} from '../year/store.js'
import {schoolToday} from './today.js'
import {EjournalError, EXIT, InputError, NotConfirmedError, placeOf} from './errors.js'
import {
  detectLang,
  type Lang,
  langFromArgv,
  type MessageKey,
  type MessageParams,
  t,
  type Translate,
  translator,
} from './i18n.js'
import {noPaint, type Paint, paint} from './paint.js'
import {type Format} from './render.js'
import {explainSystemError} from './system-errors.js'

export type BaseFlags<T extends typeof Command> = Interfaces.InferredFlags<
  (typeof BaseCommand)['baseFlags'] & T['flags']
>
export type BaseArgs<T extends typeof Command> = Interfaces.InferredArgs<T['args']>

export interface Outcome {
  /** What --json prints: the stable contract. */
  data: unknown
  /** Writes the --json output piece by piece instead of `data`, when it is too large to hold. */
  json?: (write: (text: string) => Promise<void>) => Promise<void>
  /** What a person reads (may load a renderer lazily, to keep start-up fast). */
  text: () => string | Promise<string>
  /** 3 when the command ran fine and found problems (check, status). */
  exitCode?: number
  /** Set by commands that changed something (never on --dry-run). */
  audit?: Omit<AuditEntry, 'command' | 'arguments'>
}

/** --format for listings and reports. */
export const formatFlag = Flags.option({
  options: ['table', 'csv', 'json'] as const,
  default: 'table',
  summary: 'Output format: table, csv (Excel: UTF-8 with BOM, «;») or json.',
})()

/** --year for commands that work on one school year. */
export const yearFlag = Flags.string({summary: 'The school year, e.g. 2026/2027 (default: the current one).'})

/** Every command that writes takes these two. */
export const writeFlags = {
  'dry-run': Flags.boolean({summary: 'Show what would change and write nothing.'}),
  yes: Flags.boolean({char: 'y', summary: 'Answer yes to every question (scripts, cron).'}),
}

export abstract class BaseCommand<T extends typeof Command> extends Command {
  static override baseFlags = {
    json: Flags.boolean({
      summary: 'Print the result as JSON (a stable contract for scripts).',
      helpGroup: 'GLOBAL',
    }),
    lang: Flags.option({
      options: ['ru', 'en'] as const,
      summary: 'Language of messages and help (default: from LANG/LC_ALL).',
      helpGroup: 'GLOBAL',
    })(),
    workspace: Flags.string({
      char: 'w',
      summary: 'The school workspace folder (default: $EJOURNAL_HOME, else the current folder).',
      helpGroup: 'GLOBAL',
    }),
  }

  /** Commands that work without a workspace (init) set this to false. */
  static needsWorkspace = true

  protected flags!: BaseFlags<T>
  protected args!: BaseArgs<T>
  /** Every positional argument, for commands that take many (strict = false). */
  protected positional!: string[]
  protected lang!: Lang
  protected tr!: Translate
  protected color!: Paint
  private openedWorkspace: Workspace | undefined

  public override async init(): Promise<void> {
    await super.init()
    // Language first, so that even a flag error can be explained in the user's language.
    this.lang = detectLang(langFromArgv(this.argv))
    process.once('SIGINT', this.interrupted)
    this.tr = translator(this.lang)
    const {args, argv, flags} = await this.parse({
      flags: this.ctor.flags,
      baseFlags: (this.ctor as typeof BaseCommand).baseFlags,
      args: this.ctor.args,
      strict: this.ctor.strict,
    }).catch((error: unknown) => {
      // Whatever the parser throws is about the command line, a flag's value too (--groups 0).
      if (error instanceof Error && !(error instanceof EjournalError))
        Object.assign(error, {parse: (error as {parse?: unknown}).parse ?? {}})
      throw error
    })
    this.flags = flags as BaseFlags<T>
    this.args = args as BaseArgs<T>
    this.positional = argv as string[]
    this.color = this.format === 'table' ? await paint() : noPaint
  }

  protected get workspaceDir(): string {
    return resolveWorkspaceDir(this.flags.workspace)
  }

  /** The workspace, opened on first use and closed after the command. */
  protected get workspace(): Workspace {
    this.openedWorkspace ??= openWorkspace(this.workspaceDir)
    return this.openedWorkspace
  }

  /** The school's today: a date in its time zone. */
  protected get today(): IsoDate {
    return schoolToday(this.workspace.settings.timezone)
  }

  /** The year named by --year, else the current one. */
  protected get year(): Year {
    return requireYear(this.workspace.db, (this.flags as {year?: string}).year, this.today)
  }

  protected get format(): Format {
    if (this.flags.json) return 'json'
    return ((this.flags as Record<string, unknown>).format as Format | undefined) ?? 'table'
  }

  protected abstract execute(): Promise<Outcome>

  public async run(): Promise<unknown> {
    const outcome = await this.execute()
    if (outcome.audit) {
      writeAudit(this.workspace.db, {
        ...outcome.audit,
        command: this.id ?? 'ejournal',
        arguments: this.argv,
      })
    }
    if (this.flags.json) {
      // A pipe takes the pieces as fast as its reader reads them: waiting keeps them out of memory.
      if (outcome.json)
        await outcome.json(async (text) => {
          if (!process.stdout.write(text)) await once(process.stdout, 'drain')
        })
      else this.log(JSON.stringify(outcome.data, null, 2))
    } else {
      const text = await outcome.text()
      if (text) this.log(text)
    }
    if (outcome.exitCode) this.exit(outcome.exitCode)
    return outcome.data
  }

  protected m(key: MessageKey, params?: MessageParams): string {
    return this.tr(key, params)
  }

  /**
   * Before a change that needs a yes: on a terminal the plan is shown, then asked about; --yes
   * answers for scripts; with neither, `refused` is thrown and nothing is written. Returns whether
   * the plan was shown, so that it is not printed twice.
   */
  protected async confirmPlan(
    plan: () => string | Promise<string>,
    question: MessageKey,
    refused: MessageKey,
    params: MessageParams,
  ): Promise<boolean> {
    let shown = false
    if (
      !(this.flags as {yes?: boolean}).yes &&
      process.stdin.isTTY &&
      process.stdout.isTTY &&
      !this.flags.json
    ) {
      this.log(await plan())
      shown = true
    }
    if (!(await this.confirm(question, params))) throw new NotConfirmedError(refused, params)
    return shown
  }

  /** Yes with --yes; a question on a terminal; no when nobody can be asked (cron, pipes). */
  protected async confirm(key: MessageKey, params?: MessageParams): Promise<boolean> {
    if ((this.flags as {yes?: boolean}).yes) return true
    if (!process.stdin.isTTY || !process.stdout.isTTY) return false
    const {confirm} = await import('@inquirer/prompts')
    return confirm({message: this.m(key, params), default: false})
  }

  public override async catch(error: Error & {exitCode?: number}): Promise<unknown> {
    if (error instanceof Errors.ExitError) throw error
    const lang = this.lang ?? detectLang(langFromArgv(this.argv))
    // Whatever command hits the triggers of an archived year gets one clear sentence for it;
    // a busy, full or read-only disk and a cancelled question get theirs.
    const explained = explainSystemError(explainFrozen(error) as Error, this.place(), lang)
    const {message, exitCode, details} = describeError(explained, lang)
    if (debugging() && error.stack) process.stderr.write(error.stack + '\n')
    // The person reads stderr; with --json, stdout still holds exactly one document.
    process.stderr.write(message + '\n')
    // A file with thousands of problems has one cause; the first hundred show it (--json has all).
    for (const line of details.slice(0, SHOWN_PROBLEMS))
      process.stderr.write(`  ${line.where}: ${line.message}\n`)
    if (details.length > SHOWN_PROBLEMS)
      process.stderr.write(`  ${t(lang, 'import.more', {count: details.length - SHOWN_PROBLEMS}).trim()}\n`)
    if (this.argv.includes('--json'))
      this.log(JSON.stringify({error: {code: codeOf(explained), message, problems: details}}, null, 2))
    this.exit(exitCode)
  }

  /** Where a system error happened: the workspace, whether or not it could be opened. */
  private place(): {dir: string; dbFile: string; readOnly?: string} {
    const dir = this.openedWorkspace?.dir ?? resolveWorkspaceDir(this.flags?.workspace)
    return {dir, dbFile: join(dir, DATABASE_FILE), readOnly: this.openedWorkspace?.readOnly}
  }

  /** Ctrl-C while the command works: an open transaction is never committed, so it is dropped. */
  private readonly interrupted = (): void => {
    process.stderr.write(t(this.lang, 'contract.interrupted') + '\n', () => process.exit(EXIT.cancelled))
  }

  public override async finally(error: Error | undefined): Promise<unknown> {
    process.off('SIGINT', this.interrupted)
    this.openedWorkspace?.close()
    this.openedWorkspace = undefined
    return super.finally(error)
  }
}

const SHOWN_PROBLEMS = 100

/** EJOURNAL_DEBUG=1, or DEBUG=ejournal as the debug package spells it: the stack of an error. */
function debugging(): boolean {
  const flag = process.env.EJOURNAL_DEBUG
  return Boolean(flag && flag !== '0') || Boolean(process.env.DEBUG?.includes('ejournal'))
}

function codeOf(error: Error): string {
  if (error instanceof EjournalError) return error.key
  return isUsage(error) ? 'usage' : 'internal'
}

function isUsage(error: Error): boolean {
  // oclif's parse errors (unknown flag, missing argument, bad option value) carry the parse.
  return 'parse' in error
}

interface ProblemLine {
  where: string
  column: string | null
  value: string | null
  message: string
  line: number
}

function describeError(
  error: Error,
  lang: Lang,
): {message: string; exitCode: number; details: ProblemLine[]} {
  if (error instanceof InputError) {
    const details = error.problems.map((p) => ({
      where: placeOf(p),
      line: p.line,
      column: p.columnName,
      value: p.value,
      message: t(lang, p.key, {...p.params, column: p.columnName, value: p.value}),
    }))
    return {message: t(lang, error.key, error.params), exitCode: error.exitCode, details}
  }
  if (error instanceof EjournalError)
    return {message: t(lang, error.key, error.params), exitCode: error.exitCode, details: []}
  if (isUsage(error)) {
    const reason = error.message
      .replace(/\nSee more help with --help$/, '')
      .replace(/^Parsing (--\S+) \n\t/, '$1: ')
    return {message: t(lang, 'cli.usage', {reason}), exitCode: EXIT.usage, details: []}
  }
  return {message: t(lang, 'cli.internal', {reason: error.message}), exitCode: EXIT.error, details: []}
}
