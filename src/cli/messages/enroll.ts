// Messages of pupils' enrollment dates: a class's first list, a stay's start moved back, and the
// journal's records refused outside a pupil's stay in the class.
export const enrollEn = {
  'import.field.enrolledFrom': 'enrolled from',
  'enroll.firstList':
    '{classes}: the first list of the class this year, so its pupils are enrolled from {date}, the first day of the year; pupils who come later are enrolled from --effective (default today)',
  'enroll.notMovedBack':
    '{pupil} stays enrolled in {class} from {from}, not from {effective}: the pupil was in {other} from {otherFrom} to {otherTo}',
  'enroll.notInClass':
    'column «{column}»: {pupil} was not in {class} on {date} (this year: {stays}); if the class list is wrong, load it again with «ejournal import pupils FILE --effective DD.MM.YYYY», the day the pupil came, then this file',
  'enroll.notInClassInPeriod':
    'column «{column}»: {pupil} was not in {class} during «{value}» ({from}–{to}; this year: {stays}); if the class list is wrong, load it again with «ejournal import pupils FILE --effective DD.MM.YYYY», the day the pupil came, then this file',
} as const

export const enrollRu: Record<keyof typeof enrollEn, string> = {
  'import.field.enrolledFrom': 'зачислен с',
  'enroll.firstList':
    '{classes}: первый список класса в этом году, поэтому ученики зачислены с {date}, первого дня учебного года; пришедших позже зачисляют с даты --effective (по умолчанию — сегодня)',
  'enroll.notMovedBack':
    '{pupil}: зачисление в {class} оставлено с {from}, а не с {effective}: с {otherFrom} по {otherTo} ученик был в {other}',
  'enroll.notInClass':
    'столбец «{column}»: {pupil} {date} не учился в {class} (в этом году: {stays}); если список класса неверен, загрузите его снова: «ejournal import pupils ФАЙЛ --effective ДД.ММ.ГГГГ» с днём прихода ученика, затем этот файл',
  'enroll.notInClassInPeriod':
    'столбец «{column}»: {pupil} не учился в {class} в период «{value}» ({from}–{to}; в этом году: {stays}); если список класса неверен, загрузите его снова: «ejournal import pupils ФАЙЛ --effective ДД.ММ.ГГГГ» с днём прихода ученика, затем этот файл',
}
