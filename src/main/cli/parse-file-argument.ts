import { parseArgs, type ParseArgsConfig } from 'node:util'
import { CliFailure } from './io'

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * Strict flags plus exactly one file argument (`trailkeep import FILE`); `file` is undefined
 * only with --help.
 */
export function parseFlagsAndFile<T extends Options>(
  command: string,
  args: string[],
  options: T,
  fileLabel: string,
) {
  const hint = `Run \`trailkeep ${command} --help\` for usage.`
  const parse = () =>
    parseArgs({
      args,
      options: { ...options, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: true,
    })
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse()
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/\.$/, '') : 'invalid arguments'
    throw new CliFailure(`${detail}. ${hint}`, 2)
  }
  const { values, positionals } = parsed
  if ((values as { help?: boolean }).help) return { flags: values, file: undefined }
  if (positionals.length !== 1) {
    throw new CliFailure(
      positionals.length === 0
        ? `${fileLabel} is required. ${hint}`
        : `Give one ${fileLabel} only. ${hint}`,
      2,
    )
  }
  return { flags: values, file: positionals[0] as string }
}
