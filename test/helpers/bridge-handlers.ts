/** Handlers for every call of the bridge table that only record what reached them. */
import {
  BRIDGE_ENTRIES,
  type BridgeHandlers,
  type InvokeChannel,
} from '../../src/shared/bridge-contract'

type Handler = (input: unknown) => unknown
export type MutableHandlers = Record<string, Record<string, Handler>>

export function recordingHandlers(answer: unknown) {
  const calls: { channel: InvokeChannel; input: unknown }[] = []
  const handlers: MutableHandlers = {}
  for (const { channel, group, method } of BRIDGE_ENTRIES) {
    handlers[group] ??= {}
    handlers[group][method] = async (input) => {
      calls.push({ channel, input })
      return answer
    }
  }
  return { handlers: handlers as unknown as BridgeHandlers, mutable: handlers, calls }
}
