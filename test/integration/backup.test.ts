// Backups on real workspaces in temp folders: run, list, status, verify against every kind of
// damage, restore, prune, the lock, and the passphrase instead of the key file.
import Database from 'better-sqlite3'
import {spawn as spawnChild} from 'node:child_process'
import {createHash, randomBytes} from 'node:crypto'
import {
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import {hostname} from 'node:os'
import {join} from 'node:path'
import {inflateRawSync} from 'node:zlib'
import {beforeEach, describe, expect, it} from 'vitest'

import {readHeader, seal, unseal} from '../../src/backup/container.js'
import {publish} from '../../src/backup/durable.js'
import {keySource, manifestSigner, newKek} from '../../src/backup/keys.js'
import {readManifest, stageManifest} from '../../src/backup/manifest.js'
import {run, tempDir} from '../helpers/cli.js'
import {seedYear} from '../helpers/school.js'

const DAY = 86_400_000
const START = Date.parse('2026-09-02T01:00:00Z') // 2 September, 11:00 in Vladivostok
const at = (days: number) => new Date(START + days * DAY).toISOString()
const EN = {
  LANG: 'en_US.UTF-8',
  LC_ALL: undefined,
  EJOURNAL_NOW: at(0),
  EJOURNAL_BACKUP_PASSPHRASE: undefined,
}
const RU = {...EN, LANG: 'ru_RU.UTF-8'}
// A pupil whose name must never appear in a backup file in clear.
const MARKER = 'Зорковидцева'

let ws: string

async function ok(args: string[], env: Record<string, string | undefined> = EN) {
  const r = await run([...args, '-w', ws], env)
  expect(r.code, r.stderr).toBe(0)
  return r
}

async function backup(
  days = 0,
): Promise<{id: string; file: string; bytes: number; sha256: string; rows: Record<string, number>}> {
  return JSON.parse((await ok(['backup', 'run', '--json'], {...EN, EJOURNAL_NOW: at(days)})).stdout)
}

async function verify(args: string[] = []) {
  const r = await run(['backup', 'verify', ...args, '--json', '-w', ws], EN)
  return {
    code: r.code,
    results: JSON.parse(r.stdout).results as Array<{
      id: string
      ok: boolean
      problems: Array<{code: string; message: string}>
    }>,
  }
}

const codes = (r: Awaited<ReturnType<typeof verify>>) =>
  r.results.map((x) => [x.ok, x.problems.map((p) => p.code)])
const backupsDir = () => join(ws, 'backups')
const manifestOf = (id: string) => join(backupsDir(), `${id}.manifest.json`)
const dataOf = (id: string) => join(backupsDir(), `${id}.ejb`)
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

function sql<T>(query: string, file = join(ws, 'ejournal.sqlite')): T[] {
  const db = new Database(file)
  try {
    const statement = db.prepare(query)
    if (statement.reader) return statement.all() as T[]
    statement.run()
    return []
  } finally {
    db.close()
  }
}

beforeEach(async () => {
  ws = join(tempDir(), 'school')
  expect(
    (
      await run(
        ['init', '-w', ws, '--school-name', 'МБОУ СОШ № 23', '--timezone', 'Asia/Vladivostok', '--yes'],
        EN,
      )
    ).code,
  ).toBe(0)
  await ok(['year', 'open', '2026/2027'])
  seedYear(
    ws,
    '2026/2027',
    [{name: '5А'}, {name: '6Б'}],
    [
      {last: MARKER, first: 'Алиса', cls: '5А'},
      {last: 'Петрова', first: 'Юлия', cls: '6Б'},
    ],
  )
})

describe('backup run', () => {
  it('makes a sealed, signed backup and says so', async () => {
    const r = await ok(['backup', 'run'], RU)
    expect(r.stdout).toMatch(
      /^Резервная копия \d{8}-\d{6}-[0-9a-f]{4} создана и проверена: [\d,]+ МБ \(база [\d,]+ МБ, таблиц: \d+, строк: [\d\u00a0\u202f]+\) за [\d,]+ с\.\nФайл: .*\.ejb\n$/,
    )
    const [entry] = JSON.parse((await ok(['backup', 'list', '--json'])).stdout)
    expect(Object.keys(entry)).toEqual([
      'id',
      'createdAt',
      'purpose',
      'object',
      'file',
      'bytes',
      'snapshotBytes',
      'snapshotSha256',
      'sha256',
      'rows',
      'state',
      'lastVerifiedAt',
    ])
    expect(entry).toMatchObject({
      createdAt: '2026-09-02T01:00:00.000Z',
      purpose: 'run',
      object: null,
      state: 'ok',
    })
    expect(entry.rows).toMatchObject({academic_year: 1, class: 2, pupil: 2, period: 6})
    const manifest = JSON.parse(readFileSync(manifestOf(entry.id), 'utf8'))
    expect(manifest).toMatchObject({
      format: 1,
      sequence: 1,
      program: 'ejournal 0.1.0',
      cipher: 'aes-256-gcm',
      compression: 'gzip-1',
      previous: null,
    })
    expect(manifest.keyId).toMatch(/^keyfile:[0-9a-f]{16}$/)
    expect(manifest.signer).toMatch(/^ed25519:[0-9a-f]{16}$/)
    for (const f of [dataOf(entry.id), manifestOf(entry.id), join(ws, 'keys/manifest-signing.key')])
      expect(statSync(f).mode & 0o777, f).toBe(0o600)
    expect(readdirSync(backupsDir()).filter((f) => f.endsWith('.partial'))).toEqual([])
    expect(sql<{action: string; ok: number}>('SELECT action, ok FROM backup_log')).toEqual([
      {action: 'run', ok: 1},
    ])
    expect(
      sql<{action: string; object: string}>(
        "SELECT action, object FROM audit_log WHERE action = 'backup.run'",
      ),
    ).toEqual([{action: 'backup.run', object: entry.id}])
  })

  it('prints the JSON contract, and chains each manifest to the one before', async () => {
    const first = await backup()
    expect(Object.keys(first)).toEqual(['id', 'file', 'bytes', 'sha256', 'rows', 'durationMs', 'copy'])
    expect(first).toMatchObject({
      file: dataOf(first.id),
      bytes: statSync(dataOf(first.id)).size,
      sha256: sha256(dataOf(first.id)),
      copy: null,
    })
    const second = await backup(1)
    const manifest = JSON.parse(readFileSync(manifestOf(second.id), 'utf8'))
    expect(manifest.sequence).toBe(2)
    expect(manifest.previous).toEqual({id: first.id, sha256: sha256(manifestOf(first.id))})
  })

  it('never writes the journal in clear: no name, no readable gzip, no key', async () => {
    const {id} = await backup()
    const bytes = readFileSync(dataOf(id))
    expect(bytes.includes(Buffer.from(MARKER))).toBe(false)
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false)
    expect(bytes.includes(readFileSync(join(ws, 'keys/backup.key')))).toBe(false)
    // Each record, were it only gzip, would inflate; sealed, it does not.
    const {preamble} = readHeader(dataOf(id))
    const length = bytes.readUInt32BE(preamble.length)
    expect(() =>
      inflateRawSync(bytes.subarray(preamble.length + 4 + 10, preamble.length + 4 + length)),
    ).toThrow()
    // And opened with the key, it is the database.
    const restored = join(tempDir(), 'plain.sqlite')
    await unseal(
      dataOf(id),
      restored,
      keySource({dir: ws, settings: JSON.parse(readFileSync(join(ws, 'ejournal.json'), 'utf8'))}),
      {durable: false},
    )
    expect(sql<{last_name: string}>('SELECT last_name FROM pupil ORDER BY id', restored)).toEqual([
      {last_name: MARKER},
      {last_name: 'Петрова'},
    ])
  })

  it('with --if-due does nothing and prints nothing until the interval has passed', async () => {
    await backup(0)
    const early = await run(['backup', 'run', '--if-due', '--yes', '-w', ws], {...EN, EJOURNAL_NOW: at(13)})
    expect(early).toEqual({code: 0, stdout: '', stderr: ''})
    expect(
      JSON.parse((await ok(['backup', 'run', '--if-due', '--json'], {...EN, EJOURNAL_NOW: at(13)})).stdout),
    ).toEqual({
      skipped: true,
      nextDue: '2026-09-16',
    })
    const due = await ok(['backup', 'run', '--if-due', '--yes'], {...EN, EJOURNAL_NOW: at(14)})
    expect(due.stdout).toContain('made and verified')
    expect(JSON.parse((await ok(['backup', 'list', '--json'])).stdout)).toHaveLength(2)
  })

  it('shows the plan on --dry-run and writes nothing', async () => {
    const r = await ok(['backup', 'run', '--dry-run'])
    expect(r.stdout).toMatch(
      /^Would back up the database \([\d.]+ MB\) into .*backups: [\d.]+ MB needed, [\d.,]+ MB free\.\nDry run: nothing was written\.\n$/,
    )
    expect(readdirSync(backupsDir())).toEqual([])
  })

  it('copies to a second folder with --to, and refuses a folder that is not there', async () => {
    const usb = tempDir()
    const made = JSON.parse((await ok(['backup', 'run', '--to', usb, '--json'])).stdout)
    expect(made.copy).toBe(join(usb, `${made.id}.ejb`))
    expect(readdirSync(usb).sort()).toEqual([`${made.id}.ejb`, `${made.id}.manifest.json`])
    expect(sha256(join(usb, `${made.id}.ejb`))).toBe(made.sha256)
    expect(readFileSync(join(usb, `${made.id}.manifest.json`))).toEqual(readFileSync(manifestOf(made.id)))
    const missing = await run(['backup', 'run', '--to', join(usb, 'not-mounted'), '-w', ws], EN)
    expect(missing.code).toBe(1)
    expect(missing.stderr).toBe(
      `The folder ${join(usb, 'not-mounted')} does not exist. Is the drive connected and mounted?\n`,
    )
    expect(JSON.parse((await ok(['backup', 'list', '--json'])).stdout)).toHaveLength(1)
  })
})

describe('backup status', () => {
  it('exits 3 when there has never been a backup', async () => {
    const r = await run(['backup', 'status', '-w', ws], RU)
    expect(r.code).toBe(3)
    expect(r.stdout).toBe(
      'Проверенных резервных копий нет (п. 6.5 требует делать их не реже раза в 14 дн.). Создайте копию сейчас: ejournal backup run\n',
    )
  })

  it('shows the age and the due date, and exits 3 once it has passed', async () => {
    const {id} = await backup(0)
    const fine = await ok(['backup', 'status'], {...EN, EJOURNAL_NOW: at(14)})
    expect(fine.stdout).toContain(`Last verified backup: ${id} of 02.09.2026 11:00, 14 days ago.`)
    expect(fine.stdout).toContain('Next backup due by 16.09.2026 (at least every 14 days, п. 6.5).')
    const late = await run(['backup', 'status', '--json', '-w', ws], {...EN, EJOURNAL_NOW: at(15)})
    expect(late.code).toBe(3)
    expect(JSON.parse(late.stdout)).toEqual({
      last: {id, createdAt: at(0)},
      intervalDays: 14,
      lastDate: '2026-09-02',
      ageDays: 15,
      nextDue: '2026-09-16',
      due: true,
      overdue: true,
      backups: 1,
      bytes: statSync(dataOf(id)).size,
      warnings: [],
    })
  })

  it('follows policy.backupIntervalDays', async () => {
    const settings = JSON.parse(readFileSync(join(ws, 'ejournal.json'), 'utf8'))
    writeFileSync(join(ws, 'ejournal.json'), JSON.stringify({...settings, policy: {backupIntervalDays: 7}}))
    await backup(0)
    expect((await run(['backup', 'status', '-w', ws], {...EN, EJOURNAL_NOW: at(8)})).code).toBe(3)
  })

  it('does not count a backup whose last verification failed', async () => {
    const {id} = await backup(0)
    truncateSync(dataOf(id), 100)
    await verify()
    const r = await run(['backup', 'status', '-w', ws], EN)
    expect(r.code).toBe(3)
    expect(r.stdout).toContain('No verified backup yet')
  })
})

describe('backup verify', () => {
  it('passes a sound backup at every level, --full too', async () => {
    const {id} = await backup()
    expect(await verify(['--full'])).toEqual({code: 0, results: [{id, ok: true, problems: []}]})
    const text = await ok(['backup', 'verify', id.slice(0, 15)], RU)
    expect(text.stdout).toBe(`✓ ${id} от 02.09.2026 11:00: опись, файл и пробное восстановление в порядке\n`)
    expect(sql<{details: string}>("SELECT details FROM backup_log WHERE action = 'verify'")[0]).toEqual({
      details: 'full',
    })
  })

  it('finds a flipped byte in the ciphertext', async () => {
    const {id} = await backup()
    const bytes = readFileSync(dataOf(id))
    bytes[bytes.length - 40]! ^= 0x01
    writeFileSync(dataOf(id), bytes)
    const r = await verify()
    expect(r.code).toBe(1)
    expect(codes(r)).toEqual([[false, ['dataHash', 'damagedAt']]])
    expect(r.results[0]!.problems[0]!.message).toBe(
      'the SHA-256 of the backup file differs from the manifest: the file is damaged or was changed',
    )
    expect(r.results[0]!.problems[1]!.message).toMatch(
      /^block \d+ is damaged or was changed \(it fails authentication\)$/,
    )
    const text = await run(['backup', 'verify', '-w', ws], RU)
    expect(text.stdout).toContain(
      `✗ ${id} от 02.09.2026 11:00:\n  – SHA-256 файла копии не совпадает с описью: файл повреждён или изменён\n  – блок`,
    )
  })

  it('finds a flipped byte in the header', async () => {
    const {id} = await backup()
    const bytes = readFileSync(dataOf(id))
    const at = bytes.indexOf('"noncePrefix":"') + 16
    bytes[at] = bytes[at] === 0x41 ? 0x42 : 0x41
    writeFileSync(dataOf(id), bytes)
    expect(codes(await verify())).toEqual([[false, ['dataHash', 'damagedAt']]])
  })

  it('finds a flipped byte in the database inside a backup that was sealed and signed again', async () => {
    // Someone with the keys: the file and manifest are consistent, the content is not the snapshot.
    const {id} = await backup()
    const settings = JSON.parse(readFileSync(join(ws, 'ejournal.json'), 'utf8'))
    const keys = keySource({dir: ws, settings})
    const plain = join(tempDir(), 'plain.sqlite')
    await unseal(dataOf(id), plain, keys, {durable: false})
    const db = readFileSync(plain)
    db[db.length - 100]! ^= 0x20
    writeFileSync(plain, db)
    rmSync(dataOf(id))
    const sealed = await seal(plain, dataOf(id), newKek(keys))
    const {manifest} = readManifest(manifestOf(id))!
    const {signature: _signature, ...unsigned} = {...manifest, data: sealed.data}
    const staged = stageManifest(manifestOf(id), unsigned, manifestSigner(join(ws, 'keys'), false)!)
    publish(staged, manifestOf(id), backupsDir())
    const r = await verify()
    expect(codes(r)).toEqual([[false, ['snapshotHash']]])
    expect(r.results[0]!.problems[0]!.message).toBe(
      'the restored database differs from the snapshot that was backed up (SHA-256)',
    )
  })

  it('finds a truncated file', async () => {
    const {id} = await backup()
    const size = statSync(dataOf(id)).size
    truncateSync(dataOf(id), size - 1000)
    const r = await verify()
    expect(codes(r)).toEqual([[false, ['truncated', 'truncatedAt']]])
    expect(r.results[0]!.problems[0]!.message).toBe(
      `the backup file is cut short: ${size - 1000} bytes of ${size}`,
    )
  })

  it('tells a wrong key from damage', async () => {
    const {id} = await backup()
    const keyFile = join(ws, 'keys/backup.key')
    writeFileSync(keyFile, randomBytes(32))
    const r = await verify()
    expect(codes(r)).toEqual([[false, ['wrongKey']]])
    expect(r.results[0]!.problems[0]!.message).toMatch(
      new RegExp(
        `^the backup was sealed with key keyfile:[0-9a-f]{16}, but ${keyFile} is key keyfile:[0-9a-f]{16}: put the right key file in place$`,
      ),
    )
    unlinkSync(keyFile)
    expect((await verify([id])).results[0]!.problems[0]!.message).toBe(
      `The backup key ${keyFile} is missing. Put back the copy you kept off this machine, or set EJOURNAL_BACKUP_PASSPHRASE if the backups were made with a passphrase.`,
    )
  })

  it('finds a changed manifest, a missing one, and the gap it leaves in the chain', async () => {
    const first = await backup(0)
    const second = await backup(1)
    const third = await backup(2)
    const changed = readFileSync(manifestOf(third.id), 'utf8').replace('"pupil": 2', '"pupil": 3')
    writeFileSync(manifestOf(third.id), changed)
    unlinkSync(manifestOf(first.id))
    const r = await verify(['--all'])
    expect(r.code).toBe(1)
    expect(r.results.map((x) => [x.id, x.problems.map((p) => p.code)])).toEqual([
      [first.id, ['manifestMissing']],
      [second.id, ['chainGap']],
      [third.id, ['badSignature', 'rowCounts']],
    ])
    expect(r.results[0]!.problems[0]!.message).toBe(
      'the manifest is missing: without it the file is not a backup',
    )
    // A file whose manifest is lost is evidence: the next run keeps it.
    await backup(3)
    expect(existsSync(dataOf(first.id))).toBe(true)
  })

  it('reports an unknown id as an error', async () => {
    await backup()
    const r = await run(['backup', 'verify', 'nonsense', '-w', ws], EN)
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('There is no backup nonsense. See «ejournal backup list».\n')
    const both = await run(['backup', 'verify', 'nonsense', '--all', '-w', ws], EN)
    expect([both.code, both.stderr]).toEqual([2, 'Give either a backup id or --all, not both.\n'])
    const none = join(tempDir(), 'empty')
    await run(['init', '-w', none, '--school-name', 'Школа', '--yes'], EN)
    expect((await run(['backup', 'verify', '-w', none], EN)).stderr).toBe(
      'There are no backups yet. Make one with «ejournal backup run».\n',
    )
  })
})

describe('backup restore', () => {
  it('restores into a new file, byte for byte the snapshot', async () => {
    const {id} = await backup()
    const [entry] = JSON.parse((await ok(['backup', 'list', '--json'])).stdout)
    const target = join(tempDir(), 'check.sqlite')
    const r = await ok(['backup', 'restore', id, '--to', target])
    expect(r.stdout).toBe(`Backup ${id} of 02.09.2026 11:00 restored into ${target} and checked.\n`)
    expect(sha256(target)).toBe(entry.snapshotSha256)
    expect(statSync(target).mode & 0o777).toBe(0o600)
    expect(sql<{n: number}>('SELECT count(*) AS n FROM pupil', target)).toEqual([{n: 2}])
    const again = await run(['backup', 'restore', id, '--to', target, '-w', ws], EN)
    expect(again.code).toBe(1)
    expect(again.stderr).toBe(`${target} already exists; restore into a new file.\n`)
  })

  it('replaces the live database only with --force, after a backup of it', async () => {
    const {id} = await backup(0)
    sql("INSERT INTO pupil (last_name, first_name) VALUES ('Поздняков', 'Артём')")
    const refused = await run(['backup', 'restore', id, '--force', '-w', ws], EN)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toBe(
      'This replaces the journal database. There is no terminal to ask on: pass --yes to confirm.\n',
    )
    expect(sql<{n: number}>('SELECT count(*) AS n FROM pupil')).toEqual([{n: 3}])
    const usage = await run(['backup', 'restore', id, '-w', ws], EN)
    expect(usage.code).toBe(2)

    const r = await ok(['backup', 'restore', id, '--force', '--yes', '--json'], {...EN, EJOURNAL_NOW: at(1)})
    const result = JSON.parse(r.stdout)
    expect(result).toMatchObject({id, replaced: true, ok: true, problems: []})
    expect(sql<{n: number}>('SELECT count(*) AS n FROM pupil')).toEqual([{n: 2}])
    const list = JSON.parse((await ok(['backup', 'list', '--json'])).stdout)
    expect(
      list.map((b: {id: string; purpose: string; object: string}) => [b.id, b.purpose, b.object]),
    ).toEqual([
      [id, 'run', null],
      [result.safetyBackup, 'before-restore', id],
    ])
    expect(list[1].rows.pupil).toBe(3)
    expect(
      sql<{action: string; object: string}>(
        "SELECT action, object FROM audit_log WHERE action = 'backup.restore'",
      ),
    ).toEqual([{action: 'backup.restore', object: id}])
    expect((await verify(['--all'])).code).toBe(0)
  })

  it('restores nothing from a damaged backup', async () => {
    const {id} = await backup()
    sql("INSERT INTO pupil (last_name, first_name) VALUES ('Поздняков', 'Артём')")
    truncateSync(dataOf(id), 500)
    const r = await run(['backup', 'restore', id, '--force', '--yes', '-w', ws], EN)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      `Backup ${id} was not restored; nothing was changed:\n  – the backup file is cut short`,
    )
    expect(sql<{n: number}>('SELECT count(*) AS n FROM pupil')).toEqual([{n: 3}])
    expect(readdirSync(ws).filter((f) => f.includes('.partial'))).toEqual([])
    expect(JSON.parse((await ok(['backup', 'list', '--json'])).stdout)).toHaveLength(1)
  })
})

describe('backup prune', () => {
  it('keeps by the policy, shows the plan without --yes, deletes and logs with --yes', async () => {
    // Backups on 2.09 of 2023…2026 and every two weeks of the last two months, seen from 2.09.2026.
    const days = [-3 * 365 - 1, -2 * 365 - 1, -365, -70, -66, -56, -42, -28, -14, 0]
    const ids: string[] = []
    for (const d of days) ids.push((await backup(d)).id)
    const plan = await ok(['backup', 'prune'])
    expect(plan.stdout).toContain('Dry run: nothing was deleted. Pass --yes to delete.')
    expect(plan.stdout).toMatch(new RegExp(`delete  ${ids[3]} of 24\\.06\\.2026 11:00, [\\d.]+ MB`))
    expect(plan.stdout).toContain(
      `keep    ${ids[9]} of 02.09.2026 11:00: the newest verified backup; made in the last 8 weeks; the newest of its month; the newest of its year`,
    )
    expect(JSON.parse((await ok(['backup', 'list', '--json'])).stdout)).toHaveLength(10)

    const r = JSON.parse((await ok(['backup', 'prune', '--yes', '--json'])).stdout)
    expect(r.applied).toBe(true)
    // 24.06 and 28.06 share June: the newest of the month stays; 8.07 is just within the 8 weeks.
    expect(r.remove.map((x: {id: string}) => x.id)).toEqual([ids[3]])
    expect(existsSync(dataOf(ids[3]!)) || existsSync(manifestOf(ids[3]!))).toBe(false)
    expect(
      sql<{action: string; backup_id: string}>(
        "SELECT action, backup_id FROM backup_log WHERE action = 'prune'",
      ),
    ).toEqual([{action: 'prune', backup_id: ids[3]}])
    expect(sql<{outcome: string}>("SELECT outcome FROM audit_log WHERE action = 'backup.prune'")).toEqual([
      {outcome: `deleted 1 backup: ${ids[3]}`},
    ])
    // What is left still verifies: the gap left by pruning is not a broken chain.
    expect((await verify(['--all'])).code).toBe(0)
    expect((await ok(['backup', 'prune', '--yes'])).stdout).toBe(
      'Nothing to delete: the policy keeps all 9 backups.\n',
    )
  })
})

describe('the lock', () => {
  function lockedBy(pid: number) {
    writeFileSync(
      join(backupsDir(), 'backup.lock'),
      JSON.stringify({pid, host: hostname(), startedAt: '2026-09-02T00:59:00.000Z', command: 'backup run'}),
    )
  }

  it('refuses while another live process holds it, takes over a stale one, and waits with --lock-wait', async () => {
    const sleeper = spawnChild('sleep', ['30'])
    try {
      lockedBy(sleeper.pid!)
      const refused = await run(['backup', 'run', '-w', ws], EN)
      expect(refused.code).toBe(1)
      expect(refused.stderr).toBe(
        `Another backup operation is running («backup run», process ${sleeper.pid} on ${hostname()}, since 2026-09-02T00:59:00.000Z). Try again later or pass --lock-wait SECONDS; if no such process exists, delete ${join(backupsDir(), 'backup.lock')}.\n`,
      )
      setTimeout(() => unlinkSync(join(backupsDir(), 'backup.lock')), 700)
      await ok(['backup', 'run', '--lock-wait', '10'])
    } finally {
      sleeper.kill()
    }
    lockedBy(2 ** 22 + 12345) // above pid_max: never alive
    await ok(['backup', 'run'])
    expect(existsSync(join(backupsDir(), 'backup.lock'))).toBe(false)
    expect(JSON.parse((await ok(['backup', 'list', '--json'])).stdout)).toHaveLength(2)
  })
})

describe('a passphrase instead of the key file', () => {
  it('seals with EJOURNAL_BACKUP_PASSPHRASE and needs it back', async () => {
    const secret = {...EN, EJOURNAL_BACKUP_PASSPHRASE: 'Кипарис-весна-1987'}
    const {id} = JSON.parse((await ok(['backup', 'run', '--json'], secret)).stdout)
    expect(JSON.parse(readFileSync(manifestOf(id), 'utf8')).keyId).toBe('passphrase')
    expect((await run(['backup', 'verify', '-w', ws], secret)).code).toBe(0)
    expect(codes(await verify())).toEqual([[false, ['noPassphrase']]])
    const wrong = await run(['backup', 'verify', '--json', '-w', ws], {
      ...EN,
      EJOURNAL_BACKUP_PASSPHRASE: 'не тот',
    })
    expect(JSON.parse(wrong.stdout).results[0].problems).toEqual([
      {
        code: 'wrongPassphrase',
        message: 'the passphrase in EJOURNAL_BACKUP_PASSPHRASE does not open this backup',
      },
    ])
  })
})
