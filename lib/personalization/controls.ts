import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import {
  categories,
  customerProfiles,
  offerAssignments,
  offers,
  personalizationSettings,
  processingLimits,
  products,
  segmentMemberships,
  statedInterests,
  users,
  type Purpose,
} from "@/db/schema";
import { writeAudit } from "@/lib/audit/audit";
import { endNewsletterForUser } from "@/lib/newsletter/subscriptions";
import { accountLevel } from "./load";
import type { LocalizedName, PersonalizationLevel } from "./types";

/*
 * The customer's own controls over personalization (P3, R5). Every function is owner-scoped by the
 * userId the caller took from the session, runs in one transaction and writes an audit entry with
 * the change. The engine's loader (./load) reads these rows on every request, so each change takes
 * effect on the next one.
 */

/** The purposes an objection to profiling for marketing covers (Art. 21(2)): both, always. */
export const OBJECTION_PURPOSES = ["personalization", "marketing"] as const satisfies Purpose[];

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/**
 * Locks the customer's row so that two requests of one customer apply one after the other (the
 * interest rows have no uniqueness key); the role is the audit entry's actor role.
 */
async function lockCustomer(tx: Tx, userId: string) {
  const [row] = await tx
    .select({ role: users.role })
    .from(users)
    .where(eq(users.id, userId))
    .for("update");
  if (!row) throw new Error("The customer does not exist");
  return row.role;
}

async function audit(
  tx: Tx,
  actor: { userId: string; role: Awaited<ReturnType<typeof lockCustomer>> },
  entry: { action: string; entity: string; entityId?: string; details?: Record<string, unknown> },
  now: Date,
) {
  await writeAudit(tx, {
    actorId: actor.userId,
    actorRole: actor.role,
    subjectUserId: actor.userId,
    occurredAt: now,
    ...entry,
  });
}

export async function setPersonalizationLevel(
  db: Database,
  userId: string,
  level: PersonalizationLevel,
  now: Date,
): Promise<{ changed: boolean }> {
  return db.transaction(async (tx) => {
    const role = await lockCustomer(tx, userId);
    const [before] = await tx
      .select({ level: personalizationSettings.level })
      .from(personalizationSettings)
      .where(eq(personalizationSettings.userId, userId));
    if (before?.level === level) return { changed: false };
    await tx
      .insert(personalizationSettings)
      .values({ userId, level, updatedAt: now })
      .onConflictDoUpdate({
        target: personalizationSettings.userId,
        set: { level, updatedAt: now },
      });
    await audit(
      tx,
      { userId, role },
      {
        action: "personalization.level_set",
        entity: "personalization_settings",
        entityId: userId,
        details: { from: before?.level ?? null, to: level },
      },
      now,
    );
    return { changed: true };
  });
}

export type SetInterestsResult =
  | { status: "saved"; added: string[]; removed: string[] }
  | { status: "unknown" | "sensitive"; categoryIds: string[] };

/**
 * Replaces the categories the customer says they are interested in. Sensitive categories (health,
 * pharmacy, erotic: GDPR Art. 9) are refused, never stored. Stating interest in a category that
 * was marked "not interested" removes that mark: the latest statement wins.
 */
export async function setStatedInterests(
  db: Database,
  userId: string,
  categoryIds: readonly string[],
  now: Date,
): Promise<SetInterestsResult> {
  const wanted = [...new Set(categoryIds)];
  return db.transaction(async (tx): Promise<SetInterestsResult> => {
    const role = await lockCustomer(tx, userId);
    const found = wanted.length
      ? await tx
          .select({ id: categories.id, sensitive: categories.sensitive })
          .from(categories)
          .where(inArray(categories.id, wanted))
      : [];
    const unknown = wanted.filter((id) => !found.some((c) => c.id === id));
    if (unknown.length) return { status: "unknown", categoryIds: unknown };
    const sensitive = found.filter((c) => c.sensitive).map((c) => c.id);
    if (sensitive.length) return { status: "sensitive", categoryIds: sensitive };

    const current = await tx
      .select({ id: statedInterests.id, categoryId: statedInterests.categoryId })
      .from(statedInterests)
      .where(
        and(
          eq(statedInterests.userId, userId),
          eq(statedInterests.sentiment, "interested"),
          isNotNull(statedInterests.categoryId),
        ),
      );
    const held = new Set(current.map((r) => r.categoryId));
    const added = wanted.filter((id) => !held.has(id));
    const stale = current.filter((r) => !wanted.includes(r.categoryId!));
    const removed = [...new Set(stale.map((r) => r.categoryId!))];
    if (stale.length) {
      await tx.delete(statedInterests).where(
        inArray(
          statedInterests.id,
          stale.map((r) => r.id),
        ),
      );
    }
    if (added.length) {
      await tx
        .insert(statedInterests)
        .values(added.map((categoryId) => ({ userId, categoryId, createdAt: now })));
      await tx
        .delete(statedInterests)
        .where(
          and(
            eq(statedInterests.userId, userId),
            eq(statedInterests.sentiment, "not_interested"),
            inArray(statedInterests.categoryId, added),
          ),
        );
    }
    if (added.length || removed.length) {
      await audit(
        tx,
        { userId, role },
        {
          action: "personalization.interests_set",
          entity: "stated_interests",
          details: { added, removed },
        },
        now,
      );
    }
    return { status: "saved", added, removed };
  });
}

export type NotInterestedTarget = { categoryId: string } | { brand: string };

export type MarkNotInterestedResult =
  { status: "marked"; id: string; created: boolean } | { status: "unknown" | "sensitive" };

/**
 * Marks a category or a brand "not interested": the engine never recommends from it again, and a
 * stated interest in that category ends. Sensitive categories are refused: they are never used
 * for personalization anyway, and a mark would only store something about a sensitive topic.
 */
export async function markNotInterested(
  db: Database,
  userId: string,
  target: NotInterestedTarget,
  now: Date,
): Promise<MarkNotInterestedResult> {
  return db.transaction(async (tx): Promise<MarkNotInterestedResult> => {
    const role = await lockCustomer(tx, userId);
    let mark: { categoryId: string; brand: null } | { categoryId: null; brand: string };
    if ("categoryId" in target) {
      const [category] = await tx
        .select({ id: categories.id, sensitive: categories.sensitive })
        .from(categories)
        .where(eq(categories.id, target.categoryId));
      if (!category) return { status: "unknown" };
      if (category.sensitive) return { status: "sensitive" };
      mark = { categoryId: category.id, brand: null };
    } else {
      // Stored in the catalogue's own spelling, which is what the engine compares with.
      const [product] = await tx
        .select({ brand: products.brand })
        .from(products)
        .where(sql`lower(${products.brand}) = lower(${target.brand.trim()})`)
        .limit(1);
      if (!product) return { status: "unknown" };
      mark = { categoryId: null, brand: product.brand };
    }
    const sameTarget = mark.categoryId
      ? eq(statedInterests.categoryId, mark.categoryId)
      : eq(statedInterests.brand, mark.brand!);
    const [existing] = await tx
      .select({ id: statedInterests.id })
      .from(statedInterests)
      .where(
        and(
          eq(statedInterests.userId, userId),
          eq(statedInterests.sentiment, "not_interested"),
          sameTarget,
        ),
      )
      .limit(1);
    if (existing) return { status: "marked", id: existing.id, created: false };
    await tx
      .delete(statedInterests)
      .where(
        and(
          eq(statedInterests.userId, userId),
          eq(statedInterests.sentiment, "interested"),
          sameTarget,
        ),
      );
    const [row] = await tx
      .insert(statedInterests)
      .values({ userId, ...mark, sentiment: "not_interested", createdAt: now })
      .returning({ id: statedInterests.id });
    await audit(
      tx,
      { userId, role },
      {
        action: "personalization.not_interested_marked",
        entity: "stated_interests",
        entityId: row!.id,
        details: mark.categoryId ? { categoryId: mark.categoryId } : { brand: mark.brand },
      },
      now,
    );
    return { status: "marked", id: row!.id, created: true };
  });
}

/** Removes one of the customer's own "not interested" marks; false when they have none by that id. */
export async function undoNotInterested(
  db: Database,
  userId: string,
  id: string,
  now: Date = new Date(),
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const role = await lockCustomer(tx, userId);
    const [row] = await tx
      .delete(statedInterests)
      .where(
        and(
          eq(statedInterests.id, id),
          eq(statedInterests.userId, userId),
          eq(statedInterests.sentiment, "not_interested"),
        ),
      )
      .returning({ categoryId: statedInterests.categoryId, brand: statedInterests.brand });
    if (!row) return false;
    await audit(
      tx,
      { userId, role },
      {
        action: "personalization.not_interested_undone",
        entity: "stated_interests",
        entityId: id,
        details: row.categoryId ? { categoryId: row.categoryId } : { brand: row.brand },
      },
      now,
    );
    return true;
  });
}

/**
 * "Not interested" on an offer: the customer's assignment gets dismissed_at, and the engine never
 * shows a dismissed offer again. An offer for everyone, or for a segment the customer belongs to,
 * may have no assignment yet: one is made, already dismissed. Any other offer is unknown to this
 * customer: an assignment is what makes a personal voucher redeemable (lib/cart/voucher.ts).
 */
export async function dismissOffer(
  db: Database,
  userId: string,
  offerId: string,
  now: Date,
): Promise<{ status: "dismissed"; changed: boolean } | { status: "not_found" }> {
  return db.transaction(async (tx) => {
    const role = await lockCustomer(tx, userId);
    const [assignment] = await tx
      .select({ id: offerAssignments.id, dismissedAt: offerAssignments.dismissedAt })
      .from(offerAssignments)
      .where(and(eq(offerAssignments.offerId, offerId), eq(offerAssignments.userId, userId)));
    if (assignment?.dismissedAt) return { status: "dismissed", changed: false };
    if (assignment) {
      await tx
        .update(offerAssignments)
        .set({ dismissedAt: now })
        .where(eq(offerAssignments.id, assignment.id));
    } else {
      const [offer] = await tx
        .select({ target: offers.target, segmentId: offers.segmentId })
        .from(offers)
        .where(eq(offers.id, offerId));
      if (!offer || offer.target === "personal") return { status: "not_found" };
      if (offer.target === "segment") {
        const [member] = offer.segmentId
          ? await tx
              .select({ userId: segmentMemberships.userId })
              .from(segmentMemberships)
              .where(
                and(
                  eq(segmentMemberships.segmentId, offer.segmentId),
                  eq(segmentMemberships.userId, userId),
                ),
              )
          : [];
        if (!member) return { status: "not_found" };
      }
      await tx
        .insert(offerAssignments)
        .values({ offerId, userId, assignedAt: now, dismissedAt: now })
        .onConflictDoUpdate({
          target: [offerAssignments.offerId, offerAssignments.userId],
          set: { dismissedAt: now },
        });
    }
    await audit(
      tx,
      { userId, role },
      { action: "personalization.offer_dismissed", entity: "offer", entityId: offerId },
      now,
    );
    return { status: "dismissed", changed: true };
  });
}

/** Shows a dismissed offer again (if it is still running); false when none was dismissed. */
export async function restoreOffer(
  db: Database,
  userId: string,
  offerId: string,
  now: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const role = await lockCustomer(tx, userId);
    const [row] = await tx
      .update(offerAssignments)
      .set({ dismissedAt: null })
      .where(
        and(
          eq(offerAssignments.offerId, offerId),
          eq(offerAssignments.userId, userId),
          isNotNull(offerAssignments.dismissedAt),
        ),
      )
      .returning({ id: offerAssignments.id });
    if (!row) return false;
    await audit(
      tx,
      { userId, role },
      { action: "personalization.offer_restored", entity: "offer", entityId: offerId },
      now,
    );
    return true;
  });
}

const activeObjections = (userId: string) =>
  and(
    eq(processingLimits.userId, userId),
    eq(processingLimits.kind, "objection"),
    inArray(processingLimits.purpose, OBJECTION_PURPOSES),
    isNull(processingLimits.liftedAt),
  );

/**
 * Objection to profiling for marketing (Art. 21(2)): no reason asked, honoured absolutely (R5).
 * It ends the newsletter at once, and the data derived only for these purposes (profile, segment
 * memberships, offers the engine chose and that are still open) is erased (Art. 17(1)(c)).
 * Dismissed offers stay dismissed. Idempotent: an objection in force is not recorded twice.
 */
export async function objectToProfiling(
  db: Database,
  userId: string,
  now: Date,
): Promise<{ created: Purpose[] }> {
  return db.transaction(async (tx) => {
    const role = await lockCustomer(tx, userId);
    const active = await tx
      .select({ purpose: processingLimits.purpose })
      .from(processingLimits)
      .where(activeObjections(userId));
    const created = OBJECTION_PURPOSES.filter((p) => !active.some((a) => a.purpose === p));
    if (created.length) {
      await tx.insert(processingLimits).values(
        created.map((purpose) => ({
          userId,
          kind: "objection" as const,
          purpose,
          createdAt: now,
        })),
      );
    }
    await endNewsletterForUser(tx, userId, now);
    await tx.delete(customerProfiles).where(eq(customerProfiles.userId, userId));
    await tx.delete(segmentMemberships).where(eq(segmentMemberships.userId, userId));
    await tx
      .delete(offerAssignments)
      .where(
        and(
          eq(offerAssignments.userId, userId),
          eq(offerAssignments.automated, true),
          isNull(offerAssignments.redeemedAt),
          isNull(offerAssignments.dismissedAt),
        ),
      );
    if (created.length) {
      await audit(
        tx,
        { userId, role },
        {
          action: "personalization.objection_made",
          entity: "processing_limits",
          details: { purposes: created },
        },
        now,
      );
    }
    return { created };
  });
}

/** Lifts the customer's objection; the newsletter stays ended (a new sign-up needs a new opt-in). */
export async function liftObjection(
  db: Database,
  userId: string,
  now: Date,
): Promise<{ lifted: number }> {
  return db.transaction(async (tx) => {
    const role = await lockCustomer(tx, userId);
    const rows = await tx
      .update(processingLimits)
      .set({ liftedAt: now })
      .where(activeObjections(userId))
      .returning({ purpose: processingLimits.purpose });
    if (rows.length) {
      await audit(
        tx,
        { userId, role },
        {
          action: "personalization.objection_lifted",
          entity: "processing_limits",
          details: { purposes: rows.map((r) => r.purpose) },
        },
        now,
      );
    }
    return { lifted: rows.length };
  });
}

export type ControlsCategory = {
  id: string;
  name: LocalizedName;
  interested: boolean;
  notInterested: boolean;
};

export type NotInterestedMark =
  | { id: string; kind: "category"; categoryId: string; name: LocalizedName; since: Date }
  | { id: string; kind: "brand"; brand: string; since: Date };

export type PersonalizationControls = {
  /** The level in force: the customer's choice, or the loader's default when none was made. */
  level: PersonalizationLevel;
  levelChosen: boolean;
  /** The categories a customer may state interest in or mark: never the sensitive ones. */
  categories: ControlsCategory[];
  notInterested: NotInterestedMark[];
  dismissedOffers: { offerId: string; name: LocalizedName; dismissedAt: Date }[];
  objection: { active: boolean; since: Date | null };
  /** A restriction (Art. 18) for personalization or marketing, made in the privacy center. */
  restricted: boolean;
};

/** Everything /account/personalization shows, for the signed-in customer only. */
export async function loadControls(db: Database, userId: string): Promise<PersonalizationControls> {
  const [settings, level, categoryRows, interestRows, dismissed, limits] = await Promise.all([
    db
      .select({ level: personalizationSettings.level })
      .from(personalizationSettings)
      .where(eq(personalizationSettings.userId, userId)),
    accountLevel(db, userId),
    db
      .select({
        id: categories.id,
        nameDe: categories.nameDe,
        nameEn: categories.nameEn,
        sensitive: categories.sensitive,
      })
      .from(categories)
      .orderBy(asc(categories.position), asc(categories.nameDe)),
    db
      .select({
        id: statedInterests.id,
        categoryId: statedInterests.categoryId,
        brand: statedInterests.brand,
        sentiment: statedInterests.sentiment,
        createdAt: statedInterests.createdAt,
      })
      .from(statedInterests)
      .where(eq(statedInterests.userId, userId))
      .orderBy(desc(statedInterests.createdAt), asc(statedInterests.id)),
    db
      .select({
        offerId: offers.id,
        nameDe: offers.nameDe,
        nameEn: offers.nameEn,
        dismissedAt: offerAssignments.dismissedAt,
      })
      .from(offerAssignments)
      .innerJoin(offers, eq(offers.id, offerAssignments.offerId))
      .where(and(eq(offerAssignments.userId, userId), isNotNull(offerAssignments.dismissedAt)))
      .orderBy(desc(offerAssignments.dismissedAt)),
    db
      .select({
        kind: processingLimits.kind,
        purpose: processingLimits.purpose,
        createdAt: processingLimits.createdAt,
      })
      .from(processingLimits)
      .where(
        and(
          eq(processingLimits.userId, userId),
          isNull(processingLimits.liftedAt),
          inArray(processingLimits.purpose, OBJECTION_PURPOSES),
        ),
      ),
  ]);
  const names = new Map(categoryRows.map((c) => [c.id, { de: c.nameDe, en: c.nameEn }]));
  const interested = new Set(
    interestRows.filter((r) => r.sentiment === "interested").map((r) => r.categoryId),
  );
  const notInterested: NotInterestedMark[] = interestRows.flatMap((r): NotInterestedMark[] => {
    if (r.sentiment !== "not_interested") return [];
    if (r.categoryId) {
      const name = names.get(r.categoryId);
      return name
        ? [{ id: r.id, kind: "category", categoryId: r.categoryId, name, since: r.createdAt }]
        : [];
    }
    return r.brand ? [{ id: r.id, kind: "brand", brand: r.brand, since: r.createdAt }] : [];
  });
  const markedCategories = new Set(
    notInterested.flatMap((m) => (m.kind === "category" ? [m.categoryId] : [])),
  );
  const objections = limits.filter((l) => l.kind === "objection");
  return {
    level: level ?? "off",
    levelChosen: settings.length > 0,
    categories: categoryRows
      .filter((c) => !c.sensitive)
      .map((c) => ({
        id: c.id,
        name: { de: c.nameDe, en: c.nameEn },
        interested: interested.has(c.id),
        notInterested: markedCategories.has(c.id),
      })),
    notInterested,
    dismissedOffers: dismissed.map((d) => ({
      offerId: d.offerId,
      name: { de: d.nameDe, en: d.nameEn },
      dismissedAt: d.dismissedAt!,
    })),
    objection: {
      active: objections.length > 0,
      since: objections.length
        ? new Date(Math.min(...objections.map((o) => o.createdAt.getTime())))
        : null,
    },
    restricted: limits.some((l) => l.kind === "restriction"),
  };
}
