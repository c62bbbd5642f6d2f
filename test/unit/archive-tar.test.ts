// The archive's small ustar writer and reader: what it writes, GNU tar reads (tar tzf, tar xzf),
// and what GNU tar writes in ustar format, it reads; a damaged header or a cut archive is caught.
import {execFileSync} from 'node:child_process'
import {createReadStream, createWriteStream, mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import {pipeline} from 'node:stream/promises'
import {createGunzip, createGzip, gunzipSync, gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'

import {readTar, tarHeader, tarStream} from '../../src/archive/tar.js'
import {tempDir} from '../helpers/cli.js'

function files(dir: string): Array<{name: string; path: string; bytes: number}> {
  const make = (name: string, content: Buffer | string) => {
    const path = join(dir, name.replace(/\//g, '_'))
    writeFileSync(path, content)
    return {name, path, bytes: statSync(path).size}
  }
  return [
    make('bundle/manifest.json', '{"a": 1}\n'),
    make('bundle/journals/5А-классный-журнал.pdf', Buffer.alloc(70_000, 7)),
    make('bundle/empty.csv', ''),
    make('bundle/exactly-512.bin', Buffer.alloc(512, 1)),
    // 150 bytes of name: it goes into ustar's prefix field.
    make(`bundle/${'каталог/'.repeat(6)}сводная-ведомость.csv`, '№;ФИО\r\n1;Иванова Мария\r\n'),
  ]
}

async function writeTarGz(target: string, entries: ReturnType<typeof files>): Promise<void> {
  await pipeline(Readable.from(tarStream(entries, 1_780_000_000)), createGzip(), createWriteStream(target))
}

async function readBack(file: string): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>()
  await readTar(createReadStream(file).pipe(createGunzip()), (name) => {
    const parts: Buffer[] = []
    return {data: (c) => parts.push(Buffer.from(c)), end: () => void found.set(name, Buffer.concat(parts))}
  })
  return found
}

describe('tar', () => {
  it('writes archives that GNU tar lists and extracts, names in UTF-8, files read-only for their owner', async () => {
    const dir = tempDir()
    const entries = files(dir)
    const target = join(dir, 'bundle.tar.gz')
    await writeTarGz(target, entries)
    expect(execFileSync('tar', ['tzf', target], {encoding: 'utf8'}).trim().split('\n')).toEqual(
      entries.map((e) => e.name),
    )
    const out = join(dir, 'out')
    mkdirSync(out)
    execFileSync('tar', ['xzf', target, '-C', out])
    for (const e of entries) {
      expect(readFileSync(join(out, e.name)).equals(readFileSync(e.path)), e.name).toBe(true)
      expect(statSync(join(out, e.name)).mode & 0o777).toBe(0o400)
    }
    const listing = execFileSync('tar', ['tzvf', target], {encoding: 'utf8'})
    expect(listing).toContain('0/0')
    // The same files give the same bytes.
    const again = join(dir, 'again.tar.gz')
    await writeTarGz(again, entries)
    expect(readFileSync(again).equals(readFileSync(target))).toBe(true)
  })

  it('reads its own archives and GNU tar’s ustar archives back', async () => {
    const dir = tempDir()
    const entries = files(dir)
    const own = join(dir, 'own.tar.gz')
    await writeTarGz(own, entries)
    const found = await readBack(own)
    expect([...found.keys()]).toEqual(entries.map((e) => e.name))
    for (const e of entries) expect(found.get(e.name)!.equals(readFileSync(e.path)), e.name).toBe(true)

    const src = join(dir, 'gnu')
    mkdirSync(join(src, 'папка'), {recursive: true})
    writeFileSync(join(src, 'папка', 'файл.txt'), 'привет')
    const gnu = join(dir, 'gnu.tar.gz')
    execFileSync('tar', ['--format=ustar', '-czf', gnu, '-C', src, 'папка'])
    expect(Object.fromEntries([...(await readBack(gnu))].map(([k, v]) => [k, v.toString()]))).toEqual({
      'папка/файл.txt': 'привет',
    })
  })

  it('refuses a damaged header and a truncated archive', async () => {
    const dir = tempDir()
    const target = join(dir, 'a.tar.gz')
    await writeTarGz(target, files(dir))
    const tar = gunzipSync(readFileSync(target))
    const damaged = Buffer.from(tar)
    damaged[10] = damaged[10]! ^ 0xff
    writeFileSync(join(dir, 'damaged.tar.gz'), gzipSync(damaged))
    await expect(readBack(join(dir, 'damaged.tar.gz'))).rejects.toThrow(/checksum/)
    writeFileSync(join(dir, 'cut.tar.gz'), gzipSync(tar.subarray(0, 40_000)))
    await expect(readBack(join(dir, 'cut.tar.gz'))).rejects.toThrow(/truncated/)
  })

  it('refuses a name ustar cannot hold', () => {
    expect(() => tarHeader('x'.repeat(120), 1, 0)).toThrow(/too long/)
    expect(tarHeader('a/' + 'x'.repeat(99), 1, 0).length).toBe(512)
  })
})
