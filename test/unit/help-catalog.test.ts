// Every command, argument and flag of the manifest has its Russian help, so that a new command or
// flag without a translation fails here rather than showing English to the administrator.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {ROOT} from '../helpers/cli.js'
import {commandsRu, sharedFlagsRu, topicsRu} from '../../src/cli/messages/help-ru.js'

interface ManifestCommand {
  summary?: string
  description?: string
  args: Record<string, {description?: string}>
  flags: Record<string, {summary?: string; description?: string}>
}

// Built by `npm run build` (the tests run the built CLI): exactly what --help shows.
const manifest = JSON.parse(readFileSync(join(ROOT, 'oclif.manifest.json'), 'utf8')) as {
  commands: Record<string, ManifestCommand>
}
const commands = Object.entries(manifest.commands)
const pjson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  oclif: {topics: Record<string, {description: string}>}
}

describe('the Russian help catalog', () => {
  it('has a summary for every command, and a description where the English has one', () => {
    expect(commands.length).toBeGreaterThan(40)
    const missing = commands.flatMap(([id, c]) => [
      ...(commandsRu[id]?.summary ? [] : [`${id}: summary`]),
      ...(c.description && !commandsRu[id]?.description ? [`${id}: description`] : []),
    ])
    expect(missing).toEqual([])
  })

  it('has every argument', () => {
    const missing = commands.flatMap(([id, c]) =>
      Object.keys(c.args)
        .filter((name) => !commandsRu[id]?.args?.[name])
        .map((name) => `${id} ${name.toUpperCase()}`),
    )
    expect(missing).toEqual([])
  })

  it('has every flag: its own, or a shared one whose English is the same wherever it is used', () => {
    const missing: string[] = []
    const sharedEnglish = new Map<string, Set<string>>()
    for (const [id, c] of commands)
      for (const [name, flag] of Object.entries(c.flags)) {
        if (commandsRu[id]?.flags?.[name]) continue
        if (!sharedFlagsRu[name]) missing.push(`${id} --${name}`)
        else
          sharedEnglish.set(
            name,
            (sharedEnglish.get(name) ?? new Set()).add(flag.summary ?? flag.description ?? ''),
          )
      }
    expect(missing).toEqual([])
    // A flag that means something else in one command needs its own translation there.
    const differing = [...sharedEnglish]
      .filter(([, texts]) => texts.size > 1)
      .map(([name, texts]) => [name, [...texts]])
    expect(differing).toEqual([])
  })

  it('names no command, argument or flag that does not exist (a renamed flag keeps no stale text)', () => {
    const stale = Object.entries(commandsRu).flatMap(([id, ru]) => {
      if (id === 'help') return [] // @oclif/plugin-help's command, not in our manifest
      const c = manifest.commands[id]
      if (!c) return [id]
      return [
        ...Object.keys(ru.args ?? {})
          .filter((name) => !(name in c.args))
          .map((name) => `${id} ${name}`),
        ...Object.keys(ru.flags ?? {})
          .filter((name) => !(name in c.flags))
          .map((name) => `${id} --${name}`),
      ]
    })
    expect(stale).toEqual([])
  })

  it('every group of commands is a topic with a description, in English and Russian', () => {
    const groups = new Set(
      commands
        .map(([id]) => id.split(':')[0]!)
        .filter((g) => commands.some(([id]) => id.startsWith(`${g}:`))),
    )
    expect([...groups].filter((g) => !pjson.oclif.topics[g]).sort()).toEqual([])
    expect(
      Object.keys(pjson.oclif.topics)
        .filter((name) => !topicsRu[name])
        .sort(),
    ).toEqual([])
  })
})
