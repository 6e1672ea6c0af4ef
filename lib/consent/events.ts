import type { BehaviourEvent, Purpose, PurposeStates } from "@/db/schema";

/**
 * Which consented purpose may allow recording which behaviour event (C1, C7). Pure: the consent
 * gate and the database are the caller's business.
 */
export type BehaviourEventType = BehaviourEvent["type"];

/** The purposes that can carry behaviour events at all. */
export type BehaviourPurpose = Extract<Purpose, "analytics" | "personalization">;

/**
 * For each event type, the purposes it serves, in order of preference. Browsing signals feed the
 * personalization engine (architecture.md: "consented browsing events") and the statistics; the
 * checkout funnel (checkout started, purchase) is statistics only: personalization reads purchase
 * history from the orders themselves, never from these events.
 */
export const EVENT_PURPOSES: Record<BehaviourEventType, readonly BehaviourPurpose[]> = {
  product_view: ["personalization", "analytics"],
  category_view: ["personalization", "analytics"],
  search: ["personalization", "analytics"],
  add_to_cart: ["personalization", "analytics"],
  checkout_started: ["analytics"],
  purchase: ["analytics"],
};

/**
 * The purpose under which an event of this type may be recorded, or null when none of the purposes
 * it serves is consented to: then nothing is recorded (C1). Each event is tagged with exactly one
 * purpose, so that withdrawing that purpose deletes it (C7).
 */
export function purposeForEvent(
  type: BehaviourEventType,
  purposes: Partial<PurposeStates>,
): BehaviourPurpose | null {
  return EVENT_PURPOSES[type].find((purpose) => purposes[purpose] === true) ?? null;
}

/** The longest search query stored; longer ones are cut (data minimisation, Art. 5(1)(c)). */
export const MAX_QUERY_LENGTH = 100;

/**
 * The search query as it may be stored: whitespace collapsed and trimmed, at most 100 characters
 * (UTF-16 code units, so also by `length` and by PostgreSQL's char_length), never cutting a
 * character in half; null when nothing is left.
 */
export function storableQuery(query: string | null | undefined): string | null {
  if (typeof query !== "string") return null;
  const cleaned = query.replace(/\s+/g, " ").trim();
  let stored = "";
  for (const character of cleaned) {
    if (stored.length + character.length > MAX_QUERY_LENGTH) break;
    stored += character;
  }
  stored = stored.trim();
  return stored === "" ? null : stored;
}

/**
 * The purposes in force after subtracting the ones the customer restricted or objected to
 * (R5, Art. 18 and 21): a purpose under a processing limit allows no recording.
 */
export function withoutLimitedPurposes(
  purposes: PurposeStates,
  limited: readonly Purpose[],
): PurposeStates {
  const result = { ...purposes };
  for (const purpose of limited) result[purpose] = false;
  return result;
}
