import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { env } from "@/lib/env";

type Secrets = { authSecret: string };

/**
 * The embedded demo needs no configuration: its secrets are generated once and kept under
 * DATA_DIR. A deployment on PostgreSQL must bring its own AUTH_SECRET.
 */
export function loadSecrets(): Secrets {
  const e = env();
  if (e.AUTH_SECRET) return { authSecret: e.AUTH_SECRET };
  if (!e.embedded) {
    throw new Error(
      "AUTH_SECRET is not set. With DATABASE_URL (a real deployment) Vitrine needs AUTH_SECRET: " +
        "a random value of at least 32 characters, e.g. from `openssl rand -base64 32`.",
    );
  }
  const dir = resolve(e.DATA_DIR);
  const file = join(dir, "secrets.json");
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Secrets;
  } catch {
    mkdirSync(dir, { recursive: true });
    const secrets: Secrets = { authSecret: randomBytes(32).toString("base64url") };
    writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
    return secrets;
  }
}
