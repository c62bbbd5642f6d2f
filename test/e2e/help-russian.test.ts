// --help in the administrator's language: Russian with a Russian LANG/LC_ALL or --lang ru, from the
// catalogs; English otherwise. The built CLI, no TTY (80 columns).
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {ROOT, spawn, tempDir} from '../helpers/cli.js'

const RU = {LANG: 'ru_RU.UTF-8'}

function lines(text: string): string[] {
  return text.split('\n').map((line) => line.trimEnd())
}

describe('help in Russian', () => {
  it('check --help with a Russian LANG: summary, sections and flags in Russian', () => {
    const {stdout, code} = spawn(['check', '--help'], RU)
    expect(code).toBe(0)
    const out = lines(stdout)
    expect(out[0]).toBe(
      'Проверить журнал по срокам Положения: кто что пропустил, на сколько, по какому пункту (код выхода 3, если найдено).',
    )
    expect(out).toContain('ВЫЗОВ')
    expect(out).toContain('ПАРАМЕТРЫ')
    expect(out).toContain('ОБЩИЕ ПАРАМЕТРЫ')
    expect(out).toContain('  -o, --output=<value>     Записать отчёт в этот файл, а не на экран.')
    expect(out).toContain('      --fail-on=<option>   [по умолчанию: error] Код выхода 3, если найдено')
    expect(out).toContain('                           <варианты: error|warning|never>')
    expect(out).toContain('      --list-rules         Показать каталог правил с параметрами школы и выйти.')
    expect(stdout).not.toMatch(/FLAGS|DESCRIPTION|The day to check as of/)
  })

  it('LC_ALL wins over LANG, as POSIX orders them', () => {
    const {stdout} = spawn(['check', '--help'], {LANG: 'en_US.UTF-8', LC_ALL: 'ru_RU.UTF-8'})
    expect(lines(stdout)[0]).toMatch(/^Проверить журнал по срокам Положения/)
  })

  it('import pupils --help with --lang ru: arguments and flags in Russian', () => {
    const {stdout, code} = spawn(['import', 'pupils', '--help', '--lang', 'ru'])
    expect(code).toBe(0)
    const out = lines(stdout)
    expect(out[0]).toBe(
      'Загрузить сотрудников, учеников с родителями, классы, учебный план, нагрузку или расписание.',
    )
    expect(out).toContain('АРГУМЕНТЫ')
    expect(out).toContain('  FILE  Файл: .csv или .xlsx.')
    expect(out).toContain('      --sheet=<value>       Лист файла .xlsx (по умолчанию — первый).')
    expect(out).toContain('      --year=<value>        Учебный год (по умолчанию — текущий).')
    expect(out).toContain('  -y, --yes                 Отвечать «да» на все вопросы (скрипты, cron).')
    expect(out).toContain('      --dry-run             Показать, что изменится, и ничего не записывать.')
    expect(out).toContain('ОПИСАНИЕ')
    expect(out).toContain('  import template  Записать файл с допустимыми заголовками и одной')
  })

  it('backup run --help: --lang ru before the command too', () => {
    for (const args of [
      ['backup', 'run', '--help', '--lang=ru'],
      ['--lang', 'ru', 'backup', 'run', '--help'],
    ]) {
      const out = lines(spawn(args).stdout)
      expect(out[0]).toBe(
        'Сделать зашифрованную проверенную резервную копию журнала (п. 6.5: не реже раза в две недели).',
      )
      expect(out).toContain('      --if-due             Только если последнюю проверенную копию пора')
      expect(out).toContain('      --json               Вывести результат в JSON (стабильный формат для')
      expect(out).toContain('      --lang=<option>      Язык сообщений и справки (по умолчанию — из')
    }
  })

  it('classes --help describes the topic, in Russian, and lists its commands', () => {
    const out = lines(spawn(['classes', '--help'], RU).stdout)
    expect(out[0]).toBe('Классы учебного года: список, подтверждение списка класса классным руководителем')
    expect(out).toContain('  $ ejournal classes КОМАНДА')
    expect(out).toContain('КОМАНДЫ')
    expect(out).toContain('  classes confirm-list  Отметить, что классный руководитель сверил список класса')
    expect(out).toContain('  classes list          Список классов года: профиль, классный руководитель,')
  })

  it('backup --help: the topic and its commands in Russian', () => {
    const out = lines(spawn(['backup', '--help', '--lang', 'ru']).stdout)
    expect(out[0]).toBe(
      'Зашифрованные проверенные резервные копии (п. 6.5): создать, список, проверить, восстановить, удалить старые, состояние',
    )
    expect(out).toContain('  backup status   Последняя проверенная резервная копия, её возраст и следующий')
  })

  it('the root help lists every topic with its Russian description', () => {
    const out = lines(spawn(['--help'], RU).stdout)
    expect(out[0]).toBe('Инструменты администратора электронного классного журнала школы')
    expect(out).toContain('РАЗДЕЛЫ')
    expect(out).toContain('  pupils       Ученики: список с классом, родителями и движением')
    expect(out).toContain('  timetable    Расписание класса')
    expect(out).toContain('  audit    Журнал аудита: кто что изменил и когда.')
  })
})

describe('help in English', () => {
  it('stays English with an English or C locale, and with --lang en under a Russian one', () => {
    for (const [args, env] of [
      [['check', '--help'], {LANG: 'en_US.UTF-8'}],
      [['check', '--help'], {}],
      [['check', '--help', '--lang', 'en'], RU],
    ] as const) {
      const out = lines(spawn([...args], env).stdout)
      expect(out[0]).toBe(
        'Check the journal against the regulation’s deadlines: who missed what, by how much, which clause (exit 3 when found).',
      )
      expect(out).toContain('FLAGS')
      expect(out).toContain('  -o, --output=<value>     Write the report to this file instead of the screen.')
      expect(out).toContain(
        '      --fail-on=<option>   [default: error] Exit 3 when a finding this severe or',
      )
    }
  })

  it('classes --help describes the topic in English too', () => {
    const out = lines(spawn(['classes', '--help']).stdout)
    expect(out[0]).toBe("The year's classes: list, the class teacher's confirmation of the class list")
    expect(out).toContain('  $ ejournal classes COMMAND')
  })
})

describe('prompts in Russian', () => {
  it('init on a terminal: the list question’s key hint is Russian', () => {
    const dir = join(tempDir(), 'ws')
    const command = `${process.execPath} ${join(ROOT, 'bin/run.js')} init -w ${dir} --school-name Школа --timezone Europe/Moscow`
    // script(1) gives init a terminal; Enter after the question has been drawn picks the default.
    const result = spawnSync(
      'sh',
      ['-c', `(sleep 2; printf '\\r'; sleep 1) | script -qfec "${command}" /dev/null`],
      {
        encoding: 'utf8',
        env: {PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'ru_RU.UTF-8', TERM: 'xterm'},
        timeout: 20_000,
      },
    )
    // eslint-disable-next-line no-control-regex
    const screen = result.stdout.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '')
    expect(screen).toContain('↑↓ выбор • ⏎ подтвердить')
    expect(screen).not.toContain('navigate')
    expect(screen).toContain('Рабочая папка создана')
  }, 20_000)
})
