import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Purpose, PurposeStates } from "@/db/schema";

/**
 * The one consent cookie (strictly necessary, set only when a choice is made): the pseudonymous
 * subject id, the notice version and the choices. It is signed so that nobody can borrow another
 * visitor's subject id; the choices in it only ever govern the visitor's own requests.
 */
export const CONSENT_COOKIE = "vitrine_consent";
export const CONSENT_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 3600;

export const PURPOSES: readonly Purpose[] = [
  "preferences",
  "analytics",
  "personalization",
  "marketing",
];

export type ConsentMethod = "banner" | "settings" | "gpc" | "account" | "sign_in_carry";

export type ConsentCookie = {
  subjectId: string;
  noticeVersion: string;
  purposes: PurposeStates;
  /** The ledger record this cookie reflects (the receipt's id). */
  eventId: string;
  decidedAt: string;
};

export const NO_CONSENT: PurposeStates = {
  preferences: false,
  analytics: false,
  personalization: false,
  marketing: false,
};

export function newSubjectId(): string {
  return `s_${randomBytes(15).toString("base64url")}`;
}

function sign(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(`consent:${payload}`).digest("base64url");
}

export function encodeConsentCookie(value: ConsentCookie, secret: string): string {
  const payload = Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${payload}.${sign(payload, secret)}`;
}

/** The cookie's content, or null when it is missing, malformed or not signed by us. */
export function decodeConsentCookie(raw: string | undefined, secret: string): ConsentCookie | null {
  if (!raw || raw.length > 2000) return null;
  const [payload, signature] = raw.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const value = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as ConsentCookie;
    if (typeof value.subjectId !== "string" || typeof value.noticeVersion !== "string") return null;
    const purposes = { ...NO_CONSENT };
    for (const purpose of PURPOSES) purposes[purpose] = value.purposes?.[purpose] === true;
    return { ...value, purposes };
  } catch {
    return null;
  }
}

export type Decision = {
  purposes: PurposeStates;
  decidedAt: Date;
  eventId: string;
  noticeVersion: string;
  method: ConsentMethod;
};

/**
 * The purposes in force (C10, C11): the latest explicit decision of this browser or of the
 * account wins; a decision under an older notice version counts as no decision (C9); with
 * `Sec-GPC: 1`, analytics, personalization and marketing are off unless the winning decision was
 * an explicit opt-in made while the signal was sent.
 */
export function effectiveConsent(input: {
  browser: Decision | null;
  account: Decision | null;
  gpc: boolean;
  currentVersion: string;
}): { decided: boolean; purposes: PurposeStates; decision: Decision | null } {
  const candidates = [input.browser, input.account].filter(
    (d): d is Decision => d !== null && d.noticeVersion === input.currentVersion,
  );
  const decision =
    candidates.sort((a, b) => b.decidedAt.getTime() - a.decidedAt.getTime())[0] ?? null;
  const purposes = { ...(decision?.purposes ?? NO_CONSENT) };
  if (
    input.gpc &&
    decision?.method !== "settings" &&
    decision?.method !== "banner" &&
    decision?.method !== "account"
  ) {
    purposes.analytics = false;
    purposes.personalization = false;
    purposes.marketing = false;
  }
  return { decided: decision !== null, purposes, decision };
}
