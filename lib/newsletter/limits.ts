import type { RateLimitRule } from "@/lib/auth/rate-limit";
import { env } from "@/lib/env";

const HOUR = 60 * 60;

/**
 * Rate limits of the newsletter forms (S2): per address so that nobody floods a stranger's inbox
 * with confirmation mails, per IP scaled like the account limits (lib/auth/limits.ts).
 */
export function newsletterLimits() {
  const multiplier = env().RATE_LIMIT_IP_MULTIPLIER;
  return {
    signUpEmail: { limit: 3, windowSeconds: HOUR },
    signUpIp: { limit: Math.round(10 * multiplier), windowSeconds: HOUR },
    tokenIp: { limit: Math.round(30 * multiplier), windowSeconds: HOUR },
  } satisfies Record<string, RateLimitRule>;
}
