// Messages of the journal records: import journal, journal show, classes confirm-list.
export const journalEn = {
  'import.badTimestamp':
    'column «{column}»: «{value}» is not a time such as 14.10.2026 08:12 or 2026-10-14T08:12+10:00',
  'import.badLessonType':
    'column «{column}»: «{value}» is not a lesson type (урок, контрольная работа, практическая работа, лабораторная работа, диктант, зачёт, самостоятельная работа)',
  'import.badMark': 'column «{column}»: «{value}» is not a mark (5, 4, 3, 2, 1, зач, незач)',
  'import.badFinalMark':
    'column «{column}»: «{value}» is not a final mark (5, 4, 3, 2, н/а, осв, зач, незач)',
  'import.badAbsenceReason': 'column «{column}»: «{value}» is not a reason (н, у, б, о)',
  'import.badPeriod':
    'column «{column}»: «{value}» is not a period (1 четверть … 4 четверть, 1 полугодие, 2 полугодие, год, экзамен, итог)',
  'journal.outsideYear': 'column «{column}»: {value} is outside the school year {year}',
  'journal.unknownPupil':
    'column «{column}»: there is no pupil «{value}» in this class; did you mean {known}?',
  'journal.ambiguousPupil':
    'column «{column}»: two pupils of this class are called «{value}»; use the external id',
  'journal.unknownLesson':
    'column «{column}»: there is no lesson {value} on {date} of this class and subject; import lessons.csv first',
  'journal.noFiles': 'No journal files in {path}: expected {names}.',
  'journal.unknownFile': '{file} is not a journal file; expected {names}.',
  'journal.empty': 'No lessons of {class}, {subject} in this span.',
  'journal.header': '{class}, {subject}: {count|lesson|lessons}',
  'journal.col.date': 'Date',
  'journal.col.no': '№',
  'journal.col.topic': 'Topic',
  'journal.col.type': 'Type',
  'journal.col.homework': 'Homework',
  'journal.col.marks': 'Marks',
  'journal.col.absences': 'Absent',
  'journal.col.teacher': 'Teacher',
  'journal.listChecked': 'The class list of {class} is recorded as checked on {date}.',
  'journal.listCheckedAudit': 'class list checked',
  'journal.substitution': 'substitution',
  'import.entity.lessonRecord': 'lesson',
  'import.entity.mark': 'mark',
  'import.entity.absence': 'absence',
  'import.entity.finalMark': 'final mark',
  'import.entity.planTopic': 'plan topic',
  'import.field.topic': 'topic',
  'import.field.lessonType': 'type',
  'import.field.homework': 'homework',
  'import.field.substitution': 'substitution',
  'import.field.topicEnteredAt': 'topic entered',
  'import.field.homeworkEnteredAt': 'homework entered',
  'import.field.attendanceEnteredAt': 'attendance entered',
  'import.field.value': 'value',
  'import.field.enteredAt': 'entered',
  'demo.step': 'Building the demo school: {step}…',
  'demo.done':
    'Demo school created in {dir}: year {year}, journal to {asOf}; {staff} staff, {classes} classes, {pupils} pupils, {lessons} lessons, {marks} marks, {absences} absences, {finalMarks} final marks.\nTry: ejournal check -w {dir}; ejournal year status -w {dir}; ejournal pupils list --class 5А -w {dir}; ejournal journal show --class 5А --subject Математика -w {dir}',
} as const

export const journalRu: Record<keyof typeof journalEn, string> = {
  'import.badTimestamp':
    'столбец «{column}»: «{value}» — не время вида 14.10.2026 08:12 или 2026-10-14T08:12+10:00',
  'import.badLessonType':
    'столбец «{column}»: «{value}» — не тип урока (урок, контрольная работа, практическая работа, лабораторная работа, диктант, зачёт, самостоятельная работа)',
  'import.badMark': 'столбец «{column}»: «{value}» — не отметка (5, 4, 3, 2, 1, зач, незач)',
  'import.badFinalMark':
    'столбец «{column}»: «{value}» — не итоговая отметка (5, 4, 3, 2, н/а, осв, зач, незач)',
  'import.badAbsenceReason': 'столбец «{column}»: «{value}» — не причина (н, у, б, о)',
  'import.badPeriod':
    'столбец «{column}»: «{value}» — не период (1 четверть … 4 четверть, 1 полугодие, 2 полугодие, год, экзамен, итог)',
  'journal.outsideYear': 'столбец «{column}»: {value} — вне учебного года {year}',
  'journal.unknownPupil': 'столбец «{column}»: ученика «{value}» в этом классе нет; может быть, {known}?',
  'journal.ambiguousPupil': 'столбец «{column}»: в классе два ученика с именем «{value}»; укажите внешний ID',
  'journal.unknownLesson':
    'столбец «{column}»: урока {value} за {date} по этому классу и предмету нет; сначала загрузите lessons.csv',
  'journal.noFiles': 'В {path} нет файлов журнала: ожидаются {names}.',
  'journal.unknownFile': '{file} — не файл журнала; ожидаются {names}.',
  'journal.empty': 'Уроков {class}, {subject} за этот период нет.',
  'journal.header': '{class}, {subject}: {count|урок|урока|уроков}',
  'journal.col.date': 'Дата',
  'journal.col.no': '№',
  'journal.col.topic': 'Тема',
  'journal.col.type': 'Тип',
  'journal.col.homework': 'Домашнее задание',
  'journal.col.marks': 'Отметки',
  'journal.col.absences': 'Отсутствовали',
  'journal.col.teacher': 'Учитель',
  'journal.listChecked': 'Список класса {class} отмечен как проверенный {date}.',
  'journal.listCheckedAudit': 'список класса проверен',
  'journal.substitution': 'замена',
  'demo.step': 'Создаётся демонстрационная школа: {step}…',
  'demo.done':
    'Демонстрационная школа создана в {dir}: год {year}, журнал по {asOf}; сотрудников {staff}, классов {classes}, учеников {pupils}, уроков {lessons}, отметок {marks}, пропусков {absences}, итоговых отметок {finalMarks}.\nПопробуйте: ejournal check -w {dir}; ejournal year status -w {dir}; ejournal pupils list --class 5А -w {dir}; ejournal journal show --class 5А --subject Математика -w {dir}',
  'import.entity.lessonRecord': 'урок',
  'import.entity.mark': 'отметка',
  'import.entity.absence': 'пропуск',
  'import.entity.finalMark': 'итоговая отметка',
  'import.entity.planTopic': 'тема плана',
  'import.field.topic': 'тема',
  'import.field.lessonType': 'тип',
  'import.field.homework': 'домашнее задание',
  'import.field.substitution': 'замена',
  'import.field.topicEnteredAt': 'тема внесена',
  'import.field.homeworkEnteredAt': 'ДЗ внесено',
  'import.field.attendanceEnteredAt': 'посещаемость внесена',
  'import.field.value': 'значение',
  'import.field.enteredAt': 'внесено',
}
