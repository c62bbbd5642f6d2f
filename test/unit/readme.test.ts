// The README tells the truth about what the code accepts.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {importColumnsMarkdown} from '../../src/importing/columns-doc.js'
import {ROOT} from '../helpers/cli.js'

describe('README', () => {
  it('lists the import columns exactly as the kinds define them', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(importColumnsMarkdown())
  })
})
