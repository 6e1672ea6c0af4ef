/** Card input rules shared by the checkout form's validation and the test provider. Pure. */

/** Spaces and dashes are how people group the digits; nothing else is tolerated. */
export function normalizeCardNumber(value: string): string {
  return value.replace(/[\s-]/g, "");
}

export function isCardNumberFormat(value: string): boolean {
  return /^[0-9]{12,19}$/.test(normalizeCardNumber(value));
}

export function isCvcFormat(value: string): boolean {
  return /^[0-9]{3,4}$/.test(value.trim());
}

/** "MM/YY" (spaces around the slash tolerated) as { month, year }, or null. */
export function parseExpiry(value: string): { month: number; year: number } | null {
  const match = /^\s*(0[1-9]|1[0-2])\s*\/\s*([0-9]{2})\s*$/.exec(value);
  if (!match) return null;
  return { month: Number(match[1]), year: 2000 + Number(match[2]) };
}

/** Year and month of `now` in Europe/Berlin, where the shop is. */
function berlinYearMonth(now: Date): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Berlin",
    year: "numeric",
    month: "numeric",
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month") };
}

/** A card is valid through the last day of its expiry month. */
export function isExpiryInFuture(value: string, now: Date): boolean {
  const expiry = parseExpiry(value);
  if (!expiry) return false;
  const current = berlinYearMonth(now);
  return (
    expiry.year > current.year || (expiry.year === current.year && expiry.month >= current.month)
  );
}

export function cardBrand(number: string): string {
  const digits = normalizeCardNumber(number);
  if (/^4/.test(digits)) return "Visa";
  if (/^(5[1-5]|2(2[2-9][1-9]|2[3-9]|[3-6]|7[01]|720))/.test(digits)) return "Mastercard";
  if (/^3[47]/.test(digits)) return "American Express";
  return "Card";
}

/** All the shop ever keeps of a card: brand and last four digits. */
export function cardSummary(number: string): string {
  const digits = normalizeCardNumber(number);
  return `${cardBrand(digits)} •••• ${digits.slice(-4)}`;
}
