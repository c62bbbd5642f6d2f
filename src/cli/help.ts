// --help in the user's language (package.json "oclif.helpClass"; oclif loads it only for help, so
// other commands start no slower). --lang, else LC_ALL/LC_MESSAGES/LANG, as for the messages.
// In Russian each command's texts come from messages/help-ru.ts by command id and flag name;
// whatever has no translation stays in the English of the command (cached in the manifest).
import {type Command, CommandHelp, Help, type Interfaces} from '@oclif/core'

import {detectLang, type Lang, langFromArgv, type MessageKey, t} from './i18n.js'
import {helpEn} from './messages/help.js'
import {commandsRu, rootRu, sharedFlagsRu, topicsRu} from './messages/help-ru.js'

type SectionBody = Parameters<CommandHelp['section']>[1]

export default class EjournalHelp extends Help {
  private lang: Lang = detectLang(undefined)

  override async showHelp(argv: string[]): Promise<void> {
    this.lang = detectLang(langFromArgv(argv))
    // Without --lang and its value, «ejournal --lang ru check --help» finds its command.
    return super.showHelp(withoutLang(argv))
  }

  protected override summary(c: Command.Loadable): string | undefined {
    return super.summary(translateCommand(c, this.lang))
  }

  protected override getCommandHelpClass(command: Command.Loadable): CommandHelp {
    return new LocalCommandHelp(translateCommand(command, this.lang), this.config, this.opts, this.lang)
  }

  protected override formatTopic(topic: Interfaces.Topic): string {
    const text = super.formatTopic(translateTopic(topic, this.lang))
    return this.lang === 'en' ? text : text.replace(/ COMMAND$/m, ` ${t(this.lang, 'help.command')}`)
  }

  protected override formatTopics(topics: Interfaces.Topic[]): string {
    return super.formatTopics(topics.map((topic) => translateTopic(topic, this.lang)))
  }

  override formatRoot(): string {
    if (this.lang === 'en') return super.formatRoot()
    return [
      rootRu,
      this.section('VERSION', this.wrap(this.config.userAgent)),
      this.section('USAGE', this.wrap(`$ ${this.config.bin} [${t(this.lang, 'help.command')}]`)),
    ].join('\n\n')
  }

  override section(header: string, body: SectionBody): string {
    return super.section(sectionHeader(this.lang, header), body)
  }
}

class LocalCommandHelp extends CommandHelp {
  constructor(
    command: Command.Loadable,
    config: Interfaces.Config,
    opts: Interfaces.HelpOptions,
    private readonly lang: Lang,
  ) {
    super(command, config, opts)
  }

  override section(header: string, body: SectionBody): string {
    return super.section(sectionHeader(this.lang, header), body)
  }

  // oclif writes «[default: …]», «<options: …>» and «(required)» itself.
  protected override flags(flags: Command.Flag.Any[]): [string, string | undefined][] | undefined {
    return super.flags(flags)?.map(([left, right]) => [left, right && this.marks(right)])
  }

  protected override args(args: Command.Arg.Any[]): [string, string | undefined][] | undefined {
    return super.args(args)?.map(([left, right]) => [left, right && this.marks(right)])
  }

  private marks(text: string): string {
    if (this.lang === 'en') return text
    return text
      .replace('[default: ', `[${t(this.lang, 'help.default')}: `)
      .replace('<options: ', `<${t(this.lang, 'help.options')}: `)
      .replace('(required)', `(${t(this.lang, 'help.required')})`)
  }
}

/** oclif's section headers; «GLOBAL FLAGS» is «FLAGS» under the flags' helpGroup. */
function sectionHeader(lang: Lang, header: string): string {
  const key = `help.section.${header}`
  return key in helpEn ? t(lang, key as MessageKey) : header
}

/** The command with its Russian texts; oclif has already put spaces in the id («backup run»). */
export function translateCommand(command: Command.Loadable, lang: Lang): Command.Loadable {
  if (lang === 'en') return command
  const ru = commandsRu[command.id.replaceAll(' ', ':')]
  if (!ru) return command
  const flags = Object.fromEntries(
    Object.entries(command.flags).map(([name, flag]) => {
      const text = ru.flags?.[name] ?? sharedFlagsRu[name]
      if (!text) return [name, flag]
      return [name, flag.summary ? {...flag, summary: text} : {...flag, description: text}]
    }),
  ) as Command.Loadable['flags']
  const args = Object.fromEntries(
    Object.entries(command.args).map(([name, arg]) => [
      name,
      {...arg, description: ru.args?.[name] ?? arg.description},
    ]),
  ) as Command.Loadable['args']
  return {
    ...command,
    summary: ru.summary,
    description: ru.description ?? command.description,
    flags,
    args,
  }
}

function translateTopic(topic: Interfaces.Topic, lang: Lang): Interfaces.Topic {
  const description = lang === 'ru' ? topicsRu[topic.name.replaceAll(' ', ':')] : undefined
  return description ? {...topic, description} : topic
}

function withoutLang(argv: string[]): string[] {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='))
  if (i < 0) return argv
  return argv.filter((_, j) => j !== i && !(j === i + 1 && argv[i] === '--lang'))
}
