// Generated Russian pupil lists for benchmarks and large-file tests: deterministic for a seed.
// The names and the seeded generator are the demo school's own (built to dist/ by npm run build).
import {FEMALE_FIRST, femaleSurname, MALE_FIRST, PATRONYMICS, SURNAMES} from '../dist/src/demo/names.js'
import {seeded} from '../dist/src/demo/random.js'

/** Lines of a pupils CSV («;»), with header, for n pupils spread over grades 1–11. */
export function pupilLines(n, seed = 1, idPrefix = 'B') {
  const rnd = seeded(seed)
  const lines = [
    'Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;Иностранный язык;Внешний ID;ФИО родителя 1;Email родителя 1',
  ]
  for (let i = 0; i < n; i++) {
    const male = rnd.chance(0.5)
    const surname = rnd.pick(SURNAMES)
    const [son, daughter] = rnd.pick(PATRONYMICS)
    const grade = 1 + (i % 11)
    const letter = 'АБВГДЕЖИКЛМН'[Math.floor(i / 11) % 12]
    const birth = `${String(rnd.int(1, 28)).padStart(2, '0')}.${String(rnd.int(1, 12)).padStart(2, '0')}.${2020 - grade}`
    const parent = `${femaleSurname(rnd.pick(SURNAMES))} ${rnd.pick(FEMALE_FIRST)} ${rnd.pick(PATRONYMICS)[1]}`
    lines.push(
      [
        male ? surname : femaleSurname(surname),
        rnd.pick(male ? MALE_FIRST : FEMALE_FIRST),
        male ? son : daughter,
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
