// A person's match key as a number, for the index people are looked up by: an import of 100 000
// pupils keeps that index up 100 000 times, and an integer costs SQLite about half what the text
// of a name and a date does. Two keys can share a number, so a lookup compares the keys as well.

/** 53 bits of the parts (cyrb53, public domain); null and '' are the same part. */
export function matchHash(...parts: Array<string | null>): number {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let p = 0; p < parts.length; p++) {
    // A separator between parts: («ab», «c») and («a», «bc») differ.
    if (p > 0) {
      h1 = Math.imul(h1 ^ 0x1f, 2654435761)
      h2 = Math.imul(h2 ^ 0x1f, 1597334677)
    }
    const part = parts[p] ?? ''
    for (let i = 0; i < part.length; i++) {
      const ch = part.charCodeAt(i)
      h1 = Math.imul(h1 ^ ch, 2654435761)
      h2 = Math.imul(h2 ^ ch, 1597334677)
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}
