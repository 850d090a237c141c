import type { CliIo } from './io'

/** Prints a command's usage on stdout; asking for help is a success. */
export function printHelp(io: CliIo, text: string): number {
  io.stdout(`${text}\n`)
  return 0
}
