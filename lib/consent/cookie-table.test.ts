import { describe, expect, it } from "vitest";
import de from "@/messages/consent/de.json";
import en from "@/messages/consent/en.json";
import { CONSENT_COOKIE, PURPOSES } from "./consent-cookie";
import {
  COOKIE_TABLE,
  entriesFor,
  isListedEntry,
  isNecessaryEntry,
  PURPOSE_CATEGORIES,
} from "./cookie-table";

describe("cookie table", () => {
  it("names every cookie the shop and Auth.js set", () => {
    const names = COOKIE_TABLE.map((entry) => entry.name);
    for (const name of [
      "NEXT_LOCALE",
      CONSENT_COOKIE,
      "vitrine_cart",
      "vitrine_order",
      "authjs.session-token",
      "__Secure-authjs.session-token",
      "authjs.csrf-token",
      "__Host-authjs.csrf-token",
      "authjs.callback-url",
      "__Secure-authjs.callback-url",
    ])
      expect(names).toContain(name);
    expect(new Set(names.map((n, i) => `${COOKIE_TABLE[i]!.kind}:${n}`)).size).toBe(names.length);
  });

  it("gives every entry a category, purpose, lifetime and reader in both languages", () => {
    for (const entry of COOKIE_TABLE) {
      expect(PURPOSE_CATEGORIES).toContain(entry.category);
      for (const field of [entry.purpose, entry.lifetime, entry.readBy]) {
        expect(field.de.trim().length, `${entry.name} de`).toBeGreaterThan(3);
        expect(field.en.trim().length, `${entry.name} en`).toBeGreaterThan(3);
        expect(field.de).not.toBe(field.en);
      }
    }
  });

  it("keeps the consent cookie strictly necessary and knows Auth.js chunks", () => {
    expect(entriesFor("necessary").map((e) => e.name)).toContain(CONSENT_COOKIE);
    expect(isNecessaryEntry("authjs.session-token.1", "cookie")).toBe(true);
    expect(isNecessaryEntry("tracking_id", "cookie")).toBe(false);
    expect(isNecessaryEntry("NEXT_LOCALE", "localStorage")).toBe(false);
  });
});

describe("consent texts", () => {
  const catalogues = { de: de.consent, en: en.consent };
  it("describe every purpose (what, stores, how long, who) in both languages", () => {
    for (const [locale, t] of Object.entries(catalogues)) {
      for (const category of PURPOSE_CATEGORIES) {
        const purpose = t.purposes[category];
        for (const key of ["name", "does", "stores", "lifetime", "recipients"] as const)
          expect(purpose[key].length, `${locale} ${category}.${key}`).toBeGreaterThan(2);
        expect(t.categories[category].length).toBeGreaterThan(2);
      }
    }
  });

  it("use the same keys in German and English", () => {
    const keys = (value: unknown, prefix = ""): string[] =>
      typeof value === "object" && value !== null
        ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
        : [prefix];
    expect(keys(catalogues.en).sort()).toEqual(keys(catalogues.de).sort());
  });

  it("label the first-layer choices as the requirements say", () => {
    expect([de.consent.acceptAll, de.consent.rejectAll, de.consent.settings]).toEqual([
      "Alle akzeptieren",
      "Alle ablehnen",
      "Einstellungen",
    ]);
    expect([en.consent.acceptAll, en.consent.rejectAll, en.consent.settings]).toEqual([
      "Accept all",
      "Reject all",
      "Settings",
    ]);
    expect(de.consent.bannerTitle).toMatch(/Datenschutz/);
    expect(en.consent.bannerTitle).toMatch(/Privacy/);
    expect(PURPOSES.length).toBe(4);
  });
});

describe("isListedEntry", () => {
  it("knows every listed cookie, Auth.js's split cookies, and nothing else", () => {
    expect(isListedEntry("vitrine_cart", "cookie")).toBe(true);
    expect(isListedEntry("authjs.session-token.1", "cookie")).toBe(true);
    expect(isListedEntry("_ga", "cookie")).toBe(false);
    expect(isListedEntry("vitrine_cart", "localStorage")).toBe(false);
  });
});
