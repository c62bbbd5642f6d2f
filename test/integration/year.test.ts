// init → year open → year status, promotion, and refusals, on real workspaces in temp folders.
import Database from 'better-sqlite3'
import {existsSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeEach, describe, expect, it} from 'vitest'

import {schemaVersion} from '../../src/db/open.js'
import {ROOT, run, tempDir} from '../helpers/cli.js'
import {seedYear} from '../helpers/school.js'

const EN = {LANG: 'en_US.UTF-8', LC_ALL: undefined, EJOURNAL_NOW: '2026-09-02T01:00:00Z'}
const RU = {...EN, LANG: 'ru_RU.UTF-8'}

let ws: string

async function init(dir: string) {
  const r = await run(
    ['init', '-w', dir, '--school-name', 'МБОУ СОШ № 23', '--timezone', 'Asia/Vladivostok', '--yes'],
    EN,
  )
  expect(r.code, r.stderr).toBe(0)
}

function db(dir = ws) {
  return new Database(join(dir, 'ejournal.sqlite'), {readonly: true})
}

function count(table: string, dir = ws): number {
  const d = db(dir)
  try {
    return (d.prepare(`SELECT count(*) AS n FROM ${table}`).get() as {n: number}).n
  } finally {
    d.close()
  }
}

beforeEach(async () => {
  ws = join(tempDir(), 'school')
  await init(ws)
})

describe('init', () => {
  it('creates the workspace with private files and folders', () => {
    const mode = (p: string) => statSync(join(ws, p)).mode & 0o777
    expect(mode('ejournal.sqlite')).toBe(0o600)
    expect(mode('keys/backup.key')).toBe(0o600)
    expect(statSync(join(ws, 'keys/backup.key')).size).toBe(32)
    for (const d of ['backups', 'archives', 'exports', 'keys']) expect(mode(d), d).toBe(0o700)
    const settings = JSON.parse(readFileSync(join(ws, 'ejournal.json'), 'utf8'))
    expect(settings).toMatchObject({schoolName: 'МБОУ СОШ № 23', timezone: 'Asia/Vladivostok', weekDays: 5})
    const d = db()
    expect(d.pragma('journal_mode', {simple: true})).toBe('wal')
    expect(d.pragma('user_version', {simple: true})).toBe(schemaVersion())
    d.close()
  })

  it('refuses to overwrite a workspace', async () => {
    const key = readFileSync(join(ws, 'keys/backup.key'))
    const r = await run(['init', '-w', ws, '--school-name', 'Другая', '--yes'], EN)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('A workspace already exists')
    expect(readFileSync(join(ws, 'keys/backup.key'))).toEqual(key)
  })

  it('asks for the school name in scripts and refuses a bad time zone', async () => {
    const dir = join(tempDir(), 'x')
    expect((await run(['init', '-w', dir, '--yes'], EN)).code).toBe(2)
    const bad = await run(
      ['init', '-w', dir, '--school-name', 'Школа', '--timezone', 'Mars/Olympus', '--yes'],
      EN,
    )
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('«Mars/Olympus» is not a time zone')
    expect(existsSync(join(dir, 'ejournal.json'))).toBe(false)
  })
})

describe('year open and status', () => {
  it('opens the year by the preset and lists it', async () => {
    const r = await run(['year', 'open', '2026/2027', '--preset', 'quarters', '-w', ws], RU)
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain('Год 2026/2027: 01.09.2026 – 26.05.2027, 6 учебных периодов')
    expect(r.stdout).toContain('Учебный год 2026/2027 открыт.')
    const list = await run(['year', 'list', '--json', '-w', ws], EN)
    expect(JSON.parse(list.stdout)).toEqual([
      {label: '2026/2027', startsOn: '2026-09-01', endsOn: '2027-05-26', status: 'open'},
    ])
    expect(count('period')).toBe(6)
    expect(count('non_school_day')).toBe(12)
  })

  it('changes nothing when run again with the same arguments', async () => {
    await run(['year', 'open', '2026/2027', '--preset', 'quarters', '-w', ws], EN)
    const again = await run(['year', 'open', '2026/2027', '--preset', 'quarters', '-w', ws], EN)
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('Nothing to change.')
    expect(count('academic_year')).toBe(1)
    expect(count('period')).toBe(6)
    expect(count("audit_log WHERE action = 'year.open'")).toBe(1)
  })

  it('writes nothing on --dry-run', async () => {
    const r = await run(['year', 'open', '2026/2027', '--dry-run', '--json', '-w', ws], EN)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({year: '2026/2027', create: true, periods: 6, dryRun: true})
    expect(count('academic_year')).toBe(0)
    expect(count('audit_log')).toBe(1) // only init
  })

  it('refuses an overlapping year and a different calendar for an existing one', async () => {
    await run(['year', 'open', '2026/2027', '-w', ws], EN)
    const cal = join(tempDir(), 'cal.csv')
    writeFileSync(cal, 'Вид;Номер;Начало;Окончание\nчетверть;1;20.05.2027;30.05.2028\n')
    const overlap = await run(['year', 'open', '2027/2028', '--calendar', cal, '-w', ws], EN)
    expect(overlap.code).toBe(1)
    expect(overlap.stderr).toContain('would overlap the year 2026/2027')
    const different = await run(['year', 'open', '2026/2027', '--preset', 'trimesters', '-w', ws], EN)
    expect(different.code).toBe(1)
    expect(different.stderr).toContain('already exists with a different calendar')
    const mismatch = await run(['year', 'open', '2028/2029', '--calendar', cal, '-w', ws], EN)
    expect(mismatch.stderr).toContain(
      'The calendar runs 20.05.2027–30.05.2028, which is not the school year 2028/2029.',
    )
    expect(count('academic_year')).toBe(1)
  })

  it('shows the opening checklist with deadlines, in Russian and as JSON', async () => {
    await run(['year', 'open', '2026/2027', '-w', ws], EN)
    seedYear(
      ws,
      '2026/2027',
      [
        {name: '5А', teacher: 'Фролов Илья Викторович'},
        {name: '10А', profile: 'физико-математический'},
        {name: '10Б'},
      ],
      [
        {last: 'Петрова', first: 'Юлия', cls: '5А'},
        {last: 'Иванов', first: 'Пётр', cls: '10А'},
      ],
    )
    const json = JSON.parse((await run(['year', 'status', '--json', '-w', ws], EN)).stdout)
    expect(json.year).toBe('2026/2027')
    const byId = Object.fromEntries(json.items.map((i: {id: string}) => [i.id, i]))
    expect(byId['profile-classes']).toEqual({
      id: 'profile-classes',
      ok: false,
      count: 1,
      total: 2,
      deadline: '2026-08-30',
      overdue: true,
    })
    expect(byId['class-teachers']).toMatchObject({ok: false, count: 1, total: 3})
    expect(byId['calendar']).toMatchObject({ok: true, count: 12})
    expect(byId['pupils']).toMatchObject({ok: false, count: 2, total: 3})
    expect(byId['year-opened']).toMatchObject({ok: true, deadline: '2026-09-06', overdue: false})
    // Opened on 2 September at the school: the timetable is due a week later.
    expect(byId['timetable']).toMatchObject({
      ok: false,
      count: 0,
      total: 3,
      deadline: '2026-09-09',
      overdue: false,
    })
    const ru = await run(['year', 'status', '-w', ws], RU)
    expect(ru.stdout).toContain(
      'Учебный год 2026/2027 (открыт), 01.09.2026 – 26.05.2027: 3 класса, 2 ученика.',
    )
    expect(ru.stdout).toContain('✗ Профильные классы названы (10–11): 1/2 (срок 30.08.2026) — просрочено')
    expect(ru.stdout).toContain('✓ Каникулы и праздники внесены: 12 (срок 30.08.2026)')
    expect(ru.stdout).toContain('✗ Расписание внесено: 0/3 (срок 09.09.2026)')
  })

  it('records the change in the audit log, without the dry runs', async () => {
    await run(['year', 'open', '2026/2027', '--dry-run', '-w', ws], EN)
    await run(['year', 'open', '2026/2027', '-w', ws], EN)
    const rows = JSON.parse((await run(['audit', '--json', '-w', ws], EN)).stdout)
    expect(rows.map((r: {action: string}) => r.action)).toEqual(['init', 'year.open'])
    expect(rows[1]).toMatchObject({
      object: '2026/2027',
      arguments: ['2026/2027', '-w', ws],
      outcome: 'opened 01.09.2026–26.05.2027; 0 moved up, 0 left',
    })
    const only = JSON.parse(
      (await run(['audit', '--action', 'init', '--since', '02.09.2026', '--json', '-w', ws], EN)).stdout,
    )
    expect(only).toHaveLength(1)
    const none = JSON.parse((await run(['audit', '--since', '03.09.2026', '--json', '-w', ws], EN)).stdout)
    expect(none).toEqual([])
  })
})

describe('calendar file', () => {
  it('opens the year from the template', async () => {
    const r = await run(
      [
        'year',
        'open',
        '2026/2027',
        '--calendar',
        join(ROOT, 'templates/calendar/calendar-2026-2027.csv'),
        '-w',
        ws,
      ],
      EN,
    )
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain('Year 2026/2027: 01.09.2026 – 26.05.2027, 6 periods, 12 non-school spans')
  })

  it('reads Windows-1251 with a quarantine for one class', async () => {
    const cal = join(tempDir(), 'календарь.csv')
    const text =
      'Вид;Номер;Начало;Окончание;Параллели;Класс;Название\r\n' +
      'полугодие;1;01.09.2026;28.12.2026;1-11;;\r\n' +
      'полугодие;2;12.01.2027;26.05.2027;1-11;;\r\n' +
      'каникулы;;29.12.2026;11.01.2027;;;Зимние\r\n' +
      'карантин;;07.12.2026;11.12.2026;;5 а;Грипп\r\n'
    const iconv = (await import('iconv-lite')).default
    writeFileSync(cal, iconv.encode(text, 'win1251'))
    const r = await run(['year', 'open', '2026/2027', '--calendar', cal, '-w', ws], EN)
    expect(r.code, r.stderr).toBe(0)
    const d = db()
    expect(
      d.prepare("SELECT name, class_name AS className FROM non_school_day WHERE kind = 'quarantine'").get(),
    ).toEqual({name: 'Грипп', className: '5А'})
    d.close()
  })

  it('refuses a malformed file with file:line:column and writes nothing', async () => {
    const cal = join(tempDir(), 'calendar.csv')
    writeFileSync(
      cal,
      '\ufeffВид;Номер;Начало;Окончание;Параллели\n' +
        'четверть;1;01.09.2026;25.10.2026;1-9\n' +
        'четверть;2;04.11.2026;31.02.2027;1-9\n' +
        'каникулы;;26.10.2026;03.11.2026;1-15\n' +
        'перемена;;01.01.2027;02.01.2027;\n' +
        'четверть;;05.01.2027;20.01.2027;\n',
    )
    const before = readFileSync(join(ws, 'ejournal.sqlite'))
    const r = await run(['year', 'open', '2026/2027', '--calendar', cal, '-w', ws], EN)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('calendar.csv: 4 problems found; nothing was written.')
    expect(r.stderr).toContain('calendar.csv:3:4: column «Окончание»: «31.02.2027» is not a date')
    expect(r.stderr).toContain('calendar.csv:4:5: column «Параллели»: «1-15» is not a list of grades')
    expect(r.stderr).toContain('calendar.csv:5:1: column «Вид»: «перемена» is not a kind')
    expect(r.stderr).toContain('calendar.csv:6:2: column «Номер»: a period needs a number from 1 to 4')
    expect(count('academic_year')).toBe(0)
    expect(readFileSync(join(ws, 'ejournal.sqlite'))).toEqual(before)
    const json = JSON.parse(
      (await run(['year', 'open', '2026/2027', '--calendar', cal, '--json', '-w', ws], EN)).stdout,
    )
    expect(json.error.code).toBe('input.refused')
    expect(json.error.problems[0]).toMatchObject({
      where: 'calendar.csv:3:4',
      column: 'Окончание',
      value: '31.02.2027',
    })
  })

  it('refuses an empty file, a binary file and a missing column', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'empty.csv'), '')
    writeFileSync(join(dir, 'binary.csv'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]))
    writeFileSync(join(dir, 'columns.csv'), 'Вид;Начало\nчетверть;01.09.2026\n')
    const empty = await run(['year', 'open', '2026/2027', '--calendar', join(dir, 'empty.csv'), '-w', ws], EN)
    expect(empty.stderr).toContain('empty.csv:1: the file is empty')
    const binary = await run(
      ['year', 'open', '2026/2027', '--calendar', join(dir, 'binary.csv'), '-w', ws],
      EN,
    )
    expect(binary.stderr).toContain('binary.csv:1: this is not a text file')
    const columns = await run(
      ['year', 'open', '2026/2027', '--calendar', join(dir, 'columns.csv'), '-w', ws],
      EN,
    )
    expect(columns.stderr).toContain('columns.csv:1: required column missing: Окончание / ends_on / end')
    expect([empty.code, binary.code, columns.code]).toEqual([2, 2, 2])
    expect(count('academic_year')).toBe(0)
  })
})

describe('year open --promote', () => {
  beforeEach(async () => {
    const cal = join(tempDir(), 'cal.csv')
    writeFileSync(
      cal,
      'Вид;Номер;Начало;Окончание\nполугодие;1;01.09.2025;26.12.2025\nполугодие;2;12.01.2026;26.05.2026\n',
    )
    expect((await run(['year', 'open', '2025/2026', '--calendar', cal, '-w', ws], EN)).code).toBe(0)
    seedYear(
      ws,
      '2025/2026',
      [
        {name: '5А', teacher: 'Громова Анна Александровна'},
        {name: '9А', teacher: 'Ефимов Глеб Алексеевич'},
        {name: '11А', teacher: 'Тихонов Илья Сергеевич'},
      ],
      [
        {last: 'Петрова', first: 'Юлия', cls: '5А'},
        {last: 'Филатов', first: 'Илья', cls: '5А'},
        {last: 'Митрофанов', first: 'Максим', cls: '5А', yearEnd: 'repeat'},
        {last: 'Гришина', first: 'Милана', cls: '9А'},
        {last: 'Ломов', first: 'Денис', cls: '9А', yearEnd: 'leave'},
        {last: 'Орлова', first: 'Вера', cls: '11А'},
      ],
    )
    const d = new Database(join(ws, 'ejournal.sqlite'))
    d.exec(
      "INSERT INTO subject (name, match_key) VALUES ('Математика', 'математика'), ('Английский язык', 'английский язык')",
    )
    d.exec(
      "INSERT INTO curriculum (year_id, grade, subject_id, hours_per_week) SELECT 1, 5, id, 5 FROM subject WHERE name = 'Математика'",
    )
    d.exec(
      "INSERT INTO curriculum (year_id, grade, subject_id, hours_per_week, split) SELECT 1, 5, id, 3, 1 FROM subject WHERE name = 'Английский язык'",
    )
    d.exec(
      `INSERT INTO subgroup (class_id, subject_id, name) SELECT c.id, s.id, 'Английский язык, гр. 1' FROM class c, subject s WHERE c.name = '5А' AND s.name = 'Английский язык'`,
    )
    d.exec(
      `INSERT INTO subgroup_member SELECT g.id, p.id FROM subgroup g, pupil p WHERE p.last_name IN ('Петрова', 'Митрофанов')`,
    )
    d.close()
  })

  it('shows the plan on --dry-run and writes nothing', async () => {
    const r = await run(['year', 'open', '2026/2027', '--promote', '--dry-run', '-w', ws], RU)
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain('Перевод из 2025/2026:')
    expect(r.stdout).toContain(
      '5А → 6А (новый класс), Громова Анна Александровна: переводятся 2, выбывают 0, остаются 1',
    )
    expect(r.stdout).toContain(
      '9А → 10А (новый класс), Ефимов Глеб Алексеевич: переводятся 1, выбывают 1, остаются 0',
    )
    expect(r.stdout).toContain('11А → выпуск, Тихонов Илья Сергеевич: переводятся 0, выбывают 1, остаются 0')
    expect(r.stdout).toContain('5А → 5А (новый класс): переводятся 0, выбывают 0, остаются 0')
    expect(r.stdout).toContain('− Ломов Денис (9А): выбывает (выпуск)')
    expect(r.stdout).toContain('= Митрофанов Максим (5А): остаётся в той же параллели')
    expect(r.stdout).toContain(
      'Итого: 3 ученика переводятся, выбывают 2, остаются 1; копируется строк учебного плана: 2, подгрупп: 0.',
    )
    expect(r.stdout).toContain('Пробный запуск: ничего не записано.')
    expect(count('academic_year')).toBe(1)
    expect(count('class')).toBe(3)
  })

  it('applies the plan once, after a verified backup', async () => {
    const r = await run(
      ['year', 'open', '2026/2027', '--promote', '--keep-subgroups', '--json', '-w', ws],
      EN,
    )
    expect(r.code, r.stderr).toBe(0)
    const plan = JSON.parse(r.stdout)
    expect(plan.promotion.moved.map((m: {name: string; to: string}) => `${m.name}→${m.to}`)).toEqual([
      'Гришина Милана→10А',
      'Петрова Юлия→6А',
      'Филатов Илья→6А',
    ])
    expect(plan.promotion.subgroups).toBe(1)
    const d = db()
    const classes = d
      .prepare(
        `SELECT c.name, s.last_name AS teacher, (SELECT group_concat(p.last_name, ',') FROM enrollment e JOIN pupil p ON p.id = e.pupil_id WHERE e.class_id = c.id AND e.to_date IS NULL ORDER BY p.last_name) AS pupils
         FROM class c LEFT JOIN staff s ON s.id = c.class_teacher_id WHERE c.year_id = 2 ORDER BY c.grade, c.letter`,
      )
      .all()
    expect(classes).toEqual([
      {name: '5А', teacher: null, pupils: 'Митрофанов'},
      {name: '6А', teacher: 'Громова', pupils: 'Петрова,Филатов'},
      {name: '10А', teacher: 'Ефимов', pupils: 'Гришина'},
    ])
    expect(
      d
        .prepare(
          "SELECT group_concat(p.last_name, ',') AS names FROM enrollment e JOIN pupil p ON p.id = e.pupil_id WHERE e.reason_out = 'graduated'",
        )
        .get(),
    ).toEqual({names: 'Ломов,Орлова'})
    expect(d.prepare('SELECT count(*) AS n FROM curriculum WHERE year_id = 2').get()).toEqual({n: 2})
    // The subgroup followed 5А to 6А with Петрова; Митрофанов stayed in 5А.
    expect(
      d
        .prepare(
          `SELECT c.name, g.name AS grp, group_concat(p.last_name) AS members FROM subgroup g JOIN class c ON c.id = g.class_id JOIN subgroup_member m ON m.subgroup_id = g.id JOIN pupil p ON p.id = m.pupil_id WHERE c.year_id = 2 GROUP BY g.id`,
        )
        .all(),
    ).toEqual([{name: '6А', grp: 'Английский язык, гр. 1', members: 'Петрова'}])
    d.close()
    // Applied only after a verified backup of the school as it was before the rollover.
    const backups = JSON.parse((await run(['backup', 'list', '--json', '-w', ws], EN)).stdout)
    expect(backups).toEqual([
      expect.objectContaining({
        purpose: 'before-year-open',
        object: '2026/2027',
        state: 'ok',
        rows: expect.objectContaining({academic_year: 1, class: 3, enrollment: 6}),
      }),
    ])
    const verified = await run(['backup', 'verify', backups[0].id, '--json', '-w', ws], EN)
    expect(JSON.parse(verified.stdout).results).toEqual([{id: backups[0].id, ok: true, problems: []}])

    const again = await run(['year', 'open', '2026/2027', '--promote', '--keep-subgroups', '-w', ws], EN)
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('Nothing to change.')
    expect(count('class')).toBe(6)
    expect(count('enrollment')).toBe(10)
  })

  it('does not copy subgroups without --keep-subgroups', async () => {
    await run(['year', 'open', '2026/2027', '--promote', '-w', ws], EN)
    const d = db()
    expect(
      d
        .prepare('SELECT count(*) AS n FROM subgroup g JOIN class c ON c.id = g.class_id WHERE c.year_id = 2')
        .get(),
    ).toEqual({n: 0})
    d.close()
  })

  it('refuses --promote when there is no earlier year', async () => {
    const r = await run(['year', 'open', '2024/2025', '--promote', '-w', ws], EN)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('There is no earlier year to promote from into 2024/2025.')
  })
})

describe('database versions', () => {
  it('refuses a database written by a newer ejournal', async () => {
    const d = new Database(join(ws, 'ejournal.sqlite'))
    d.pragma('user_version = 99')
    d.close()
    const r = await run(['year', 'list', '-w', ws], EN)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(
      `was written by a newer ejournal (schema 99; this program knows ${schemaVersion()})`,
    )
  })
})
