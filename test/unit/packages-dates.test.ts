// Colour decided before chalk is loaded; calendar arithmetic by date-fns whatever the server's zone.
import {afterEach, describe, expect, it} from 'vitest'

import {addDays, daysBetween, eachDay, mondayOf, weekday} from '../../src/calendar/dates.js'
import {paint, wantsColor} from '../../src/cli/paint.js'

const tty = {isTTY: true} as NodeJS.WriteStream
const pipe = {isTTY: false} as NodeJS.WriteStream

describe('colour', () => {
  it('colours a terminal only, never with NO_COLOR or TERM=dumb, anywhere with FORCE_COLOR', () => {
    expect(wantsColor(tty, {TERM: 'xterm'})).toBe(true)
    expect(wantsColor(tty, {})).toBe(true)
    expect(wantsColor(pipe, {TERM: 'xterm'})).toBe(false)
    expect(wantsColor(tty, {NO_COLOR: '1'})).toBe(false)
    expect(wantsColor(tty, {TERM: 'dumb'})).toBe(false)
    expect(wantsColor(pipe, {FORCE_COLOR: '1'})).toBe(true)
    expect(wantsColor(pipe, {FORCE_COLOR: ''})).toBe(true)
    expect(wantsColor(tty, {FORCE_COLOR: '0'})).toBe(false)
    expect(wantsColor(tty, {FORCE_COLOR: 'false'})).toBe(false)
  })

  it('paints with chalk on a terminal and leaves the text alone elsewhere', async () => {
    expect((await paint(tty, {})).red('просрочено')).toBe('\u001b[31mпросрочено\u001b[39m')
    expect((await paint(tty, {})).bold('Итого')).toBe('\u001b[1mИтого\u001b[22m')
    expect((await paint(pipe, {})).red('просрочено')).toBe('просрочено')
  })
})

describe('calendar arithmetic on a server with summer time at midnight', () => {
  const saved = process.env.TZ
  afterEach(() => {
    process.env.TZ = saved
  })

  it('counts whole days across the night that had no midnight (São Paulo, 4 November 2018)', () => {
    process.env.TZ = 'America/Sao_Paulo'
    expect(addDays('2018-11-03', 1)).toBe('2018-11-04')
    expect(addDays('2018-11-04', 1)).toBe('2018-11-05')
    expect(daysBetween('2018-11-01', '2018-11-08')).toBe(7)
    expect(weekday('2018-11-04')).toBe(7)
    expect(mondayOf('2018-11-04')).toBe('2018-10-29')
    expect(mondayOf('2018-11-05')).toBe('2018-11-05')
    expect([...eachDay('2018-11-03', '2018-11-05')]).toEqual(['2018-11-03', '2018-11-04', '2018-11-05'])
    expect([...eachDay('2018-11-05', '2018-11-03')]).toEqual([])
  })
})
