import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'

/**
 * Owners of database leases (the sync lock, the refresh lease) are named by host, process and a
 * random id, so a lease left behind by a killed process can be taken over at once instead of
 * after it expires.
 */
export function newLeaseOwner(): string {
  return `${hostname()}|${process.pid}|${randomUUID()}`
}

export function isLeaseOwnerAlive(owner: string): boolean {
  const [host, pidText] = owner.split('|')
  const pid = Number(pidText)
  // Another machine (a synced folder) or an unreadable owner: trust the lease's expiry instead.
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
