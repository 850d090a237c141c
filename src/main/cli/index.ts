import { fileURLToPath } from 'node:url'
import { runCli } from './run-cli'

const controller = new AbortController()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => controller.abort())
}

const exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  signal: controller.signal,
  workerScript: fileURLToPath(new URL('./worker.js', import.meta.url)),
})
process.exitCode = exitCode
