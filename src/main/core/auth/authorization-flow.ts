import type { Clock } from '../clock'
import { AppError } from '../errors'
import { redactor } from '../log/redact'
import { startLoopbackListener } from './loopback-listener'
import { judgeGrantedScope } from './scope'

export interface AuthorizationFlowOptions {
  clock: Clock
  signal: AbortSignal
  timeoutMs: number
  newState: () => string
  buildUrl: (redirectUri: string, state: string) => string
  /** Shows the authorize URL to the user (system browser, printed line). */
  present: (url: string) => Promise<void>
}

export interface GrantedAuthorization {
  code: string
  grantedScope: string
}

/**
 * Runs one browser authorization: loopback listener, authorize URL, wait for the matching
 * callback, cancel or time out. Judges the granted scope before any code is exchanged.
 */
export async function runAuthorization(
  options: AuthorizationFlowOptions,
): Promise<GrantedAuthorization> {
  const state = options.newState()
  redactor.addSecret(state)
  const listener = await startLoopbackListener({ expectedState: state })
  const stopWaiting = new AbortController()
  try {
    await options.present(options.buildUrl(listener.redirectUri, state))
    const timeout = options.clock
      .sleep(options.timeoutMs, AbortSignal.any([stopWaiting.signal, options.signal]))
      .then(() => {
        throw new AppError(
          'CONNECT_TIMEOUT',
          'No answer came from Strava in time. Connect again when ready.',
        )
      })
    const cancelled = new Promise<never>((_, reject) => {
      const onAbort = () => reject(options.signal.reason)
      if (options.signal.aborted) onAbort()
      options.signal.addEventListener('abort', onAbort, { once: true })
    })
    timeout.catch(() => undefined)
    cancelled.catch(() => undefined)
    const callback = await Promise.race([listener.result, timeout, cancelled])
    if (callback.kind === 'code') redactor.addSecret(callback.code)
    if (callback.kind === 'denied') {
      throw new AppError(
        'ACCESS_DENIED',
        'You cancelled on Strava, so Trailkeep was not connected.',
      )
    }
    if (callback.kind === 'error') {
      throw new AppError(
        'ACCESS_DENIED',
        'Strava did not authorize Trailkeep. Try connecting again.',
      )
    }
    if (judgeGrantedScope(callback.grantedScope) === 'no-activities') {
      throw new AppError(
        'SCOPE_MISSING',
        'Trailkeep needs permission to read your activities. Connect again and leave "View data about your activities" ticked.',
      )
    }
    return { code: callback.code, grantedScope: callback.grantedScope }
  } finally {
    stopWaiting.abort()
    await listener.close()
  }
}
