// How much a zip archive (an .xlsx) holds unpacked, found before exceljs unpacks it whole in
// memory: a 100 KB workbook of one repeated text can unpack to gigabytes (a «zip bomb»). The
// central directory — the list jszip, under exceljs, reads too — declares each entry's sizes;
// a forged archive can understate them, so each entry is also inflated as a stream and counted,
// its output thrown away, until the budget is spent. Memory stays at a chunk or two.
import {createReadStream} from 'node:fs'
import {type FileHandle, open} from 'node:fs/promises'
import {Writable} from 'node:stream'
import {pipeline} from 'node:stream/promises'
import {createInflateRaw} from 'node:zlib'

/** Within the budget, over it, or not an archive this reader (and so ejournal) can vouch for. */
export type UnpackedSize = 'within' | 'tooLarge' | 'notZip'

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_ENTRY = 0x04034b50
/** The end-of-directory record: 22 bytes and a comment of at most 65 535. */
const TAIL = 22 + 0xffff

interface Entry {
  method: number
  compressed: number
  declared: number
  headerAt: number
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length)
  const {bytesRead} = await handle.read(buffer, 0, length, position)
  return buffer.subarray(0, bytesRead)
}

/**
 * The entries of the central directory, read as jszip reads them: from its offset, entry after
 * entry while the signature holds, whatever count the end record gives. Null for anything else,
 * zip64 included (no workbook of a school list needs it).
 */
async function directory(handle: FileHandle, size: number): Promise<Entry[] | null> {
  const tailAt = Math.max(0, size - TAIL)
  const tail = await readAt(handle, tailAt, size - tailAt)
  let end = -1
  for (let i = tail.length - 22; i >= 0 && end < 0; i--)
    if (tail.readUInt32LE(i) === END_OF_DIRECTORY) end = i
  if (end < 0) return null
  const count = tail.readUInt16LE(end + 10)
  const length = tail.readUInt32LE(end + 12)
  const offset = tail.readUInt32LE(end + 16)
  if (count === 0xffff || length === 0xffffffff || offset > tailAt + end) return null
  const list = await readAt(handle, offset, tailAt + end - offset)
  const entries: Entry[] = []
  let at = 0
  while (at + 4 <= list.length && list.readUInt32LE(at) === DIRECTORY_ENTRY) {
    if (at + 46 > list.length) return null
    const entry = {
      method: list.readUInt16LE(at + 10),
      compressed: list.readUInt32LE(at + 20),
      declared: list.readUInt32LE(at + 24),
      headerAt: list.readUInt32LE(at + 42),
    }
    if ((entry.method !== 0 && entry.method !== 8) || entry.compressed === 0xffffffff) return null
    entries.push(entry)
    at += 46 + list.readUInt16LE(at + 28) + list.readUInt16LE(at + 30) + list.readUInt16LE(at + 32)
  }
  return entries.length ? entries : null
}

class OverBudget extends Error {}

/** Whether the archive at `path` unpacks to at most `budget` bytes, checked without unpacking it. */
export async function unpackedSize(path: string, budget: number): Promise<UnpackedSize> {
  const handle = await open(path, 'r')
  let entries: Entry[] | null
  const starts: number[] = []
  try {
    const {size} = await handle.stat()
    if (size > budget) return 'tooLarge'
    entries = await directory(handle, size)
    if (!entries) return 'notZip'
    if (entries.reduce((sum, e) => sum + e.declared, 0) > budget) return 'tooLarge'
    for (const e of entries) {
      const local = await readAt(handle, e.headerAt, 30)
      if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_ENTRY) return 'notZip'
      starts.push(e.headerAt + 30 + local.readUInt16LE(26) + local.readUInt16LE(28))
    }
  } finally {
    await handle.close()
  }
  let left = budget
  try {
    for (const [i, e] of entries.entries()) {
      // Stored as is: the bytes in the file are the bytes unpacked.
      if (e.method === 0 || e.compressed === 0) left -= e.compressed
      else {
        const data = createReadStream(path, {start: starts[i], end: starts[i]! + e.compressed - 1})
        const count = new Writable({
          write(chunk: Buffer, _encoding, done) {
            left -= chunk.length
            done(left < 0 ? new OverBudget() : null)
          },
        })
        await pipeline(data, createInflateRaw({chunkSize: 1 << 20}), count)
      }
      if (left < 0) return 'tooLarge'
    }
  } catch (error) {
    if (error instanceof OverBudget) return 'tooLarge'
    // Data that does not inflate: jszip would fail on it too, with less care for memory.
    return 'notZip'
  }
  return 'within'
}
