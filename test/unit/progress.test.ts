// The progress line on a terminal, and the bytes the reader reports for it.
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {terminalProgress} from '../../src/cli/progress.js'
import {openTable} from '../../src/importing/reader.js'
import {tempDir} from '../helpers/cli.js'

function stream(isTTY: boolean) {
  const written: string[] = []
  return {
    written,
    stream: {isTTY, write: (text: string) => written.push(text)} as unknown as NodeJS.WriteStream,
  }
}

describe('terminalProgress', () => {
  it('shows each whole percent once on a terminal and clears the line at the end', () => {
    const tty = stream(true)
    const progress = terminalProgress('Чтение файла', tty.stream)!
    for (const done of [0, 1, 2, 50, 100]) progress(done, 100)
    progress(100, 100)
    expect(tty.written).toEqual([
      '\rЧтение файла: 0%',
      '\rЧтение файла: 1%',
      '\rЧтение файла: 2%',
      '\rЧтение файла: 50%',
      '\rЧтение файла: 100%\r\u001b[K',
    ])
  })

  it('is nothing at all without a terminal (cron, pipes)', () => {
    expect(terminalProgress('Чтение файла', stream(false).stream)).toBeUndefined()
  })
})

describe('the reader', () => {
  it('reports the bytes read of a CSV, up to its size', async () => {
    const file = join(tempDir(), 'pupils.csv')
    const text = 'Фамилия;Имя\r\n' + 'Иванова;Мария\r\n'.repeat(100_000)
    writeFileSync(file, text)
    const seen: Array<[number, number]> = []
    const table = await openTable(file, {progress: (done, total) => seen.push([done, total])})
    let records = 0
    for await (const batch of table.batches) records += batch.length
    expect(records).toBe(100_000)
    const size = Buffer.byteLength(text)
    expect(seen.length).toBeGreaterThan(1)
    expect(seen.every(([, total]) => total === size)).toBe(true)
    expect(seen.at(-1)![0]).toBe(size)
  })
})
