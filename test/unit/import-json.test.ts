// --json of an import written from its change log: the same text as the whole result
// stringified, whatever the number of changes.
import {describe, expect, it} from 'vitest'

import {ChangeLog} from '../../src/importing/change-log.js'
import {type ImportResult} from '../../src/importing/import.js'
import {type Change} from '../../src/importing/kind.js'
import {writeImportJson} from '../../src/importing/render.js'

const result: ImportResult = {
  kind: 'pupils',
  dryRun: true,
  applied: false,
  detected: {encoding: 'cp1251', delimiter: ';'},
  counts: {created: 0, updated: 0, unchanged: 0, leaving: 0, rejected: 0},
  changes: [],
  more: {'+': 0, '~': 0, '-': 0},
  errors: [],
  warnings: [],
  rejectsFile: null,
}

async function json(changes: Change[]): Promise<string> {
  const log = new ChangeLog()
  for (const c of changes) log.add(c)
  let text = ''
  try {
    await writeImportJson(
      {...result, changes: changes.slice(0, 1), more: {'+': 7, '~': 0, '-': 0}},
      log,
      async (t) => {
        text += t
      },
    )
  } finally {
    log.close()
  }
  return text
}

const pupil = (i: number): Change => ({
  op: i % 3 ? '+' : '~',
  entity: 'pupil',
  name: `Ёлкина «Мария» ${'я'.repeat(i % 50)}, 5А`,
  line: i + 2,
  ...(i % 3 ? {} : {fields: [{field: 'class', old: '5Б', new: '5А'}]}),
})

describe('--json of an import', () => {
  it('is the result with every change, as JSON.stringify would print it', async () => {
    for (const n of [0, 1, 5000]) {
      const changes = Array.from({length: n}, (_, i) => pupil(i))
      expect(await json(changes)).toBe(JSON.stringify({...result, changes}, null, 2) + '\n')
    }
  })
})
