// Columns several kinds of file share, defined once: the same header names, parser and hint
// wherever a class, subject, teacher, date or pupil is named.
import {type ColumnDef} from '../kind.js'
import * as p from '../parsers.js'

export const classColumn: ColumnDef<'className'> = {
  key: 'className',
  names: ['Класс', 'class'],
  required: true,
  parse: p.className,
  hint: 'класс: 5А, 5 а, 5-А',
  example: '5А',
}

export const subgroupColumn: ColumnDef<'subgroup'> = {
  key: 'subgroup',
  names: ['Подгруппа', 'subgroup'],
  parse: p.text,
  hint: 'подгруппа, если урок или нагрузка у подгруппы',
  example: '',
}

export const subjectColumn: ColumnDef<'subject'> = {
  key: 'subject',
  names: ['Предмет', 'subject'],
  required: true,
  parse: p.subject,
  hint: 'предмет из учебного плана',
  example: 'Математика',
}

export const teacherColumn: ColumnDef<'teacher'> = {
  key: 'teacher',
  names: ['Учитель', 'teacher'],
  required: true,
  parse: p.staffName,
  hint: 'ФИО из списка сотрудников',
  example: 'Громова Анна Александровна',
}

export const dateColumn: ColumnDef<'date'> = {
  key: 'date',
  names: ['Дата', 'date'],
  required: true,
  parse: p.date,
  hint: 'дата урока',
  example: '14.10.2026',
}

export const lessonNoColumn: ColumnDef<'lessonNo'> = {
  key: 'lessonNo',
  names: ['Урок', 'lesson_no'],
  required: true,
  parse: p.integer(0, 12),
  hint: 'номер урока',
  example: '3',
}

export const pupilColumn: ColumnDef<'pupil'> = {
  key: 'pupil',
  names: ['Ученик', 'pupil'],
  required: true,
  parse: p.text,
  hint: 'ФИО ученика или внешний ID',
  example: 'Иванова Мария Петровна',
}

export const enteredAtColumn: ColumnDef<'enteredAt'> = {
  key: 'enteredAt',
  names: ['Внесено', 'entered_at'],
  required: true,
  parse: p.timestamp,
  hint: 'когда внесено: дд.мм.гггг чч:мм по времени школы',
  example: '14.10.2026 15:40',
}

export const externalIdColumn: ColumnDef<'externalId'> = {
  key: 'externalId',
  names: ['Внешний ID', 'external_id'],
  parse: p.text,
  hint: 'код из другой системы',
  example: '',
}
