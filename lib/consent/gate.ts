import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents, type Purpose, type PurposeStates } from "@/db/schema";
import { getCurrentSession } from "@/lib/auth/session";
import { effectiveConsent, type Decision } from "./consent-cookie";
import { readConsentCookie } from "./cookie-store";
import { decisionFromEvent, latestDecisionForUser } from "./ledger";
import { CONSENT_NOTICE_VERSION } from "./notice";

export type ConsentState = {
  /** Whether a valid decision for the current notice version exists (else the banner shows). */
  decided: boolean;
  /** The purposes in force for this request. */
  purposes: PurposeStates;
  /** Whether the request carried `Sec-GPC: 1` (C10). */
  gpc: boolean;
  /** This browser's pseudonymous subject id, when it has a decision cookie. */
  subjectId: string | null;
  /** The ledger record of the decision in force. */
  eventId: string | null;
  noticeVersion: string;
};

/** Whether the request carries the Global Privacy Control signal. */
export async function requestHasGpc(): Promise<boolean> {
  return (await headers()).get("sec-gpc")?.trim() === "1";
}

/**
 * The consent in force for this request (once per request): the browser's signed cookie, the
 * signed-in account's latest decision and the `Sec-GPC` header, through effectiveConsent.
 */
export const getConsentState = cache(async (): Promise<ConsentState> => {
  const [cookie, gpc, session] = await Promise.all([
    readConsentCookie(),
    requestHasGpc(),
    getCurrentSession(),
  ]);
  const db = await getDb();
  let browser: Decision | null = null;
  if (cookie) {
    // The cookie does not carry the method; it matters only with GPC (an explicit opt-in wins).
    let method: Decision["method"] = "banner";
    if (gpc) {
      const [row] = await db
        .select({ method: consentEvents.method })
        .from(consentEvents)
        .where(
          and(eq(consentEvents.id, cookie.eventId), eq(consentEvents.subjectId, cookie.subjectId)),
        )
        .limit(1)
        .catch(() => []);
      method = row?.method ?? "gpc";
    }
    const decidedAt = new Date(cookie.decidedAt);
    browser = {
      purposes: cookie.purposes,
      decidedAt: Number.isNaN(decidedAt.getTime()) ? new Date(0) : decidedAt,
      eventId: cookie.eventId,
      noticeVersion: cookie.noticeVersion,
      method,
    };
  }
  const accountRow = session ? await latestDecisionForUser(db, session.user.id) : null;
  const result = effectiveConsent({
    browser,
    account: accountRow ? decisionFromEvent(accountRow) : null,
    gpc,
    currentVersion: CONSENT_NOTICE_VERSION,
  });
  return {
    decided: result.decided,
    purposes: result.purposes,
    gpc,
    subjectId: cookie?.subjectId ?? accountRow?.subjectId ?? null,
    eventId: result.decision?.eventId ?? null,
    noticeVersion: CONSENT_NOTICE_VERSION,
  };
});

/** The ONLY way server code decides whether a purpose may be used for this request. */
export async function hasConsent(purpose: Purpose): Promise<boolean> {
  return (await getConsentState()).purposes[purpose] === true;
}
