import { and, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { offerAssignments, offers, segmentMemberships, type Offer } from "@/db/schema";
import type { AppliedVoucher } from "./types";

export type VoucherOffer = Pick<
  Offer,
  | "id"
  | "voucherCode"
  | "nameDe"
  | "nameEn"
  | "kind"
  | "value"
  | "minOrderCents"
  | "startsAt"
  | "endsAt"
  | "status"
  | "budgetCents"
  | "spentCents"
  | "target"
  | "segmentId"
>;

/** Codes are typed by people: surrounding spaces and letter case do not matter. */
export function normalizeVoucherCode(code: string): string {
  return code.trim().toUpperCase();
}

/**
 * Whether an offer found by its code can be redeemed at `now`, the person's eligibility aside.
 * Offers that never went live answer "unknown", so that planned campaigns are not revealed.
 */
export function voucherState(
  offer: Pick<
    VoucherOffer,
    "kind" | "status" | "startsAt" | "endsAt" | "budgetCents" | "spentCents"
  >,
  now: Date,
): "valid" | "unknown" | "expired" {
  // A bonus product is handed out by the offer engine, not a basket discount.
  if (offer.kind === "bonus_product") return "unknown";
  if (offer.status === "draft" || offer.status === "scheduled") return "unknown";
  if (offer.status !== "active") return "expired";
  if (now < offer.startsAt) return "unknown";
  if (now >= offer.endsAt) return "expired";
  if (offer.budgetCents !== null && offer.spentCents >= offer.budgetCents) return "expired";
  return "valid";
}

export function toAppliedVoucher(offer: VoucherOffer): AppliedVoucher {
  if (offer.kind === "bonus_product") throw new Error("A bonus product is not a basket discount");
  return {
    code: offer.voucherCode ?? "",
    offerId: offer.id,
    nameDe: offer.nameDe,
    nameEn: offer.nameEn,
    discount: { kind: offer.kind, value: offer.value, minOrderCents: offer.minOrderCents },
  };
}

const columns = {
  id: offers.id,
  voucherCode: offers.voucherCode,
  nameDe: offers.nameDe,
  nameEn: offers.nameEn,
  kind: offers.kind,
  value: offers.value,
  minOrderCents: offers.minOrderCents,
  startsAt: offers.startsAt,
  endsAt: offers.endsAt,
  status: offers.status,
  budgetCents: offers.budgetCents,
  spentCents: offers.spentCents,
  target: offers.target,
  segmentId: offers.segmentId,
};

/** Personal and segment offers are redeemable only by the customers they were given to. */
async function isEligible(db: Database, offer: VoucherOffer, userId: string | null) {
  if (offer.target === "everyone") return true;
  if (!userId) return false;
  const [assigned] = await db
    .select({ id: offerAssignments.id })
    .from(offerAssignments)
    .where(
      and(
        eq(offerAssignments.offerId, offer.id),
        eq(offerAssignments.userId, userId),
        isNull(offerAssignments.redeemedAt),
      ),
    )
    .limit(1);
  if (assigned) return true;
  if (offer.target !== "segment" || !offer.segmentId) return false;
  const [member] = await db
    .select({ userId: segmentMemberships.userId })
    .from(segmentMemberships)
    .where(
      and(eq(segmentMemberships.segmentId, offer.segmentId), eq(segmentMemberships.userId, userId)),
    )
    .limit(1);
  return member !== undefined;
}

export type VoucherLookup =
  | { status: "valid"; offer: VoucherOffer; voucher: AppliedVoucher }
  | { status: "unknown" | "expired" };

/** Finds a voucher by its code (case-insensitive) and checks validity, budget and eligibility. */
export async function lookUpVoucher(
  db: Database,
  input: { code: string; userId: string | null; now: Date },
): Promise<VoucherLookup> {
  const code = normalizeVoucherCode(input.code);
  if (code === "" || code.length > 64) return { status: "unknown" };
  const [offer] = await db
    .select(columns)
    .from(offers)
    .where(sql`upper(${offers.voucherCode}) = ${code}`)
    .limit(1);
  if (!offer || !(await isEligible(db, offer, input.userId))) return { status: "unknown" };
  const state = voucherState(offer, input.now);
  if (state !== "valid") return { status: state };
  return { status: "valid", offer, voucher: toAppliedVoucher(offer) };
}
