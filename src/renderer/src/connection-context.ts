import { createContext, useContext } from 'react'
import type { ConnectionState } from '../../shared/dto'

/**
 * The Strava connection as the app shell knows it, for screens deep down that offer Strava
 * actions. Without a provider nothing is connected, so such actions stay hidden.
 */
export const ConnectionContext = createContext<ConnectionState>('disconnected')

export function useConnectionState(): ConnectionState {
  return useContext(ConnectionContext)
}
