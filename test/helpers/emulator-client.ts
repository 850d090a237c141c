/** Talks to the Strava emulator the way a client would, for the emulator's own tests. */
import { expect } from 'vitest'
import {
  createStravaEmulator,
  type EmulatorOptions,
  type StravaEmulator,
} from '../strava-emulator/index'

export const REDIRECT = 'http://127.0.0.1:8917/callback'
export const T0 = Date.UTC(2026, 10, 20, 10, 14, 0)

export interface TokenResponse {
  access_token: string
  refresh_token: string
  expires_at: number
  expires_in: number
  athlete?: { id: number; firstname: string }
}

export function fakeClock(start = T0) {
  const clock = { ms: start, now: () => clock.ms, advance: (s: number) => (clock.ms += s * 1000) }
  return clock
}

const open: StravaEmulator[] = []

/** An emulator closed by `closeEmulators()` (call it in afterEach). */
export async function start(opts: EmulatorOptions = {}): Promise<StravaEmulator> {
  const emulator = await createStravaEmulator({ activityCount: 60, ...opts })
  open.push(emulator)
  return emulator
}

export async function closeEmulators(): Promise<void> {
  await Promise.all(open.splice(0).map((e) => e.close()))
}

export function authorizeUrl(
  emu: StravaEmulator,
  scope: string,
  extra: Record<string, string> = {},
) {
  const query = new URLSearchParams({
    client_id: emu.clientId,
    redirect_uri: REDIRECT,
    response_type: 'code',
    approval_prompt: 'auto',
    scope,
    state: 'st-1',
    ...extra,
  })
  return `${emu.url}/oauth/authorize?${query}`
}

export function postForm(url: string, fields: Record<string, string>, init: RequestInit = {}) {
  return fetch(url, { method: 'POST', body: new URLSearchParams(fields), ...init })
}

export function tokenRequest(emu: StravaEmulator, fields: Record<string, string>) {
  const client = { client_id: emu.clientId, client_secret: emu.clientSecret }
  return postForm(`${emu.url}/oauth/token`, { ...client, ...fields })
}

export async function connect(emu: StravaEmulator, scope = 'read,activity:read_all') {
  const code = new URL(emu.authorize(authorizeUrl(emu, scope))).searchParams.get('code') ?? ''
  const res = await tokenRequest(emu, { code, grant_type: 'authorization_code' })
  expect(res.status).toBe(200)
  return (await res.json()) as TokenResponse
}

/** A GET on the legacy `/api/v3` path, or on another base when given. */
export function api(
  emu: StravaEmulator,
  path: string,
  token: string,
  signal?: AbortSignal,
  base = emu.legacyApiUrl,
) {
  return fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${token}` }, signal })
}
