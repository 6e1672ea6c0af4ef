"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import type { PurposeStates } from "@/db/schema";
import { getCurrentSession } from "@/lib/auth/session";
import {
  NO_CONSENT,
  newSubjectId,
  PURPOSES,
  type ConsentMethod,
} from "@/lib/consent/consent-cookie";
import { readConsentCookie, writeConsentCookie } from "@/lib/consent/cookie-store";
import { getConsentState, requestHasGpc } from "@/lib/consent/gate";
import { latestDecisionForUser, recordDecision } from "@/lib/consent/ledger";
import { CONSENT_NOTICE_VERSION } from "@/lib/consent/notice";
import { applyWithdrawal } from "@/lib/consent/withdrawal";
import { isLocale } from "@/lib/i18n/locale";
import type { FormState } from "./form-state";

const input = z.object({
  choice: z.enum(["accept_all", "reject_all", "custom"]),
  method: z.enum(["banner", "settings"]),
});

/**
 * One decision (banner or settings): recorded in the ledger, then the signed cookie is set (the
 * only place it is set besides sign-in, C1). Withdrawn purposes stop at once (C7).
 */
export async function saveConsentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations("consent");
  const parsed = input.safeParse({
    choice: formData.get("choice"),
    method: formData.get("method"),
  });
  if (!parsed.success) return { status: "error", message: t("invalid") };
  const { choice } = parsed.data;
  const [gpc, before, cookie, session, rawLocale] = await Promise.all([
    requestHasGpc(),
    getConsentState(),
    readConsentCookie(),
    getCurrentSession(),
    getLocale(),
  ]);

  let method: ConsentMethod = parsed.data.method;
  const purposes: PurposeStates = { ...NO_CONSENT };
  if (choice === "accept_all") {
    for (const purpose of PURPOSES) purposes[purpose] = true;
    if (gpc && method === "banner") {
      // The first layer with GPC asks only about what the signal leaves open (C10).
      purposes.analytics = false;
      purposes.personalization = false;
      purposes.marketing = false;
      method = "gpc";
    }
  } else if (choice === "custom") {
    const chosen = new Set(formData.getAll("purpose").map(String));
    for (const purpose of PURPOSES) purposes[purpose] = chosen.has(purpose);
    method = "settings"; // per-purpose switches are an explicit choice, also against GPC
  }

  const db = await getDb();
  const userId = session?.user.id ?? null;
  const subjectId =
    cookie?.subjectId ??
    (userId ? (await latestDecisionForUser(db, userId))?.subjectId : undefined) ??
    newSubjectId();
  const now = new Date();
  const row = await recordDecision(db, {
    subjectId,
    userId,
    purposes,
    method,
    gpc,
    language: isLocale(rawLocale) ? rawLocale : "de",
    now,
  });
  await writeConsentCookie({
    subjectId,
    noticeVersion: CONSENT_NOTICE_VERSION,
    purposes,
    eventId: row.id,
    decidedAt: now.toISOString(),
  });
  const withdrawn = PURPOSES.filter((purpose) => before.purposes[purpose] && !purposes[purpose]);
  if (withdrawn.length > 0) await applyWithdrawal(db, { userId, subjectId, withdrawn, now });
  return { status: "ok", message: t("saved") };
}
