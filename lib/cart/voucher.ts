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

export function toAppliedVoucher(offer: VoucherOffer, automated = false): AppliedVoucher {
  if (offer.kind === "bonus_product") throw new Error("A bonus product is not a basket discount");
  return {
    code: offer.voucherCode ?? "",
    offerId: offer.id,
    nameDe: offer.nameDe,
    nameEn: offer.nameEn,
    discount: { kind: offer.kind, value: offer.value, minOrderCents: offer.minOrderCents },
    automated,
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

/**
 * Who may redeem: everyone offers anybody; personal and segment offers only the customers they
 * were given to, and only while personalization is allowed for them (P1: without consent no offer
 * uses anything about the person). `automated` says the engine chose it for them (P4).
 */
async function eligibility(
  db: Database,
  offer: VoucherOffer,
  userId: string | null,
  personalization: boolean,
): Promise<{ eligible: boolean; automated: boolean }> {
  if (offer.target === "everyone") return { eligible: true, automated: false };
  if (!userId || !personalization) return { eligible: false, automated: false };
  if (offer.target === "segment") {
    // Membership now, not an old assignment: who left the segment no longer gets its offer.
    if (!offer.segmentId) return { eligible: false, automated: false };
    const [member] = await db
      .select({ userId: segmentMemberships.userId })
      .from(segmentMemberships)
      .where(
        and(
          eq(segmentMemberships.segmentId, offer.segmentId),
          eq(segmentMemberships.userId, userId),
        ),
      )
      .limit(1);
    return { eligible: member !== undefined, automated: false };
  }
  const [assigned] = await db
    .select({ automated: offerAssignments.automated })
    .from(offerAssignments)
    .where(
      and(
        eq(offerAssignments.offerId, offer.id),
        eq(offerAssignments.userId, userId),
        isNull(offerAssignments.redeemedAt),
      ),
    )
    .limit(1);
  return { eligible: assigned !== undefined, automated: assigned?.automated ?? false };
}

export type VoucherLookup =
  | { status: "valid"; offer: VoucherOffer; voucher: AppliedVoucher }
  | { status: "unknown" | "expired" };

/** Finds a voucher by its code (case-insensitive) and checks validity, budget and eligibility. */
export async function lookUpVoucher(
  db: Database,
  input: {
    code: string;
    userId: string | null;
    now: Date;
    /** Whether personalization is allowed for this person now (consent, level, no objection). */
    personalization: boolean;
  },
): Promise<VoucherLookup> {
  const code = normalizeVoucherCode(input.code);
  if (code === "" || code.length > 64) return { status: "unknown" };
  const [offer] = await db
    .select(columns)
    .from(offers)
    .where(sql`upper(${offers.voucherCode}) = ${code}`)
    .limit(1);
  if (!offer) return { status: "unknown" };
  const { eligible, automated } = await eligibility(db, offer, input.userId, input.personalization);
  if (!eligible) return { status: "unknown" };
  const state = voucherState(offer, input.now);
  if (state !== "valid") return { status: state };
  return { status: "valid", offer, voucher: toAppliedVoucher(offer, automated) };
}
