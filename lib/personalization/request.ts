import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import { getCurrentSession } from "@/lib/auth/session";
import { getConsentState } from "@/lib/consent/gate";
import { accountLevel, hasProcessingLimit, loadShopContext, loadSignals } from "./load";
import type { PersonalSignals, PersonalizationLevel, ShopContext } from "./types";

export type RequestPersonalization = {
  ctx: ShopContext;
  /** Null: nothing about the person may be used (no consent, level off, objection, restriction). */
  signals: PersonalSignals | null;
  /** The signed-in customer, when there is one (personalized decisions are logged for them). */
  userId: string | null;
  /** Why nothing is personalized, for the controls' wording. */
  state: "personalized" | "no-consent" | "off" | "limited";
  level: PersonalizationLevel | null;
  now: Date;
};

/**
 * Whether and how this request may be personalized, once per request: the consent in force
 * (cookie, account, GPC), the account's level and any restriction or objection. Guests with
 * consent get the visit level (their views of this visit, by the consent subject id).
 */
export const getRequestPersonalization = cache(async (): Promise<RequestPersonalization> => {
  const now = new Date();
  const db = await getDb();
  const [consent, session, ctx] = await Promise.all([
    getConsentState(),
    getCurrentSession(),
    loadShopContext(db, now),
  ]);
  const userId = session && session.user.role === "customer" ? session.user.id : null;
  const base = { ctx, userId, now };
  if (!consent.purposes.personalization) {
    return { ...base, signals: null, state: "no-consent", level: null };
  }
  if (!userId) {
    const signals = await loadSignals(db, {
      userId: null,
      subjectId: consent.subjectId,
      level: "session",
      now,
    });
    return { ...base, signals, state: "personalized", level: "session" };
  }
  const [level, limited] = await Promise.all([
    accountLevel(db, userId),
    hasProcessingLimit(db, userId),
  ]);
  if (limited) return { ...base, signals: null, state: "limited", level: level ?? "off" };
  if (!level) return { ...base, signals: null, state: "off", level: "off" };
  const signals = await loadSignals(db, { userId, subjectId: consent.subjectId, level, now });
  return { ...base, signals, state: "personalized", level };
});

/** Whether personal offers may apply to this request's customer (P1, P3, R5). */
export async function personalizationAllowed(): Promise<boolean> {
  return (await getRequestPersonalization()).signals !== null;
}
