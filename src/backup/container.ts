// The backup file: a header, then the snapshot in 1 MiB blocks, each gzipped (level 1) on its
// own and sealed with AES-256-GCM under the backup's data key. Blocks are compressed and
// decompressed in parallel (libuv's thread pool), so both directions beat a single gzip process;
// the decrypted records, concatenated, are still an ordinary multi-member gzip stream.
//
//   "EJBACKUP" | u32 header length | header JSON | records: u32 length | ciphertext | 16-byte tag
//
// Nonce = 8 random bytes + u32 record number; associated data = SHA-256 of everything before the
// first record, the record number and a last-record flag, so that a reordered, dropped, added or
// truncated record, or a changed header, fails authentication.
import {createCipheriv, createDecipheriv, createHash, type Hash, randomBytes} from 'node:crypto'
import {closeSync, fstatSync, fsyncSync, openSync, readSync, writeSync} from 'node:fs'
import {promisify} from 'node:util'
import {gunzip as gunzipCb, gzip as gzipCb} from 'node:zlib'

import {EjournalError} from '../cli/errors.js'
import {type Progress} from '../cli/progress.js'
import {type Kdf, type Kek, kekFor, type KeySource, unwrapKey, wrapKey} from './keys.js'

const gzip = promisify(gzipCb)
const gunzip = promisify(gunzipCb)

const MAGIC = Buffer.from('EJBACKUP')
export const CHUNK_BYTES = 1 << 20
// Blocks in flight: enough to keep the thread pool's workers busy, little memory. Each block is
// (de)compressed with an output buffer of a whole block: with zlib's default of 16 KiB a block
// would go back and forth between the thread pool and the main thread a dozen times.
const WINDOW = 8
const TAG = 16
const MAX_HEADER = 64 * 1024

export interface ContainerHeader {
  format: 1
  cipher: 'aes-256-gcm'
  compression: 'gzip-1'
  chunkBytes: number
  keyId: string
  kdf: Kdf
  wrappedKey: string
  noncePrefix: string
}

export interface Digest {
  bytes: number
  sha256: string
}

export interface SealResult {
  snapshot: Digest
  data: Digest
  header: ContainerHeader
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4)
  b.writeUInt32BE(n)
  return b
}

function associated(headerHash: Buffer, index: number, last: boolean): Buffer {
  return Buffer.concat([headerHash, u32(index), Buffer.from([last ? 1 : 0])])
}

function nonce(prefix: Buffer, index: number): Buffer {
  return Buffer.concat([prefix, u32(index)])
}

const damagedAt = (index: number) => new EjournalError('backup.problem.damagedAt', {index})

/** Marks a promise as handled: when an earlier block fails, later ones are dropped unawaited. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined)
  return promise
}

function readFully(fd: number, length: number, position: number): Buffer {
  const buf = Buffer.allocUnsafe(length)
  let done = 0
  while (done < length) {
    const n = readSync(fd, buf, done, length - done, position + done)
    if (n === 0) break
    done += n
  }
  return done === length ? buf : buf.subarray(0, done)
}

function writeFully(fd: number, data: Buffer): void {
  let done = 0
  while (done < data.length) done += writeSync(fd, data, done)
}

/** Seals the snapshot file into target (created 0600; must not exist), in one streamed pass. */
export async function seal(
  snapshot: string,
  target: string,
  kek: Kek,
  progress?: Progress,
): Promise<SealResult> {
  const input = openSync(snapshot, 'r')
  const output = openSync(target, 'wx', 0o600)
  try {
    const size = fstatSync(input).size
    const dataKey = randomBytes(32)
    const prefix = randomBytes(8)
    const header: ContainerHeader = {
      format: 1,
      cipher: 'aes-256-gcm',
      compression: 'gzip-1',
      chunkBytes: CHUNK_BYTES,
      keyId: kek.keyId,
      kdf: kek.kdf,
      wrappedKey: wrapKey(kek, dataKey),
      noncePrefix: prefix.toString('base64'),
    }
    const headerJson = Buffer.from(JSON.stringify(header))
    const preamble = Buffer.concat([MAGIC, u32(headerJson.length), headerJson])
    const headerHash = createHash('sha256').update(preamble).digest()
    const plainHash = createHash('sha256')
    const cipherHash = createHash('sha256').update(preamble)
    writeFully(output, preamble)
    let written = preamble.length

    const blocks = Math.max(1, Math.ceil(size / CHUNK_BYTES))
    const pending: Array<Promise<Buffer>> = []
    let sealed = 0
    const sealNext = async () => {
      const member = await pending.shift()!
      const c = createCipheriv('aes-256-gcm', dataKey, nonce(prefix, sealed))
      c.setAAD(associated(headerHash, sealed, sealed === blocks - 1))
      const body = Buffer.concat([c.update(member), c.final()])
      const record = Buffer.concat([u32(body.length), body, c.getAuthTag()])
      writeFully(output, record)
      cipherHash.update(record)
      written += record.length
      sealed++
      progress?.(Math.min(sealed * CHUNK_BYTES, size), size)
    }
    for (let i = 0; i < blocks; i++) {
      const length = Math.min(CHUNK_BYTES, size - i * CHUNK_BYTES)
      const block = readFully(input, length, i * CHUNK_BYTES)
      if (block.length !== length) throw new Error(`the snapshot ${snapshot} changed while it was sealed`)
      plainHash.update(block)
      pending.push(handled(gzip(block, {level: 1, chunkSize: CHUNK_BYTES + 64 * 1024})))
      if (pending.length >= WINDOW) await sealNext()
    }
    while (pending.length > 0) await sealNext()
    fsyncSync(output)
    return {
      snapshot: {bytes: size, sha256: plainHash.digest('hex')},
      data: {bytes: written, sha256: cipherHash.digest('hex')},
      header,
    }
  } finally {
    closeSync(input)
    closeSync(output)
  }
}

/** The header of a backup file, or the reason it is not one. */
export function readHeader(file: string): {header: ContainerHeader; preamble: Buffer} {
  const fd = openSync(file, 'r')
  try {
    return readHeaderFd(fd)
  } finally {
    closeSync(fd)
  }
}

function readHeaderFd(fd: number): {header: ContainerHeader; preamble: Buffer} {
  const start = readFully(fd, MAGIC.length + 4, 0)
  if (start.length < MAGIC.length + 4 || !start.subarray(0, MAGIC.length).equals(MAGIC))
    throw new EjournalError('backup.problem.notBackupFile')
  const length = start.readUInt32BE(MAGIC.length)
  const json = length <= MAX_HEADER ? readFully(fd, length, start.length) : Buffer.alloc(0)
  let header: ContainerHeader
  try {
    if (json.length !== length) throw new Error('short')
    header = JSON.parse(json.toString('utf8')) as ContainerHeader
  } catch {
    throw new EjournalError('backup.problem.badHeader')
  }
  if (header.format !== 1 || header.cipher !== 'aes-256-gcm' || header.chunkBytes > 64 * CHUNK_BYTES)
    throw new EjournalError('backup.problem.badHeader')
  return {header, preamble: Buffer.concat([start, json])}
}

export interface UnsealResult {
  snapshot: Digest
  /** The file as read: compared with the manifest without a second pass over it. */
  data: Digest
}

/**
 * Opens a backup file into target (created 0600; must not exist), checking every record; durable
 * when the target is to be kept (a restore), not for a drill's throw-away file.
 * Throws an EjournalError naming the first problem: wrong key, damaged record, truncation.
 */
export async function unseal(
  file: string,
  target: string,
  keys: KeySource,
  options: {durable: boolean; progress?: Progress},
): Promise<UnsealResult> {
  const input = openSync(file, 'r')
  const output = openSync(target, 'wx', 0o600)
  try {
    const size = fstatSync(input).size
    const {header, preamble} = readHeaderFd(input)
    const dataKey = unwrapKey(kekFor(keys, header.kdf, header.keyId), header.wrappedKey)
    const prefix = Buffer.from(header.noncePrefix, 'base64')
    const headerHash = createHash('sha256').update(preamble).digest()
    const plainHash: Hash = createHash('sha256')
    const cipherHash: Hash = createHash('sha256').update(preamble)
    let bytes = 0
    let position = preamble.length
    let index = 0
    let lastSeen = false
    const pending: Array<Promise<Buffer>> = []
    const writeNext = async () => {
      const block = await pending.shift()!
      plainHash.update(block)
      writeFully(output, block)
      bytes += block.length
    }
    while (!lastSeen) {
      const lengthBytes = readFully(input, 4, position)
      if (lengthBytes.length < 4) throw new EjournalError('backup.problem.truncatedAt', {index})
      const length = lengthBytes.readUInt32BE(0)
      const end = position + 4 + length + TAG
      if (length > header.chunkBytes + 64 * 1024) throw damagedAt(index)
      if (end > size) throw new EjournalError('backup.problem.truncatedAt', {index})
      const record = readFully(input, length + TAG, position + 4)
      cipherHash.update(lengthBytes).update(record)
      lastSeen = end === size
      const d = createDecipheriv('aes-256-gcm', dataKey, nonce(prefix, index))
      d.setAAD(associated(headerHash, index, lastSeen))
      d.setAuthTag(record.subarray(length))
      let member: Buffer
      try {
        member = Buffer.concat([d.update(record.subarray(0, length)), d.final()])
      } catch {
        throw damagedAt(index)
      }
      const at = index
      const isLast = lastSeen
      pending.push(
        handled(
          gunzip(member, {maxOutputLength: header.chunkBytes, chunkSize: header.chunkBytes}).then(
            (block) => {
              if (!isLast && block.length !== header.chunkBytes) throw damagedAt(at)
              return block
            },
            () => {
              throw damagedAt(at)
            },
          ),
        ),
      )
      if (pending.length >= WINDOW) await writeNext()
      position = end
      index++
      options.progress?.(position, size)
    }
    while (pending.length > 0) await writeNext()
    if (options.durable) fsyncSync(output)
    return {
      snapshot: {bytes, sha256: plainHash.digest('hex')},
      data: {bytes: size, sha256: cipherHash.digest('hex')},
    }
  } finally {
    closeSync(input)
    closeSync(output)
  }
}

/** SHA-256 and size of a file, read in large blocks: the check that needs no key. */
export function fileDigest(file: string): Digest {
  const fd = openSync(file, 'r')
  try {
    const hash = createHash('sha256')
    const buf = Buffer.allocUnsafe(4 * CHUNK_BYTES)
    let bytes = 0
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null)
      if (n === 0) break
      hash.update(buf.subarray(0, n))
      bytes += n
    }
    return {bytes, sha256: hash.digest('hex')}
  } finally {
    closeSync(fd)
  }
}
