// Staff (сотрудники): teachers, class teachers, deputy directors, administrators.
import {editDistance, fullName, matchKey} from '../../people/names.js'
import {type Change, type ImportKind, type LineProblem, diff, str} from '../kind.js'
import * as p from '../parsers.js'
import {externalIdColumn} from './common.js'

type Key = 'lastName' | 'firstName' | 'middleName' | 'email' | 'position' | 'roles' | 'externalId'

export interface StaffRow {
  lastName: string
  firstName: string
  middleName: string
  email: string | null
  position: string | null
  roles: p.Role[]
  externalId: string | null
}

interface Stored extends StaffRow {
  id: number
  key: string
}

export const staffKind: ImportKind<Key, StaffRow> = {
  name: 'staff',
  needsYear: false,
  modes: ['upsert', 'insert', 'update'],
  columns: [
    {
      key: 'lastName',
      names: ['Фамилия', 'last_name'],
      required: true,
      parse: p.name,
      hint: 'фамилия',
      example: 'Громова',
    },
    {
      key: 'firstName',
      names: ['Имя', 'first_name'],
      required: true,
      parse: p.name,
      hint: 'имя',
      example: 'Анна',
    },
    {
      key: 'middleName',
      names: ['Отчество', 'middle_name'],
      parse: p.name,
      hint: 'отчество',
      example: 'Александровна',
    },
    {
      key: 'email',
      names: ['Email', 'E-mail', 'Электронная почта'],
      parse: p.email,
      hint: 'рабочий e-mail',
      example: 'gromova@school23.ru',
    },
    {key: 'position', names: ['Должность', 'position'], parse: p.text, hint: 'должность', example: 'учитель'},
    {
      key: 'roles',
      names: ['Роли', 'roles'],
      parse: p.roles,
      hint: 'учитель, классный руководитель, заместитель директора, администратор (через запятую)',
      example: 'учитель, классный руководитель',
    },
    externalIdColumn,
  ],

  toRow: (v) => ({
    row: {
      lastName: v.lastName as string,
      firstName: v.firstName as string,
      middleName: (v.middleName as string | undefined) ?? '',
      email: (v.email as string | undefined) ?? null,
      position: (v.position as string | undefined) ?? null,
      roles: (v.roles as p.Role[] | undefined) ?? ['teacher'],
      externalId: (v.externalId as string | undefined) ?? null,
    },
  }),

  key: (r) => r.externalId ?? `${matchKey(fullName(r))}|${r.email ?? ''}`,

  plan(rows, {db, mode}) {
    const stored = (
      db
        .prepare(
          `SELECT id, match_key AS key, last_name AS lastName, first_name AS firstName, middle_name AS middleName,
                  email, position, roles, external_id AS externalId FROM staff`,
        )
        .all() as Array<Stored & {roles: string}>
    ).map((s) => ({...s, roles: JSON.parse(s.roles) as p.Role[]}))
    const byExternal = new Map(stored.filter((s) => s.externalId).map((s) => [s.externalId!, s]))
    const byName = new Map(stored.map((s) => [`${s.key}|${s.email ?? ''}`, s]))
    // A file without e-mails still finds a person whose name is unique.
    const nameCount = new Map<string, number>()
    stored.forEach((s) => nameCount.set(s.key, (nameCount.get(s.key) ?? 0) + 1))
    const byNameOnly = new Map(stored.filter((s) => nameCount.get(s.key) === 1).map((s) => [s.key, s]))

    const changes: Change[] = []
    const problems: LineProblem[] = []
    const writes: Array<() => void> = []
    const insert = db.prepare(
      `INSERT INTO staff (last_name, first_name, middle_name, email, position, roles, external_id, match_key)
       VALUES (@lastName, @firstName, @middleName, @email, @position, @roles, @externalId, @key)`,
    )
    const update = db.prepare(
      `UPDATE staff SET last_name = @lastName, first_name = @firstName, middle_name = @middleName, email = @email,
         position = @position, roles = @roles, external_id = @externalId, match_key = @key WHERE id = @id`,
    )

    for (const {line, row} of rows) {
      const key = matchKey(fullName(row))
      const match =
        (row.externalId && byExternal.get(row.externalId)) ||
        byName.get(`${key}|${row.email ?? ''}`) ||
        (row.email ? undefined : byNameOnly.get(key))
      if (!match) {
        if (mode === 'update') {
          problems.push({line, key: 'import.notFound'})
          continue
        }
        const near = stored.find((s) => editDistance(s.key, key, 1) === 1)
        changes.push({
          op: '+',
          entity: 'staff',
          name: fullName(row),
          line,
          hint: near ? fullName(near) : undefined,
        })
        writes.push(() => insert.run({...row, roles: JSON.stringify(row.roles), key}))
        continue
      }
      if (mode === 'insert') {
        problems.push({line, key: 'import.alreadyExists', params: {name: fullName(match)}})
        continue
      }
      // An empty optional cell keeps what is stored: a short list does not erase e-mails.
      const merged: StaffRow = {
        ...row,
        email: row.email ?? match.email,
        position: row.position ?? match.position,
        externalId: row.externalId ?? match.externalId,
      }
      const fields = diff(describe(match), describe(merged))
      changes.push({op: fields.length ? '~' : '=', entity: 'staff', name: fullName(row), line, fields})
      if (fields.length)
        writes.push(() => update.run({...merged, roles: JSON.stringify(merged.roles), key, id: match.id}))
    }
    return {changes, problems, apply: () => writes.forEach((w) => w())}
  },
}

function describe(s: StaffRow): Record<string, string | null> {
  return {
    lastName: s.lastName,
    firstName: s.firstName,
    middleName: str(s.middleName),
    email: s.email,
    position: s.position,
    roles: s.roles.join(', '),
    externalId: s.externalId,
  }
}
