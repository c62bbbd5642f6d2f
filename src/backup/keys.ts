// The keys of the backups. Data is sealed under a fresh data key per backup; that key is wrapped
// by a key-encryption key taken from the workspace key file (keys/backup.key) or, when
// EJOURNAL_BACKUP_PASSPHRASE is set, derived from it with scrypt. Manifests are signed with the
// workspace's Ed25519 key pair, created in keys/ on first use.
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  hkdfSync,
  type KeyObject,
  randomBytes,
  scryptSync,
  sign,
  verify,
} from 'node:crypto'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {isAbsolute, join} from 'node:path'

import {EjournalError, WorkspaceError} from '../cli/errors.js'
import {type Workspace} from '../workspace/workspace.js'

export const PASSPHRASE_ENV = 'EJOURNAL_BACKUP_PASSPHRASE'

/** Where the key-encryption key may come from in this workspace. */
export interface KeySource {
  keyFile: string
  passphrase: string | undefined
}

export type Kdf = {type: 'keyfile'} | {type: 'scrypt'; salt: string; n: number; r: number; p: number}

export interface Kek {
  key: Buffer
  /** Names the key without revealing it: a wrong key is told apart from a damaged file. */
  keyId: string
  kdf: Kdf
}

// 2^17 as in STACK.md: about 0.3 s and 128 MiB once per backup, far above what a guesser can afford.
const SCRYPT = {n: 1 << 17, r: 8, p: 1}
const WRAP_AAD = Buffer.from('ejournal backup data key v1')

export function keySource(ws: Pick<Workspace, 'dir' | 'settings'>): KeySource {
  const file = ws.settings.backup?.keyFile ?? 'keys/backup.key'
  return {
    keyFile: isAbsolute(file) ? file : join(ws.dir, file),
    passphrase: process.env[PASSPHRASE_ENV] || undefined,
  }
}

function readKeyFile(file: string): Buffer {
  if (!existsSync(file)) throw new WorkspaceError('backup.noKeyFile', {file, env: PASSPHRASE_ENV})
  const key = readFileSync(file)
  if (key.length !== 32) throw new WorkspaceError('backup.badKeyFile', {file, bytes: key.length})
  return key
}

function keyFileKek(file: string): Kek {
  const raw = readKeyFile(file)
  const key = Buffer.from(hkdfSync('sha256', raw, Buffer.alloc(0), 'ejournal backup kek v1', 32))
  const id = createHash('sha256').update('ejournal key id').update(raw).digest('hex').slice(0, 16)
  return {key, keyId: `keyfile:${id}`, kdf: {type: 'keyfile'}}
}

const derived = new Map<string, Buffer>()

function passphraseKek(passphrase: string, kdf: Extract<Kdf, {type: 'scrypt'}>): Kek {
  // Each backup has its own salt; `verify --all` would otherwise pay scrypt once per backup.
  const cacheKey = createHash('sha256')
    .update(`${kdf.salt}:${kdf.n}:${kdf.r}:${kdf.p}:${passphrase}`)
    .digest('hex')
  let key = derived.get(cacheKey)
  if (!key) {
    key = scryptSync(passphrase, Buffer.from(kdf.salt, 'base64'), 32, {
      N: kdf.n,
      r: kdf.r,
      p: kdf.p,
      maxmem: 256 * kdf.n * kdf.r + (1 << 20),
    })
    derived.set(cacheKey, key)
  }
  return {key, keyId: 'passphrase', kdf}
}

/** The key a new backup is sealed with: the passphrase when it is set, else the key file. */
export function newKek(source: KeySource): Kek {
  if (source.passphrase) {
    return passphraseKek(source.passphrase, {
      type: 'scrypt',
      salt: randomBytes(16).toString('base64'),
      ...SCRYPT,
    })
  }
  return keyFileKek(source.keyFile)
}

/** The key an existing backup needs, or the reason it is not at hand. */
export function kekFor(source: KeySource, kdf: Kdf, keyId: string): Kek {
  if (kdf.type === 'scrypt') {
    if (!source.passphrase) throw new EjournalError('backup.problem.noPassphrase', {env: PASSPHRASE_ENV})
    return passphraseKek(source.passphrase, kdf)
  }
  const kek = keyFileKek(source.keyFile)
  if (kek.keyId !== keyId)
    throw new EjournalError('backup.problem.wrongKey', {
      file: source.keyFile,
      needed: keyId,
      found: kek.keyId,
    })
  return kek
}

export function wrapKey(kek: Kek, dataKey: Buffer): string {
  const iv = randomBytes(12)
  const c = createCipheriv('aes-256-gcm', kek.key, iv)
  c.setAAD(WRAP_AAD)
  const sealed = Buffer.concat([c.update(dataKey), c.final()])
  return Buffer.concat([iv, sealed, c.getAuthTag()]).toString('base64')
}

export function unwrapKey(kek: Kek, wrapped: string): Buffer {
  const raw = Buffer.from(wrapped, 'base64')
  try {
    const d = createDecipheriv('aes-256-gcm', kek.key, raw.subarray(0, 12))
    d.setAAD(WRAP_AAD)
    d.setAuthTag(raw.subarray(raw.length - 16))
    return Buffer.concat([d.update(raw.subarray(12, raw.length - 16)), d.final()])
  } catch {
    // The key id matched (or a passphrase has none): a wrong passphrase or a changed header.
    throw new EjournalError(
      kek.kdf.type === 'scrypt' ? 'backup.problem.wrongPassphrase' : 'backup.problem.keyRejected',
      {env: PASSPHRASE_ENV},
    )
  }
}

export interface Signer {
  id: string
  /** False on a machine that holds only the public key: it can check manifests, not sign them. */
  canSign: boolean
  sign(data: Buffer): string
  verify(data: Buffer, signature: string): boolean
}

const SIGNING_KEY = 'manifest-signing.key'
const SIGNING_PUB = 'manifest-signing.pub'

function signerOf(publicKey: KeyObject, privateKey: KeyObject | null): Signer {
  const der = publicKey.export({type: 'spki', format: 'der'})
  return {
    id: 'ed25519:' + createHash('sha256').update(der).digest('hex').slice(0, 16),
    canSign: privateKey !== null,
    sign: (data) => {
      if (!privateKey) throw new Error('no private signing key')
      return sign(null, data, privateKey).toString('base64')
    },
    verify: (data, signature) => {
      try {
        return verify(null, data, publicKey, Buffer.from(signature, 'base64'))
      } catch {
        return false
      }
    },
  }
}

/** The workspace's manifest signer; the key pair is made on the first backup if init has not. */
export function manifestSigner(keysDir: string, create: boolean): Signer | null {
  const keyPath = join(keysDir, SIGNING_KEY)
  const pubPath = join(keysDir, SIGNING_PUB)
  if (!existsSync(keyPath) && !existsSync(pubPath)) {
    if (!create) return null
    const pair = generateKeyPairSync('ed25519')
    writeFileSync(keyPath, pair.privateKey.export({type: 'pkcs8', format: 'pem'}), {mode: 0o600, flag: 'wx'})
    writeFileSync(pubPath, pair.publicKey.export({type: 'spki', format: 'pem'}), {mode: 0o600, flag: 'wx'})
  }
  const privateKey = existsSync(keyPath) ? createPrivateKey(readFileSync(keyPath)) : null
  const publicKey = existsSync(pubPath)
    ? createPublicKey(readFileSync(pubPath))
    : createPublicKey(privateKey as KeyObject)
  return signerOf(publicKey, privateKey)
}
