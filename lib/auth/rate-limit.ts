import { createHmac } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { queryRows } from "@/db/engine/rows";

export type RateLimitRule = { limit: number; windowSeconds: number };
export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number };

/**
 * Fixed-window counters in the database, so that they hold across instances (S2). Keys are an
 * HMAC of the scope and identifier: an IP address or e-mail cannot be read back from the table.
 */
export async function consumeRateLimit(
  db: Database,
  input: { scope: string; identifier: string; rule: RateLimitRule; now: Date; secret: string },
): Promise<RateLimitResult> {
  const key = createHmac("sha256", input.secret)
    .update(`${input.scope}:${input.identifier.trim().toLowerCase()}`)
    .digest("base64url");
  const windowEnd = new Date(input.now.getTime() + input.rule.windowSeconds * 1000);
  const [row] = await queryRows<{ count: number; expires_at: Date | string }>(
    db,
    sql`insert into rate_limits (key, count, window_start, expires_at)
        values (${key}, 1, ${input.now}, ${windowEnd})
        on conflict (key) do update set
          count = case when rate_limits.expires_at <= ${input.now} then 1 else rate_limits.count + 1 end,
          window_start = case when rate_limits.expires_at <= ${input.now} then ${input.now} else rate_limits.window_start end,
          expires_at = case when rate_limits.expires_at <= ${input.now} then ${windowEnd} else rate_limits.expires_at end
        returning count, expires_at`,
  );
  const count = Number(row?.count ?? 1);
  const expiresAt = new Date(row?.expires_at ?? windowEnd);
  return {
    allowed: count <= input.rule.limit,
    retryAfterSeconds: Math.max(1, Math.ceil((expiresAt.getTime() - input.now.getTime()) / 1000)),
  };
}
