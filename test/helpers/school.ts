// A small school put straight into a real workspace database, for features that read classes
// and pupils before the importers exist in a test's path; and a closed year built through the
// built CLI, for the archive's tests.
import Database from 'better-sqlite3'
import {cpSync, mkdirSync} from 'node:fs'
import {join} from 'node:path'

import {DATA, type Env, must, run, type Run, spawn, tempDir} from './cli.js'
import {writeCsv} from './files.js'

export interface SeedPupil {
  last: string
  first: string
  cls: string
  yearEnd?: 'repeat' | 'leave'
}

export function seedYear(
  workspace: string,
  yearLabel: string,
  classes: Array<{name: string; teacher?: string; profile?: string}>,
  pupils: SeedPupil[],
): void {
  const db = new Database(join(workspace, 'ejournal.sqlite'))
  try {
    const year = db
      .prepare('SELECT id, starts_on AS startsOn FROM academic_year WHERE label = ?')
      .get(yearLabel) as {id: number; startsOn: string}
    db.transaction(() => {
      for (const c of classes) {
        let teacherId: number | null = null
        if (c.teacher) {
          const [last, first, middle] = c.teacher.split(' ')
          teacherId = Number(
            db
              .prepare(
                'INSERT INTO staff (last_name, first_name, middle_name, roles) VALUES (?, ?, ?, \'["teacher","class_teacher"]\')',
              )
              .run(last, first, middle ?? '').lastInsertRowid,
          )
        }
        db.prepare(
          'INSERT INTO class (year_id, grade, letter, profile, class_teacher_id) VALUES (?, ?, ?, ?, ?)',
        ).run(year.id, Number(c.name.slice(0, -1)), c.name.slice(-1), c.profile ?? null, teacherId)
      }
      for (const p of pupils) {
        const id = db
          .prepare('INSERT INTO pupil (last_name, first_name, birth_date) VALUES (?, ?, ?)')
          .run(p.last, p.first, '2015-01-01').lastInsertRowid
        const cls = db.prepare('SELECT id FROM class WHERE year_id = ? AND name = ?').get(year.id, p.cls) as {
          id: number
        }
        db.prepare(
          'INSERT INTO enrollment (pupil_id, class_id, from_date, year_end) VALUES (?, ?, ?, ?)',
        ).run(id, cls.id, year.startsOn, p.yearEnd ?? null)
      }
    })()
  } finally {
    db.close()
  }
}

/**
 * A new workspace made in-process for a school in Vladivostok, with the year 2026/2027 open
 * (`yearOptions`, such as --preset, go to `year open`). `dir` is the temporary folder around the
 * workspace, for the test's input files.
 */
export async function openSchool(
  env: Env,
  {name = 'Школа', prefix, yearOptions = []}: {name?: string; prefix?: string; yearOptions?: string[]} = {},
): Promise<{dir: string; ws: string}> {
  const dir = tempDir(prefix)
  const ws = join(dir, 'school')
  must(await run(['init', '-w', ws, '--school-name', name, '--timezone', 'Asia/Vladivostok', '--yes'], env))
  must(await run(['year', 'open', '2026/2027', ...yearOptions, '-w', ws], env))
  return {dir, ws}
}

/**
 * One class, one pupil, one subject, one lesson with a mark, and the year mark: the year
 * 2026/2027 with its journal loaded and closed at `closedAt`. Returns the workspace and the run
 * of `year close`.
 */
export function buildClosedSchool(closedAt: string): {workspace: string; close: Run} {
  const dir = tempDir()
  const ws = join(dir, 'school')
  const august = {EJOURNAL_HOME: ws, EJOURNAL_NOW: '2026-08-30T02:00:00Z'}
  must(spawn(['init', '--school-name', 'МБОУ СОШ № 23', '--timezone', 'Asia/Vladivostok', '--yes'], august))
  must(spawn(['year', 'open', '2026/2027'], august))
  must(
    spawn(
      ['import', 'staff', writeCsv(dir, 's.csv', ['Фамилия;Имя;Отчество', 'Фролов;Илья;Викторович'])],
      august,
    ),
  )
  const lists: Array<[string, string[]]> = [
    ['curriculum', ['Параллель или класс;Предмет;Часов в неделю', '5;Математика;5']],
    ['classes', ['Класс;Классный руководитель', '5А;Фролов Илья Викторович']],
    ['pupils', ['Фамилия;Имя;Дата рождения;Класс', 'Иванова;Мария;12.03.2015;5А']],
    ['assignments', ['Класс;Предмет;Учитель', '5А;Математика;Фролов Илья Викторович']],
  ]
  for (const [kind, lines] of lists)
    must(spawn(['import', kind, writeCsv(dir, `${kind}.csv`, lines)], august))
  const j = join(dir, 'journal')
  mkdirSync(j)
  writeCsv(j, 'lessons.csv', [
    'Дата;Урок;Класс;Предмет;Учитель;Тема;Домашнее задание',
    '14.10.2026;3;5А;Математика;Фролов Илья Викторович;Сложение дробей;№ 245',
  ])
  writeCsv(j, 'marks.csv', [
    'Дата;Урок;Класс;Предмет;Ученик;Отметка;Внесено',
    '14.10.2026;3;5А;Математика;Иванова Мария;5;14.10.2026 16:00',
  ])
  writeCsv(j, 'final_marks.csv', [
    'Ученик;Класс;Предмет;Период;Отметка;Внесено',
    'Иванова Мария;5А;Математика;год;5;28.05.2027 10:00',
  ])
  const closing = {EJOURNAL_HOME: ws, EJOURNAL_NOW: closedAt}
  must(spawn(['import', 'journal', j], closing))
  return {workspace: ws, close: must(spawn(['year', 'close', '2026/2027'], closing))}
}

/** A copy of a built school for each test: building one spawns the CLI ten times. */
export function copySchool(template: string): string {
  const ws = join(tempDir(), 'school')
  cpSync(template, ws, {recursive: true})
  return ws
}

/**
 * 5А of the sample staff and curriculum with the given pupil rows («Фамилия;Имя;Отчество;Дата
 * рождения;Класс»), Математика taught by Громова Анна Александровна, in the workspace `ok` runs in.
 */
export async function openMathClass(
  dir: string,
  ok: (args: string[]) => Promise<Run>,
  pupils: string[],
): Promise<void> {
  await ok(['init', '--school-name', 'Школа', '--timezone', 'Asia/Vladivostok', '--yes'])
  await ok(['year', 'open', '2026/2027'])
  await ok(['import', 'staff', join(DATA, 'staff.csv')])
  await ok(['import', 'curriculum', join(DATA, 'curriculum.csv')])
  const header = 'Фамилия;Имя;Отчество;Дата рождения;Класс'
  await ok(['import', 'pupils', writeCsv(dir, 'pupils.csv', [header, ...pupils])])
  const teacher = '5А;Математика;Громова Анна Александровна'
  await ok(['import', 'assignments', writeCsv(dir, 'assignments.csv', ['Класс;Предмет;Учитель', teacher])])
}
