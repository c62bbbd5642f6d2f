// Messages of src/subgroups/ (English and Russian, the same keys).
export const subgroupsEn = {
  'subgroups.badMaxSize':
    'policy.subgroupMaxSize in ejournal.json is «{value}»; it must be a whole number, 1 or more.',
  'subgroups.yearNotOpen':
    'The year {year} is not open (status: {status}); its subgroups can no longer be changed.',
  'subgroups.fileRequired': '--by file needs --file FILE with the columns Класс;Предмет;Подгруппа;Ученик.',
  'subgroups.fileOnlyWithFile': '--file is read only with --by file, not with --by {by}.',
  'subgroups.classOrAll': 'Name the class with --class 7А, or pass --all for every class.',
  'subgroups.classAndAll': 'Give either --class or --all, not both.',
  'subgroups.nothingSplit':
    'The curriculum of {year} divides no subject into subgroups (column «Деление на подгруппы»); there is nothing to divide.',
  'subgroups.classNotSplit':
    'The curriculum divides no subject of {class} into subgroups (column «Деление на подгруппы»); there is nothing to divide.',
  'subgroups.subjectNotSplit':
    '«{subject}» is not divided into subgroups in any class; divided are: {known}.',
  'subgroups.subjectNotSplitInClass':
    '«{subject}» is not divided into subgroups in {class}; divided there are: {known}.',
  'subgroups.dividedOtherwise':
    'Already divided another way: {pairs}. To divide again --by {by}, add --rebalance (pupils will change subgroups); nothing was written.',
  'subgroups.notConfirmed':
    '{count|pupil|pupils} would change or leave a subgroup; nothing was written. Run again with --yes to confirm, or --dry-run to review.',
  'subgroups.confirm': '{count|pupil|pupils} will change or leave a subgroup. Apply?',

  'subgroups.file.required': 'column «{column}»: a value is required',
  'subgroups.file.unknownClass':
    'column «{column}»: there is no class «{value}» this year; did you mean {known}?',
  'subgroups.file.unknownSubject': 'column «{column}»: there is no subject «{value}»; did you mean {known}?',
  'subgroups.file.notSplit':
    'column «{column}»: the curriculum does not divide «{value}» into subgroups in {class}',
  'subgroups.file.unknownPupil':
    'column «{column}»: there is no pupil «{value}» in {class}; did you mean {known}?',
  'subgroups.file.ambiguousPupil':
    'column «{column}»: {count} pupils of {class} are called «{value}»; write the full ФИО or the external id',
  'subgroups.file.duplicate':
    'column «{column}»: «{value}» is already listed for this subject on line {first}',

  'subgroups.strategy.language': 'by language',
  'subgroups.strategy.alphabet': 'alphabetically',
  'subgroups.strategy.gender': 'boys and girls',
  'subgroups.strategy.file': 'from the file',
  'subgroups.gender.F': 'a girl',
  'subgroups.gender.M': 'a boy',
  'subgroups.plan.pair': '{class} · {subject} ({strategy})',
  'subgroups.plan.unchanged': 'no changes: {groups|subgroup|subgroups}, {pupils|pupil|pupils}',
  'subgroups.plan.createGroup': '+ new subgroup «{name}»',
  'subgroups.plan.deleteGroup': '− subgroup «{name}» is removed: no one is left in it',
  'subgroups.plan.keepEmpty': '! subgroup «{name}» is left empty: assignments or the timetable refer to it',
  'subgroups.plan.joins': '+ {pupil} → {to}',
  'subgroups.plan.moves': '~ {pupil}: {from} → {to}',
  'subgroups.plan.leaves': '− {pupil} ← {from} ({cause})',
  'subgroups.cause.left': 'left the class',
  'subgroups.cause.duplicate': 'was in two subgroups of the subject',
  'subgroups.cause.notStudying': 'does not study this language',
  'subgroups.cause.unknownLanguage': 'the foreign language is not entered',
  'subgroups.cause.unknownGender': 'the gender is not entered',
  'subgroups.cause.notInFile': 'not in the file',
  'subgroups.unplaced.unknownLanguage':
    '? {pupil}: the foreign language is not entered, so no subgroup was chosen; enter it (column «Иностранный язык» of ejournal import pupils) and run again',
  'subgroups.unplaced.unknownGender':
    '? {pupil}: the gender is not entered, so no subgroup was chosen; enter it (column «Пол» of ejournal import pupils) and run again',
  'subgroups.unplaced.notInFile': '? {pupil}: not in the file and in no subgroup',
  'subgroups.warn.overLimit':
    '! «{group}»: {size} pupils, over the limit of {max}; divide again with --rebalance or give --max-size',
  'subgroups.warn.mismatch':
    '! {pupil} is in «{group}» but is {expected}; use ejournal subgroups move, or divide again with --rebalance',
  'subgroups.warn.notStudying': '! {pupil} is in «{group}» but does not study this language',
  'subgroups.plan.skipped': 'Skipped {count|row|rows} of the file for other classes or subjects.',
  'subgroups.plan.totals':
    'Placed {placed}, moved {moved}, taken out {removed}; subgroups new {created}, removed {deleted}; not placed {unplaced}.',
  'subgroups.plan.nothing': 'Nothing to change.',
  'subgroups.plan.written': 'Written.',
  'subgroups.audit': '+{placed} ~{moved} −{removed}; subgroups +{created} −{deleted}; not placed {unplaced}',

  'subgroups.col.class': 'Class',
  'subgroups.col.subject': 'Subject',
  'subgroups.col.subgroup': 'Subgroup',
  'subgroups.col.teacher': 'Teacher',
  'subgroups.col.size': 'Pupils',
  'subgroups.col.members': 'Members',
  'subgroups.col.pupil': 'Pupil',
  'subgroups.col.problem': 'Problem',

  'subgroups.list.empty': 'No subgroups yet. Divide the classes with «ejournal subgroups assign --all».',
  'subgroups.list.departed': '(left the class)',

  'subgroups.check.ok':
    '✓ Subgroups are in order: {pairs|class × subject pair|class × subject pairs} checked, limit {max}.',
  'subgroups.check.found':
    '✗ {count|problem|problems} in subgroups ({pairs} class × subject pairs checked, limit {max}):',
  'subgroups.check.noSubgroups': 'not divided: {count|pupil has|pupils have} no subgroup',
  'subgroups.check.notInSubgroup': 'in no subgroup',
  'subgroups.check.inSeveral': 'in several subgroups of the subject',
  'subgroups.check.left': 'left the class but is still in the subgroup',
  'subgroups.check.overLimit': '{count} pupils, over the limit of {max}',
  'subgroups.check.hint':
    'To fix: ejournal subgroups assign --all places new pupils and takes out those who left; ejournal subgroups move moves one pupil.',

  'subgroups.move.ambiguousPupil':
    '{count|pupil matches|pupils match} «{pupil}»: {candidates}. Add --class, or give the external id or the pupil id.',
  'subgroups.move.unknownSubgroup': '{class} has no subgroup «{value}». There are: {known}',
  'subgroups.move.ambiguousSubgroup':
    '{class} has a subgroup «{subgroup}» in several subjects ({subjects}); add --subject.',
  'subgroups.move.done':
    '{pupil} ({class}, {subject}): {from} → {to}; the subgroup now has {size|pupil|pupils}.',
  'subgroups.move.unchanged': '{pupil} is already in «{to}» ({class}, {subject}); nothing to change.',
  'subgroups.move.overLimit': 'Note: «{to}» now has {size} pupils, over the limit of {max}.',
  'subgroups.move.audit': '{pupil}: {from} → {to}',
} as const

export const subgroupsRu: Record<keyof typeof subgroupsEn, string> = {
  'subgroups.badMaxSize':
    'В ejournal.json policy.subgroupMaxSize = «{value}»; нужно целое число не меньше 1.',
  'subgroups.yearNotOpen':
    'Учебный год {year} не открыт (статус: {status}); его подгруппы больше менять нельзя.',
  'subgroups.fileRequired': 'Для --by file нужен --file ФАЙЛ со столбцами Класс;Предмет;Подгруппа;Ученик.',
  'subgroups.fileOnlyWithFile': '--file читается только с --by file, а не с --by {by}.',
  'subgroups.classOrAll': 'Укажите класс (--class 7А) или --all для всех классов.',
  'subgroups.classAndAll': 'Укажите либо --class, либо --all, но не оба сразу.',
  'subgroups.nothingSplit':
    'В учебном плане {year} ни один предмет не делится на подгруппы (столбец «Деление на подгруппы»); делить нечего.',
  'subgroups.classNotSplit':
    'По учебному плану в {class} ни один предмет не делится на подгруппы (столбец «Деление на подгруппы»); делить нечего.',
  'subgroups.subjectNotSplit': '«{subject}» не делится на подгруппы ни в одном классе; делятся: {known}.',
  'subgroups.subjectNotSplitInClass': '«{subject}» не делится на подгруппы в {class}; там делятся: {known}.',
  'subgroups.dividedOtherwise':
    'Уже разделены по-другому: {pairs}. Чтобы разделить заново (--by {by}), добавьте --rebalance (ученики перейдут в другие подгруппы); ничего не записано.',
  'subgroups.notConfirmed':
    'Подгруппу сменят или покинут {count|ученик|ученика|учеников}; ничего не записано. Подтвердите, запустив ещё раз с --yes, или посмотрите план с --dry-run.',
  'subgroups.confirm': 'Подгруппу сменят или покинут {count|ученик|ученика|учеников}. Применить?',

  'subgroups.file.required': 'столбец «{column}»: значение обязательно',
  'subgroups.file.unknownClass': 'столбец «{column}»: класса «{value}» в этом году нет; может быть, {known}?',
  'subgroups.file.unknownSubject': 'столбец «{column}»: предмета «{value}» нет; может быть, {known}?',
  'subgroups.file.notSplit':
    'столбец «{column}»: по учебному плану «{value}» в {class} не делится на подгруппы',
  'subgroups.file.unknownPupil': 'столбец «{column}»: в {class} нет ученика «{value}»; может быть, {known}?',
  'subgroups.file.ambiguousPupil':
    'столбец «{column}»: в {class} несколько учеников ({count}) с именем «{value}»; укажите полное ФИО или внешний ID',
  'subgroups.file.duplicate': 'столбец «{column}»: «{value}» по этому предмету уже есть в строке {first}',

  'subgroups.strategy.language': 'по языкам',
  'subgroups.strategy.alphabet': 'по алфавиту',
  'subgroups.strategy.gender': 'мальчики и девочки',
  'subgroups.strategy.file': 'по списку из файла',
  'subgroups.gender.F': 'девочка',
  'subgroups.gender.M': 'мальчик',
  'subgroups.plan.pair': '{class} · {subject} ({strategy})',
  'subgroups.plan.unchanged': 'без изменений: подгрупп — {groups}, учеников — {pupils}',
  'subgroups.plan.createGroup': '+ новая подгруппа «{name}»',
  'subgroups.plan.deleteGroup': '− подгруппа «{name}» удаляется: в ней никого не осталось',
  'subgroups.plan.keepEmpty':
    '! подгруппа «{name}» остаётся пустой: на неё ссылаются нагрузка или расписание',
  'subgroups.plan.joins': '+ {pupil} → {to}',
  'subgroups.plan.moves': '~ {pupil}: {from} → {to}',
  'subgroups.plan.leaves': '− {pupil} ← {from} ({cause})',
  'subgroups.cause.left': 'выбыл из класса',
  'subgroups.cause.duplicate': 'был сразу в двух подгруппах предмета',
  'subgroups.cause.notStudying': 'не изучает этот язык',
  'subgroups.cause.unknownLanguage': 'не указан иностранный язык',
  'subgroups.cause.unknownGender': 'не указан пол',
  'subgroups.cause.notInFile': 'нет в файле',
  'subgroups.unplaced.unknownLanguage':
    '? {pupil}: не указан иностранный язык, подгруппа не выбрана; внесите язык (столбец «Иностранный язык» в ejournal import pupils) и запустите ещё раз',
  'subgroups.unplaced.unknownGender':
    '? {pupil}: не указан пол, подгруппа не выбрана; внесите его (столбец «Пол» в ejournal import pupils) и запустите ещё раз',
  'subgroups.unplaced.notInFile': '? {pupil}: нет в файле и нет ни в одной подгруппе',
  'subgroups.warn.overLimit':
    '! «{group}»: {size} чел., больше предела {max}; разделите заново с --rebalance или задайте --max-size',
  'subgroups.warn.mismatch':
    '! {pupil} в подгруппе «{group}», но {expected}; переведите через ejournal subgroups move или разделите заново с --rebalance',
  'subgroups.warn.notStudying': '! {pupil} в подгруппе «{group}», но не изучает этот язык',
  'subgroups.plan.skipped': 'Пропущено строк файла для других классов или предметов: {count}.',
  'subgroups.plan.totals':
    'Распределено {placed}, переведено {moved}, исключено {removed}; подгрупп создано {created}, удалено {deleted}; не распределено {unplaced}.',
  'subgroups.plan.nothing': 'Изменений нет.',
  'subgroups.plan.written': 'Записано.',
  'subgroups.audit':
    '+{placed} ~{moved} −{removed}; подгруппы +{created} −{deleted}; не распределено {unplaced}',

  'subgroups.col.class': 'Класс',
  'subgroups.col.subject': 'Предмет',
  'subgroups.col.subgroup': 'Подгруппа',
  'subgroups.col.teacher': 'Учитель',
  'subgroups.col.size': 'Учеников',
  'subgroups.col.members': 'Состав',
  'subgroups.col.pupil': 'Ученик',
  'subgroups.col.problem': 'Нарушение',

  'subgroups.list.empty': 'Подгрупп пока нет. Разделите классы: «ejournal subgroups assign --all».',
  'subgroups.list.departed': '(выбыл)',

  'subgroups.check.ok': '✓ Подгруппы в порядке: проверено пар «класс × предмет» — {pairs}, предел {max} чел.',
  'subgroups.check.found':
    '✗ Нарушений в подгруппах: {count} (проверено пар «класс × предмет» — {pairs}, предел {max} чел.):',
  'subgroups.check.noSubgroups': 'класс не разделён: без подгруппы {count|ученик|ученика|учеников}',
  'subgroups.check.notInSubgroup': 'не входит ни в одну подгруппу',
  'subgroups.check.inSeveral': 'входит в несколько подгрупп предмета',
  'subgroups.check.left': 'выбыл из класса, но остаётся в подгруппе',
  'subgroups.check.overLimit': '{count} чел., больше предела {max}',
  'subgroups.check.hint':
    'Исправить: ejournal subgroups assign --all распределит новых учеников и исключит выбывших; ejournal subgroups move переведёт одного ученика.',

  'subgroups.move.ambiguousPupil':
    '«{pupil}» подходит несколько учеников ({count}): {candidates}. Добавьте --class или укажите внешний ID либо номер ученика.',
  'subgroups.move.unknownSubgroup': 'В {class} нет подгруппы «{value}». Есть: {known}',
  'subgroups.move.ambiguousSubgroup':
    'В {class} подгруппа «{subgroup}» есть по нескольким предметам ({subjects}); добавьте --subject.',
  'subgroups.move.done':
    '{pupil} ({class}, {subject}): {from} → {to}; теперь в подгруппе {size|ученик|ученика|учеников}.',
  'subgroups.move.unchanged': '{pupil} уже в подгруппе «{to}» ({class}, {subject}); менять нечего.',
  'subgroups.move.overLimit': 'Внимание: в подгруппе «{to}» теперь {size} чел., больше предела {max}.',
  'subgroups.move.audit': '{pupil}: {from} → {to}',
}
