import type { PgTable } from "drizzle-orm/pg-core";
import type {
  CustomerCategory,
  CustomerColumn,
  NonPersonalEntry,
  NotPersonalColumn,
  PersonalEntry,
  SecretColumn,
  StaffColumn,
} from "../data-map-types";

/** Identity functions: they let the compiler infer the table and check every column name against it. */
export function personalTable<T extends PgTable>(entry: PersonalEntry<T>): PersonalEntry<T> {
  return entry;
}

export function nonPersonalTable<T extends PgTable>(
  entry: NonPersonalEntry<T>,
): NonPersonalEntry<T> {
  return entry;
}

export const key: NotPersonalColumn = { personal: false, kind: "key" };
export const reference: NotPersonalColumn = { personal: false, kind: "reference" };
export const catalogue: NotPersonalColumn = { personal: false, kind: "catalogue" };
export const configuration: NotPersonalColumn = { personal: false, kind: "configuration" };
export const technical: NotPersonalColumn = { personal: false, kind: "technical" };
export const recordTime: NotPersonalColumn = { personal: false, kind: "timestamp-of-record" };

export function personal(category: CustomerCategory, de: string, en: string): CustomerColumn {
  return { personal: true, category, label: { de, en } };
}

/** Secrets (hashes of passwords, tokens and codes; TOTP seeds): personal, never exported. */
export function secret(de: string, en: string): SecretColumn {
  return {
    personal: true,
    category: "account-security",
    label: { de, en },
    export: false,
    reason: "security",
  };
}

export function staff(de: string, en: string): StaffColumn {
  return { personal: true, category: "employee", label: { de, en }, subject: "staff" };
}

/** A column holding the customer's users.id. */
export const accountId: CustomerColumn = personal(
  "identity",
  "Kundennummer (Konto-Kennung)",
  "Customer number (account id)",
);
