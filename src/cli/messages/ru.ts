// Русские сообщения: те же ключи, что в en.ts.
import {archiveRu} from './archive.js'
import {backupRu} from './backup.js'
import {complianceRu} from './compliance.js'
import {contractRu} from './contract.js'
import {credentialsRu} from './credentials.js'
import {enrollRu} from './enroll.js'
import {type en} from './en.js'
import {filesRu} from './files.js'
import {feelRu} from './feel.js'
import {guidanceRu} from './guidance.js'
import {importingRu} from './importing.js'
import {filtersRu} from './filters.js'
import {helpRu} from './help.js'
import {journalRu} from './journal.js'
import {limitsRu} from './limits.js'
import {reportsRu} from './reports.js'
import {subgroupsRu} from './subgroups.js'
import {tablesRu} from './tables.js'

export const ru: Record<keyof typeof en, string> = {
  ...importingRu,
  ...journalRu,
  ...helpRu,
  ...limitsRu,
  ...enrollRu,
  ...filtersRu,
  ...backupRu,
  ...archiveRu,
  ...credentialsRu,
  ...subgroupsRu,
  ...tablesRu,
  ...complianceRu,
  ...reportsRu,
  ...feelRu,
  ...filesRu,
  ...guidanceRu,
  ...contractRu,
  'cli.usage': 'Ошибка в командной строке: {reason}\nСправка: ejournal help',
  'cli.internal':
    'Внутренняя ошибка: {reason}. Запустите ещё раз с EJOURNAL_DEBUG=1, чтобы увидеть, где она случилась, и сообщите разработчикам.',
  'cli.badDate': '--{flag}: «{value}» — не дата; пишите дд.мм.гггг или гггг-мм-дд.',
  'cli.dryRun': 'Пробный запуск: ничего не записано.',

  'workspace.missing':
    'В папке {dir} нет рабочей папки ejournal. Создайте её командой «ejournal init» или укажите путь: --workspace ПАПКА или EJOURNAL_HOME.',
  'workspace.exists': 'В папке {dir} уже есть рабочая папка ejournal; ничего не изменено.',
  'workspace.badSettings': 'Не удаётся прочитать {file}: {reason}. Исправьте файл (это JSON) и повторите.',
  'db.newer':
    'База {file} записана более новой версией ejournal (схема {found}, эта программа знает {known}). Обновите ejournal; база не тронута.',
  'db.needsMigration':
    'База {file} требует обновления; выполните любую команду без режима только для чтения, например «ejournal year list».',

  'init.schoolNameRequired':
    'Нужно название школы: укажите --school-name "…" (или запустите «ejournal init» в терминале).',
  'init.badTimezone':
    '«{zone}» — не часовой пояс; укажите имя IANA, например Europe/Moscow или Asia/Vladivostok.',
  'init.askSchool': 'Название школы',
  'init.askZone': 'Часовой пояс школы',
  'init.askWeek': 'Дней в учебной неделе',
  'init.done':
    'Рабочая папка создана: {dir}.\nКлюч резервных копий: {key}. Храните его копию вне этого компьютера — без ключа копии не восстановить.\nДалее: ejournal year open {label} --preset quarters',
  'init.audit': 'создана рабочая папка, часовой пояс {zone}',

  'input.refused': '{file}: {count|ошибка|ошибки|ошибок}; ничего не записано.',
  'input.cannotRead': 'файл не читается ({reason})',
  'input.empty': 'файл пуст',
  'input.notText': 'это не текстовый файл (ожидается CSV в UTF-8 или Windows-1251)',
  'input.malformedCsv': 'CSV повреждён: {reason}',
  'input.missingColumn': 'нет обязательного столбца: {names}',
  'input.extraCells': 'в строке {count} ячеек, а в заголовке {headers}',
  'input.badDate': 'столбец «{column}»: «{value}» — не дата (дд.мм.гггг или гггг-мм-дд)',
  'input.badClass': 'столбец «{column}»: «{value}» — не название класса вида 5А',

  'calendar.badKind':
    'столбец «{column}»: «{value}» — неизвестный вид; допустимы четверть, полугодие, триместр, каникулы, праздник, карантин',
  'calendar.endBeforeStart': 'столбец «{column}»: окончание {value} раньше начала',
  'calendar.badGrades': 'столбец «{column}»: «{value}» — не список параллелей вида 1-4 или 10,11',
  'calendar.badPeriodNumber': 'столбец «{column}»: у периода должен быть номер от 1 до 4, а не «{value}»',
  'calendar.noPeriods': 'в календаре нет учебных периодов (четверть, полугодие или триместр)',
  'calendar.periodsOverlap': 'периоды {a} и {b} пересекаются для одних и тех же параллелей',

  'audit.empty': 'В журнале действий нет записей по этому отбору.',
  'audit.col.at': 'Время (школы)',
  'audit.col.user': 'Пользователь',
  'audit.col.action': 'Действие',
  'audit.col.object': 'Объект',
  'audit.col.outcome': 'Результат',
  'audit.col.arguments': 'Аргументы',

  'year.badLabel': '«{label}» — не учебный год; пишите так: 2026/2027.',
  'year.notFound': 'Учебного года {label} нет. Есть: {known}',
  'year.calendarOrPreset': 'Укажите либо --calendar ФАЙЛ, либо --preset, но не оба сразу.',
  'year.calendarMismatch': 'Календарь охватывает {from}–{to}, это не учебный год {label}.',
  'year.overlaps': 'Год {label} пересёкся бы с годом {other}; ничего не записано.',
  'year.existsDifferent':
    'Год {label} уже есть, и календарь у него другой; ничего не записано. Сверьте: «ejournal year status {label}».',
  'year.noPreviousYear': 'Нет предыдущего года, из которого переводить в {label}.',
  'year.open.create':
    'Год {year}: {from} – {to}, {periods|учебный период|учебных периода|учебных периодов}, {days|запись|записи|записей} о каникулах и праздниках.',
  'year.open.exists': 'Год {year} уже открыт с этим календарём.',
  'year.open.promoteFrom': 'Перевод из {year}:',
  'year.open.graduates': 'выпуск',
  'year.open.newClass': 'новый класс',
  'year.open.classCounts': 'переводятся {moved}, выбывают {leaving}, остаются {staying}',
  'year.open.leaves': 'выбывает (выпуск)',
  'year.open.repeats': 'остаётся в той же параллели',
  'year.open.totals':
    'Итого: {moved|ученик переводится|ученика переводятся|учеников переводятся}, выбывают {leaving}, остаются {staying}; копируется строк учебного плана: {curriculum}, подгрупп: {subgroups}.',
  'year.open.unchanged': 'Изменять нечего.',
  'year.open.done': 'Учебный год {year} открыт. Далее: загрузите списки, затем «ejournal year status».',
  'year.open.audit': 'открыт {from}–{to}; переведено {moved}, выбыло {leaving}',
  'year.list.empty': 'Учебных годов пока нет. Откройте год: «ejournal year open {label} --preset quarters».',
  'year.col.label': 'Год',
  'year.col.starts': 'Начало',
  'year.col.ends': 'Окончание',
  'year.col.status': 'Состояние',
  'year.status.planned': 'запланирован',
  'year.status.open': 'открыт',
  'year.status.closed': 'закрыт',
  'year.status.archived': 'в архиве',
  'year.status.header':
    'Учебный год {year} ({status}), {from} – {to}: {classes|класс|класса|классов}, {pupils|ученик|ученика|учеников}.',
  'year.status.deadline': 'срок {date}',
  'year.status.overdue': 'просрочено',
  'year.item.profile-classes': 'Профильные классы названы (10–11)',
  'year.item.class-teachers': 'Классные руководители назначены',
  'year.item.calendar': 'Каникулы и праздники внесены',
  'year.item.curriculum': 'Учебный план для каждой параллели',
  'year.item.pupils': 'Ученики в каждом классе',
  'year.item.teachers': 'Учителя для каждого класса',
  'year.item.year-opened': 'Учебный год открыт',
  'year.item.timetable': 'Расписание внесено',
  'year.item.subgroups': 'Подгруппы сформированы',
  'list.col.pupil': 'Ученик',
  'list.col.name': 'ФИО',
  'list.col.birthDate': 'Дата рождения',
  'list.col.class': 'Класс',
  'list.col.languages': 'Языки',
  'list.col.parents': 'Родители',
  'list.col.history': 'Движение',
  'list.col.position': 'Должность',
  'list.col.roles': 'Роли',
  'list.col.profile': 'Профиль',
  'list.col.classTeacher': 'Классный руководитель',
  'list.col.weekDays': 'Неделя',
  'list.col.pupils': 'Учеников',
  'list.col.gradeOrClass': 'Параллель/класс',
  'list.col.subject': 'Предмет',
  'list.col.hours': 'Часов в неделю',
  'list.col.split': 'Подгруппы',
  'list.col.assessment': 'Оценивание',
  'list.col.weekday': 'День',
  'list.col.teacher': 'Учитель',
  'list.col.valid': 'Действует',
  'list.role.teacher': 'учитель',
  'list.role.class_teacher': 'классный руководитель',
  'list.role.deputy': 'заместитель директора',
  'list.role.admin': 'администратор',
  'list.assessment.marks': 'отметки',
  'list.assessment.pass_fail': 'зачёт',
  'list.assessment.none': 'без оценивания',
  'list.weekday.1': 'Пн',
  'list.weekday.2': 'Вт',
  'list.weekday.3': 'Ср',
  'list.weekday.4': 'Чт',
  'list.weekday.5': 'Пт',
  'list.weekday.6': 'Сб',
}
