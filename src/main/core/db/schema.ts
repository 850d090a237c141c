/**
 * The library's tables, one module per part of the app (schema/); drizzle-kit reads them all
 * from here (drizzle.config.ts), and the core imports them from here.
 */
export * from './schema/account'
export * from './schema/library'
export * from './schema/derived'
export * from './schema/files'
export * from './schema/lab'
export * from './schema/maps'
