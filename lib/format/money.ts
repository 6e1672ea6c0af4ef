import { INTL_LOCALE, type AppLocale } from "@/lib/i18n/locale";

const formatters = new Map<AppLocale, Intl.NumberFormat>();

/** Formats integer cents as EUR, only at the edge (style.md). */
export function formatMoney(cents: number, locale: AppLocale): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(INTL_LOCALE[locale], { style: "currency", currency: "EUR" });
    formatters.set(locale, formatter);
  }
  return formatter.format(cents / 100);
}
