import {Args} from '@oclif/core'

import {BaseCommand, type Outcome} from '../../src/cli/base-command.js'
import {EXIT} from '../../src/cli/errors.js'
import {verifyCredentials} from '../../src/credentials/accounts.js'

export default class CredentialsVerify extends BaseCommand<typeof CredentialsVerify> {
  static override summary =
    'Check a password (read from stdin) against an account: exit 0 when it matches, 1 when not.'
  static override description =
    'For the web portal and for checks. The password is read from standard input (its first line), never from the ' +
    'command line, which the audit log and the process list would show; on a terminal it is asked for unseen. The ' +
    'answer never says whether the login, the password or the account’s status was wrong.'
  static override examples = [
    'printf "%s\\n" "$PASSWORD" | <%= config.bin %> credentials verify ivanova.mariia',
    '<%= config.bin %> credentials verify ivanova.mariia',
  ]
  static override args = {
    login: Args.string({required: true, description: 'The login.'}),
  }

  protected async execute(): Promise<Outcome> {
    const password = await readPassword(this.args.login)
    const result = await verifyCredentials(this.workspace, this.args.login, password)
    return {
      data: result,
      text: () => this.m(result.ok ? 'credentials.verify.ok' : 'credentials.verify.no'),
      exitCode: result.ok ? undefined : EXIT.error,
    }
  }
}

/** The first line of stdin; on a terminal a prompt that does not echo. */
async function readPassword(login: string): Promise<string> {
  if (process.stdin.isTTY) {
    const {password} = await import('@inquirer/prompts')
    return password({message: `${login}:`, mask: false})
  }
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? ''
}
