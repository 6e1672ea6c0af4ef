/** The highest wish price a customer can type (keeps typos like "1299900" from being stored). */
export const MAX_WISH_PRICE_CENTS = 100_000_00;

/**
 * A euro amount as a person types it, in integer cents, or null when it is not one: German
 * ("12,50", "1.299,00") and English ("12.50", "1,299.00") notation, with or without "€" and
 * spaces, at most two decimals. A mark followed by exactly three digits groups thousands, as
 * both languages write it ("1.299" is 1299 €, never 1.299 €).
 */
export function parseEuroToCents(input: string): number | null {
  const raw = input.replace(/€|eur\b/gi, "").replace(/[\s\u00a0\u202f]/g, "");
  if (raw === "" || raw.length > 20 || !/^\d[\d.,]*$/.test(raw)) return null;
  const last = Math.max(raw.lastIndexOf(","), raw.lastIndexOf("."));
  let whole: string;
  let fraction = "";
  const tail = last >= 0 ? raw.slice(last + 1) : "";
  if (last < 0) {
    whole = raw;
  } else if (tail.length === 1 || tail.length === 2) {
    const decimalMark = raw[last]!;
    whole = raw.slice(0, last);
    if (whole.includes(decimalMark)) return null;
    whole = groupedDigits(whole, decimalMark === "," ? "." : ",");
    fraction = tail;
  } else if (tail.length === 3) {
    whole = groupedDigits(raw, raw[last]!);
  } else {
    return null;
  }
  if (whole === "") return null;
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  if (!Number.isSafeInteger(cents) || cents <= 0 || cents > MAX_WISH_PRICE_CENTS) return null;
  return cents;
}

/** "1.299.000" with "." as the grouping mark → "1299000"; "" when the groups are malformed. */
function groupedDigits(value: string, mark: string): string {
  if (!value.includes(mark)) return /^\d+$/.test(value) ? value : "";
  const groups = value.split(mark);
  const [head, ...rest] = groups;
  if (!head || !/^\d{1,3}$/.test(head) || rest.some((g) => !/^\d{3}$/.test(g))) return "";
  return groups.join("");
}
