// A Windows-1251 file read as UTF-8 (--encoding utf8) turns every Russian letter into �, so its
// headers match nothing and the person is told of missing columns. Its bytes tell the real story:
// not UTF-8, and nearly every byte above ASCII is a Cyrillic letter of Windows-1251.
import iconv from 'iconv-lite'

/** Share of the non-ASCII bytes that must be Cyrillic letters in Windows-1251 (А–я, Ё, ё). */
const CYRILLIC_SHARE = 0.8

const isCp1251Letter = (byte: number) => byte >= 0xc0 || byte === 0xa8 || byte === 0xb8

/**
 * Where a sample that is not UTF-8 reads as Russian in Windows-1251: the line of its first
 * non-ASCII byte and the longest Russian words of that line. Null when the sample is UTF-8 or
 * does not look like Windows-1251.
 */
export function cp1251Evidence(sample: Buffer): {line: number; word: string} | null {
  try {
    // stream: true tolerates a multi-byte letter cut at the end of the sample.
    new TextDecoder('utf-8', {fatal: true}).decode(sample, {stream: true})
    return null
  } catch {
    // not UTF-8: look closer
  }
  let high = 0
  let letters = 0
  for (const byte of sample) {
    if (byte < 0x80) continue
    high++
    if (isCp1251Letter(byte)) letters++
  }
  if (letters < high * CYRILLIC_SHARE) return null
  const first = sample.findIndex((byte) => byte >= 0x80)
  const start = sample.lastIndexOf(0x0a, first) + 1
  const end = sample.indexOf(0x0a, first)
  const text = iconv.decode(sample.subarray(start, end < 0 ? sample.length : end), 'win1251')
  const line = sample.subarray(0, start).filter((byte) => byte === 0x0a).length + 1
  // The longest Russian words of the line are the surest sign to the eye.
  const words = text.match(/[А-Яа-яЁё]+(?:[\s-]+[А-Яа-яЁё]+)*/g) ?? [text.trim()]
  return {line, word: words.reduce((a, b) => (b.length > a.length ? b : a))}
}
