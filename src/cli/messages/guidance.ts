// Messages that point the way when no school year is open, and the warning of an early year close.
export const guidanceEn = {
  'year.none': 'No school year yet. Open one with «ejournal year open {label} --preset quarters».',
  'year.closed':
    'No school year is open: the last one, {label}, is closed. To see it, add --year {label}; to start the next one: «ejournal year open {next} --preset quarters».',
  'year.closedNoChange':
    'No school year is open: the last one, {label}, is closed and takes no more changes. Start the next one with «ejournal year open {next} --preset quarters».',
  'year.closedStatus':
    'No school year is open: the last one, {label}, is closed. See it with «ejournal year status {label}»; start the next one with «ejournal year open {next} --preset quarters».',
  'year.close.early':
    '! The year {year} runs to {endsOn}: {count|school day is|school days are} left after today.',
}

export const guidanceRu: Record<keyof typeof guidanceEn, string> = {
  'year.none': 'Учебных годов пока нет. Откройте год: «ejournal year open {label} --preset quarters».',
  'year.closed':
    'Открытого учебного года нет: последний, {label}, закрыт. Чтобы посмотреть его, добавьте --year {label}; чтобы начать следующий: «ejournal year open {next} --preset quarters».',
  'year.closedNoChange':
    'Открытого учебного года нет: последний, {label}, закрыт и больше не меняется. Начните следующий: «ejournal year open {next} --preset quarters».',
  'year.closedStatus':
    'Открытого учебного года нет: последний, {label}, закрыт. Посмотреть его: «ejournal year status {label}»; начать следующий: «ejournal year open {next} --preset quarters».',
  'year.close.early':
    '! Учебный год {year} идёт до {endsOn}: после сегодняшнего дня остаётся {count|учебный день|учебных дня|учебных дней}.',
}
