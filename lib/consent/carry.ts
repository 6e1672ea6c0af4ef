import "server-only";
import { getLocale } from "next-intl/server";
import { getDb } from "@/db/client";
import type { PurposeStates } from "@/db/schema";
import { isLocale } from "@/lib/i18n/locale";
import { applyWithdrawal } from "@/lib/consent/withdrawal";
import { PURPOSES } from "./consent-cookie";
import { readConsentCookie, writeConsentCookie } from "./cookie-store";
import { requestHasGpc } from "./gate";
import { carryGuestConsent, latestDecisionForUser, recordDecision } from "./ledger";
import { CONSENT_NOTICE_VERSION } from "./notice";

function withdrawnPurposes(before: PurposeStates, after: PurposeStates) {
  return PURPOSES.filter((purpose) => before[purpose] && !after[purpose]);
}

/**
 * After a successful sign-in (C11): the guest subject's ledger rows move into the account, and
 * this browser's cookie becomes the latest explicit decision among the guest's and the account's.
 * A "sign_in_carry" event is recorded only when the browser had no decision of its own.
 */
export async function carryConsentAtSignIn(userId: string): Promise<void> {
  const db = await getDb();
  const now = new Date();
  const cookie = await readConsentCookie();
  if (cookie) await carryGuestConsent(db, { subjectId: cookie.subjectId, userId, now });
  const browser = cookie?.noticeVersion === CONSENT_NOTICE_VERSION ? cookie : null;
  const latest = await latestDecisionForUser(db, userId);
  const account = latest?.noticeVersion === CONSENT_NOTICE_VERSION ? latest : null;
  if (!account) return; // Nothing to carry: the browser's own decision (if any) stays.

  if (!browser) {
    const rawLocale = await getLocale();
    const row = await recordDecision(db, {
      subjectId: cookie?.subjectId ?? account.subjectId,
      userId,
      purposes: account.purposes,
      method: "sign_in_carry",
      gpc: await requestHasGpc(),
      language: isLocale(rawLocale) ? rawLocale : "de",
      now,
    });
    await writeConsentCookie({
      subjectId: row.subjectId,
      noticeVersion: CONSENT_NOTICE_VERSION,
      purposes: account.purposes,
      eventId: row.id,
      decidedAt: now.toISOString(),
    });
    return;
  }

  const browserTime = new Date(browser.decidedAt).getTime();
  if (account.id === browser.eventId || !(account.recordedAt.getTime() > browserTime)) return;
  // The account's decision is the later one: it applies in this browser too.
  await writeConsentCookie({
    subjectId: browser.subjectId,
    noticeVersion: CONSENT_NOTICE_VERSION,
    purposes: account.purposes,
    eventId: account.id,
    decidedAt: account.recordedAt.toISOString(),
  });
  const withdrawn = withdrawnPurposes(browser.purposes, account.purposes);
  if (withdrawn.length > 0)
    await applyWithdrawal(db, { userId, subjectId: browser.subjectId, withdrawn, now });
}
