import "server-only";
import { and, eq, inArray, isNotNull, isNull, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { Database } from "@/db/engine/open";
import {
  behaviourEvents,
  categories,
  consentEvents,
  processingLimits,
  productVariants,
  products,
  type Purpose,
  type PurposeStates,
} from "@/db/schema";
import { currentUserOrNull } from "@/lib/auth/authorize";
import { getConsentState } from "./gate";
import {
  purposeForEvent,
  storableQuery,
  withoutLimitedPurposes,
  type BehaviourEventType,
} from "./events";

/*
 * First-party behaviour events (C1, C7, P6): recorded on the server only, only with consent and a
 * consent subject id, each tagged with the purpose that allowed it and the ledger record of that
 * consent. No third party is involved and nothing runs in the browser.
 */

export type BehaviourEventInput = {
  type: BehaviourEventType;
  productId?: string | null;
  /** For events about a variant (added to cart): its product is recorded. */
  variantId?: string | null;
  categoryId?: string | null;
  /** Search text; at most 100 characters are stored. */
  query?: string | null;
};

/** What the consent gate says, as far as recording needs it. */
export type RecordingConsent = {
  purposes: PurposeStates;
  subjectId: string | null;
  eventId: string | null;
};

export type RecordOutcome =
  | { status: "recorded"; id: string }
  | { status: "skipped"; reason: "no_consent" | "no_subject" | "sensitive" | "unknown_item" };

/** Parent chains are short; the bound only guards against a cycle in bad data. */
const MAX_CATEGORY_DEPTH = 8;

/** Whether the category or any category above it is sensitive (Art. 9): unknown counts as sensitive. */
async function isSensitiveCategory(db: Database, categoryId: string): Promise<boolean> {
  let current: string | null = categoryId;
  for (let depth = 0; current && depth < MAX_CATEGORY_DEPTH; depth++) {
    const [row] = await db
      .select({ sensitive: categories.sensitive, parentId: categories.parentId })
      .from(categories)
      .where(eq(categories.id, current))
      .limit(1);
    if (!row || row.sensitive) return true;
    current = row.parentId;
  }
  return current !== null;
}

/** The product (and its category) the event is about; null when it does not exist. */
async function resolveItem(
  db: Database,
  input: BehaviourEventInput,
): Promise<{ productId: string | null; categoryId: string | null } | null> {
  let productId = input.productId ?? null;
  if (!productId && input.variantId) {
    const [variant] = await db
      .select({ productId: productVariants.productId })
      .from(productVariants)
      .where(eq(productVariants.id, input.variantId))
      .limit(1);
    if (!variant) return null;
    productId = variant.productId;
  }
  let categoryId = input.categoryId ?? null;
  if (productId) {
    const [product] = await db
      .select({ categoryId: products.categoryId })
      .from(products)
      .where(eq(products.id, productId))
      .limit(1);
    if (!product) return null;
    categoryId = product.categoryId;
  }
  return { productId, categoryId };
}

/**
 * Purposes under a restriction or objection (R5) of the account, and of any account that made a
 * consent decision with this browser's consent id: signed out, the person's browsing is still
 * theirs (the data map ties it to them through that id, C11), so their limits still apply.
 */
async function activeLimitPurposes(
  db: Database,
  userId: string | null,
  subjectId: string,
): Promise<Purpose[]> {
  const accountsOfSubject = db
    .select({ userId: consentEvents.userId })
    .from(consentEvents)
    .where(and(eq(consentEvents.subjectId, subjectId), isNotNull(consentEvents.userId)));
  const rows = await db
    .selectDistinct({ purpose: processingLimits.purpose })
    .from(processingLimits)
    .where(
      and(
        isNull(processingLimits.liftedAt),
        or(
          userId ? eq(processingLimits.userId, userId) : undefined,
          inArray(processingLimits.userId, accountsOfSubject),
        ),
      ),
    );
  return rows.map((row) => row.purpose);
}

/**
 * Records one event for the given consent state and account (testable core of
 * `recordBehaviourEvent`). Nothing is written without a consented purpose, a subject id and the
 * consent record; restricted or objected purposes (R5) count as not given; events about a product
 * or category that is sensitive (P6, Art. 9) are never recorded.
 */
export async function recordBehaviourEventFor(
  db: Database,
  options: {
    consent: RecordingConsent;
    userId: string | null;
    event: BehaviourEventInput;
    now: Date;
  },
): Promise<RecordOutcome> {
  const { consent, userId, event, now } = options;
  if (!consent.subjectId) return { status: "skipped", reason: "no_subject" };
  if (!consent.eventId || purposeForEvent(event.type, consent.purposes) === null)
    return { status: "skipped", reason: "no_consent" };

  const limits = await activeLimitPurposes(db, userId, consent.subjectId);
  const purpose = purposeForEvent(event.type, withoutLimitedPurposes(consent.purposes, limits));
  if (!purpose) return { status: "skipped", reason: "no_consent" };

  const item = await resolveItem(db, event);
  if (!item) return { status: "skipped", reason: "unknown_item" };
  if (item.categoryId && (await isSensitiveCategory(db, item.categoryId)))
    return { status: "skipped", reason: "sensitive" };

  const [row] = await db
    .insert(behaviourEvents)
    .values({
      userId,
      subjectId: consent.subjectId,
      type: event.type,
      purpose,
      productId: item.productId,
      categoryId: item.categoryId,
      query: event.type === "search" ? storableQuery(event.query) : null,
      consentEventId: consent.eventId,
      occurredAt: now,
    })
    .returning({ id: behaviourEvents.id });
  return { status: "recorded", id: row!.id };
}

/**
 * Records a behaviour event of the current request, if and only if the visitor consented (C1).
 * Never throws: a failure is logged and the page goes on.
 */
export async function recordBehaviourEvent(event: BehaviourEventInput): Promise<void> {
  try {
    const consent = await getConsentState();
    if (!consent.subjectId || purposeForEvent(event.type, consent.purposes) === null) return;
    const session = await currentUserOrNull();
    await recordBehaviourEventFor(await getDb(), {
      consent,
      userId: session?.user.id ?? null,
      event,
      now: new Date(),
    });
  } catch (error) {
    console.error(
      `[consent] recording a ${event.type} event failed`,
      error instanceof Error ? error.message : error,
    );
  }
}
