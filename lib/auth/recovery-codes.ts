import { createHash, randomBytes } from "node:crypto";

/**
 * One-time recovery codes for staff second factors (S4), e.g. "K7QM-4TZP-9XWA".
 *
 * The alphabet has 32 symbols without 0, 1, I and O, so every symbol carries exactly 5 bits and
 * none can be misread as another: 12 symbols give 60 bits. Because the codes are random and that
 * long, a plain SHA-256 of the normalized code is a safe thing to store (no salt or slow hash
 * needed); the caller looks a code up by its hash and deletes it when it is used.
 */

export const RECOVERY_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const GROUPS = 3;
const GROUP_LENGTH = 4;
const CODE_LENGTH = GROUPS * GROUP_LENGTH;

function randomCode(): string {
  const bytes = randomBytes(CODE_LENGTH);
  let raw = "";
  // 256 is a multiple of 32, so taking the low 5 bits of each byte is unbiased.
  for (const byte of bytes) raw += RECOVERY_CODE_ALPHABET[byte & 31];
  const groups: string[] = [];
  for (let i = 0; i < CODE_LENGTH; i += GROUP_LENGTH) groups.push(raw.slice(i, i + GROUP_LENGTH));
  return groups.join("-");
}

/** `count` distinct codes, formatted "XXXX-XXXX-XXXX". */
export function generateRecoveryCodes(count = 10): string[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError("count must be an integer ≥ 0");
  const codes = new Set<string>();
  while (codes.size < count) codes.add(randomCode());
  return [...codes];
}

/** Uppercase, without whitespace or dashes of any kind: "k7qm 4tzp–9xwa" → "K7QM4TZP9XWA". */
export function normalizeRecoveryCode(input: string): string {
  return input
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\p{Pd}\u2212]+/gu, "");
}

/** SHA-256 hex of the normalized code: the value to store and to look a typed code up by. */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(normalizeRecoveryCode(code), "utf8").digest("hex");
}
