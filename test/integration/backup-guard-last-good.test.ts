// «The last good backup» is one definition (issue 17, item 3): `backup status`, `backup run
// --if-due` and the check rule backups-fresh agree about it — on a backup dated in the future
// (made while the clock was ahead), on a fresh one, and on one whose files were deleted.
import {rmSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

import {run, tempDir} from '../helpers/cli.js'

const EN = {LANG: 'C.UTF-8'}
let ws: string

async function ok(args: string[], now: string) {
  const r = await run([...args, '-w', ws], {...EN, EJOURNAL_NOW: now})
  expect(r.code, r.stderr + r.stdout).toBe(0)
  return r
}

/** What each of the three says at a moment: status's last backup, whether --if-due would run, the rule's finding. */
async function views(now: string, asOf: string) {
  const status = await run(['backup', 'status', '--json', '-w', ws], {...EN, EJOURNAL_NOW: now})
  const check = await run(['check', '--rule', 'backups-fresh', '--as-of', asOf, '--json', '-w', ws], {
    ...EN,
    EJOURNAL_NOW: now,
  })
  const s = JSON.parse(status.stdout)
  const findings = JSON.parse(check.stdout).findings as unknown[]
  return {
    status: {code: status.code, last: s.last?.id ?? null, due: s.due, warnings: s.warnings},
    check: {code: check.code, findings: findings.length},
  }
}

beforeAll(async () => {
  ws = join(tempDir(), 'school')
  const r = await run(
    ['init', '-w', ws, '--school-name', 'МБОУ СОШ № 23', '--timezone', 'Asia/Vladivostok', '--yes'],
    {...EN, EJOURNAL_NOW: '2026-08-30T02:00:00Z'},
  )
  expect(r.code, r.stderr).toBe(0)
  await ok(['year', 'open', '2026/2027'], '2026-08-30T02:00:00Z')
})

describe('status, run --if-due and backups-fresh', () => {
  it('agree on a backup from the future, a fresh one and one whose files are gone', async () => {
    const future = JSON.parse((await ok(['backup', 'run', '--json'], '2027-02-01T01:00:00Z')).stdout).id
    // 20.09: nothing good yet — a backup dated February does not count for any of them.
    expect(await views('2026-09-20T01:00:00Z', '2026-09-20')).toEqual({
      status: {
        code: 3,
        last: null,
        due: true,
        warnings: [{code: 'future', id: future, at: '2027-02-01T01:00:00.000Z'}],
      },
      check: {code: 3, findings: 1},
    })

    const made = JSON.parse(
      (await ok(['backup', 'run', '--if-due', '--yes', '--json'], '2026-09-20T01:00:00Z')).stdout,
    ).id
    expect((await views('2026-09-21T01:00:00Z', '2026-09-21')).status).toMatchObject({
      code: 0,
      last: made,
      due: false,
    })
    expect((await views('2026-09-21T01:00:00Z', '2026-09-21')).check).toEqual({code: 0, findings: 0})

    // Its files deleted: status and the cron line see it at once; verify logs it failed, and the rule follows.
    for (const ext of ['.ejb', '.manifest.json']) rmSync(join(ws, 'backups', made + ext))
    const gone = await views('2026-09-21T01:00:00Z', '2026-09-21')
    expect(gone.status).toMatchObject({code: 3, last: null, due: true})
    expect(gone.status.warnings).toContainEqual({code: 'missing', id: made, at: expect.any(String)})
    const verify = await run(['backup', 'verify', '--all', '-w', ws], {
      ...EN,
      EJOURNAL_NOW: '2026-09-21T01:00:00Z',
    })
    expect(verify.code).toBe(1)
    expect((await views('2026-09-21T01:00:00Z', '2026-09-21')).check).toEqual({code: 3, findings: 1})
  })
})
