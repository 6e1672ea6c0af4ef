export const LOCALES = ["de", "en"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "de";
/** Strictly necessary (contract.md): remembers the language a visitor chose. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is AppLocale {
  return value === "de" || value === "en";
}

/** The cookie wins; otherwise the first supported language of Accept-Language; otherwise German. */
export function resolveLocale(
  cookie: string | undefined,
  acceptLanguage: string | null,
): AppLocale {
  if (isLocale(cookie)) return cookie;
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(",")
      .map((part) => {
        const [tag = "", ...params] = part.trim().split(";");
        const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
        return { lang: tag.toLowerCase().split("-")[0] ?? "", q: q ? Number(q.slice(2)) : 1 };
      })
      .filter((entry) => entry.q > 0 && !Number.isNaN(entry.q))
      .sort((a, b) => b.q - a.q);
    const match = ranked.find((entry) => isLocale(entry.lang));
    if (match && isLocale(match.lang)) return match.lang;
  }
  return DEFAULT_LOCALE;
}

/** BCP 47 tags for Intl formatting: prices in EUR in both languages. */
export const INTL_LOCALE: Record<AppLocale, string> = { de: "de-DE", en: "en-DE" };
