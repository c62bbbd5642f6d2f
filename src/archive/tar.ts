// A small ustar (POSIX tar) writer and reader: node has gzip but no tar. 512-byte headers with
// their checksum, the data padded to 512 bytes, two zero blocks at the end. Only regular files;
// fixed owner (0/0), mode 0400 (the files hold personal data) and time, so the same files give the
// same bytes.
import {createReadStream} from 'node:fs'

const BLOCK = 512

export interface TarEntry {
  /** Inside the archive, '/'-separated, UTF-8. */
  name: string
  /** The file on disk. */
  path: string
  bytes: number
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0'
}

/** Splits a name into ustar's prefix (155 bytes) and name (100 bytes) at a '/'. */
function splitName(name: string): {prefix: string; base: string} {
  if (Buffer.byteLength(name) <= 100) return {prefix: '', base: name}
  for (let i = name.indexOf('/'); i > 0; i = name.indexOf('/', i + 1)) {
    const prefix = name.slice(0, i)
    const base = name.slice(i + 1)
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(base) <= 100) return {prefix, base}
  }
  throw new Error(`tar: the name is too long for ustar: ${name}`)
}

export function tarHeader(name: string, bytes: number, mtime: number): Buffer {
  const h = Buffer.alloc(BLOCK)
  const {prefix, base} = splitName(name)
  h.write(base, 0, 100, 'utf8')
  h.write(octal(0o400, 8), 100, 'ascii')
  h.write(octal(0, 8), 108, 'ascii')
  h.write(octal(0, 8), 116, 'ascii')
  h.write(octal(bytes, 12), 124, 'ascii')
  h.write(octal(mtime, 12), 136, 'ascii')
  h.write('        ', 148, 'ascii')
  h.write('0', 156, 'ascii')
  h.write('ustar\0' + '00', 257, 'ascii')
  h.write(prefix, 345, 155, 'utf8')
  h.write(octal(checksum(h), 7) + ' ', 148, 'ascii')
  return h
}

/** The sum of the header's bytes with the checksum field read as spaces. */
function checksum(h: Buffer): number {
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i]!
  return sum
}

/** The archive's bytes, file by file, streamed from the disk. */
export async function* tarStream(entries: readonly TarEntry[], mtime: number): AsyncGenerator<Buffer> {
  for (const e of entries) {
    yield tarHeader(e.name, e.bytes, mtime)
    let read = 0
    for await (const chunk of createReadStream(e.path)) {
      read += (chunk as Buffer).length
      yield chunk as Buffer
    }
    if (read !== e.bytes) throw new Error(`tar: ${e.path} changed while being archived`)
    if (read % BLOCK) yield Buffer.alloc(BLOCK - (read % BLOCK))
  }
  yield Buffer.alloc(2 * BLOCK)
}

export interface EntryReader {
  data(chunk: Buffer): void
  end(): void | Promise<void>
}

/**
 * Reads a tar stream (already gunzipped), calling onEntry for each regular file and feeding it
 * the file's data. Throws on a damaged header or a truncated archive.
 */
export async function readTar(
  source: AsyncIterable<Buffer>,
  onEntry: (name: string, bytes: number) => EntryReader,
): Promise<void> {
  let pending: Buffer = Buffer.alloc(0)
  let entry: EntryReader | null = null
  let dataLeft = 0
  let padLeft = 0
  let ended = false
  for await (const chunk of source) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk
    while (!ended) {
      if (dataLeft > 0 || padLeft > 0) {
        if (!pending.length) break
        const take = Math.min(pending.length, dataLeft || padLeft)
        if (dataLeft > 0) {
          entry?.data(pending.subarray(0, take))
          dataLeft -= take
          if (dataLeft === 0 && entry) await entry.end()
        } else padLeft -= take
        pending = pending.subarray(take)
        continue
      }
      if (pending.length < BLOCK) break
      const h = pending.subarray(0, BLOCK)
      pending = pending.subarray(BLOCK)
      if (h.every((b) => b === 0)) ended = true
      else {
        const field = (from: number, length: number) =>
          h.toString('utf8', from, from + length).replace(/\0[^]*$/, '')
        if (parseInt(field(148, 8).trim(), 8) !== checksum(h))
          throw new Error('tar: a header checksum does not match')
        const bytes = parseInt(field(124, 12).trim() || '0', 8)
        const prefix = field(345, 155)
        const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100)
        entry = (field(156, 1) || '0') === '0' ? onEntry(name, bytes) : null
        dataLeft = bytes
        padLeft = Math.ceil(bytes / BLOCK) * BLOCK - bytes
        if (bytes === 0 && entry) await entry.end()
      }
    }
  }
  if (!ended) throw new Error('tar: the archive is truncated')
}
