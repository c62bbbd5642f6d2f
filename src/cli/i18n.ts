// Message catalogs: every user-facing sentence lives in messages/en.ts and messages/ru.ts.
// Placeholders: {name}; plurals: {count|файл|файла|файлов} (ru: one|few|many, en: one|other).
import {en} from './messages/en.js'
import {ru} from './messages/ru.js'

export type Lang = 'ru' | 'en'
export type MessageKey = keyof typeof en
export type MessageParams = Record<string, string | number | null | undefined>

const catalogs: Record<Lang, Record<MessageKey, string>> = {en, ru}

/** --lang wins; then LC_ALL, LC_MESSAGES, LANG as POSIX orders them; Russian for ru_*. */
export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag === 'ru' || flag === 'en') return flag
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
  return locale.toLowerCase().startsWith('ru') ? 'ru' : 'en'
}

/** The value of --lang wherever it stands on the command line (also before the command, for --help). */
export function langFromArgv(argv: string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='))
  if (i < 0) return undefined
  return argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1]
}

function pluralIndex(lang: Lang, n: number): number {
  if (lang === 'en') return n === 1 ? 0 : 1
  const mod10 = n % 10
  const mod100 = n % 100
  if (mod10 === 1 && mod100 !== 11) return 0
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 1
  return 2
}

export function format(lang: Lang, template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)(\|[^}]*)?\}/g, (whole, name: string, forms?: string) => {
    const value = params[name]
    if (value === undefined) return whole
    if (!forms) return value === null ? '' : String(value)
    const options = forms.slice(1).split('|')
    const form = options[Math.min(pluralIndex(lang, Math.abs(Number(value))), options.length - 1)]
    return `${value} ${form}`
  })
}

export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return format(lang, catalogs[lang][key], params)
}

export type Translate = (key: MessageKey, params?: MessageParams) => string

export function translator(lang: Lang): Translate {
  return (key, params) => t(lang, key, params)
}
