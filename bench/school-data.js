// Generated Russian school lists for benchmarks and large-file tests: deterministic for a seed.
const LAST_M = [
  'Иванов',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Петров',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
]
const FIRST_M = [
  'Александр',
  'Максим',
  'Артём',
  'Михаил',
  'Иван',
  'Дмитрий',
  'Кирилл',
  'Егор',
  'Матвей',
  'Тимофей',
  'Лев',
  'Марк',
  'Илья',
  'Роман',
  'Даниил',
]
const FIRST_F = [
  'София',
  'Анна',
  'Мария',
  'Алиса',
  'Ева',
  'Виктория',
  'Полина',
  'Варвара',
  'Василиса',
  'Александра',
  'Дарья',
  'Ксения',
  'Вера',
  'Милана',
  'Злата',
]
const MIDDLE = [
  'Александров',
  'Сергеев',
  'Дмитриев',
  'Андреев',
  'Алексеев',
  'Игорев',
  'Олегов',
  'Викторов',
  'Петров',
  'Иванов',
]

/** A small deterministic generator (mulberry32). */
export function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)]

/** Lines of a pupils CSV («;»), with header, for n pupils spread over grades 1–11. */
export function pupilLines(n, seed = 1, idPrefix = 'B') {
  const rnd = random(seed)
  const lines = [
    'Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;Иностранный язык;Внешний ID;ФИО родителя 1;Email родителя 1',
  ]
  for (let i = 0; i < n; i++) {
    const male = rnd() < 0.5
    const last = pick(rnd, LAST_M) + (male ? '' : 'а')
    const first = pick(rnd, male ? FIRST_M : FIRST_F)
    const middle = pick(rnd, MIDDLE) + (male ? 'ич' : 'на')
    const grade = 1 + (i % 11)
    const letter = 'АБВГДЕЖИКЛМН'[Math.floor(i / 11) % 12]
    const year = 2026 - 7 - grade + 1
    const birth = `${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}.${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}.${year}`
    const parent = `${pick(rnd, LAST_M)}а ${pick(rnd, FIRST_F)} ${pick(rnd, MIDDLE)}на`
    lines.push(
      [
        last,
        first,
        middle,
        birth,
        male ? 'М' : 'Ж',
        `${grade}${letter}`,
        grade >= 2 ? 'Английский' : '',
        `${idPrefix}-${i}`,
        parent,
        `parent${i}@mail.ru`,
      ].join(';'),
    )
  }
  return lines
}
