// Every change of an import, for --json, kept on disk instead of in memory: the plan of a large
// pupil list would not fit. The file is unlinked as soon as it is opened, so that no list of
// pupils is left behind, whatever ends the process.
import {randomUUID} from 'node:crypto'
import {closeSync, openSync, readSync, unlinkSync, writeSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {StringDecoder} from 'node:string_decoder'

import {type Change} from './kind.js'

// JSON text never holds this character raw (JSON.stringify escapes control characters), so it
// can end each change although the changes are printed over several lines.
const END = '\u001e'
const BLOCK = 1 << 16

export class ChangeLog {
  private readonly fd: number
  private pending = ''
  private size = 0

  constructor() {
    const path = join(tmpdir(), `ejournal-changes-${randomUUID()}`)
    this.fd = openSync(path, 'wx+', 0o600)
    unlinkSync(path)
  }

  add(change: Change): void {
    this.pending += JSON.stringify(change, null, 2) + END
    if (this.pending.length >= BLOCK) this.flush()
  }

  /** The changes as JSON text (indented by 2), in the order they were added. */
  *entries(): Generator<string> {
    this.flush()
    const buffer = Buffer.alloc(BLOCK)
    const decoder = new StringDecoder('utf8')
    let rest = ''
    for (let at = 0; at < this.size;) {
      const read = readSync(this.fd, buffer, 0, BLOCK, at)
      at += read
      const parts = (rest + decoder.write(buffer.subarray(0, read))).split(END)
      rest = parts.pop()!
      yield* parts
    }
  }

  close(): void {
    closeSync(this.fd)
  }

  private flush(): void {
    const bytes = Buffer.from(this.pending)
    for (let done = 0; done < bytes.length;)
      done += writeSync(this.fd, bytes, done, bytes.length - done, this.size + done)
    this.size += bytes.length
    this.pending = ''
  }
}
