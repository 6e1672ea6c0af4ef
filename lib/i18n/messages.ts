import type { AppLocale } from "./locale";

type Messages = Record<string, unknown>;

/**
 * The UI catalogue of a language, merged from one file per area so that areas can grow without
 * editing one huge file. A namespace belongs to exactly one file.
 */
export async function loadMessages(locale: AppLocale): Promise<Messages> {
  const parts = await Promise.all([
    import(`../../messages/${locale}.json`),
    import(`../../messages/account/${locale}.json`),
    import(`../../messages/admin/${locale}.json`),
    import(`../../messages/admin-catalog/${locale}.json`),
    import(`../../messages/admin-insights/${locale}.json`),
    import(`../../messages/admin-offers/${locale}.json`),
    import(`../../messages/admin-orders/${locale}.json`),
    import(`../../messages/admin-segments/${locale}.json`),
    import(`../../messages/after-sales-withdrawal/${locale}.json`),
    import(`../../messages/after-sales-returns/${locale}.json`),
    import(`../../messages/after-sales-reservations/${locale}.json`),
    import(`../../messages/cart/${locale}.json`),
    import(`../../messages/checkout/${locale}.json`),
    import(`../../messages/consent/${locale}.json`),
    import(`../../messages/consent-admin/${locale}.json`),
    import(`../../messages/newsletter/${locale}.json`),
    import(`../../messages/orders/${locale}.json`),
    import(`../../messages/personalization/${locale}.json`),
    import(`../../messages/personalization-controls/${locale}.json`),
    import(`../../messages/price-alerts/${locale}.json`),
    import(`../../messages/privacy-center/${locale}.json`),
    import(`../../messages/privacy-erasure/${locale}.json`),
    import(`../../messages/privacy-export/${locale}.json`),
    import(`../../messages/privacy-requests/${locale}.json`),
    import(`../../messages/privacy-retention/${locale}.json`),
    import(`../../messages/search/${locale}.json`),
    import(`../mail/messages/ui-${locale}.json`),
  ]);
  const merged: Messages = {};
  for (const part of parts) {
    for (const [namespace, value] of Object.entries(part.default as Messages)) {
      if (namespace in merged) throw new Error(`Message namespace "${namespace}" is defined twice`);
      merged[namespace] = value;
    }
  }
  return merged;
}
