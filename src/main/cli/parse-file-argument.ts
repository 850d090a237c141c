import { parseArgs, type ParseArgsConfig } from 'node:util'
import { CliFailure } from './io'
import { joinNegativeValues } from './parse-flags'

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * Strict flags plus exactly one file argument (`trailkeep restore FILE`); `file` is undefined
 * only with --help.
 */
export function parseFlagsAndFile<T extends Options>(
  command: string,
  args: string[],
  options: T,
  fileLabel: string,
) {
  const { flags, files } = parseFlagsAndFiles(command, args, options, fileLabel)
  if (files === undefined) return { flags, file: undefined }
  if (files.length !== 1) {
    throw new CliFailure(
      `Give one ${fileLabel} only. Run \`trailkeep ${command} --help\` for usage.`,
      2,
    )
  }
  return { flags, file: files[0] as string }
}

/**
 * Strict flags plus one or more file arguments (`trailkeep import PATH...`); `files` is undefined
 * only with --help.
 */
export function parseFlagsAndFiles<T extends Options>(
  command: string,
  args: string[],
  options: T,
  fileLabel: string,
) {
  const hint = `Run \`trailkeep ${command} --help\` for usage.`
  const parse = () =>
    parseArgs({
      args: joinNegativeValues(args, options),
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
  if ((values as { help?: boolean }).help) return { flags: values, files: undefined }
  if (positionals.length === 0) throw new CliFailure(`${fileLabel} is required. ${hint}`, 2)
  return { flags: values, files: positionals }
}
