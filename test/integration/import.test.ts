// Imports on real workspaces: the files schools have, every refusal, plans, idempotency.
import Database from 'better-sqlite3'
import ExcelJS from 'exceljs'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeEach, describe, expect, it} from 'vitest'

import {DATA, okIn, run} from '../helpers/cli.js'
import {writeCsv} from '../helpers/files.js'
import {openSchool} from '../helpers/school.js'
import {rows} from '../helpers/database.js'

const EN = {LANG: 'en_US.UTF-8', LC_ALL: undefined, EJOURNAL_NOW: '2026-08-28T02:00:00Z'}
const RU = {...EN, LANG: 'ru_RU.UTF-8'}
const PUPILS_HEADER =
  'Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;Иностранный язык;ФИО родителя 1;Email родителя 1'

let ws: string
let dir: string

const ok = okIn(() => ws, EN)

const query = <T>(sql: string, ...params: unknown[]) => rows<T>(ws, sql, ...params)

const count = (table: string) => query<{n: number}>(`SELECT count(*) AS n FROM ${table}`)[0]!.n

beforeEach(async () => {
  ;({dir, ws} = await openSchool(EN, {name: 'Школа № 23'}))
})

describe('the sample files', () => {
  it('imports staff, curriculum and a Windows-1251 pupil list from Excel', async () => {
    const staff = await ok(['import', 'staff', join(DATA, 'staff.csv')])
    expect(staff.stdout).toContain('Read as UTF-8, delimiter «;».')
    expect(staff.stdout).toContain('New 24, changed 0, unchanged 0, leaving 0, rejected 0.')
    await ok(['import', 'curriculum', join(DATA, 'curriculum.csv')])
    const pupils = await ok(['import', 'pupils', join(DATA, 'pupils-excel-cp1251.csv'), '--json'])
    const result = JSON.parse(pupils.stdout)
    expect(result.detected).toEqual({encoding: 'cp1251', delimiter: ';'})
    expect(result.counts).toEqual({created: 172, updated: 0, unchanged: 0, leaving: 0, rejected: 0})
    // «1A» (Latin A) and «5 а» are the same classes as «1А» and «5А».
    expect(
      query('SELECT name FROM class ORDER BY grade, letter').map((r) => (r as {name: string}).name),
    ).toEqual(['1А', '1Б', '5А', '5Б', '7А', '10А'])
    expect(result.warnings).toEqual([
      expect.objectContaining({
        line: 12,
        column: 2,
        columnName: 'Имя',
        value: 'Мaтвей',
        key: 'import.homoglyphs',
      }),
    ])
    expect(count('pupil')).toBe(172)
    expect(count('parent')).toBeGreaterThan(150)
  })

  it('finds the UTF-8 BOM file the same people as the Windows-1251 one', async () => {
    await ok(['import', 'pupils', join(DATA, 'pupils-excel-cp1251.csv')])
    const again = JSON.parse(
      (await ok(['import', 'pupils', join(DATA, 'pupils-utf8-bom.csv'), '--json'])).stdout,
    )
    expect(again.detected).toEqual({encoding: 'utf8', delimiter: ';'})
    expect(again.counts).toMatchObject({created: 0, updated: 0, unchanged: 40})
  })

  it('changes nothing when the same file is imported again', async () => {
    await ok(['import', 'staff', join(DATA, 'staff.csv')])
    await ok(['import', 'pupils', join(DATA, 'pupils-excel-cp1251.csv')])
    const before = query('SELECT * FROM pupil ORDER BY id')
    const enrollments = query('SELECT * FROM enrollment ORDER BY id')
    const staff = JSON.parse((await ok(['import', 'staff', join(DATA, 'staff.csv'), '--json'])).stdout)
    expect(staff.counts).toEqual({created: 0, updated: 0, unchanged: 24, leaving: 0, rejected: 0})
    const pupils = JSON.parse(
      (await ok(['import', 'pupils', join(DATA, 'pupils-excel-cp1251.csv'), '--json'])).stdout,
    )
    expect(pupils.counts).toEqual({created: 0, updated: 0, unchanged: 172, leaving: 0, rejected: 0})
    expect(query('SELECT * FROM pupil ORDER BY id')).toEqual(before)
    expect(query('SELECT * FROM enrollment ORDER BY id')).toEqual(enrollments)
  })

  it('finds the pupils and parents of a workspace from before people were looked up by number', async () => {
    const file = join(DATA, 'pupils-excel-cp1251.csv')
    await ok(['import', 'pupils', file])
    const parents = query('SELECT id, full_name, email FROM parent ORDER BY id')
    // The workspace as version 10 of the schema left it: no match numbers, indexes on the text.
    const db = new Database(join(ws, 'ejournal.sqlite'))
    db.exec(`DROP INDEX pupil_match; ALTER TABLE pupil DROP COLUMN match_hash;
             CREATE INDEX pupil_match ON pupil (match_key, birth_date);
             DROP INDEX parent_match; ALTER TABLE parent DROP COLUMN match_hash;
             CREATE INDEX parent_match ON parent (match_key, email);
             PRAGMA user_version = 10`)
    db.close()
    const again = JSON.parse((await ok(['import', 'pupils', file, '--json'])).stdout)
    expect(again.counts).toEqual({created: 0, updated: 0, unchanged: 172, leaving: 0, rejected: 0})
    // A new pupil whose mother is already stored (by name and e-mail) shares her.
    const mother = query<{full_name: string; email: string}>(
      'SELECT full_name, email FROM parent WHERE id = 1',
    )[0]!
    await ok([
      'import',
      'pupils',
      writeCsv(dir, 'new.csv', [
        PUPILS_HEADER,
        `Новикова;Алиса;Сергеевна;01.02.2016;Ж;5А;;${mother.full_name};${mother.email}`,
      ]),
    ])
    expect(query('SELECT id, full_name, email FROM parent ORDER BY id')).toEqual(parents)
  })

  it('refuses the file with an address and a phone, citing п. 3.3, and stores neither with --drop-forbidden', async () => {
    const file = join(DATA, 'pupils-with-address-and-phone.csv')
    const refused = await run(['import', 'pupils', file, '-w', ws], RU)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(
      'pupils-with-address-and-phone.csv:1:7: столбец «Адрес»: адреса и телефоны в электронный журнал не вносятся (п. 3.3 Положения)',
    )
    expect(refused.stderr).toContain('pupils-with-address-and-phone.csv:1:8: столбец «Телефон»')
    expect(count('pupil')).toBe(0)
    const dropped = await ok(['import', 'pupils', file, '--drop-forbidden'], RU)
    expect(dropped.stdout).toContain('столбец «Адрес» пропущен: адреса и телефоны не хранятся (п. 3.3)')
    expect(count('pupil')).toBeGreaterThan(0)
    const db = readFileSync(join(ws, 'ejournal.sqlite'))
    expect(db.includes(Buffer.from('Ленина'))).toBe(false)
    expect(db.includes(Buffer.from('123-45-67'))).toBe(false)
  })
})

describe('validation', () => {
  it('reports every problem of the file at once and writes nothing', async () => {
    await ok(['import', 'staff', join(DATA, 'staff.csv')])
    const file = writeCsv(
      dir,
      'ученики.csv',
      [
        PUPILS_HEADER,
        'Иванова;Мария;Петровна;12.03.2014;Ж;5А;Английский;Иванова Елена;ivanova@mail.ru',
        ';Пётр;Иванович;01.02.2014;М;5А;;;',
        'Сидоров;Олег;;31.02.2015;М;5А;;;',
        'Малышев;Тимур;;01.01.2024;М;1А;;;',
        'Старцев;Игорь;;01.01.2001;М;11А;;;',
        'Иванова;Мария;Петровна;12.03.2014;Ж;5Б;;;',
        'Орлова;Вера;;01.05.2014;Ж;5А;;Орлова Ирина;orlova@mail',
        'Зайцев;Лев;;01.06.2014;X;5А;;;',
        'Котов;Ян;;01.07.2014;М;5А;;;;лишняя',
        'Лисин;Егор;;01.08.2014;М;22Б;;;',
      ],
      'cp1251',
    )
    const r = await run(['import', 'pupils', file, '-w', ws], EN)
    expect(r.code).toBe(2)
    expect(r.stderr.split('\n')).toEqual([
      'ученики.csv: 9 problems found; nothing was written.',
      '  ученики.csv:3:1: column «Фамилия»: a value is required',
      '  ученики.csv:4:4: column «Дата рождения»: «31.02.2015» is not a date (dd.mm.yyyy or yyyy-mm-dd)',
      '  ученики.csv:5:4: column «Дата рождения»: the pupil would be 2 on 1 September; expected 5 to 20',
      '  ученики.csv:6:4: column «Дата рождения»: the pupil would be 25 on 1 September; expected 5 to 20',
      '  ученики.csv:7: the same person or record as on line 2',
      '  ученики.csv:8:9: column «Email родителя 1»: «orlova@mail» is not an e-mail address',
      '  ученики.csv:9:5: column «Пол»: «X» is not М or Ж',
      '  ученики.csv:10:10: the row has 10 cells but the header has 9',
      '  ученики.csv:11:6: column «Класс»: «22Б» is not a class name such as 5А',
      '',
    ])
    expect(count('pupil')).toBe(0)
    expect(count('class')).toBe(0)
    expect(count('import_log')).toBe(2 - 1)
  })

  it('refuses an empty file, a header without rows, a binary file and a missing column', async () => {
    const cases: Array<[string, Buffer | string, string]> = [
      ['empty.csv', '', 'empty.csv:1: the file is empty'],
      ['header.csv', PUPILS_HEADER + '\r\n', 'header.csv:1: the file has a header but no rows'],
      [
        'photo.csv',
        Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]),
        'photo.csv:1: this is not a text file',
      ],
      [
        'columns.csv',
        'Фамилия;Имя;Класс\r\nИванов;Иван;5А\r\n',
        'columns.csv:1: required column missing: Дата рождения / birth_date',
      ],
    ]
    for (const [name, content, message] of cases) {
      const file = join(dir, name)
      const {writeFileSync} = await import('node:fs')
      writeFileSync(file, content)
      const r = await run(['import', 'pupils', file, '-w', ws], EN)
      expect(r.code, name).toBe(2)
      expect(r.stderr, name).toContain(message)
    }
    expect(count('pupil')).toBe(0)
  })

  it('refuses unknown classes, subjects and teachers, suggesting the nearest known ones', async () => {
    await ok(['import', 'staff', join(DATA, 'staff.csv')])
    await ok(['import', 'curriculum', join(DATA, 'curriculum.csv')])
    await ok([
      'import',
      'classes',
      writeCsv(dir, 'classes.csv', ['Класс;Классный руководитель', '5А;Фролов Илья Викторович']),
    ])
    const file = writeCsv(dir, 'нагрузка.csv', [
      'Класс;Подгруппа;Предмет;Учитель',
      '5А;;Математика;Фролов Илья Викторович',
      '5Б;;Математика;Фролов Илья Викторович',
      '5А;;Матиматика;Фролов Илья Викторович',
      '5А;;Физика;Ктото Неизвестный',
    ])
    const r = await run(['import', 'assignments', file, '-w', ws], EN)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(
      'нагрузка.csv:3:1: column «Класс»: there is no class «5Б» this year; did you mean 5А?',
    )
    expect(r.stderr).toContain(
      'нагрузка.csv:4:3: column «Предмет»: there is no subject «Матиматика»; did you mean Математика?',
    )
    expect(r.stderr).toContain(
      'нагрузка.csv:5:4: column «Учитель»: no one called «Ктото Неизвестный» is on the staff; did you mean',
    )
    expect(count('teaching_assignment')).toBe(0)
  })
})

describe('people', () => {
  beforeEach(async () => {
    await ok([
      'import',
      'pupils',
      writeCsv(dir, 'first.csv', [
        PUPILS_HEADER,
        'Иванова;Мария;Петровна;12.03.2014;Ж;5А;Английский;Иванова Елена Сергеевна;ivanova@mail.ru',
        'Иванов;Пётр;Петрович;02.02.2016;М;3А;;Иванова Елена Сергеевна;ivanova@mail.ru',
        'Петров;Олег;;05.05.2014;М;5А;Немецкий;;',
        'Сидорова;Анна;;06.06.2014;Ж;5А;;;',
      ]),
    ])
  })

  it('gives siblings one parent', () => {
    expect(query('SELECT full_name AS name FROM parent')).toEqual([{name: 'Иванова Елена Сергеевна'}])
    expect(count('pupil_parent')).toBe(2)
  })

  it('hints at a twin one letter away instead of creating it silently', async () => {
    const r = await ok(
      [
        'import',
        'pupils',
        writeCsv(dir, 'typo.csv', [PUPILS_HEADER, 'Ивнова;Мария;Петровна;12.03.2014;Ж;5А;;;']),
        '--dry-run',
      ],
      RU,
    )
    expect(r.stdout).toContain('+ ученик Ивнова Мария Петровна, 5А (строка 2)')
    expect(r.stdout).toContain(
      'возможно, это Иванова Мария Петровна, 12.03.2014? «Ивнова Мария Петровна» отличается на одну букву',
    )
    const json = JSON.parse(
      (await ok(['import', 'pupils', join(dir, 'typo.csv'), '--dry-run', '--json'])).stdout,
    )
    expect(json.changes).toEqual([
      {
        op: '+',
        entity: 'pupil',
        name: 'Ивнова Мария Петровна, 5А',
        line: 2,
        hint: 'Иванова Мария Петровна, 12.03.2014',
      },
    ])
  })

  it('moves a pupil to another class and keeps the history', async () => {
    const file = writeCsv(dir, 'move.csv', [PUPILS_HEADER, 'Петров;Олег;;05.05.2014;М;5Б;Немецкий;;'])
    const r = await ok(['import', 'pupils', file, '--effective', '01.10.2026'], RU)
    expect(r.stdout).toContain('~ ученик Петров Олег, 5Б (строка 2): класс: 5А → 5Б')
    const list = JSON.parse((await ok(['pupils', 'list', '--class', '5Б', '--json'])).stdout)
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({
      lastName: 'Петров',
      class: '5Б',
      foreignLanguages: ['Немецкий'],
      parents: [],
    })
    expect(list[0].history).toEqual([
      {class: '5А', from: '2026-09-01', to: '2026-09-30', reasonIn: 'arrived', reasonOut: 'moved'},
      {class: '5Б', from: '2026-10-01', to: null, reasonIn: 'moved', reasonOut: null},
    ])
  })

  it('with --mode sync, pupils missing from the file leave their class after confirmation', async () => {
    const file = writeCsv(dir, '5a.csv', [
      PUPILS_HEADER,
      'Иванова;Мария;Петровна;12.03.2014;Ж;5А;Английский;;',
      'Петров;Олег;;05.05.2014;М;5А;;;',
    ])
    const plan = await ok(
      ['import', 'pupils', file, '--mode', 'sync', '--dry-run', '--effective', '15.09.2026'],
      RU,
    )
    expect(plan.stdout).toContain('− ученик Сидорова Анна, 5А')
    expect(plan.stdout).toContain('Новых 0, изменённых 0, без изменений 2, выбывают 1, отклонено 0.')
    const refused = await run(
      ['import', 'pupils', file, '--mode', 'sync', '--effective', '15.09.2026', '-w', ws],
      RU,
    )
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('Выбыли бы из класса: 1 ученик; ничего не записано.')
    expect(query("SELECT count(*) AS n FROM enrollment WHERE reason_out = 'left'")).toEqual([{n: 0}])
    await ok(['import', 'pupils', file, '--mode', 'sync', '--effective', '15.09.2026', '--yes'])
    const left = JSON.parse((await ok(['pupils', 'list', '--left', '--json'])).stdout)
    expect(left.map((p: {lastName: string; history: unknown[]}) => [p.lastName, p.history])).toEqual([
      [
        'Сидорова',
        [{class: '5А', from: '2026-09-01', to: '2026-09-14', reasonIn: 'arrived', reasonOut: 'left'}],
      ],
    ])
    // The pupil of 3А is not in the file's classes and stays.
    expect(JSON.parse((await ok(['pupils', 'list', '--class', '3А', '--json'])).stdout)).toHaveLength(1)
  })

  it('imports the valid rows with --skip-invalid and writes the rejected ones for Excel', async () => {
    const file = writeCsv(
      dir,
      'new.csv',
      [
        PUPILS_HEADER,
        'Новикова;Ева;;01.01.2015;Ж;4А;;;',
        'Бойко;;;01.01.2015;М;4А;;;',
        'Гусев;Ян;;99.99.2015;М;4А;;;',
      ],
      'cp1251',
    )
    const rejects = join(dir, 'rejects.csv')
    const r = await ok(['import', 'pupils', file, '--skip-invalid', '--rejects', rejects], RU)
    expect(r.stdout).toContain('Отклонённые строки (2) записаны в')
    expect(
      query("SELECT last_name AS n FROM pupil WHERE last_name IN ('Новикова', 'Бойко', 'Гусев')"),
    ).toEqual([{n: 'Новикова'}])
    expect(readFileSync(rejects, 'utf8')).toBe(
      '\ufeff' +
        'Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;Иностранный язык;ФИО родителя 1;Email родителя 1;Причина\r\n' +
        'Бойко;;;01.01.2015;М;4А;;;;столбец «Имя»: значение обязательно\r\n' +
        'Гусев;Ян;;99.99.2015;М;4А;;;;столбец «Дата рождения»: «99.99.2015» — не дата (дд.мм.гггг или гггг-мм-дд)\r\n',
    )
  })

  it('writes a line refused when planning to the rejects file as it was written', async () => {
    // Line 2 is refused only against the database (Петров Олег exists); a large file's cells are
    // not kept in memory, so they are read again from the Windows-1251 file.
    const file = writeCsv(
      dir,
      'insert.csv',
      [
        PUPILS_HEADER,
        'Петров ; Олег;;05.05.2014;М; 5 а ;;;',
        'Ким;Юна;;05.05.2014;Ж;5А;;;',
        'Бойко;;;01.01.2015;М;4А;;;',
      ],
      'cp1251',
    )
    const rejects = join(dir, 'rejects.csv')
    const r = await ok(
      ['import', 'pupils', file, '--mode', 'insert', '--skip-invalid', '--rejects', rejects, '--json'],
      RU,
    )
    expect(JSON.parse(r.stdout).counts).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
      leaving: 0,
      rejected: 2,
    })
    // No terminal: no progress line on stderr.
    expect(r.stderr).toBe('')
    expect(readFileSync(rejects, 'utf8')).toBe(
      '\ufeff' +
        'Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;Иностранный язык;ФИО родителя 1;Email родителя 1;Причина\r\n' +
        'Петров ; Олег;;05.05.2014;М; 5 а ;;;;Петров Олег уже есть, а --mode insert только добавляет новые\r\n' +
        'Бойко;;;01.01.2015;М;4А;;;;столбец «Имя»: значение обязательно\r\n',
    )
    expect(count('pupil')).toBe(5)
  })

  it('warns of Latin letters on every line they occur, not only the first', async () => {
    const file = writeCsv(dir, 'latin.csv', [
      PUPILS_HEADER,
      'Орлова;Mария;;01.01.2015;Ж;4А;;;',
      'Зайцева;Mария;;02.02.2015;Ж;4А;;;',
    ])
    const r = JSON.parse((await ok(['import', 'pupils', file, '--json'])).stdout)
    expect(r.warnings.map((w: {line: number; value: string}) => [w.line, w.value])).toEqual([
      [2, 'Mария'],
      [3, 'Mария'],
    ])
    expect(query("SELECT first_name AS n FROM pupil WHERE last_name IN ('Орлова', 'Зайцева')")).toEqual([
      {n: 'Мария'},
      {n: 'Мария'},
    ])
  })

  it('matches by external id across a change of name', async () => {
    const header = 'Внешний ID;Фамилия;Имя;Дата рождения;Класс'
    await ok(['import', 'pupils', writeCsv(dir, 'a.csv', [header, 'X-1;Лебедева;Ольга;01.01.2014;5А'])])
    const r = JSON.parse(
      (
        await ok([
          'import',
          'pupils',
          writeCsv(dir, 'b.csv', [header, 'X-1;Лебедева-Смирнова;Ольга;01.01.2014;5А']),
          '--json',
        ])
      ).stdout,
    )
    expect(r.changes).toEqual([
      {
        op: '~',
        entity: 'pupil',
        name: 'Лебедева-Смирнова Ольга, 5А',
        line: 2,
        fields: [{field: 'lastName', old: 'Лебедева', new: 'Лебедева-Смирнова'}],
      },
    ])
  })

  it('takes two pupils of one name and birthday with different external ids for two people', async () => {
    const header = 'Внешний ID;Фамилия;Имя;Дата рождения;Класс'
    const twins = ['X-1;Лебедева;Ольга;01.01.2014;5А', 'X-2;Лебедева;Ольга;01.01.2014;5Б']
    // Without an id the third line is the first one again: matched by ФИО and birth date.
    const file = writeCsv(dir, 'twins.csv', [header, ...twins, ';Лебедева;Ольга;01.01.2014;5Б'])
    const r = await run(['import', 'pupils', file, '-w', ws], EN)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('twins.csv:4: the same person or record as on line 2')
    await ok(['import', 'pupils', writeCsv(dir, 'two.csv', [header, ...twins])])
    expect(query('SELECT external_id AS id FROM pupil WHERE last_name = ? ORDER BY id', 'Лебедева')).toEqual([
      {id: 'X-1'},
      {id: 'X-2'},
    ])
  })

  it('keeps insert and update modes to their word', async () => {
    const existing = writeCsv(dir, 'existing.csv', [PUPILS_HEADER, 'Петров;Олег;;05.05.2014;М;5А;;;'])
    const insert = await run(['import', 'pupils', existing, '--mode', 'insert', '-w', ws], EN)
    expect(insert.code).toBe(2)
    expect(insert.stderr).toContain(
      'existing.csv:2: Петров Олег already exists, and --mode insert only adds new ones',
    )
    // A refused line creates no class, and the plan keeps the order of the file.
    const mixed = writeCsv(dir, 'mixed.csv', [
      PUPILS_HEADER,
      'Цой;Вера;;07.07.2014;Ж;5В;;;',
      'Петров;Олег;;05.05.2014;М;9Я;;;',
      'Ли;Анна;;06.06.2014;Ж;5В;;;',
    ])
    const skipped = await ok([
      'import',
      'pupils',
      mixed,
      '--mode',
      'insert',
      '--skip-invalid',
      '--rejects',
      join(dir, 'rejects.csv'),
      '--json',
    ])
    expect(
      JSON.parse(skipped.stdout).changes.map((c: {op: string; name: string}) => `${c.op} ${c.name}`),
    ).toEqual(['+ 5В', '+ Цой Вера, 5В', '+ Ли Анна, 5В'])
    expect(query("SELECT count(*) AS n FROM class WHERE grade = 9 AND letter = 'Я'")).toEqual([{n: 0}])
    const fresh = writeCsv(dir, 'fresh.csv', [PUPILS_HEADER, 'Ким;Юна;;05.05.2014;Ж;5А;;;'])
    const update = await run(['import', 'pupils', fresh, '--mode', 'update', '-w', ws], EN)
    expect(update.code).toBe(2)
    expect(update.stderr).toContain(
      'fresh.csv:2: no such record yet, and --mode update only changes existing ones',
    )
  })
})

describe('workbooks and the other kinds', () => {
  it('reads an .xlsx with real date cells and reports problems as sheet!cell', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Ученики')
    sheet.addRow(['Фамилия', 'Имя', 'Дата рождения', 'Класс'])
    sheet.addRow(['Яковлева', 'Дарья', new Date(Date.UTC(2015, 3, 21)), '4 б'])
    sheet.addRow(['Юдин', 'Марк', new Date(Date.UTC(2015, 10, 2)), '4Б'])
    const file = join(dir, 'список.xlsx')
    await workbook.xlsx.writeFile(file)
    const r = JSON.parse((await ok(['import', 'pupils', file, '--json'])).stdout)
    expect(r.detected).toEqual({encoding: 'xlsx', delimiter: null})
    expect(query('SELECT last_name AS last, birth_date AS birth FROM pupil ORDER BY last_name')).toEqual([
      {last: 'Юдин', birth: '2015-11-02'},
      {last: 'Яковлева', birth: '2015-04-21'},
    ])
    sheet.addRow(['Эмин', 'Али', 'вчера', '4Б'])
    await workbook.xlsx.writeFile(file)
    const bad = await run(['import', 'pupils', file, '-w', ws], EN)
    expect(bad.stderr).toContain('список.xlsx:Ученики!C4: column «Дата рождения»: «вчера» is not a date')
    const noSheet = await run(['import', 'pupils', file, '--sheet', 'Лист2', '-w', ws], EN)
    expect(noSheet.stderr).toContain('there is no sheet «Лист2»; the workbook has: Ученики')
  })

  it('imports classes, assignments and the timetable, and lists them', async () => {
    await ok(['import', 'staff', join(DATA, 'staff.csv')])
    await ok(['import', 'curriculum', join(DATA, 'curriculum.csv')])
    await ok([
      'import',
      'classes',
      writeCsv(dir, 'c.csv', [
        'Класс;Профиль;Классный руководитель;Учебная неделя',
        '10А;технологический;Громова Анна;6',
        '5а;;Фролов Илья Викторович;5',
      ]),
    ])
    await ok([
      'import',
      'assignments',
      writeCsv(dir, 'a.csv', ['Класс;Предмет;Учитель', '5А;Математика;Громова Анна Александровна']),
    ])
    await ok([
      'import',
      'timetable',
      writeCsv(dir, 't.csv', [
        'Класс;День недели;Урок;Предмет;Учитель',
        '5А;Пн;1;Математика;Громова Анна Александровна',
        '5А;2;1;Математика;Громова Анна Александровна',
      ]),
    ])
    const classes = JSON.parse((await ok(['classes', 'list', '--json'])).stdout)
    expect(classes).toEqual([
      {name: '5А', grade: 5, profile: null, weekDays: 5, classTeacher: 'Фролов Илья Викторович', pupils: 0},
      {
        name: '10А',
        grade: 10,
        profile: 'технологический',
        weekDays: 6,
        classTeacher: 'Громова Анна Александровна',
        pupils: 0,
      },
    ])
    const timetable = await ok(['timetable', 'show', '--class', '5 а'], RU)
    expect(timetable.stdout).toMatch(/Пн.*1.*Математика.*Громова Анна Александровна/)
    const curriculum = JSON.parse((await ok(['curriculum', 'list', '--grade', '5', '--json'])).stdout)
    expect(curriculum.find((c: {subject: string}) => c.subject === 'Математика')).toEqual({
      grade: 5,
      class: null,
      subject: 'Математика',
      hoursPerWeek: 5,
      split: false,
      assessment: 'marks',
    })
    const status = JSON.parse((await ok(['year', 'status', '--json'])).stdout)
    expect(status.items.find((i: {id: string}) => i.id === 'timetable')).toMatchObject({
      ok: false,
      count: 1,
      total: 2,
    })
    const history = JSON.parse((await ok(['import', 'history', '--json'])).stdout)
    expect(history.map((h: {kind: string; created: number}) => [h.kind, h.created])).toEqual([
      ['staff', 24],
      ['curriculum', 71],
      ['classes', 2],
      ['assignments', 1],
      ['timetable', 2],
    ])
    expect(history[0].sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('writes templates that import back', async () => {
    const csv = join(dir, 'pupils.csv')
    await ok(['import', 'template', 'pupils', '-o', csv])
    expect(readFileSync(csv, 'utf8').split('\r\n')[0]).toBe(
      '\ufeffФамилия;Имя;Отчество;Дата рождения;Пол;Класс;Иностранный язык;Внешний ID;ФИО родителя 1;Email родителя 1;ФИО родителя 2;Email родителя 2',
    )
    await ok(['import', 'pupils', csv])
    const xlsx = join(dir, 'staff.xlsx')
    await ok(['import', 'template', 'staff', '--xlsx', '-o', xlsx])
    expect(existsSync(xlsx)).toBe(true)
    await ok(['import', 'staff', xlsx])
    expect(count('staff')).toBe(1)
  })
})
