// A letter as an .eml file (RFC 5322, MIME): headers with non-ASCII text as RFC 2047 encoded words
// in UTF-8, a plain-text UTF-8 body in base64, CRLF line ends, lines under 78 characters.
// «X-Unsent: 1» makes mail programs open it as a draft ready to send. A header value with a line
// break or another control character is refused: it would add headers of its own (a Bcc). Pure.
import {domainToASCII} from 'node:url'

import {formatInZone} from '../calendar/zone.js'
import {UsageError} from '../cli/errors.js'

export interface Mailbox {
  name: string
  email: string
}

export interface Letter {
  from: Mailbox
  to: Mailbox
  subject: string
  /** The moment of the letter and the school's time zone, for the Date header. */
  date: Date
  timezone: string
  /** Unique: <…@domain>. */
  messageId: string
  /** Plain text; line ends are made CRLF. */
  body: string
}

const CRLF = '\r\n'
/** 39 bytes are 52 base64 characters: a 64-character encoded word, within RFC 2047's 75 and a 76-character line. */
const WORD_BYTES = 39

const isPlainAscii = (text: string) => /^[\x20-\x7e]*$/.test(text)

/**
 * Splits text into pieces of at most `max` UTF-8 bytes, at spaces where it can (a space stays at the
 * end of its piece), never inside a character.
 */
export function chunks(text: string, max: number): string[] {
  const out: string[] = []
  let current = ''
  const push = (piece: string) => {
    if (current && Buffer.byteLength(current + piece) > max) {
      out.push(current)
      current = ''
    }
    if (Buffer.byteLength(piece) <= max) {
      current += piece
      return
    }
    // A word longer than a piece: cut between characters.
    for (const ch of piece) {
      if (current && Buffer.byteLength(current + ch) > max) {
        out.push(current)
        current = ''
      }
      current += ch
    }
  }
  for (const word of text.split(/(?<= )/)) push(word)
  if (current) out.push(current)
  return out
}

/** RFC 2047: «=?UTF-8?B?…?=» words (folded with CRLF + space); ASCII text as it is. */
export function encodeWords(text: string): string {
  if (isPlainAscii(text) && !/=\?/.test(text)) return text
  return chunks(text, WORD_BYTES)
    .map((c) => `=?UTF-8?B?${Buffer.from(c, 'utf8').toString('base64')}?=`)
    .join(`${CRLF} `)
}

/** An address as a header carries it: a Cyrillic domain (школа.рф) in its ASCII form (xn--…). */
export function asciiAddress(email: string): string {
  const at = email.lastIndexOf('@')
  if (at < 0) return email
  return `${email.slice(0, at)}@${domainToASCII(email.slice(at + 1)) || email.slice(at + 1)}`
}

/** «Иванова Ольга <olga@mail.ru>» with the name encoded (the address on a folded line); a plain ASCII name quoted. */
export function formatMailbox(m: Mailbox): string {
  const address = asciiAddress(m.email)
  if (!m.name) return `<${address}>`
  if (isPlainAscii(m.name)) return `"${m.name.replace(/(["\\])/g, '\\$1')}" <${address}>`
  return `${encodeWords(m.name)}${CRLF} <${address}>`
}

/** «admin@school.ru» or «Школа №1 <admin@school.ru>» → the name (null when none) and the address. */
export function parseMailbox(text: string): {name: string | null; email: string} {
  const named = /^(.*)<([^<>]*)>\s*$/s.exec(text)
  if (named) return {name: named[1]!.trim().replace(/^"(.*)"$/s, '$1') || null, email: named[2]!.trim()}
  return {name: null, email: text.trim()}
}

/** Line breaks and control characters: in a header they start a header of their own. */
const BREAKS = /\p{Cc}/u

/** Refuses a header value that would break its line. */
export function checkHeaderValue(header: string, value: string): void {
  if (!BREAKS.test(value)) return
  // Shown on one line in the message: the breaks as \r and \n.
  const shown = value
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n')
    .replace(/\p{Cc}/gu, '\ufffd')
  throw new UsageError('letters.headerBreak', {header, value: shown})
}

function checkHeaders(letter: Letter): void {
  checkHeaderValue('From', letter.from.name)
  checkHeaderValue('From', letter.from.email)
  checkHeaderValue('To', letter.to.name)
  checkHeaderValue('To', letter.to.email)
  checkHeaderValue('Subject', letter.subject)
  checkHeaderValue('Message-ID', letter.messageId)
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** RFC 5322 date at the school: «Fri, 20 Nov 2026 12:00:00 +1000». */
export function rfc5322Date(instant: Date, timezone: string): string {
  const local = formatInZone(instant, timezone) // 2026-11-20T12:00:00+10:00
  const [date, rest] = local.split('T') as [string, string]
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const time = rest.slice(0, 8)
  const zone = rest.slice(8).replace(':', '')
  const weekday = DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!
  return `${weekday}, ${d} ${MONTHS[m - 1]} ${y} ${time} ${zone}`
}

/** A header line folded at the encoded words' boundaries. */
const header = (name: string, value: string) => `${name}: ${value}`

export function buildEml(letter: Letter): string {
  checkHeaders(letter)
  const body = Buffer.from(letter.body.replace(/\r?\n/g, CRLF), 'utf8').toString('base64')
  const lines = body.match(/.{1,76}/g) ?? []
  return (
    [
      header('From', formatMailbox(letter.from)),
      header('To', formatMailbox(letter.to)),
      header('Subject', encodeWords(letter.subject)),
      header('Date', rfc5322Date(letter.date, letter.timezone)),
      header('Message-ID', letter.messageId),
      header('MIME-Version', '1.0'),
      header('Content-Type', 'text/plain; charset=utf-8'),
      header('Content-Transfer-Encoding', 'base64'),
      header('X-Unsent', '1'),
      '',
      ...lines,
    ].join(CRLF) + CRLF
  )
}
