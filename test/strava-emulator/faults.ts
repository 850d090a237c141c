/** Injected failures: tests push entries on `faults`, each match uses up one of its times. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { INVALID_ACCESS, SERVER_ERROR, rateLimitExceeded } from './errors'
import { sendJson, type Headers } from './http-util'
import type { EmulatorStats, Fault } from './types'

/** The first live fault whose path matches; it is used up by this call. */
export function takeFault(faults: Fault[], pathname: string): Fault | null {
  const index = faults.findIndex((fault) => {
    fault.path.lastIndex = 0
    return fault.times > 0 && fault.path.test(pathname)
  })
  const fault = faults[index]
  if (!fault) return null
  fault.times--
  if (fault.times <= 0) faults.splice(index, 1)
  return fault
}

export function applyFault(
  fault: Fault,
  req: IncomingMessage,
  res: ServerResponse,
  stats: EmulatorStats,
  headers: Headers = {},
): void {
  switch (fault.kind) {
    case 'server-error':
      return sendJson(res, fault.status ?? 500, SERVER_ERROR, headers)
    case 'timeout':
      // Never answer: the socket stays open until the client gives up or the emulator closes.
      return
    case 'malformed-json':
      res.writeHead(200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' })
      res.end('{"id": 1, "name": ')
      return
    case 'reset':
      req.socket.destroy()
      return
    case 'huge-body': {
      // 40 MB of a valid-looking JSON array, streamed: the client must stop reading, not buffer it all.
      res.writeHead(200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' })
      const chunk = `${JSON.stringify({ id: 1, name: 'x'.repeat(1000) })},`
      let sent = 0
      const pump = () => {
        while (sent < 40_000_000) {
          sent += chunk.length
          if (!res.write(sent === chunk.length ? `[${chunk}` : chunk))
            return void res.once('drain', pump)
        }
        res.end('{}]')
      }
      res.on('error', () => undefined)
      return pump()
    }
    case 'wrong-content-type':
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' })
      res.end('<html><body>Strava is down for maintenance</body></html>')
      return
    case 'slow':
      setTimeout(() => sendJson(res, 503, SERVER_ERROR, headers), fault.status ?? 200)
      return
    case 'unauthorized':
      stats.unauthorized++
      return sendJson(res, 401, INVALID_ACCESS, headers)
    case 'rate-limited':
      stats.rateLimited++
      return sendJson(res, fault.status ?? 429, rateLimitExceeded('read rate limit'), headers)
    default: {
      const never: never = fault.kind
      throw new Error(`unknown fault ${String(never)}`)
    }
  }
}
