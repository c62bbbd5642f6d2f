// Colour for the terminal, by chalk. Plain text off a terminal, with NO_COLOR or TERM=dumb
// (no-color.org); FORCE_COLOR asks for colour anywhere and, as in Node itself, outweighs NO_COLOR.
// chalk is loaded only when colour is on: cron, pipes and --json never pay for it.
export interface Paint {
  green(text: string): string
  yellow(text: string): string
  red(text: string): string
  bold(text: string): string
}

const plain = (text: string) => text
export const noPaint: Paint = {green: plain, yellow: plain, red: plain, bold: plain}

export function wantsColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false'
  return Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb'
}

export async function paint(
  stream: NodeJS.WriteStream = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Paint> {
  if (!wantsColor(stream, env)) return noPaint
  const {Chalk} = await import('chalk')
  // Our own decision above, not chalk's guess: the 16 basic colours are all the CLI uses.
  const chalk = new Chalk({level: 1})
  return {green: chalk.green, yellow: chalk.yellow, red: chalk.red, bold: chalk.bold}
}
