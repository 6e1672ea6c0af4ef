import { offers } from "@/db/schema";
import type { Database } from "@/db/engine/open";
import { DAY_MS } from "@/lib/time/days";

/** Vouchers anyone may redeem, for the demo and the tests; valid for a year from seeding. */
export const SEED_VOUCHERS = [
  {
    slug: "willkommen-10",
    voucherCode: "WILLKOMMEN10",
    nameDe: "10 % Willkommensrabatt",
    nameEn: "10 % welcome discount",
    descriptionDe: "10 % auf Ihre Bestellung ab einem Warenwert von 20 €.",
    descriptionEn: "10 % off your order from a goods value of €20.",
    kind: "percent",
    value: 10,
    minOrderCents: 2000,
  },
  {
    slug: "versandfrei",
    voucherCode: "VERSANDFREI",
    nameDe: "Versandkostenfrei",
    nameEn: "Free shipping",
    descriptionDe: "Kostenloser Standardversand, ohne Mindestbestellwert.",
    descriptionEn: "Free standard shipping, no minimum order value.",
    kind: "free_shipping",
    value: 0,
    minOrderCents: 0,
  },
] as const;

/** Idempotent: a voucher whose code exists already is left as it is. */
export async function seedVouchers(db: Database, now: Date): Promise<void> {
  await db
    .insert(offers)
    .values(
      SEED_VOUCHERS.map((v) => ({
        ...v,
        target: "everyone" as const,
        status: "active" as const,
        startsAt: now,
        endsAt: new Date(now.getTime() + 365 * DAY_MS),
        createdAt: now,
        updatedAt: now,
      })),
    )
    .onConflictDoNothing();
}
