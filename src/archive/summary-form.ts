// The summary sheet of final marks (сводная ведомость итоговых отметок) of one class: for each
// period of its grade, then the year, the exam and the final mark, a table of pupils × subjects;
// kept 25 years. The same as CSV (pupil × subject per row, the periods as columns) for Excel.
import {closeSync, openSync, writeSync} from 'node:fs'

import {formatRu} from '../calendar/dates.js'
import {toCsv} from '../cli/render.js'
import {type ClassYear} from './class-data.js'
import {type FormContext} from './journal-form.js'
import {CONTENT_WIDTH, PAGE, type Sheet} from './pdf.js'

const NAME_WIDTH = 200
/** The height of the signature lines, the seal and the note under the last table. */
const SIGNATURES = 150

function pupilLabel(p: ClassYear['pupils'][number]): string {
  return p.to ? `${p.name} (выб. ${formatRu(p.to)})` : p.name
}

/** Subjects with final marks, or assessed by the curriculum (grade 1 gets no marks, п. 3.2). */
export function summarySubjects(data: ClassYear): ClassYear['subjects'] {
  const assessed = new Set(data.sections.filter((s) => s.assessment !== 'none').map((s) => s.subjectId))
  const marked = new Set([...data.finals.keys()].map((k) => Number(k.split('|')[1])))
  return data.subjects.filter((s) => marked.has(s.id) || (data.cls.grade > 1 && assessed.has(s.id)))
}

export function layoutSummary(sheet: Sheet, data: ClassYear, context: FormContext): void {
  sheet.newPage(false)
  const center = (text: string, size: number, font = 'sans') => {
    sheet.line(text, PAGE.left, sheet.y, CONTENT_WIDTH, font, size, true)
    sheet.y += size * 1.7
  }
  center(data.school, 11)
  center('СВОДНАЯ ВЕДОМОСТЬ ИТОГОВЫХ ОТМЕТОК', 15, 'bold')
  center(`${data.cls.name} класс, ${data.year} учебный год`, 12)
  center(`Классный руководитель: ${data.cls.classTeacher ?? '—'}`, 10)
  sheet.y += 6

  const subjects = summarySubjects(data)
  const width = Math.min(48, (CONTENT_WIDTH - 18 - NAME_WIDTH) / Math.max(1, subjects.length))
  if (subjects.length === 0) {
    sheet.line(
      'Итоговых отметок нет: в классе они не выставляются.',
      PAGE.left,
      sheet.y,
      CONTENT_WIDTH,
      'sans',
      10,
    )
    sheet.y += 20
  }
  const periods = subjects.length ? data.periods : []
  for (const [n, period] of periods.entries()) {
    sheet.table(
      [
        {header: '№', width: 18, align: 'center'},
        {header: 'Фамилия, имя, отчество', width: NAME_WIDTH},
        ...subjects.map((s) => ({header: s.name, width, align: 'center' as const})),
      ],
      data.pupils.map((p, i) => [
        String(i + 1),
        pupilLabel(p),
        ...subjects.map((s) => data.finals.get(`${p.id}|${s.id}`)?.get(period.code) ?? ''),
      ]),
      {
        fontSize: 7.5,
        title: `Итоговые отметки: ${period.label}`,
        rotatedHeader: true,
        // The signatures are never alone on the last page: the last rows come with them.
        keepWithLast: n === periods.length - 1 ? SIGNATURES : 0,
      },
    )
  }

  sheet.ensure(SIGNATURES)
  sheet.y += 20
  const x = PAGE.left + 40
  for (const role of ['Классный руководитель', 'Заместитель директора по УВР', 'Директор']) {
    sheet.line(role, x, sheet.y, 220, 'sans', 11)
    sheet.line(
      '____________________  /  ______________________________  /',
      x + 230,
      sheet.y,
      450,
      'sans',
      11,
    )
    sheet.y += 30
  }
  sheet.line('М. П.', x, sheet.y, 100, 'bold', 11)
  sheet.y += 24
  sheet.line(
    `Распечатано ${context.printedOn} программой ${context.program} из электронного журнала; электронная копия — ${context.bundle}.`,
    x,
    sheet.y,
    CONTENT_WIDTH - 80,
    'sans',
    7,
  )
}

/** Pupil × subject per row, one column per period: UTF-8 with BOM and «;». */
export async function writeSummaryCsv(file: string, data: ClassYear): Promise<void> {
  const rows: string[][] = []
  const subjects = summarySubjects(data)
  data.pupils.forEach((p, i) => {
    for (const s of subjects) {
      const marks = data.finals.get(`${p.id}|${s.id}`)
      rows.push([
        String(i + 1),
        p.name,
        p.to ? formatRu(p.to) : '',
        data.cls.name,
        s.name,
        ...data.periods.map((per) => marks?.get(per.code) ?? ''),
      ])
    }
  })
  const csv = await toCsv(
    ['№', 'ФИО', 'Выбыл(а)', 'Класс', 'Предмет', ...data.periods.map((p) => p.label)],
    rows,
  )
  const fd = openSync(file, 'wx', 0o600)
  try {
    writeSync(fd, csv)
  } finally {
    closeSync(fd)
  }
}
