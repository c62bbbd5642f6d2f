// Messages of the input limits and the alphabets of names (README «Importing lists»).
export const limitsEn = {
  'limits.fileTooLarge':
    'the file is {size} MB; a school list is far smaller and at most {limit} MB is read — check that this is the right file, or split it',
  'limits.workbookTooLarge':
    'the workbook unpacks to more than {limit} MB (a school list unpacks to a few MB); it was not opened — check that this is the right file, or save it as CSV',
  'limits.workbookNotZip':
    'the workbook is not a zip archive ejournal can check before opening it; save it again from Excel, or as CSV',
  'limits.cellTooLong':
    'the cell is longer than {limit} characters, more than any list of a school holds; check the file',
  'limits.recordTooLong':
    'the line runs on for more than {limit} characters (a quote opened there and never closed?); check the file',
  'limits.nameTooLong':
    'column «{column}»: «{start}» is {length} characters long; a surname, first name or patronymic holds at most {limit}',
  'limits.subjectTooLong':
    'column «{column}»: «{start}» is {length} characters long; a subject name holds at most {limit}',
  'limits.mixedScripts':
    'column «{column}»: «{word}» mixes alphabets in one word ({letters}: another alphabet than the rest of the word, and no look-alike ejournal can replace); retype the word in one alphabet',
  'limits.latinName':
    'column «{column}»: «{value}» is written in Latin letters; the journal writes names in Cyrillic — keep it only if the person’s documents spell it so',
}

export const limitsRu: Record<keyof typeof limitsEn, string> = {
  'limits.fileTooLarge':
    'файл занимает {size} МБ; список школы гораздо меньше, читается не более {limit} МБ — проверьте, тот ли это файл, или разделите его',
  'limits.workbookTooLarge':
    'книга Excel распаковывается больше чем в {limit} МБ (список школы — несколько МБ); она не открыта — проверьте, тот ли это файл, или сохраните его как CSV',
  'limits.workbookNotZip':
    'книга Excel — не zip-архив, который ejournal может проверить перед открытием; сохраните её заново в Excel или как CSV',
  'limits.cellTooLong':
    'ячейка длиннее {limit} символов — больше, чем бывает в списках школы; проверьте файл',
  'limits.recordTooLong':
    'строка тянется дальше {limit} символов (открытая кавычка не закрыта?); проверьте файл',
  'limits.nameTooLong':
    'столбец «{column}»: «{start}» — {length} символов; в фамилии, имени или отчестве не больше {limit}',
  'limits.subjectTooLong':
    'столбец «{column}»: «{start}» — {length} символов; в названии предмета не больше {limit}',
  'limits.mixedScripts':
    'столбец «{column}»: в слове «{word}» смешаны алфавиты ({letters} — буквы другого алфавита, и ejournal не может заменить их похожими); наберите слово одним алфавитом',
  'limits.latinName':
    'столбец «{column}»: «{value}» написано латиницей; в журнале имена пишутся кириллицей — оставьте так, только если так имя записано в документах',
}
