// The built CLI spawned as a separate process with no TTY, as cron and scripts run it.
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {spawn, tempDir} from '../helpers/cli.js'

const NOW = {EJOURNAL_NOW: '2026-09-02T01:00:00Z'}

function newSchool(): string {
  const ws = join(tempDir(), 'school')
  const r = spawn(['init', '--school-name', 'МБОУ СОШ № 23', '--timezone', 'Asia/Vladivostok', '--yes'], {
    ...NOW,
    EJOURNAL_HOME: ws,
  })
  expect(r.code, r.stderr).toBe(0)
  return ws
}

describe('ejournal as a process', () => {
  it('prints its version', () => {
    const r = spawn(['--version'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^ejournal\/0\.1\.0 /)
  })

  it('goes init → year open → year status in Russian, found through EJOURNAL_HOME', () => {
    const ws = newSchool()
    const env = {...NOW, EJOURNAL_HOME: ws, LANG: 'ru_RU.UTF-8'}
    const open = spawn(['year', 'open', '2026/2027', '--preset', 'quarters'], env)
    expect(open.code, open.stderr).toBe(0)
    expect(open.stdout).toContain('Учебный год 2026/2027 открыт.')
    const status = spawn(['year', 'status'], env)
    expect(status.code).toBe(0)
    expect(status.stdout).toContain('Учебный год 2026/2027 (открыт)')
    expect(status.stdout).toContain('✓ Учебный год открыт: 1/1 (срок 06.09.2026)')
    expect(status.stdout).not.toContain('\u001b[')
  })

  it('speaks English outside a Russian locale and Russian with --lang ru', () => {
    const ws = newSchool()
    spawn(['year', 'open', '2026/2027'], {...NOW, EJOURNAL_HOME: ws})
    expect(spawn(['year', 'status'], {...NOW, EJOURNAL_HOME: ws, LANG: 'en_GB.UTF-8'}).stdout).toContain(
      '✓ School year opened: 1/1 (due 06.09.2026)',
    )
    expect(spawn(['year', 'status', '--lang', 'ru'], {...NOW, EJOURNAL_HOME: ws}).stdout).toContain(
      '✓ Учебный год открыт',
    )
  })

  it('gives stable JSON', () => {
    const ws = newSchool()
    spawn(['year', 'open', '2026/2027'], {...NOW, EJOURNAL_HOME: ws})
    const r = spawn(['year', 'status', '--json'], {...NOW, EJOURNAL_HOME: ws})
    const json = JSON.parse(r.stdout)
    expect(Object.keys(json)).toEqual(['year', 'status', 'startsOn', 'endsOn', 'classes', 'pupils', 'items'])
    expect(json.items.map((i: {id: string}) => i.id)).toEqual([
      'profile-classes',
      'class-teachers',
      'calendar',
      'curriculum',
      'pupils',
      'teachers',
      'year-opened',
      'timetable',
      'subgroups',
    ])
    expect(Object.keys(json.items[0])).toEqual(['id', 'ok', 'count', 'total', 'deadline', 'overdue'])
  })

  it('exits 1 outside a workspace and says how to create one', () => {
    const dir = tempDir()
    const en = spawn(['year', 'list', '-w', dir])
    expect(en.code).toBe(1)
    expect(en.stderr).toBe(
      `No ejournal workspace in ${dir}. Create one with «ejournal init», or point to it with --workspace DIR or EJOURNAL_HOME.\n`,
    )
    const ru = spawn(['year', 'list', '-w', dir], {LANG: 'ru_RU.UTF-8'})
    expect(ru.stderr).toContain('нет рабочей папки ejournal. Создайте её командой «ejournal init»')
    const json = spawn(['year', 'list', '-w', dir, '--json'])
    expect(JSON.parse(json.stdout).error.code).toBe('workspace.missing')
  })

  it('exits 2 on usage errors, with no stack trace', () => {
    const ws = newSchool()
    const missing = spawn(['year', 'open'], {EJOURNAL_HOME: ws})
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('Command line error: Missing 1 required arg')
    expect(missing.stderr).not.toMatch(/at .*\.js:\d+/)
    expect(spawn(['year', 'open', '2026/2027', '--preset', 'months'], {EJOURNAL_HOME: ws}).code).toBe(2)
    expect(spawn(['year', 'open', '2026/2027', '--no-such-flag'], {EJOURNAL_HOME: ws}).code).toBe(2)
    const label = spawn(['year', 'open', '2026'], {EJOURNAL_HOME: ws})
    expect(label.code).toBe(2)
    expect(label.stderr).toBe('«2026» is not a school year; write it as 2026/2027.\n')
  })

  it('refuses init without a school name when nobody can be asked', () => {
    const r = spawn(['init', '-w', join(tempDir(), 's')])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('The school name is required')
  })
})
