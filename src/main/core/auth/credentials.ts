import { eq } from 'drizzle-orm'
import { checkClientCredentials } from '../../../shared/client-credentials'
import { AppError } from '../errors'
import { redactor } from '../log/redact'
import { writeDurably } from '../db/durable-write'
import type { AppDb } from '../db/open-database'
import { credentials } from '../db/schema'
import type { ClientCredentials } from '../strava/oauth'
import type { SecretVault } from './secret-vault'
import type { Clock } from '../clock'

const ROW_ID = 1

export type CredentialsSource = 'environment' | 'saved' | 'session' | 'none'

export interface CredentialsStatus {
  configured: boolean
  source: CredentialsSource
  clientId: string | null
}

/** Checks the shape of what a user typed; Strava itself judges the values on connect. */
export function validateClientCredentials(input: ClientCredentials): ClientCredentials {
  const problems = checkClientCredentials(input)
  const first = problems.clientId ?? problems.clientSecret
  if (first) throw new AppError('INVALID_INPUT', first)
  return { clientId: input.clientId.trim(), clientSecret: input.clientSecret.trim() }
}

/**
 * The user's Strava API application. Environment variables win over saved values; the secret
 * is kept encrypted, or only for this session when no safe encryption exists.
 */
export class CredentialsStore {
  private sessionCredentials: ClientCredentials | null = null

  constructor(
    private readonly db: AppDb,
    private readonly vault: SecretVault,
    private readonly clock: Clock,
    private readonly environment: Partial<ClientCredentials> = {},
  ) {
    redactor.addSecret(environment.clientSecret)
  }

  status(): CredentialsStatus {
    if (this.environment.clientId && this.environment.clientSecret) {
      return { configured: true, source: 'environment', clientId: this.environment.clientId }
    }
    if (this.sessionCredentials) {
      return { configured: true, source: 'session', clientId: this.sessionCredentials.clientId }
    }
    const row = this.readRow()
    if (row?.clientSecretCiphertext) {
      return { configured: true, source: 'saved', clientId: row.clientId }
    }
    return { configured: false, source: 'none', clientId: null }
  }

  async save(input: ClientCredentials): Promise<CredentialsStatus> {
    const valid = validateClientCredentials(input)
    redactor.addSecret(valid.clientSecret)
    if (!this.vault.persistent) {
      this.sessionCredentials = valid
      return this.status()
    }
    const sealed = await this.vault.seal(valid.clientSecret, 'client-secret')
    const values = {
      clientId: valid.clientId,
      clientSecretCiphertext: sealed.ciphertext,
      cipherKind: sealed.cipherKind,
      updatedAt: this.clock.now(),
    }
    writeDurably(this.db.$client, () =>
      this.db
        .insert(credentials)
        .values({ id: ROW_ID, ...values })
        .onConflictDoUpdate({ target: credentials.id, set: values })
        .run(),
    )
    return this.status()
  }

  forget(): void {
    this.sessionCredentials = null
    writeDurably(this.db.$client, () =>
      this.db.delete(credentials).where(eq(credentials.id, ROW_ID)).run(),
    )
  }

  async resolve(): Promise<ClientCredentials> {
    const { clientId, clientSecret } = this.environment
    if (clientId && clientSecret) return validateClientCredentials({ clientId, clientSecret })
    if (this.sessionCredentials) return this.sessionCredentials
    const row = this.readRow()
    if (!row?.clientSecretCiphertext) {
      throw new AppError(
        'NOT_CONFIGURED',
        'Enter your Strava Client ID and Client Secret first (from strava.com/settings/api).',
      )
    }
    try {
      const secret = await this.vault.open(
        row.clientSecretCiphertext,
        row.cipherKind,
        'client-secret',
      )
      return { clientId: row.clientId, clientSecret: secret }
    } catch {
      throw new AppError(
        'NOT_CONFIGURED',
        'The saved Client Secret cannot be read with this key. Enter your Strava credentials again.',
      )
    }
  }

  private readRow() {
    return this.db.select().from(credentials).where(eq(credentials.id, ROW_ID)).get()
  }
}
