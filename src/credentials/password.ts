// Temporary passwords, shown once on a slip: from the CSPRNG, and easy to copy from paper.
import {randomInt} from 'node:crypto'

import {UsageError} from '../cli/errors.js'
import {transliterate} from './translit.js'

// Without 0 O o 1 l I, which a child or a tired parent misreads on a printed slip.
export const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'

export const PASSWORD_LENGTH = {default: 10, min: 8, max: 64} as const

function randomString(alphabet: string, length: number): string {
  let text = ''
  for (let i = 0; i < length; i++) text += alphabet[randomInt(alphabet.length)]
  return text
}

/**
 * A password with at least one letter and one digit. A draw that lacks either is drawn again
 * whole (about one in five at length 10), so every password that qualifies stays equally likely.
 */
export function generatePassword(length: number = PASSWORD_LENGTH.default): string {
  if (!Number.isInteger(length) || length < PASSWORD_LENGTH.min || length > PASSWORD_LENGTH.max)
    throw new UsageError('credentials.passwordLength', {...PASSWORD_LENGTH, value: length})
  for (;;) {
    const password = randomString(PASSWORD_ALPHABET, length)
    if (/[a-zA-Z]/.test(password) && /[2-9]/.test(password)) return password
  }
}

// Short, everyday words a first-former knows, without ь ъ ё й э ю я щ ц х, whose Latin
// spelling would not read like the word (конь → kon, яблоко → iabloko).
const RUSSIAN_WORDS = `
кот сад луна дом лес мак сок сыр нос мост парк гора река море небо роза липа дуб
сова лиса волк енот утка пони кит жук оса пчела мишка зебра тигр лев слон крот
бобр барсук белка рыба краб кран торт блин суп каша банан арбуз груша слива лимон
томат репа малина шар кубик кукла робот ракета лодка парус вагон автобус такси
зонт шапка шарф носок сапог бант книга ручка пенал парта доска мел глобус карта
урок нота барабан гитара труба сказка замок окно крыша забор сосна трава листок
зерно снег гром радуга облако туман ветер звезда комета планета остров песок
волна берег пруд поле луг тропа горка санки лыжи каток корзина ведро лопата тыква
капуста гриб пирог булка батон какао компот конфета зефир сырок творог дракон
гном флот компас фонтан театр клоун фокус город дорога вокзал билет почта марка
подарок шарик свеча снежок мороз весна лето зима утро вечер обед ужин минута час
буква слово ответ вопрос загадка игра кубок спорт прыжок ворота шашки домино
пазл кино котик кролик ворона сорока аист жираф бегемот носорог панда коала
кенгуру страус пингвин морж акула медуза улитка паук корова коза свинка кошка
собака мышка рыбка сумка мама папа сестра брат друг класс
`
  .split(/\s+/)
  .filter(Boolean)

/** The passphrase words in Latin, as a pupil types them. */
export const PASSPHRASE_WORDS: readonly string[] = RUSSIAN_WORDS.map(transliterate)

/**
 * Three different words joined by hyphens (kot-luna-sad), for young pupils. About 23 bits
 * (200 × 199 × 198): enough for a first sign-in that must change it, not for keeping.
 */
export function generatePassphrase(): string {
  const words = new Set<string>()
  while (words.size < 3) words.add(PASSPHRASE_WORDS[randomInt(PASSPHRASE_WORDS.length)]!)
  return [...words].join('-')
}
