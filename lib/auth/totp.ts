import { randomBytes, timingSafeEqual } from "node:crypto";
import { HOTP, Secret, TOTP } from "otpauth";

/**
 * TOTP second factor for staff accounts (S4): RFC 6238 with SHA-1, 6 digits and a 30 s period,
 * which is what every authenticator app understands. Pure functions: the caller stores the secret
 * and the last accepted time step, and passes both back in.
 */

export const TOTP_ISSUER = "Vitrine";
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
const ALGORITHM = "SHA1";
/** Steps accepted on each side of the current one, for clock drift. */
const DRIFT_STEPS = 1;

/** A fresh base32 secret of 20 random bytes (160 bits, the size RFC 4226 recommends). */
export function generateTotpSecret(): string {
  return new Secret({ buffer: new Uint8Array(randomBytes(20)).buffer }).base32;
}

/** The `otpauth://` URI for a QR code, labelled "Vitrine:<email>" with issuer "Vitrine". */
export function totpUri({ secret, email }: { secret: string; email: string }): string {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label: email,
    secret: Secret.fromBase32(secret),
    algorithm: ALGORITHM,
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
  }).toString();
}

/** The time step (RFC 6238 "T") that `now` falls into. */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** Whole seconds until the code of `now`'s step expires (1 to 30). */
export function totpSecondsRemaining(now: Date): number {
  const periodMs = TOTP_PERIOD_SECONDS * 1000;
  const elapsed = ((now.getTime() % periodMs) + periodMs) % periodMs;
  return Math.ceil((periodMs - elapsed) / 1000);
}

function codeForStep(secret: Secret, step: number): string {
  return HOTP.generate({ secret, algorithm: ALGORITHM, digits: TOTP_DIGITS, counter: step });
}

/** The code an authenticator app shows at `now`. */
export function currentTotp(secret: string, now: Date): string {
  return codeForStep(Secret.fromBase32(secret), totpStep(now));
}

/**
 * Checks a code typed by the user. Accepts the current step or one step either side, ignores
 * whitespace, and refuses anything but six digits. A code whose step is not after `lastUsedStep`
 * is refused, so a code that was accepted once can never be replayed (S4); on success the caller
 * must store the returned `step` as the new `lastUsedStep`.
 *
 * Throws only if `secret` is not valid base32 (a server-side bug, not user input).
 */
export function verifyTotp({
  secret,
  code,
  now,
  lastUsedStep,
}: {
  secret: string;
  code: string;
  now: Date;
  lastUsedStep: number | null;
}): { ok: true; step: number } | { ok: false } {
  const key = Secret.fromBase32(secret);
  const token = code.replace(/\s+/g, "");
  if (!/^[0-9]{6}$/.test(token)) return { ok: false };
  const current = totpStep(now);
  if (!Number.isSafeInteger(current)) return { ok: false };

  const given = Buffer.from(token, "ascii");
  let accepted: number | null = null;
  // Every step in the window is computed and compared, so the time taken does not depend on
  // which step (if any) matched.
  for (let step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
    if (step < 0) continue;
    const expected = Buffer.from(codeForStep(key, step), "ascii");
    const matches = timingSafeEqual(given, expected);
    const fresh = lastUsedStep === null || step > lastUsedStep;
    if (matches && fresh && accepted === null) accepted = step;
  }
  return accepted === null ? { ok: false } : { ok: true, step: accepted };
}
