import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'

/** Bundles the browser side of the bridge on start-up; it never ships in the app. */
export async function bundleBridgeClient(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./client/bridge-client.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    minify: true,
  })
  const output = result.outputFiles[0]
  if (!output) throw new Error('The bridge client did not build.')
  return output.text
}
