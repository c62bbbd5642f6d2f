// A letter from a class teacher to a parent, as the progress letters are sent; tests change what
// they look at.
import type {Letter} from '../../src/reports/eml.js'

export function letterToParent(changes: Partial<Letter> = {}): Letter {
  return {
    from: {name: 'Фролов Илья Викторович', email: 'teacher01@school23.ru'},
    to: {name: 'Иванова Ольга Ивановна', email: 'olga@mail.ru'},
    subject: 'Успеваемость',
    date: new Date('2026-11-20T02:00:00Z'),
    timezone: 'Asia/Vladivostok',
    messageId: '<1@school23.ru>',
    body: 'Здравствуйте!\n',
    ...changes,
  }
}
