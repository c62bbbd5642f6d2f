// What SQLite and the system report, turned into the sentences of the README's «Exit codes».
import {describe, expect, it} from 'vitest'

import {CancelledError, EjournalError, EXIT} from '../../src/cli/errors.js'
import {explainSystemError, size} from '../../src/cli/system-errors.js'

const place = {dir: '/srv/school', dbFile: '/srv/school/ejournal.sqlite'}

function failure(code: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(code), {code, ...extra})
}

describe('explainSystemError', () => {
  it('a question ended by Ctrl-C or the end of input is a cancel, exit 130', () => {
    for (const name of ['ExitPromptError', 'AbortPromptError']) {
      const error = Object.assign(new Error('User force closed the prompt'), {name})
      const explained = explainSystemError(error, place, 'ru')
      expect(explained).toBeInstanceOf(CancelledError)
      expect((explained as CancelledError).exitCode).toBe(EXIT.cancelled)
    }
  })

  it('a busy database: the lock message, naming nobody it cannot find', () => {
    const explained = explainSystemError(
      failure('SQLITE_BUSY'),
      {...place, dbFile: '/nonexistent/x.sqlite'},
      'en',
    )
    expect(explained).toBeInstanceOf(EjournalError)
    expect((explained as EjournalError).key).toBe('contract.lockedUnknown')
    expect((explained as EjournalError).exitCode).toBe(EXIT.error)
  })

  it('a read-only workspace: the reason it was opened read-only', () => {
    const explained = explainSystemError(failure('SQLITE_READONLY'), {...place, readOnly: 'EROFS'}, 'en')
    expect((explained as EjournalError).key).toBe('contract.readOnly')
    expect((explained as EjournalError).params).toEqual({
      dir: '/srv/school',
      reason: 'the disk is mounted read-only',
    })
    const outside = explainSystemError(failure('EROFS', {path: '/mnt/cdrom/report.csv'}), place, 'ru')
    expect((outside as EjournalError).params).toEqual({
      path: '/mnt/cdrom/report.csv',
      reason: 'диск подключён только для чтения',
    })
  })

  it('ENOSPC names the path it could not write', () => {
    const explained = explainSystemError(failure('ENOSPC', {path: '/tmp/x.pdf'}), place, 'en')
    expect((explained as EjournalError).key).toBe('contract.diskFull')
    expect((explained as EjournalError).params.path).toBe('/tmp/x.pdf')
  })

  it('anything else is left as it is', () => {
    const error = new TypeError('x is undefined')
    expect(explainSystemError(error, place, 'en')).toBe(error)
  })
})

describe('size', () => {
  it('in the reader’s units and decimal sign', () => {
    expect(size(0, 'ru')).toBe('0 байт')
    expect(size(1536, 'ru')).toBe('1,5 КБ')
    expect(size(5 * 1024 * 1024, 'en')).toBe('5.0 MB')
  })
})
