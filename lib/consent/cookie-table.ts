import type { Purpose } from "@/db/schema";

/**
 * The one table of every cookie and browser-storage key that the shop and Auth.js set (C1, C5).
 * The banner, the settings, the privacy notice and the tests all read it; a change here is a change
 * of the consent notice (bump CONSENT_NOTICE_VERSION in notice.ts).
 */
export type PurposeCategory = "necessary" | Purpose;
export type StorageKind = "cookie" | "localStorage" | "sessionStorage";
export type Localized = { de: string; en: string };

export type CookieTableEntry = {
  name: string;
  kind: StorageKind;
  category: PurposeCategory;
  /** What it is for. */
  purpose: Localized;
  lifetime: Localized;
  /** Who reads it (and so who receives what it holds). */
  readBy: Localized;
};

export const PURPOSE_CATEGORIES: readonly PurposeCategory[] = [
  "necessary",
  "preferences",
  "analytics",
  "personalization",
  "marketing",
];

const VITRINE: Localized = {
  de: "Nur Vitrine (unser Server); keine Dritten",
  en: "Only Vitrine (our server); no third parties",
};
const AUTHJS: Localized = {
  de: "Nur Vitrine (Anmeldung über Auth.js auf unserem Server); keine Dritten",
  en: "Only Vitrine (sign-in through Auth.js on our server); no third parties",
};
const BROWSER_SESSION: Localized = {
  de: "bis der Browser geschlossen wird",
  en: "until the browser is closed",
};
const THIRTY_DAYS: Localized = { de: "30 Tage", en: "30 days" };

const sessionToken = (name: string): CookieTableEntry => ({
  name,
  kind: "cookie",
  category: "necessary",
  purpose: {
    de: "Hält Sie angemeldet (verschlüsselte Sitzung; die Variante mit __Secure- gilt über https)",
    en: "Keeps you signed in (encrypted session; the __Secure- variant is used over https)",
  },
  lifetime: {
    de: "30 Tage, endet mit der Abmeldung",
    en: "30 days, ends when you sign out",
  },
  readBy: AUTHJS,
});

const csrfToken = (name: string): CookieTableEntry => ({
  name,
  kind: "cookie",
  category: "necessary",
  purpose: {
    de: "Schützt die Anmeldung gegen gefälschte Anfragen anderer Websites (CSRF)",
    en: "Protects signing in against forged requests from other sites (CSRF)",
  },
  lifetime: BROWSER_SESSION,
  readBy: AUTHJS,
});

const callbackUrl = (name: string): CookieTableEntry => ({
  name,
  kind: "cookie",
  category: "necessary",
  purpose: {
    de: "Merkt sich, auf welche Seite Sie nach der Anmeldung zurückkehren",
    en: "Remembers which page to return to after signing in",
  },
  lifetime: BROWSER_SESSION,
  readBy: AUTHJS,
});

export const COOKIE_TABLE: readonly CookieTableEntry[] = [
  {
    name: "NEXT_LOCALE",
    kind: "cookie",
    category: "necessary",
    purpose: {
      de: "Merkt sich die Sprache, die Sie gewählt haben (Deutsch oder Englisch)",
      en: "Remembers the language you chose (German or English)",
    },
    lifetime: { de: "1 Jahr", en: "1 year" },
    readBy: VITRINE,
  },
  {
    name: "vitrine_consent",
    kind: "cookie",
    category: "necessary",
    purpose: {
      de: "Speichert Ihre Datenschutz-Entscheidung (pseudonyme Kennung, Version des Hinweises, Ihre Auswahl); wird erst gesetzt, wenn Sie entscheiden",
      en: "Stores your privacy decision (pseudonymous id, notice version, your choices); set only once you decide",
    },
    lifetime: { de: "1 Jahr", en: "1 year" },
    readBy: VITRINE,
  },
  {
    name: "vitrine_cart",
    kind: "cookie",
    category: "necessary",
    purpose: {
      de: "Findet den Warenkorb, wenn Sie ohne Konto einkaufen",
      en: "Finds your cart when you shop without an account",
    },
    lifetime: THIRTY_DAYS,
    readBy: VITRINE,
  },
  {
    name: "vitrine_order",
    kind: "cookie",
    category: "necessary",
    purpose: {
      de: "Zeigt Ihnen nach einer Gastbestellung die Bestellbestätigung (signierter Zugang)",
      en: "Shows you the order confirmation after a guest order (signed access)",
    },
    lifetime: { de: "1 Stunde", en: "1 hour" },
    readBy: VITRINE,
  },
  sessionToken("authjs.session-token"),
  sessionToken("__Secure-authjs.session-token"),
  csrfToken("authjs.csrf-token"),
  csrfToken("__Host-authjs.csrf-token"),
  callbackUrl("authjs.callback-url"),
  callbackUrl("__Secure-authjs.callback-url"),
];

export function entriesFor(category: PurposeCategory): CookieTableEntry[] {
  return COOKIE_TABLE.filter((entry) => entry.category === category);
}

/**
 * Whether a cookie or storage key the browser holds is a strictly necessary entry of the table.
 * Auth.js splits a large session cookie into `name.0`, `name.1`, …; those count as their entry.
 */
export function isNecessaryEntry(name: string, kind: StorageKind): boolean {
  const base = name.replace(/\.\d+$/, "");
  return COOKIE_TABLE.some(
    (entry) =>
      entry.kind === kind &&
      entry.category === "necessary" &&
      (entry.name === name || entry.name === base),
  );
}

/** Whether the table lists a cookie or storage key at all, whatever its category. */
export function isListedEntry(name: string, kind: StorageKind): boolean {
  const base = name.replace(/\.\d+$/, "");
  return COOKIE_TABLE.some(
    (entry) => entry.kind === kind && (entry.name === name || entry.name === base),
  );
}
