import type { RateLimitRule } from "@/lib/auth/rate-limit";
import { env } from "@/lib/env";

const HOUR = 60 * 60;

/**
 * Rate limits of the guest request form (R7, S2): per address, so that nobody floods a stranger's
 * inbox with links; per IP, scaled like the account limits (lib/auth/limits.ts); and for the
 * confirmation button, whose token is the proof.
 */
export function guestRequestLimits() {
  const multiplier = env().RATE_LIMIT_IP_MULTIPLIER;
  return {
    requestEmail: { limit: 3, windowSeconds: HOUR },
    requestIp: { limit: Math.round(10 * multiplier), windowSeconds: HOUR },
    confirmIp: { limit: Math.round(30 * multiplier), windowSeconds: HOUR },
  } satisfies Record<string, RateLimitRule>;
}
