// The year-end archive on a small school built with the real import commands: year close with
// its list of missing year marks, archive create (print forms read back with pdftotext, the
// electronic archive, the bundles), verify against changed bytes and a forged manifest, the
// freeze enforced by the database itself, and the importer's clear refusal.
import Database from 'better-sqlite3'
import {execFileSync} from 'node:child_process'
import {chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import {pipeline} from 'node:stream/promises'
import {createGzip} from 'node:zlib'
import {createHash} from 'node:crypto'
import {createWriteStream} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'

import {tarStream} from '../../src/archive/tar.js'
import {DATA, run, tempDir} from '../helpers/cli.js'
import {writeCsv} from '../helpers/files.js'

const AUGUST = {LANG: 'en_US.UTF-8', LC_ALL: undefined, EJOURNAL_NOW: '2026-08-30T02:00:00Z'}
const EN = {...AUGUST, EJOURNAL_NOW: '2027-06-10T02:00:00Z'}
const RU = {...EN, LANG: 'ru_RU.UTF-8'}

let ws: string
let dir: string

async function ok(args: string[], env: Record<string, string | undefined> = EN) {
  const r = await run([...args, '-w', ws], env)
  expect(r.code, r.stderr + r.stdout).toBe(0)
  return r
}

function sql<T>(text: string): T[] {
  const db = new Database(join(ws, 'ejournal.sqlite'), {readonly: true})
  try {
    return db.prepare(text).all() as T[]
  } finally {
    db.close()
  }
}

const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], {encoding: 'utf8'})
const mode = (path: string) => statSync(path).mode & 0o777
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

function extract(bundle: string): string {
  const to = tempDir('ejournal-archive-x-')
  execFileSync('tar', ['xzf', bundle, '-C', to])
  return join(to, readdirSync(to)[0]!)
}

const LESSONS =
  'Дата;Урок;Класс;Подгруппа;Предмет;Учитель;Замена;Тема;Тип;Домашнее задание;Тема внесена;ДЗ внесено;Посещаемость внесена'
const T = 'Фролов Илья Викторович'

beforeAll(async () => {
  dir = tempDir()
  ws = join(dir, 'school')
  await run(
    ['init', '-w', ws, '--school-name', 'МБОУ СОШ № 23', '--timezone', 'Asia/Vladivostok', '--yes'],
    AUGUST,
  )
  await ok(['year', 'open', '2026/2027'], AUGUST)
  await ok(['import', 'staff', join(DATA, 'staff.csv')], AUGUST)
  await ok(
    [
      'import',
      'curriculum',
      writeCsv(dir, 'cur.csv', [
        'Параллель или класс;Предмет;Часов в неделю;Деление на подгруппы;Оценивание',
        '5;Математика;5;нет;отметки',
        '5;Английский язык;3;да;отметки',
        '5;ОДНКНР;1;нет;зачёт',
        '5;Музыка;1;нет;без оценивания',
        '6;Математика;5;нет;отметки',
      ]),
    ],
    AUGUST,
  )
  await ok(
    [
      'import',
      'classes',
      writeCsv(dir, 'cls.csv', ['Класс;Классный руководитель', `5А;${T}`, '6А;Тихонов Илья Сергеевич']),
    ],
    AUGUST,
  )
  await ok(
    [
      'import',
      'pupils',
      writeCsv(dir, 'p.csv', [
        'Фамилия;Имя;Отчество;Дата рождения;Класс;Внешний ID',
        'Иванова;Мария;Петровна;12.03.2015;5А;P-1',
        'Петров;Олег;;05.05.2015;5А;P-2',
        'Кузнецов;Иван;Ильич;01.02.2014;6А;P-3',
      ]),
    ],
    AUGUST,
  )
  await ok(['subgroups', 'assign', '--class', '5А', '--by', 'alphabet', '--groups', '2', '--yes'], AUGUST)
  await ok(
    [
      'import',
      'assignments',
      writeCsv(dir, 'a.csv', [
        'Класс;Подгруппа;Предмет;Учитель',
        `5А;;Математика;${T}`,
        '5А;Английский язык, гр. 1;Английский язык;Громова Анна Александровна',
        '5А;Английский язык, гр. 2;Английский язык;Карпова Екатерина Юрьевна',
        '6А;;Математика;Ефимов Глеб Алексеевич',
      ]),
    ],
    AUGUST,
  )
  const j = join(dir, 'journal')
  mkdirSync(j)
  writeCsv(j, 'lessons.csv', [
    LESSONS,
    `14.09.2026;3;5А;;Математика;${T};нет;Натуральные числа;урок;№ 12, 14;14.09.2026 15:00;14.09.2026 15:00;14.09.2026 09:00`,
    `14.10.2026;3;5А;;Математика;${T};нет;Сложение дробей;урок;№ 245;14.10.2026 15:00;14.10.2026 15:00;14.10.2026 09:00`,
    '15.10.2026;2;5А;;Математика;Тихонов Илья Сергеевич;да;Контрольная работа № 2;контрольная работа;;15.10.2026 15:00;;15.10.2026 09:00',
    '16.10.2026;1;5А;Английский язык, гр. 1;Английский язык;Громова Анна Александровна;нет;Present Simple;урок;Ex. 5 p. 12;16.10.2026 15:00;16.10.2026 15:00;16.10.2026 09:00',
    '16.10.2026;4;6А;;Математика;Ефимов Глеб Алексеевич;нет;Десятичные дроби;урок;№ 101;16.10.2026 15:00;16.10.2026 15:00;16.10.2026 09:00',
  ])
  writeCsv(j, 'marks.csv', [
    'Дата;Урок;Класс;Предмет;Ученик;Отметка;Внесено',
    '14.10.2026;3;5А;Математика;Иванова Мария;5;14.10.2026 16:00',
    '15.10.2026;2;5А;Математика;P-2;3;16.10.2026 09:00',
    '16.10.2026;4;6А;Математика;Кузнецов Иван;4;16.10.2026 16:00',
  ])
  writeCsv(j, 'absences.csv', [
    'Дата;Урок;Класс;Предмет;Ученик;Причина;Внесено',
    '14.10.2026;3;5А;Математика;Петров Олег;б;14.10.2026 15:00',
  ])
  writeCsv(j, 'final_marks.csv', [
    'Ученик;Класс;Предмет;Период;Отметка;Внесено',
    'Иванова Мария Петровна;5А;Математика;1 четверть;5;27.10.2026 10:00',
    'Иванова Мария Петровна;5А;Математика;год;5;28.05.2027 10:00',
    'Петров Олег;5А;Математика;год;3;28.05.2027 10:00',
    'Иванова Мария Петровна;5А;ОДНКНР;год;зач;28.05.2027 10:00',
  ])
  writeCsv(j, 'thematic_plans.csv', [
    'Класс;Предмет;№ темы;Тема;Часов;Создано',
    '5А;Математика;1;Натуральные числа;20;05.09.2026 10:00',
  ])
  await ok(['import', 'journal', j])
})

describe('year close', () => {
  it('refuses while year marks are missing and lists them; --force closes and says so in the audit log', async () => {
    const refused = await run(['year', 'close', '2026/2027', '-w', ws], RU)
    expect(refused.code).toBe(1)
    expect(refused.stdout).toContain('Учебный год 2026/2027 не закрыт: не выставлено 4 годовые отметки')
    // One line per pupil; Музыка is not assessed; Математика of 5А is there.
    expect(refused.stdout).toContain('5А · Иванова Мария Петровна: Английский язык')
    expect(refused.stdout).toContain('5А · Петров Олег: Английский язык, ОДНКНР')
    expect(refused.stdout).toContain('6А · Кузнецов Иван Ильич: Математика')
    expect(refused.stdout).not.toContain('Музыка')
    expect(refused.stdout).toContain('ejournal year close 2026/2027 --force')
    const json = JSON.parse((await run(['year', 'close', '2026/2027', '--json', '-w', ws], EN)).stdout)
    expect(json).toMatchObject({year: '2026/2027', closed: false, forced: false})
    expect(json.missing).toContainEqual({pupil: 'Петров Олег', class: '5А', subject: 'ОДНКНР'})
    expect(sql('SELECT status FROM academic_year')).toEqual([{status: 'open'}])

    const dry = await ok(['year', 'close', '2026/2027', '--force', '--dry-run'])
    expect(dry.stdout).toContain('would be closed with --force; 4 year marks are missing')
    expect(sql('SELECT status FROM academic_year')).toEqual([{status: 'open'}])

    const forced = await ok(['year', 'close', '2026/2027', '--force'])
    expect(forced.stdout).toContain('closed with --force although 4 year marks are missing')
    expect(sql('SELECT status FROM academic_year')).toEqual([{status: 'closed'}])
    expect(sql("SELECT object, outcome, arguments FROM audit_log WHERE action = 'year.close'")).toEqual([
      {
        object: '2026/2027',
        outcome: 'closed with --force; 4 year marks missing',
        arguments: JSON.stringify(['2026/2027', '--force', '-w', ws]),
      },
    ])
    expect((await ok(['year', 'close', '2026/2027'])).stdout).toContain('already closed')
    // п. 6.9: a closed year not archived a month after its end is a finding of `check`.
    const rule = ['check', '--rule', 'previous-year-archived', '--as-of', '2027-07-01', '--json']
    const findings = JSON.parse((await run([...rule, '-w', ws], EN)).stdout).findings
    expect(findings.map((f: {rule: string}) => f.rule)).toEqual(['previous-year-archived'])
    const plan = await ok(['archive', 'create', '2026/2027', '--dry-run'])
    expect(plan.stdout).toContain('Would archive 2026/2027: 2 classes, into:')
    expect(plan.stdout).toContain('ejournal-2026-2027-summaries.tar.gz (keep until 31.12.2052)')
    expect(readdirSync(join(ws, 'archives'))).toEqual([])
    // A closed year takes no more imports.
    const late = await run(['import', 'journal', join(dir, 'journal'), '-w', ws, '--year', '2026/2027'], EN)
    expect(late.code).toBe(1)
  })
})

describe('archive create', () => {
  let result: {
    year: string
    bundles: Array<{kind: string; file: string; sha256: string; retainUntil: string}>
    classes: number
    pages: number
  }
  let journals: string
  let summaries: string

  beforeAll(async () => {
    const r = await ok(['archive', 'create', '2026/2027', '--json'])
    result = JSON.parse(r.stdout)
    journals = result.bundles.find((b) => b.kind === 'journals')!.file
    summaries = result.bundles.find((b) => b.kind === 'summaries')!.file
  })

  it('makes two bundles with their .sha256, private and read-only, and freezes the year', () => {
    expect(Object.keys(result)).toEqual(['year', 'bundles', 'classes', 'pages'])
    expect(result).toMatchObject({year: '2026/2027', classes: 2})
    expect(result.bundles.map((b) => [b.kind, b.retainUntil])).toEqual([
      ['journals', '2032-12-31'],
      ['summaries', '2052-12-31'],
    ])
    expect(journals).toBe(join(ws, 'archives', 'ejournal-2026-2027-journals.tar.gz'))
    for (const b of result.bundles) {
      expect(mode(b.file)).toBe(0o400)
      expect(mode(b.file + '.sha256')).toBe(0o400)
      expect(readFileSync(b.file + '.sha256', 'utf8')).toBe(`${b.sha256}  ${b.file.split('/').at(-1)}\n`)
      expect(sha256(b.file)).toBe(b.sha256)
      execFileSync('sha256sum', ['-c', b.file + '.sha256'], {cwd: join(ws, 'archives')})
    }
    expect(readdirSync(join(ws, 'archives')).sort()).toEqual([
      'ejournal-2026-2027-journals.tar.gz',
      'ejournal-2026-2027-journals.tar.gz.sha256',
      'ejournal-2026-2027-print',
      'ejournal-2026-2027-summaries.tar.gz',
      'ejournal-2026-2027-summaries.tar.gz.sha256',
    ])
    expect(sql('SELECT status FROM academic_year')).toEqual([{status: 'archived'}])
    expect(sql("SELECT object FROM audit_log WHERE action = 'archive.create'")).toEqual([
      {object: '2026/2027'},
    ])
  })

  it('satisfies the check’s previous-year-archived rule', async () => {
    const rule = ['check', '--rule', 'previous-year-archived', '--as-of', '2027-07-01', '--json']
    expect(JSON.parse((await run([...rule, '-w', ws], EN)).stdout).findings).toEqual([])
  })

  it('prints the class journal: pupils, topics, marks as in the journal, absences as н, every page numbered', () => {
    const root = extract(journals)
    expect(readdirSync(join(root, 'journals')).sort()).toEqual([
      '5А-классный-журнал.pdf',
      '6А-классный-журнал.pdf',
    ])
    const text = pdfText(join(root, 'journals', '5А-классный-журнал.pdf'))
    const pages = text.split('\f').filter((p) => p.trim())
    const n = pages.length
    pages.forEach((page, i) => expect(page).toContain(`Лист ${i + 1} из ${n}`))
    expect(text).toContain('КЛАССНЫЙ ЖУРНАЛ')
    expect(text).toContain('МБОУ СОШ № 23')
    expect(text).toContain(`Классный руководитель: ${T}`)
    for (const s of [
      'Иванова Мария Петровна',
      'Петров Олег',
      'Натуральные числа',
      'Сложение дробей',
      '№ 245',
    ])
      expect(text).toContain(s)
    expect(text).toContain('контрольная работа')
    expect(text).toContain('Тихонов Илья Сергеевич') // the substitution
    expect(text).toContain('Английский язык — Английский язык, гр. 1')
    expect(text).toContain('Present Simple')
    // October's grid: Иванова 5 on the 14th; Петров absent (н) on the 14th, 3 on the 15th.
    expect(text).toMatch(/Математика: Октябрь 2026[\s\S]*?14\s+15[\s\S]*?Иванова Мария Петровна\s+5\s/)
    expect(text).toMatch(/Петров Олег\s+н\s+3/)
    expect(text).toMatch(/итоговые отметки[\s\S]*?Иванова Мария Петровна\s+5\s+5/)
    expect(text).toContain('Сводная ведомость посещаемости')
    expect(text).toContain(`В журнале пронумеровано, прошнуровано и скреплено печатью ${n} (`)
    expect(pages.at(-1)).toContain('Директор')
    expect(text).not.toContain('Кузнецов') // another class
  })

  it('prints the summary sheet of final marks as PDF and CSV', () => {
    const root = extract(summaries)
    expect(readdirSync(join(root, 'summaries')).sort()).toEqual([
      '5А-сводная-ведомость.csv',
      '5А-сводная-ведомость.pdf',
      '6А-сводная-ведомость.csv',
      '6А-сводная-ведомость.pdf',
    ])
    const text = pdfText(join(root, 'summaries', '5А-сводная-ведомость.pdf'))
    expect(text).toContain('СВОДНАЯ ВЕДОМОСТЬ ИТОГОВЫХ ОТМЕТОК')
    expect(text).toContain('Итоговые отметки: Год')
    expect(text).toMatch(/Лист 1 из \d/)
    const csv = readFileSync(join(root, 'summaries', '5А-сводная-ведомость.csv'), 'utf8')
    expect(
      csv.startsWith(
        '\ufeff№;ФИО;Выбыл(а);Класс;Предмет;1 четверть;2 четверть;3 четверть;4 четверть;Год\r\n',
      ),
    ).toBe(true)
    expect(csv).toContain('1;Иванова Мария Петровна;;5А;Математика;5;;;;5\r\n')
    expect(csv).toContain('1;Иванова Мария Петровна;;5А;ОДНКНР;;;;;зач\r\n')
    expect(csv).not.toContain('Музыка')
  })

  it('holds the year’s database and a CSV of each of its tables, no accounts or logs, as the manifest says', () => {
    const root = extract(journals)
    const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'))
    expect(manifest).toMatchObject({
      type: 'ejournal-archive',
      bundle: 'journals',
      school: 'МБОУ СОШ № 23',
      year: '2026/2027',
      classes: ['5А', '6А'],
      database: 'data/ejournal-2026-2027.sqlite',
      retention: {years: 5, retainUntil: '2032-12-31'},
    })
    expect(manifest.signature).toMatch(/^[A-Za-z0-9+/=]{80,}$/)
    const db = new Database(join(root, 'data', 'ejournal-2026-2027.sqlite'), {readonly: true})
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[]
    expect(tables).not.toContain('audit_log')
    expect(tables).not.toContain('import_log')
    expect(tables).toContain('lesson')
    expect(db.prepare('SELECT count(*) FROM lesson').pluck().get()).toBe(5)
    expect(db.prepare('SELECT count(*) FROM pupil').pluck().get()).toBe(3)
    // Only the staff the year names.
    expect(db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(5)
    db.close()
    expect(manifest.rows.lesson).toBe(5)
    expect(manifest.rows.mark).toBe(3)
    expect(readdirSync(join(root, 'data', 'csv')).sort()).toEqual(tables.map((t) => `${t}.csv`))
    const lessons = readFileSync(join(root, 'data', 'csv', 'lesson.csv'), 'utf8')
    expect(lessons.split('\r\n')[0]).toBe(
      '\ufeffid;class_id;subgroup_id;subject_id;teacher_id;planned_teacher_id;substitution;date;lesson_no;topic;lesson_type;homework;topic_entered_at;homework_entered_at;attendance_entered_at',
    )
    expect(lessons).toContain(';Сложение дробей;lesson;№ 245;')
    const paths = manifest.files.map((f: {path: string}) => f.path)
    expect(paths).toContain('journals/5А-классный-журнал.pdf')
    expect(paths).toContain('data/csv/mark.csv')
    for (const f of manifest.files) expect(sha256(join(root, f.path)), f.path).toBe(f.sha256)
  })

  it('is made once: a second run is refused and changes nothing', async () => {
    const before = result.bundles.map((b) => sha256(b.file))
    const again = await run(['archive', 'create', '2026/2027', '-w', ws], RU)
    expect(again.code).toBe(1)
    expect(again.stderr).toContain(
      'Учебный год 2026/2027 уже архивирован 10.06.2027; архив делается один раз.',
    )
    expect(result.bundles.map((b) => sha256(b.file))).toEqual(before)
  })

  it('lists the bundles with the day after which each may be destroyed', async () => {
    const list = await ok(['archive', 'list'])
    expect(list.stdout).toMatch(/2026\/2027 .*class journals .*10\.06\.2027 12:00 .*31\.12\.2032/)
    expect(list.stdout).toMatch(/summary sheets of final marks .*31\.12\.2052/)
    const json = JSON.parse((await ok(['archive', 'list', '--json'])).stdout)
    expect(
      json.map((a: {kind: string; state: string; mayBeDestroyed: boolean}) => [
        a.kind,
        a.state,
        a.mayBeDestroyed,
      ]),
    ).toEqual([
      ['journals', 'present', false],
      ['summaries', 'present', false],
    ])
    const later = JSON.parse(
      (await ok(['archive', 'list', '--json'], {...EN, EJOURNAL_NOW: '2033-01-05T02:00:00Z'})).stdout,
    )
    expect(later.map((a: {mayBeDestroyed: boolean}) => a.mayBeDestroyed)).toEqual([true, false])
  })

  it('verifies both bundles, and catches a changed byte in each and a forged manifest', async () => {
    const good = await ok(['archive', 'verify', '2026/2027'])
    expect(good.stdout).toContain('ejournal-2026-2027-journals.tar.gz: intact')
    expect(good.stdout).toContain('ejournal-2026-2027-summaries.tar.gz: intact')

    for (const b of result.bundles) {
      const copy = join(tempDir(), b.file.split('/').at(-1)!)
      const bytes = readFileSync(b.file)
      const middle = Math.floor(bytes.length / 2)
      bytes[middle] = bytes[middle]! ^ 0x01
      writeFileSync(copy, bytes)
      writeFileSync(copy + '.sha256', readFileSync(b.file + '.sha256'))
      const r = await run(['archive', 'verify', copy, '--json', '-w', ws], EN)
      expect(r.code, b.kind).toBe(1)
      const problems = JSON.parse(r.stdout).results[0].problems.map((p: {code: string}) => p.code)
      expect(problems, b.kind).toContain('sha256Mismatch')
    }

    // A forged bundle: a mark changed in the CSV, its hash put into the manifest and the
    // .sha256 made anew — only the signature can tell.
    const root = extract(summaries)
    const csvPath = join(root, 'summaries', '5А-сводная-ведомость.csv')
    chmodSync(csvPath, 0o644)
    writeFileSync(csvPath, readFileSync(csvPath, 'utf8').replace('Математика;5;;;;5', 'Математика;5;;;;4'))
    const manifestPath = join(root, 'manifest.json')
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
    const entry = manifest.files.find((f: {path: string}) => f.path === 'summaries/5А-сводная-ведомость.csv')
    entry.sha256 = sha256(csvPath)
    entry.bytes = statSync(csvPath).size
    chmodSync(manifestPath, 0o644)
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n')
    const forged = join(tempDir(), 'ejournal-2026-2027-summaries.tar.gz')
    const names = ['manifest.json', ...manifest.files.map((f: {path: string}) => f.path)]
    await pipeline(
      Readable.from(
        tarStream(
          names.map((name) => ({
            name: `ejournal-2026-2027-summaries/${name}`,
            path: join(root, name),
            bytes: statSync(join(root, name)).size,
          })),
          0,
        ),
      ),
      createGzip(),
      createWriteStream(forged),
    )
    writeFileSync(forged + '.sha256', `${sha256(forged)}  ejournal-2026-2027-summaries.tar.gz\n`)
    const r = await run(['archive', 'verify', forged, '--lang', 'ru', '-w', ws], EN)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('подпись манифеста не подходит к ключу этой рабочей папки')
  })
})

describe('an archived year', () => {
  it('cannot be changed at the SQL level: inserts, updates and deletes are refused by triggers', () => {
    const db = new Database(join(ws, 'ejournal.sqlite'))
    try {
      const refused = (statement: string) =>
        expect(() => db.exec(statement), statement).toThrow(/archived year is read-only/)
      refused("UPDATE mark SET value = '2'")
      refused('DELETE FROM mark')
      refused(
        "INSERT INTO mark (lesson_id, pupil_id, value, entered_at) SELECT id, (SELECT id FROM pupil WHERE last_name = 'Кузнецов'), '5', 'x' FROM lesson WHERE topic = 'Сложение дробей'",
      )
      refused("UPDATE lesson SET topic = 'Другая тема'")
      refused('DELETE FROM lesson')
      refused(
        "INSERT INTO lesson (class_id, subject_id, teacher_id, date, lesson_no) SELECT class_id, subject_id, teacher_id, '2026-10-20', 1 FROM lesson LIMIT 1",
      )
      refused("UPDATE absence SET reason = 'у'")
      refused('DELETE FROM absence')
      refused("UPDATE final_mark SET value = '2'")
      refused('DELETE FROM final_mark')
      refused(
        "INSERT INTO final_mark (year_id, pupil_id, class_id, subject_id, period, value, entered_at) SELECT year_id, pupil_id, class_id, subject_id, 'exam', '5', 'x' FROM final_mark LIMIT 1",
      )
      refused('DELETE FROM thematic_plan_item')
      refused("UPDATE thematic_plan SET created_at = 'x'")
      refused('DELETE FROM thematic_plan')
      // Nor can the freeze be lifted, or the year's classes moved away.
      refused("UPDATE academic_year SET status = 'open'")
      refused('DELETE FROM academic_year')
      refused("UPDATE class SET letter = 'Я'")
      refused('DELETE FROM class')
      expect(db.prepare('SELECT count(*) FROM mark').pluck().get()).toBe(3)
    } finally {
      db.close()
    }
  })

  it('is refused by the import with a clear message', async () => {
    const r = await run(
      ['import', 'journal', join(dir, 'journal', 'lessons.csv'), '--year', '2026/2027', '-w', ws],
      RU,
    )
    expect(r.code).toBe(1)
    expect(r.stderr.trim()).toBe(
      'Учебный год 2026/2027 в архиве: его журнал изменить нельзя (п. 6.9). Ничего не записано.',
    )
  })
})
