// Colour for the terminal: only on a TTY, never with NO_COLOR or TERM=dumb (no-color.org).
export interface Paint {
  green(text: string): string
  yellow(text: string): string
  red(text: string): string
  bold(text: string): string
}

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`
const plain = (text: string) => text

export function paint(
  stream: NodeJS.WriteStream = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): Paint {
  const on = Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb'
  return on
    ? {green: ansi(32, 39), yellow: ansi(33, 39), red: ansi(31, 39), bold: ansi(1, 22)}
    : {green: plain, yellow: plain, red: plain, bold: plain}
}
