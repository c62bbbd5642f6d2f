// The year-end print forms of a demo school's archived year: the PDFs are left unpacked in a
// private folder to print (the signed bundles stay read-only), the output says where, and the
// summary sheet prints every subject's name whole in its turned column header.
import {createHash} from 'node:crypto'
import {spawnSync} from 'node:child_process'
import {mkdirSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

import {type Run, spawn, tempDir} from '../helpers/cli.js'

const dir = tempDir('ejournal-print-archive-')
const ws = join(dir, 'demo')
const env = {EJOURNAL_NOW: '2027-06-10T02:00:00Z', LANG: 'C.UTF-8', EJOURNAL_HOME: ws}
const archives = join(ws, 'archives')
const folder = join(archives, 'ejournal-2026-2027-print')
let created: Run

function must(r: Run): Run {
  expect(r.code, r.stderr + r.stdout).toBe(0)
  return r
}

const mode = (path: string) => statSync(path).mode & 0o777
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

beforeAll(() => {
  must(spawn(['demo', '--dir', ws, '--pupils', '60', '--as-of', '2027-06-10'], env))
  // The demo leaves a few year marks out on purpose: closed anyway.
  must(spawn(['year', 'close', '2026/2027', '--force', '--yes'], env))
  created = must(spawn(['archive', 'create', '2026/2027', '--yes'], env))
}, 300_000)

describe('archive create: the PDFs to print', () => {
  it('are unpacked into a private folder beside the bundles, the same files as in them', () => {
    expect(mode(folder)).toBe(0o700)
    expect(readdirSync(folder).sort()).toEqual(['journals', 'summaries'])
    const unpacked = join(dir, 'unpacked')
    mkdirSync(unpacked)
    for (const kind of ['journals', 'summaries']) {
      expect(mode(join(folder, kind))).toBe(0o700)
      const files = readdirSync(join(folder, kind))
      expect(files).toHaveLength(11) // one per class
      expect(files).toContain(kind === 'journals' ? '5А-классный-журнал.pdf' : '5А-сводная-ведомость.pdf')
      const bundle = join(archives, `ejournal-2026-2027-${kind}.tar.gz`)
      expect(mode(bundle)).toBe(0o400)
      expect(spawnSync('tar', ['-xzf', bundle, '-C', unpacked]).status).toBe(0)
      for (const f of files) {
        expect(mode(join(folder, kind, f))).toBe(0o600)
        expect(sha256(join(folder, kind, f))).toBe(
          sha256(join(unpacked, `ejournal-2026-2027-${kind}`, kind, f)),
        )
      }
    }
  })

  it('says where they are', () => {
    expect(created.stdout).toContain(
      `Print the PDFs in ${folder} (the same as in the bundles), bind and number them`,
    )
  })
})

describe('the summary sheet', () => {
  const pdf = join(folder, 'summaries', '5А-сводная-ведомость.pdf')
  const text = () => spawnSync('pdftotext', [pdf, '-'], {encoding: 'utf8'}).stdout.replace(/\s+/g, ' ')

  it('prints every subject name whole in the turned headers, none cut with «…»', () => {
    const page = text()
    for (const subject of [
      'Основы духовно-нравственной культуры народов России',
      'Изобразительное искусство',
      'Физическая культура',
      'Труд (технология)',
      'Иностранный язык',
    ])
      expect(page).toContain(subject)
    expect(page).not.toContain('…')
  })
})
