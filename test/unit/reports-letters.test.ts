// Letters to parents without I/O: the .eml format (RFC 5322 / 2047) and the template.
import {describe, expect, it} from 'vitest'

import {buildEml, chunks, encodeWords, formatMailbox, rfc5322Date} from '../../src/reports/eml.js'
import {letterText, letterValues, parseTemplate} from '../../src/reports/letters.js'
import {type PupilProgress} from '../../src/reports/progress.js'
import {letterToParent} from '../helpers/letter.js'

/** RFC 2047 decoding as a mail program does it: whitespace between adjacent encoded words is dropped. */
export function decodeWords(value: string): string {
  return value
    .replace(/\r\n(?=[ \t])/g, '')
    .replace(/(=\?UTF-8\?B\?[^?]*\?=)\s+(?==\?UTF-8\?B\?)/g, '$1')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'))
}

describe('.eml', () => {
  it('encodes non-ASCII header text as UTF-8 encoded words of at most 75 characters', () => {
    const subject = 'Успеваемость: Гаврилова Полина Сергеевна, 5А класс, 01.11.2026 – 14.11.2026'
    const encoded = encodeWords(subject)
    for (const word of encoded.split('\r\n ')) {
      expect(word).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/)
      expect(word.length).toBeLessThanOrEqual(75)
    }
    expect(decodeWords(encoded)).toBe(subject)
    expect(encodeWords('Progress')).toBe('Progress')
  })

  it('never cuts a character and cuts at spaces where it can', () => {
    const parts = chunks('Ёжикова Алёна Дмитриевна', 20)
    expect(parts.join('')).toBe('Ёжикова Алёна Дмитриевна')
    expect(parts).toEqual(['Ёжикова ', 'Алёна ', 'Дмитриевна'])
    expect(chunks('Ёёёёёёёёёёё', 8)).toEqual(['Ёёёё', 'ёёёё', 'ёёё'])
  })

  it('writes mailboxes with the name encoded or quoted', () => {
    expect(formatMailbox({name: 'Иванова Ольга', email: 'olga@mail.ru'})).toBe(
      `${encodeWords('Иванова Ольга')}\r\n <olga@mail.ru>`,
    )
    expect(formatMailbox({name: 'School "23"', email: 'a@b.ru'})).toBe('"School \\"23\\"" <a@b.ru>')
  })

  it('dates the letter at the school', () => {
    expect(rfc5322Date(new Date('2026-11-20T02:00:00Z'), 'Asia/Vladivostok')).toBe(
      'Fri, 20 Nov 2026 12:00:00 +1000',
    )
    expect(rfc5322Date(new Date('2026-01-05T21:30:00Z'), 'Europe/Moscow')).toBe(
      'Tue, 6 Jan 2026 00:30:00 +0300',
    )
  })

  it('builds a message with CRLF lines under 78 characters and a base64 UTF-8 body', () => {
    const eml = buildEml(
      letterToParent({
        from: {name: 'Фролов Илья Викторович', email: 'frolov@school23.ru'},
        subject: 'Успеваемость: Иванова Мария',
        body: 'Здравствуйте!\nОтметки: 5, 4.\n',
      }),
    )
    expect(eml).not.toMatch(/[^\r]\n/)
    for (const line of eml.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78)
    const [head, body] = eml.split('\r\n\r\n') as [string, string]
    expect(head).toMatch(/^From: /)
    expect(head).toContain('\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n')
    expect(head).toContain('Content-Transfer-Encoding: base64')
    expect(head).toContain('X-Unsent: 1')
    const headers = Object.fromEntries(
      head
        .replace(/\r\n(?=[ \t])/g, '')
        .split('\r\n')
        .map((l) => [l.slice(0, l.indexOf(':')), decodeWords(l.slice(l.indexOf(':') + 2))]),
    )
    expect(headers).toMatchObject({
      From: 'Фролов Илья Викторович <frolov@school23.ru>',
      To: 'Иванова Ольга Ивановна <olga@mail.ru>',
      Subject: 'Успеваемость: Иванова Мария',
      Date: 'Fri, 20 Nov 2026 12:00:00 +1000',
      'Message-ID': '<1@school23.ru>',
    })
    expect(Buffer.from(body.replace(/\r\n/g, ''), 'base64').toString('utf8')).toBe(
      'Здравствуйте!\r\nОтметки: 5, 4.\r\n',
    )
  })
})

describe('letter template', () => {
  const progress: PupilProgress = {
    id: 1,
    pupil: 'Иванова Мария Петровна',
    class: '5А',
    classTeacher: {name: 'Фролов Илья Викторович', email: null},
    from: '2026-11-02',
    to: '2026-11-15',
    subjects: [
      {
        subject: 'Математика',
        marks: [
          {date: '2026-11-05', value: '5'},
          {date: '2026-11-10', value: '4'},
        ],
        mean: 4.5,
      },
      {subject: 'История', marks: [], mean: null},
    ],
    absences: {total: 3, excused: 2, illness: 2, unexcused: 1, late: 1},
    parents: [],
  }

  it('reads comments, the subject, headings, the marks table and paragraphs', () => {
    const t = parseTemplate(
      '\ufeff# комментарий\nТема: Письмо: {pupil}\n{school}\n## Письмо\n\n\nЗдравствуйте, {parent}!\n{marks}\nПропусков: {absences}\n\n',
    )
    expect(t.subject).toBe('Письмо: {pupil}')
    expect(t.lines).toEqual([
      {kind: 'text', text: '{school}'},
      {kind: 'heading', text: 'Письмо'},
      {kind: 'gap'},
      {kind: 'text', text: 'Здравствуйте, {parent}!'},
      {kind: 'marks'},
      {kind: 'text', text: 'Пропусков: {absences}'},
    ])
    const values = letterValues(progress, {school: 'Школа № 1', date: '2026-11-16', parent: 'Иванова Ольга'})
    expect(letterText(t, progress, values)).toBe(
      [
        'Школа № 1',
        'Письмо',
        '',
        'Здравствуйте, Иванова Ольга!',
        'Математика: 5 (05.11), 4 (10.11); средний балл 4,50',
        'История: отметок нет',
        'Пропусков: 3',
        '',
      ].join('\n'),
    )
  })
})
