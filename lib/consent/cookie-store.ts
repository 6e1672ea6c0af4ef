import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { loadSecrets } from "@/lib/server/secrets";
import {
  CONSENT_COOKIE,
  CONSENT_COOKIE_MAX_AGE_SECONDS,
  decodeConsentCookie,
  encodeConsentCookie,
  type ConsentCookie,
} from "./consent-cookie";

/** This browser's signed decision cookie, or null when missing or not ours. */
export async function readConsentCookie(): Promise<ConsentCookie | null> {
  const raw = (await cookies()).get(CONSENT_COOKIE)?.value;
  return decodeConsentCookie(raw, loadSecrets().authSecret);
}

/**
 * Sets the decision cookie. Called only where a choice was made (C1): httpOnly, SameSite=Lax,
 * path /, one year, Secure whenever the shop runs on https.
 */
export async function writeConsentCookie(value: ConsentCookie): Promise<void> {
  (await cookies()).set(CONSENT_COOKIE, encodeConsentCookie(value, loadSecrets().authSecret), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: CONSENT_COOKIE_MAX_AGE_SECONDS,
    secure: env().APP_URL?.startsWith("https://") ?? false,
  });
}
