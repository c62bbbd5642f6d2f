// The class journal's print form for the archive (п. 6.9): title page, contents, the class list,
// each subject's journal — a marks grid per month (pupils × lesson dates, absences as «н»), the
// final marks and the lessons held (date, topic, type, homework) —, the attendance summary and the
// certification page for the director's signature and the seal. Every page «Лист N из M».
import {formatRu} from '../calendar/dates.js'
import {type ClassYear, type JournalSection} from './class-data.js'
import {CONTENT_WIDTH, type Column, numberInWords, PAGE, russianPlural, type Sheet} from './pdf.js'

export const LESSON_TYPES: Record<string, string> = {
  lesson: 'урок',
  control: 'контрольная работа',
  practical: 'практическая работа',
  laboratory: 'лабораторная работа',
  dictation: 'диктант',
  test: 'зачёт',
  independent: 'самостоятельная работа',
}

const MONTHS = [
  'Январь',
  'Февраль',
  'Март',
  'Апрель',
  'Май',
  'Июнь',
  'Июль',
  'Август',
  'Сентябрь',
  'Октябрь',
  'Ноябрь',
  'Декабрь',
]

const FONT = {grid: 7, table: 7.5}
const NUMBER_WIDTH = 18
const NAME_WIDTH = 150
const GRID_ROW = 11
const MIN_DATE_WIDTH = 15
const MAX_DATE_WIDTH = 26

export interface FormContext {
  program: string
  /** When the archive was made, for the title page. */
  printedOn: string
  bundle: string
}

export function sectionTitle(s: JournalSection): string {
  return s.subgroup ? `${s.subject} — ${s.subgroup}` : s.subject
}

const monthOf = (date: string) => date.slice(0, 7)
const monthTitle = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`

/** The months of the school year, September to its last month. */
function yearMonths(startsOn: string, endsOn: string): string[] {
  const months: string[] = []
  let y = Number(startsOn.slice(0, 4))
  let m = Number(startsOn.slice(5, 7))
  while (`${y}-${String(m).padStart(2, '0')}` <= endsOn.slice(0, 7)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`)
    if (++m > 12) {
      m = 1
      y++
    }
  }
  return months
}

export function layoutJournal(
  sheet: Sheet,
  counted: Sheet | null,
  data: ClassYear,
  context: FormContext,
): void {
  const names = new Map(data.pupils.map((p) => [p.id, p.name]))
  titlePage(sheet, data, context)
  contents(sheet, counted, data)

  sheet.newPage()
  sheet.mark('pupils')
  sheet.heading('Список обучающихся')
  const left = (p: ClassYear['pupils'][number]) =>
    p.to ? `${formatRu(p.to)}${p.reasonOut ? ` (${p.reasonOut})` : ''}` : ''
  sheet.table(
    [
      {header: '№', width: NUMBER_WIDTH, align: 'center'},
      {header: 'Фамилия, имя, отчество', width: 280},
      {header: 'Дата рождения', width: 90, align: 'center'},
      {header: 'В классе с', width: 90, align: 'center'},
      {header: 'Выбыл(а)', width: CONTENT_WIDTH - NUMBER_WIDTH - 460, wrap: true},
    ],
    data.pupils.map((p, i) => [
      String(i + 1),
      p.name,
      p.birthDate ? formatRu(p.birthDate) : '',
      formatRu(p.from),
      left(p),
    ]),
    {fontSize: FONT.table},
  )

  data.sections.forEach((s, index) => {
    sheet.newPage()
    sheet.mark(`section:${index}`)
    subjectJournal(sheet, data, s, names)
  })

  sheet.newPage()
  sheet.mark('attendance')
  attendance(sheet, data)

  sheet.newPage()
  sheet.mark('certification')
  certification(sheet, data, context)
}

function titlePage(sheet: Sheet, data: ClassYear, context: FormContext): void {
  sheet.newPage(false)
  const center = (text: string, size: number, font = 'sans', gap = 1.8) => {
    sheet.line(text, PAGE.left, sheet.y, CONTENT_WIDTH, font, size, true)
    sheet.y += size * gap
  }
  sheet.y = 90
  center(data.school, 14)
  sheet.y += 40
  center('КЛАССНЫЙ ЖУРНАЛ', 28, 'bold')
  sheet.y += 10
  center(`${data.cls.name} класс`, 20, 'bold')
  center(`${data.year} учебный год`, 16)
  sheet.y += 20
  center(`Классный руководитель: ${data.cls.classTeacher ?? '—'}`, 13)
  if (data.cls.profile) center(`Профиль: ${data.cls.profile}`, 13)
  center(`Учебный год: ${formatRu(data.startsOn)} — ${formatRu(data.endsOn)}`, 11)
  sheet.y = PAGE.height - 110
  center('Архивный экземпляр электронного классного журнала (п. 6.9 Положения об электронном журнале).', 9)
  center(
    `Распечатан ${context.printedOn} программой ${context.program}; электронная копия: ${context.bundle}.`,
    9,
  )
  center(`Всего листов: ${sheet.total ?? '?'}.`, 9)
}

function contents(sheet: Sheet, counted: Sheet | null, data: ClassYear): void {
  sheet.newPage()
  sheet.heading('Содержание')
  const page = (name: string) => (counted ? String(counted.starts.get(name) ?? '') : '')
  const rows: string[][] = [
    ['Список обучающихся', page('pupils')],
    ...data.sections.map((s, i) => [sectionTitle(s), page(`section:${i}`)]),
    ['Сводная ведомость посещаемости', page('attendance')],
    ['Лист заверения', page('certification')],
  ]
  sheet.table(
    [
      {header: '№', width: NUMBER_WIDTH, align: 'center'},
      {header: 'Раздел', width: 500},
      {header: 'Лист', width: 60, align: 'center'},
    ],
    rows.map((r, i) => [String(i + 1), ...r]),
    {fontSize: FONT.table + 1},
  )
}

function subjectJournal(sheet: Sheet, data: ClassYear, s: JournalSection, names: Map<number, string>): void {
  sheet.heading(`${data.cls.name} · ${sectionTitle(s)}`, 12)
  const facts = [
    s.teachers.length ? `Учитель: ${s.teachers.join(', ')}` : null,
    s.hoursPerWeek ? `часов в неделю: ${String(s.hoursPerWeek).replace('.', ',')}` : null,
    `уроков проведено: ${s.lessons.length}`,
    s.assessment === 'pass_fail'
      ? 'оценивание: зачёт/незачёт'
      : s.assessment === 'none'
        ? 'без отметок'
        : null,
  ].filter(Boolean)
  sheet.line(facts.join('; '), PAGE.left, sheet.y, CONTENT_WIDTH, 'sans', 9)
  sheet.y += 16

  const pupils = s.pupils.map((id, i) => ({id, n: i + 1, name: names.get(id) ?? `#${id}`}))
  const maxDates = Math.floor((CONTENT_WIDTH - NUMBER_WIDTH - NAME_WIDTH) / MIN_DATE_WIDTH)
  const months = [...new Set(s.lessons.map((l) => monthOf(l.date)))]
  for (const month of months) {
    const lessons = s.lessons.filter((l) => monthOf(l.date) === month)
    const parts = Math.ceil(lessons.length / maxDates)
    for (let part = 0; part < parts; part++) {
      const chunk = lessons.slice(part * maxDates, (part + 1) * maxDates)
      const width = Math.min(MAX_DATE_WIDTH, (CONTENT_WIDTH - NUMBER_WIDTH - NAME_WIDTH) / chunk.length)
      const columns: Column[] = [
        {header: '№', width: NUMBER_WIDTH, align: 'center'},
        {header: 'Фамилия, имя', width: NAME_WIDTH},
        ...chunk.map((l) => ({header: l.date.slice(8, 10), width, align: 'center' as const})),
      ]
      sheet.table(
        columns,
        pupils.map((p) => [String(p.n), p.name, ...chunk.map((l) => s.cells.get(l.id)?.get(p.id) ?? '')]),
        {
          fontSize: FONT.grid,
          minRowHeight: GRID_ROW,
          keepTogether: true,
          title: `${sectionTitle(s)}: ${monthTitle(month)}${parts > 1 ? ` (часть ${part + 1})` : ''}`,
        },
      )
    }
  }
  if (s.lessons.length === 0) {
    sheet.line('Уроков не записано.', PAGE.left, sheet.y, CONTENT_WIDTH, 'sans', 9)
    sheet.y += 18
  }

  const periods = data.periods
  const periodWidth = Math.min(70, (CONTENT_WIDTH - NUMBER_WIDTH - 220) / Math.max(1, periods.length))
  sheet.table(
    [
      {header: '№', width: NUMBER_WIDTH, align: 'center'},
      {header: 'Фамилия, имя', width: 220},
      ...periods.map((p) => ({header: p.label, width: periodWidth, align: 'center' as const})),
    ],
    pupils.map((p) => [
      String(p.n),
      p.name,
      ...periods.map((per) => data.finals.get(`${p.id}|${s.subjectId}`)?.get(per.code) ?? ''),
    ]),
    {fontSize: FONT.table, title: `${sectionTitle(s)}: итоговые отметки`},
  )

  if (s.lessons.length > 0)
    sheet.table(
      [
        {header: 'Дата', width: 48, align: 'center'},
        {header: 'Урок', width: 26, align: 'center'},
        {header: 'Тема урока', width: 280, wrap: true},
        {header: 'Тип', width: 88, wrap: true},
        {header: 'Домашнее задание', width: 230, wrap: true},
        {header: 'Замена', width: CONTENT_WIDTH - 672, wrap: true},
      ],
      s.lessons.map((l) => [
        formatRu(l.date),
        String(l.lessonNo),
        l.topic ?? '',
        LESSON_TYPES[l.lessonType] ?? l.lessonType,
        l.homework ?? '',
        l.substitution ? l.teacher : '',
      ]),
      {fontSize: FONT.table, title: `${sectionTitle(s)}: проведённые уроки`},
    )
}

const blank = (n: number) => (n ? String(n) : '')

function attendance(sheet: Sheet, data: ClassYear): void {
  sheet.heading('Сводная ведомость посещаемости (пропущено уроков)')
  const months = yearMonths(data.startsOn, data.endsOn)
  const monthWidth = Math.min(42, (CONTENT_WIDTH - NUMBER_WIDTH - 200 - 190) / months.length)
  const rows = data.pupils.map((p, i) => {
    const list = data.absences.get(p.id) ?? []
    const missed = list.filter((a) => a.reason !== 'о')
    return [
      String(i + 1),
      p.name,
      ...months.map((m) => {
        const n = missed.filter((a) => monthOf(a.date) === m).length
        return n ? String(n) : ''
      }),
      String(missed.length),
      blank(missed.filter((a) => a.reason === 'у' || a.reason === 'б').length),
      blank(list.length - missed.length),
    ]
  })
  sheet.table(
    [
      {header: '№', width: NUMBER_WIDTH, align: 'center'},
      {header: 'Фамилия, имя, отчество', width: 200},
      ...months.map((m) => ({
        header: MONTHS[Number(m.slice(5, 7)) - 1]!.slice(0, 3),
        width: monthWidth,
        align: 'center' as const,
      })),
      {header: 'Всего', width: 50, align: 'center'},
      {header: 'из них по уважительной причине', width: 80, align: 'center'},
      {header: 'Опозданий', width: 60, align: 'center'},
    ],
    rows,
    {fontSize: FONT.table},
  )
  sheet.line(
    'н — пропуск без уважительной причины; у — по уважительной причине; б — по болезни (в сетке отметок все пропуски — «н», опоздание — «оп»).',
    PAGE.left,
    sheet.y,
    CONTENT_WIDTH,
    'sans',
    7,
  )
  sheet.y += 12
}

function certification(sheet: Sheet, data: ClassYear, context: FormContext): void {
  const total = sheet.total
  sheet.y = 80
  sheet.line('ЛИСТ ЗАВЕРЕНИЯ', PAGE.left, sheet.y, CONTENT_WIDTH, 'bold', 16, true)
  sheet.y += 50
  const count =
    total === null
      ? '… листов'
      : `${total} (${numberInWords(total)}) ${russianPlural(total, ['лист', 'листа', 'листов'])}`
  const x = PAGE.left + 60
  const width = CONTENT_WIDTH - 120
  sheet.paragraph(
    `В журнале пронумеровано, прошнуровано и скреплено печатью ${count}.`,
    x,
    width,
    'sans',
    13,
    14,
  )
  sheet.paragraph(
    `Классный журнал ${data.cls.name} класса, ${data.year} учебный год. ${data.school}.`,
    x,
    width,
    'sans',
    11,
    10,
  )
  sheet.paragraph(
    `Распечатка соответствует электронному классному журналу (п. 7.1 Положения); электронная копия — ${context.bundle}.`,
    x,
    width,
    'sans',
    11,
    40,
  )
  const signature = (role: string) => {
    sheet.line(role, x, sheet.y, 250, 'sans', 12)
    sheet.line(
      '____________________  /  ______________________________  /',
      x + 260,
      sheet.y,
      width - 260,
      'sans',
      12,
    )
    sheet.y += 16
    sheet.line('(подпись)', x + 290, sheet.y, 100, 'sans', 7)
    sheet.line('(расшифровка подписи)', x + 440, sheet.y, 200, 'sans', 7)
    sheet.y += 36
  }
  signature('Ответственный за работу в системе')
  signature('Директор')
  sheet.line('М. П.', x, sheet.y, 100, 'bold', 12)
  sheet.line('«____» ________________ 20____ г.', x + 260, sheet.y, 300, 'sans', 12)
}
