import { describe, expect, it } from "vitest";
import { resolveLocale } from "./locale";

describe("resolveLocale", () => {
  it("prefers the cookie", () => {
    expect(resolveLocale("en", "de-DE,de;q=0.9")).toBe("en");
  });
  it("falls back to Accept-Language by quality", () => {
    expect(resolveLocale(undefined, "fr-FR,en;q=0.8,de;q=0.5")).toBe("en");
    expect(resolveLocale(undefined, "en;q=0.4,de-AT;q=0.9")).toBe("de");
  });
  it("ignores unknown values and defaults to German", () => {
    expect(resolveLocale("fr", "fr-FR,es;q=0.9")).toBe("de");
    expect(resolveLocale(undefined, null)).toBe("de");
    expect(resolveLocale(undefined, "en;q=0")).toBe("de");
  });
});
