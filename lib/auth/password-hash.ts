import { hash, verify, type Algorithm } from "@node-rs/argon2";

/** argon2id with the OWASP ASVS 5.0 minimum (S1): m = 19 MiB, t = 2, p = 1. */
// `Algorithm` is a const enum, which isolated modules cannot import: 2 is Argon2id.
const OPTIONS = {
  algorithm: 2 as Algorithm,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}
