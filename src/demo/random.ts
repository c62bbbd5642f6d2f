// A small seeded generator (mulberry32): the demo school is the same for the same seed.
export interface Random {
  (): number
  int(min: number, max: number): number
  pick<T>(list: readonly T[]): T
  chance(p: number): boolean
  shuffle<T>(list: T[]): T[]
}

export function seeded(seed: number): Random {
  let a = seed >>> 0
  const next = (() => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }) as Random
  next.int = (min, max) => min + Math.floor(next() * (max - min + 1))
  next.pick = (list) => list[Math.floor(next() * list.length)]!
  next.chance = (p) => next() < p
  next.shuffle = (list) => {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[list[i], list[j]] = [list[j]!, list[i]!]
    }
    return list
  }
  return next
}
