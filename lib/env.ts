import { z } from "zod";

/** The one place that reads process.env (style.md); validated once, typed everywhere else. */
const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
      .optional(),
    DATA_DIR: z.string().min(1).default(".data"),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
    SMTP_URL: z.string().url().optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Serve the embedded database over the Postgres protocol on 127.0.0.1 at this port. */
    EMBEDDED_DB_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    /** Base URL used in mails and links, e.g. https://shop.example. */
    APP_URL: z.string().url().optional(),
    /** Seed the demo accounts even on PostgreSQL (never do this in a real deployment). */
    SEED_DEMO: z.enum(["0", "1"]).optional(),
    /** Synthetic customers seeded into an empty database (default 2,000; tests use fewer). */
    SEED_CUSTOMERS: z.coerce.number().int().min(0).max(1_000_000).default(2000),
    /**
     * Multiplies the per-IP rate limits (S2). Browser tests all come from 127.0.0.1 and raise it;
     * the per-account limits are never relaxed.
     */
    RATE_LIMIT_IP_MULTIPLIER: z.coerce.number().min(1).max(100000).default(1),
    /** Run background jobs in this process (default on; turn off for web-only instances). */
    JOBS: z.enum(["on", "off"]).default("on"),
  })
  .transform((env) => ({ ...env, embedded: env.DATABASE_URL === undefined }));

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  // An empty variable counts as unset (`DATABASE_URL= npm start`).
  const raw = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `  ${i.path.join(".")}: ${i.message}`)
      .join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  cached = parsed.data;
  return cached;
}

/** Only for tests that change the environment between cases. */
export function resetEnvForTests(): void {
  cached = undefined;
}
