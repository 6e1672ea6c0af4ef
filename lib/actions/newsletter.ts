"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { consumeRateLimit, type RateLimitRule } from "@/lib/auth/rate-limit";
import { requestInfo } from "@/lib/auth/request-info";
import { getCurrentSession } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/locale";
import { newsletterLimits } from "@/lib/newsletter/limits";
import { normalizeEmail } from "@/lib/newsletter/links";
import {
  confirmSubscription,
  requestSubscription,
  unsubscribe,
} from "@/lib/newsletter/subscriptions";
import { appBaseUrl } from "@/lib/server/app-url";
import { loadSecrets } from "@/lib/server/secrets";
import { emailSchema, tokenSchema } from "@/lib/validation/account";
import { parseInput, submittedValues, type FormState } from "./form-state";

const signUpSchema = z.object({
  email: emailSchema,
  // The unticked box sends nothing: consent is an explicit act (UWG §7, GDPR Art. 4(11)).
  consent: z.literal("on", { error: "consentRequired" }),
});

async function limited(scope: string, identifier: string, rule: RateLimitRule) {
  const result = await consumeRateLimit(await getDb(), {
    scope,
    identifier,
    rule,
    now: new Date(),
    secret: loadSecrets().authSecret,
  });
  return !result.allowed;
}

/**
 * Newsletter sign-up, step one of the double opt-in. The answer is the same whether the address
 * is new, pending or already subscribed (enumeration-safe); only the confirmation link subscribes.
 */
export async function subscribeNewsletterAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const [t, tv, rawLocale] = await Promise.all([
    getTranslations("newsletter"),
    getTranslations("validation"),
    getLocale(),
  ]);
  const values = submittedValues(formData);
  const translate = (key: string) => (key === "consentRequired" ? t("consentRequired") : tv(key));
  const parsed = parseInput(
    signUpSchema,
    { email: formData.get("email"), consent: formData.get("consent") ?? undefined },
    translate,
    values,
  );
  if (!parsed.ok) return parsed.state;
  const email = normalizeEmail(parsed.data.email);
  const { ip } = await requestInfo();
  const limits = newsletterLimits();
  if (
    (await limited("newsletter:ip", ip, limits.signUpIp)) ||
    (await limited("newsletter:email", email, limits.signUpEmail))
  ) {
    return { status: "error", message: t("rateLimited"), values };
  }
  const session = await getCurrentSession();
  // Linked to the account only when it is the account's own (verified) address.
  const userId = session && normalizeEmail(session.user.email) === email ? session.user.id : null;
  await requestSubscription(await getDb(), {
    email,
    userId,
    locale: isLocale(rawLocale) ? rawLocale : "de",
    consentText: t("consentText"),
    now: new Date(),
    baseUrl: await appBaseUrl(),
  });
  return { status: "ok", message: t("checkInbox"), values: { email } };
}

/** Step two: the button on the page the mailed link opens (a GET never confirms, S6). */
export async function confirmNewsletterAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const t = await getTranslations("newsletter");
  const token = tokenSchema.safeParse(formData.get("token"));
  if (!token.success) return { status: "error", message: t("linkInvalid") };
  const { ip } = await requestInfo();
  if (await limited("newsletter-token:ip", ip, newsletterLimits().tokenIp)) {
    return { status: "error", message: t("rateLimited") };
  }
  const outcome = await confirmSubscription(await getDb(), {
    token: token.data,
    now: new Date(),
  });
  switch (outcome) {
    case "confirmed":
      return { status: "ok", message: t("confirmed") };
    case "already-confirmed":
      return { status: "ok", message: t("alreadyConfirmed") };
    case "expired":
      return { status: "error", message: t("linkExpired") };
    case "invalid":
      return { status: "error", message: t("linkInvalid") };
  }
}

/** The button of the unsubscribe page; the signed link is the proof, so no sign-in is needed. */
export async function unsubscribeNewsletterAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const t = await getTranslations("newsletter");
  const result = await unsubscribe(await getDb(), {
    subscriptionId: formData.get("s"),
    token: formData.get("t"),
    secret: loadSecrets().authSecret,
    now: new Date(),
  });
  if (result === "invalid-token") return { status: "error", message: t("unsubscribeInvalid") };
  return { status: "ok", message: t("unsubscribed") };
}
