// The absence figures say what includes what (issue 19, part 5): lessons missed, of them for a
// reason, including illness; without reason — the same words in the period and the pupil reports,
// as text, CSV, HTML and PDF.
import {execFileSync} from 'node:child_process'
import {mkdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

import {run, tempDir} from '../helpers/cli.js'
import {writeCsv} from '../helpers/files.js'
import {openMathClass} from '../helpers/school.js'

const RU = {LANG: 'ru_RU.UTF-8', LC_ALL: undefined, EJOURNAL_NOW: '2026-11-20T02:00:00Z'}
const EN = {...RU, LANG: 'en_US.UTF-8'}
const GROMOVA = 'Громова Анна Александровна'

let dir: string
let ws: string

async function ok(args: string[], env: Record<string, string | undefined> = RU) {
  const r = await run([...args, '-w', ws], env)
  expect(r.code, r.stderr + r.stdout).toBe(0)
  return r
}

// Антонов Иван missed 4 lessons of the first quarter: 2 for illness (б), 1 for another reason
// (у), 1 without reason (н); and was late once (о), which is no lesson missed.
beforeAll(async () => {
  dir = tempDir('ejournal-feel-absences-')
  ws = join(dir, 'school')
  await openMathClass(dir, (args) => ok(args), ['Антонов;Иван;;01.02.2015;5А'])
  const journal = join(dir, 'journal')
  mkdirSync(journal)
  const days = ['05', '06', '07', '08', '09']
  writeCsv(journal, 'lessons.csv', [
    'Дата;Урок;Класс;Предмет;Учитель;Тема',
    ...days.map((d) => `${d}.10.2026;1;5А;Математика;${GROMOVA};Дроби`),
  ])
  writeCsv(journal, 'absences.csv', [
    'Дата;Урок;Класс;Предмет;Ученик;Причина;Внесено',
    ...['б', 'б', 'у', 'н', 'о'].map(
      (r, i) => `${days[i]}.10.2026;1;5А;Математика;Антонов Иван;${r};${days[i]}.10.2026 15:00`,
    ),
  ])
  writeCsv(journal, 'final_marks.csv', [
    'Ученик;Класс;Предмет;Период;Отметка;Внесено',
    'Антонов Иван;5А;Математика;1 четверть;4;26.10.2026 10:00',
  ])
  await ok(['import', 'journal', journal])
})

const HEADERS = [
  'Пропущено уроков, всего',
  'из них по уважительной причине',
  'в том числе по болезни',
  'без уважительной причины',
  'Опозданий',
]

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], {encoding: 'utf8'})

describe('absence figures', () => {
  it('report period: the columns say that illness is part of the absences for a reason', async () => {
    const text = (await ok(['report', 'period', '--period', '1 четверть'])).stdout
    const row = text.split('\n').find((l) => l.includes('Антонов Иван') && l.includes('4'))!
    expect(row.split('│').map((c) => c.trim())).toEqual(['', 'Антонов Иван', '4', '3', '2', '1', '1', ''])
    const header = text.split('\n').find((l) => l.includes('Пропущено уроков'))!
    expect(header.split('│').map((c) => c.trim())).toEqual(['', 'Ученик', ...HEADERS, ''])

    const csv = (await ok(['report', 'period', '--period', '1 четверть', '--format', 'csv'])).stdout
    expect(csv).toContain(`Класс;Ученик;${HEADERS.join(';')}\r\n5А;Антонов Иван;4;3;2;1;1\r\n`)

    const html = join(dir, 'period.html')
    await ok(['report', 'period', '--period', '1 четверть', '--format', 'html', '-o', html])
    for (const h of HEADERS) expect(readFileSync(html, 'utf8')).toContain(`<th>${h}</th>`)

    const pdf = join(dir, 'period.pdf')
    await ok(['report', 'period', '--period', '1 четверть', '--format', 'pdf', '-o', pdf])
    // Only whole short words: the PDF's narrow columns still break long ones (issue 19, part 4).
    const words = pdfText(pdf).split(/\s+/)
    for (const word of ['всего', 'них', 'числе', 'болезни']) expect(words).toContain(word)

    const en = (await ok(['report', 'period', '--period', '1 четверть', '--format', 'csv'], EN)).stdout
    expect(en).toContain(
      'Class;Pupil;Lessons missed, all;of them for a reason;including illness;without reason;Late\r\n5А;Антонов Иван;4;3;2;1;1\r\n',
    )
  })

  it('report pupil: the same words in one sentence', async () => {
    const args = ['report', 'pupil', 'Антонов Иван', '--from', '01.10.2026', '--to', '31.10.2026']
    expect((await ok(args)).stdout).toContain(
      '\nПропущено уроков: 4, из них по уважительной причине 3 (в том числе по болезни 2) и без уважительной причины 1; опозданий: 1.\n',
    )
    expect((await ok(args, EN)).stdout).toContain(
      '\nLessons missed: 4, of them for a reason 3 (including illness 2) and without reason 1; late: 1.\n',
    )
    const pdf = join(dir, 'pupil.pdf')
    await ok([...args, '--format', 'pdf', '-o', pdf])
    expect(pdfText(pdf).replace(/\s+/g, ' ')).toContain(
      'Пропущено уроков: 4, из них по уважительной причине 3 (в том числе по болезни 2) и без уважительной причины 1; опозданий: 1.',
    )
  })
})
