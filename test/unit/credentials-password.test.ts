import {describe, expect, it} from 'vitest'

import {type EjournalError, UsageError} from '../../src/cli/errors.js'
import {t} from '../../src/cli/i18n.js'
import {hashPasswords, verifyPassword} from '../../src/credentials/hash.js'
import {
  generatePassphrase,
  generatePassword,
  PASSPHRASE_WORDS,
  PASSWORD_ALPHABET,
} from '../../src/credentials/password.js'

const PHC = /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/

describe('passwords', () => {
  it('uses an alphabet without 0 O o 1 l I', () => {
    expect(PASSWORD_ALPHABET).toHaveLength(56)
    expect(new Set(PASSWORD_ALPHABET).size).toBe(56)
    for (const ch of '0Oo1lI') expect(PASSWORD_ALPHABET).not.toContain(ch)
  })

  it('gives 10 characters of the alphabet with a letter and a digit, over many samples', () => {
    const samples = Array.from({length: 5000}, () => generatePassword())
    const seen = new Set<string>()
    for (const password of samples) {
      expect(password).toMatch(/^[a-km-np-zA-HJ-NP-Z2-9]{10}$/)
      expect(password).toMatch(/[a-zA-Z]/)
      expect(password).toMatch(/[2-9]/)
      for (const ch of password) seen.add(ch)
    }
    expect(new Set(samples).size).toBe(samples.length)
    expect([...seen].sort().join('')).toBe([...PASSWORD_ALPHABET].sort().join(''))
  })

  it('takes a length from 8 to 64', () => {
    expect(generatePassword(8)).toHaveLength(8)
    expect(generatePassword(64)).toHaveLength(64)
    for (const length of [7, 65, 10.5]) {
      const error = (() => {
        try {
          generatePassword(length)
        } catch (e) {
          return e as EjournalError
        }
      })()
      expect(error).toBeInstanceOf(UsageError)
      expect(t('ru', error!.key, error!.params)).toBe(`Длина пароля — от 8 до 64 символов, а не ${length}.`)
    }
  })

  it('gives passphrases of three different words for young pupils', () => {
    expect(PASSPHRASE_WORDS).toHaveLength(200)
    expect(new Set(PASSPHRASE_WORDS).size).toBe(200)
    for (const word of PASSPHRASE_WORDS) expect(word).toMatch(/^[a-z]{3,8}$/)
    expect(PASSPHRASE_WORDS.slice(0, 3)).toEqual(['kot', 'sad', 'luna'])
    for (let i = 0; i < 1000; i++) {
      const words = generatePassphrase().split('-')
      expect(words).toHaveLength(3)
      expect(new Set(words).size).toBe(3)
      for (const word of words) expect(PASSPHRASE_WORDS).toContain(word)
    }
  })
})

describe('password hashes', () => {
  it('stores argon2id PHC strings (m=19456 KiB, t=2, p=1) in the order given', async () => {
    const passwords = ['Ab3defghjk', 'kot-luna-sad', 'Ab3defghjk', 'пароль']
    const progress: Array<[number, number]> = []
    const hashes = await hashPasswords(passwords, (done, total) => progress.push([done, total]))
    expect(hashes).toHaveLength(4)
    for (const phc of hashes) expect(phc).toMatch(PHC)
    expect(hashes[0]).not.toBe(hashes[2]) // a salt of its own
    expect(progress).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ])
    for (const [i, password] of passwords.entries())
      expect(await verifyPassword(hashes[i]!, password)).toBe(true)
  })

  it('tells a wrong password', async () => {
    const [phc] = await hashPasswords(['Ab3defghjk'])
    expect(await verifyPassword(phc!, 'Ab3defghjK')).toBe(false)
    expect(await verifyPassword(phc!, '')).toBe(false)
  })

  it('hashes nothing for no passwords', async () => {
    expect(await hashPasswords([])).toEqual([])
  })
})
