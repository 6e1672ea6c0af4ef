import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * Password rules of S1 (OWASP ASVS 5.0, NIST SP 800-63B): length counted in Unicode code points
 * after NFKC normalization, between 12 and 128; no composition rules; refused if it is a common
 * password (or a trivial variation of one) or contains the person's own e-mail name or name.
 */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
/** An e-mail local part shorter than this ("al@…") is too short to forbid as a substring. */
const MIN_PERSONAL_LENGTH = 4;

export type PasswordCheck =
  { ok: true } | { ok: false; reason: "too_short" | "too_long" | "common" | "contains_personal" };

let common: Set<string> | null = null;

function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  return common;
}

/** True if `s` is some unit repeated k ≥ 1 times and that unit is a common password. */
function isRepeatedCommon(s: string, list: Set<string>): boolean {
  const chars = Array.from(s);
  const n = chars.length;
  for (let unit = 1; unit <= n; unit++) {
    if (n % unit !== 0) continue;
    const head = chars.slice(0, unit).join("");
    if (head.repeat(n / unit) === s && list.has(head)) return true;
  }
  return false;
}

function isCommon(lower: string): boolean {
  const chars = Array.from(lower);
  if (chars.every((c) => c === chars[0])) return true;
  const list = commonPasswords();
  if (isRepeatedCommon(lower, list)) return true;
  // "Password2024!", "passwordpassword1": strip digits, symbols and spaces from the end.
  const stem = lower.replace(/[^\p{L}]+$/u, "");
  return stem.length > 0 && stem !== lower && isRepeatedCommon(stem, list);
}

function containsPersonal(lower: string, context: { email?: string; name?: string }): boolean {
  const local = context.email?.normalize("NFKC").toLowerCase().split("@")[0]?.trim() ?? "";
  if (Array.from(local).length >= MIN_PERSONAL_LENGTH && lower.includes(local)) return true;
  // "Anna Schneider", "annaschneider": the name itself, spaces ignored.
  const name = context.name?.normalize("NFKC").toLowerCase().replace(/\s+/g, "") ?? "";
  return name.length > 0 && lower.replace(/\s+/g, "") === name;
}

export function checkPassword(
  password: string,
  context: { email?: string; name?: string } = {},
): PasswordCheck {
  const normalized = password.normalize("NFKC");
  const length = Array.from(normalized).length;
  if (length < PASSWORD_MIN_LENGTH) return { ok: false, reason: "too_short" };
  if (length > PASSWORD_MAX_LENGTH) return { ok: false, reason: "too_long" };
  const lower = normalized.toLowerCase();
  if (isCommon(lower)) return { ok: false, reason: "common" };
  if (containsPersonal(lower, context)) return { ok: false, reason: "contains_personal" };
  return { ok: true };
}
