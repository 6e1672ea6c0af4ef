/**
 * The version of the consent notice (purpose texts and cookie table). A new version asks every
 * visitor again (C9); old decisions stay in the ledger with the version they were made under.
 */
export const CONSENT_NOTICE_VERSION = "2026-11-28.1";
