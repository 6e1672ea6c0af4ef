import { env } from "@/lib/env";
import type { RateLimitRule } from "./rate-limit";

const MINUTE = 60;

/** Rate limits of the account flows (S2): per account always, per IP scaled by configuration. */
export function accountLimits() {
  const ip = (rule: RateLimitRule): RateLimitRule => ({
    ...rule,
    limit: Math.round(rule.limit * env().RATE_LIMIT_IP_MULTIPLIER),
  });
  return {
    signInAccount: { limit: 5, windowSeconds: 15 * MINUTE },
    signInIp: ip({ limit: 30, windowSeconds: 15 * MINUTE }),
    secondFactorAccount: { limit: 5, windowSeconds: 15 * MINUTE },
    signUpIp: ip({ limit: 10, windowSeconds: 60 * MINUTE }),
    signUpEmail: { limit: 3, windowSeconds: 60 * MINUTE },
    resetEmail: { limit: 3, windowSeconds: 60 * MINUTE },
    resetIp: ip({ limit: 10, windowSeconds: 60 * MINUTE }),
    verifyEmail: { limit: 3, windowSeconds: 60 * MINUTE },
    verifyIp: ip({ limit: 20, windowSeconds: 60 * MINUTE }),
  } satisfies Record<string, RateLimitRule>;
}
