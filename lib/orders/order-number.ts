import { randomCode, secureRandom, type RandomSource } from "@/lib/random/random";

/** Order numbers appear in URLs: random (31^9 ≈ 2.6e13), never sequential, never an access key alone. */
export function generateOrderNumber(random: RandomSource = secureRandom): string {
  return `V-${randomCode(9, random)}`;
}

export const ORDER_NUMBER_PATTERN = /^V-[2-9A-HJKMNP-Z]{9}$/;
