import { and, desc, eq, ne, sql } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import {
  categories,
  offers,
  orders,
  productVariants,
  products,
  segments,
  users,
  type Offer,
} from "@/db/schema";
import { writeAudit } from "@/lib/audit/audit";
import { evaluateSegment, SegmentRulesError } from "@/lib/personalization/segments/facts";
import { randomCode } from "@/lib/random/random";
import { offerFormSchema, type OfferInput, type OfferStatusCommand } from "./input";
import { nextOfferStatus, type OfferStatus } from "./status";

/** Field → key of the `adminOffers.errors` catalogue. */
export type OfferFieldErrors = Record<string, string>;

export type SaveOfferResult =
  | { status: "saved"; offerId: string }
  | { status: "invalid"; errors: OfferFieldErrors }
  | { status: "not_found" }
  | { status: "ended" };

export type SetOfferStatusResult =
  | { status: "changed"; from: OfferStatus; to: OfferStatus }
  | { status: "not_found" | "not_allowed" | "already_over" | "segment_too_small" };

function parse(
  input: unknown,
): { ok: true; data: OfferInput } | { ok: false; errors: OfferFieldErrors } {
  const parsed = offerFormSchema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: OfferFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

async function actorRole(tx: Database, staffId: string) {
  const [row] = await tx.select({ role: users.role }).from(users).where(eq(users.id, staffId));
  return row?.role ?? null;
}

/** Whether a segment may be targeted now: active and at least k = 50 members (P6). */
async function isTargetable(tx: Database, segmentId: string, now: Date): Promise<boolean> {
  const [segment] = await tx
    .select({ rules: segments.rules, status: segments.status })
    .from(segments)
    .where(eq(segments.id, segmentId));
  if (!segment || segment.status !== "active") return false;
  try {
    return (await evaluateSegment(tx, segment, now)).targetable;
  } catch (error) {
    if (error instanceof SegmentRulesError) return false;
    throw error;
  }
}

type Resolved = Omit<OfferInput, "bonusSku"> & { bonusVariantId: string | null };

/** The checks that need the database: bonus product, segment size, focus category, unique code. */
async function resolve(
  tx: Database,
  input: OfferInput,
  now: Date,
  offerId: string | null,
): Promise<{ ok: true; data: Resolved } | { ok: false; errors: OfferFieldErrors }> {
  const errors: OfferFieldErrors = {};
  const { bonusSku, ...rest } = input;
  let bonusVariantId: string | null = null;
  if (bonusSku) {
    const [variant] = await tx
      .select({ id: productVariants.id })
      .from(productVariants)
      .where(eq(productVariants.sku, bonusSku));
    if (variant) bonusVariantId = variant.id;
    else errors.bonusSku = "unknownProduct";
  }
  if (input.segmentId) {
    const [exists] = await tx
      .select({ id: segments.id })
      .from(segments)
      .where(eq(segments.id, input.segmentId));
    if (!exists) errors.segmentId = "invalidChoice";
    else if (!(await isTargetable(tx, input.segmentId, now))) errors.segmentId = "segmentTooSmall";
  }
  if (input.focusCategoryId) {
    const [category] = await tx
      .select({ sensitive: categories.sensitive })
      .from(categories)
      .where(eq(categories.id, input.focusCategoryId));
    // Health, pharmacy and erotic purchases are never a basis for personalization (GDPR Art. 9).
    if (!category) errors.focusCategoryId = "invalidChoice";
    else if (category.sensitive) errors.focusCategoryId = "sensitiveCategory";
  }
  if (input.voucherCode) {
    const [taken] = await tx
      .select({ id: offers.id })
      .from(offers)
      .where(
        offerId
          ? and(eq(offers.voucherCode, input.voucherCode), ne(offers.id, offerId))
          : eq(offers.voucherCode, input.voucherCode),
      );
    if (taken) errors.voucher = "voucherTaken";
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, data: { ...rest, bonusVariantId } };
}

function slugFor(nameEn: string): string {
  const base = nameEn
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return `${base || "offer"}-${randomCode(6).toLowerCase()}`;
}

const columnsOf = (d: Resolved) => ({
  nameDe: d.nameDe,
  nameEn: d.nameEn,
  descriptionDe: d.descriptionDe,
  descriptionEn: d.descriptionEn,
  kind: d.kind,
  value: d.value,
  bonusVariantId: d.bonusVariantId,
  voucherCode: d.voucherCode,
  target: d.target,
  segmentId: d.segmentId,
  focusCategoryId: d.focusCategoryId,
  minOrderCents: d.minOrderCents,
  startsAt: d.startsAt,
  endsAt: d.endsAt,
  budgetCents: d.budgetCents,
});

/** A new offer, as a draft: nobody sees it before it is activated. Audit-logged. */
export async function createOffer(
  db: Database,
  { input, staffId, now }: { input: unknown; staffId: string; now: Date },
): Promise<SaveOfferResult> {
  const parsed = parse(input);
  if (!parsed.ok) return { status: "invalid", errors: parsed.errors };
  return db.transaction(async (tx) => {
    const resolved = await resolve(tx, parsed.data, now, null);
    if (!resolved.ok) return { status: "invalid" as const, errors: resolved.errors };
    const [row] = await tx
      .insert(offers)
      .values({
        ...columnsOf(resolved.data),
        slug: slugFor(resolved.data.nameEn),
        status: "draft",
        createdBy: staffId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: offers.id });
    await writeAudit(tx, {
      actorId: staffId,
      actorRole: await actorRole(tx, staffId),
      action: "offer.created",
      entity: "offer",
      entityId: row!.id,
      details: { kind: resolved.data.kind, target: resolved.data.target },
      occurredAt: now,
    });
    return { status: "saved" as const, offerId: row!.id };
  });
}

/** Changes an offer that has not ended; a segment target is checked again (P6). Audit-logged. */
export async function updateOffer(
  db: Database,
  { offerId, input, staffId, now }: { offerId: string; input: unknown; staffId: string; now: Date },
): Promise<SaveOfferResult> {
  const parsed = parse(input);
  if (!parsed.ok) return { status: "invalid", errors: parsed.errors };
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(offers).where(eq(offers.id, offerId)).for("update");
    if (!before) return { status: "not_found" as const };
    if (before.status === "ended") return { status: "ended" as const };
    const resolved = await resolve(tx, parsed.data, now, offerId);
    if (!resolved.ok) return { status: "invalid" as const, errors: resolved.errors };
    const fields = columnsOf(resolved.data);
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => {
      const a = before[key];
      const b = fields[key];
      return a instanceof Date && b instanceof Date ? a.getTime() !== b.getTime() : a !== b;
    });
    await tx
      .update(offers)
      .set({ ...fields, updatedAt: now })
      .where(eq(offers.id, offerId));
    await writeAudit(tx, {
      actorId: staffId,
      actorRole: await actorRole(tx, staffId),
      action: "offer.updated",
      entity: "offer",
      entityId: offerId,
      details: { changed },
      occurredAt: now,
    });
    return { status: "saved" as const, offerId };
  });
}

/** Activate/resume (active, or scheduled before its start), pause or end. Audit-logged. */
export async function setOfferStatus(
  db: Database,
  {
    offerId,
    command,
    staffId,
    now,
  }: { offerId: string; command: OfferStatusCommand; staffId: string; now: Date },
): Promise<SetOfferStatusResult> {
  return db.transaction(async (tx) => {
    const [offer] = await tx.select().from(offers).where(eq(offers.id, offerId)).for("update");
    if (!offer) return { status: "not_found" as const };
    const next = nextOfferStatus(offer, command, now);
    if (!next.ok) return { status: next.reason };
    if (
      command === "activate" &&
      offer.target === "segment" &&
      (!offer.segmentId || !(await isTargetable(tx, offer.segmentId, now)))
    )
      return { status: "segment_too_small" as const };
    await tx
      .update(offers)
      .set({ status: next.status, updatedAt: now })
      .where(eq(offers.id, offerId));
    await writeAudit(tx, {
      actorId: staffId,
      actorRole: await actorRole(tx, staffId),
      action: "offer.status_changed",
      entity: "offer",
      entityId: offerId,
      details: { from: offer.status, to: next.status, command },
      occurredAt: now,
    });
    return { status: "changed" as const, from: offer.status, to: next.status };
  });
}

export type OfferResults = {
  /** Orders placed with the offer and not cancelled. */
  redemptions: number;
  discountCents: number;
  /** Order totals of those orders. */
  revenueCents: number;
  budgetCents: number | null;
  spentCents: number;
  /** Share of the budget used, 0..1 (or more when overrun); null without a budget. */
  budgetUsed: number | null;
};

const redemptionTotals = {
  redemptions: sql<number>`count(${orders.id})::int`,
  discountCents: sql<number>`coalesce(sum(${orders.discountCents}), 0)::int`,
  revenueCents: sql<number>`coalesce(sum(${orders.totalCents}), 0)::int`,
};

/** Aggregates only: never which customer redeemed (marketers see no personal data). */
export async function offerResults(db: Database, offerId: string): Promise<OfferResults | null> {
  const [offer] = await db
    .select({ budgetCents: offers.budgetCents, spentCents: offers.spentCents })
    .from(offers)
    .where(eq(offers.id, offerId));
  if (!offer) return null;
  const [totals] = await db
    .select(redemptionTotals)
    .from(orders)
    .where(and(eq(orders.offerId, offerId), ne(orders.status, "cancelled")));
  return {
    redemptions: totals?.redemptions ?? 0,
    discountCents: totals?.discountCents ?? 0,
    revenueCents: totals?.revenueCents ?? 0,
    budgetCents: offer.budgetCents,
    spentCents: offer.spentCents,
    budgetUsed:
      offer.budgetCents && offer.budgetCents > 0 ? offer.spentCents / offer.budgetCents : null,
  };
}

export type OfferListRow = Pick<
  Offer,
  | "id"
  | "nameDe"
  | "nameEn"
  | "kind"
  | "target"
  | "status"
  | "startsAt"
  | "endsAt"
  | "budgetCents"
  | "spentCents"
> & { segmentDe: string | null; segmentEn: string | null; redemptions: number };

/** Every offer with its redemption count, newest first. */
export async function listOffersForAdmin(db: Database): Promise<OfferListRow[]> {
  const counts = db
    .select({
      offerId: orders.offerId,
      redemptions: sql<number>`count(*)::int`.as("redemptions"),
    })
    .from(orders)
    .where(ne(orders.status, "cancelled"))
    .groupBy(orders.offerId)
    .as("counts");
  const rows = await db
    .select({
      id: offers.id,
      nameDe: offers.nameDe,
      nameEn: offers.nameEn,
      kind: offers.kind,
      target: offers.target,
      status: offers.status,
      startsAt: offers.startsAt,
      endsAt: offers.endsAt,
      budgetCents: offers.budgetCents,
      spentCents: offers.spentCents,
      segmentDe: segments.nameDe,
      segmentEn: segments.nameEn,
      redemptions: counts.redemptions,
    })
    .from(offers)
    .leftJoin(segments, eq(segments.id, offers.segmentId))
    .leftJoin(counts, eq(counts.offerId, offers.id))
    .orderBy(desc(offers.createdAt), offers.slug);
  return rows.map((r) => ({ ...r, redemptions: r.redemptions ?? 0 }));
}

export type OfferDetail = Offer & {
  bonusSku: string | null;
  bonusName: { de: string; en: string } | null;
};

export async function getOfferForAdmin(db: Database, offerId: string): Promise<OfferDetail | null> {
  const [row] = await db
    .select({
      offer: offers,
      bonusSku: productVariants.sku,
      bonusDe: products.nameDe,
      bonusEn: products.nameEn,
    })
    .from(offers)
    .leftJoin(productVariants, eq(productVariants.id, offers.bonusVariantId))
    .leftJoin(products, eq(products.id, productVariants.productId))
    .where(eq(offers.id, offerId));
  if (!row) return null;
  return {
    ...row.offer,
    bonusSku: row.bonusSku,
    bonusName: row.bonusDe && row.bonusEn ? { de: row.bonusDe, en: row.bonusEn } : null,
  };
}

/** Categories a personal offer may focus on: never a sensitive one (GDPR Art. 9). */
export async function listFocusCategories(db: Database) {
  return db
    .select({ id: categories.id, nameDe: categories.nameDe, nameEn: categories.nameEn })
    .from(categories)
    .where(eq(categories.sensitive, false))
    .orderBy(categories.position, categories.slug);
}
