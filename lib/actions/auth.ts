"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { findUserByEmail } from "@/lib/accounts/authenticate";
import {
  confirmEmail,
  registerCustomer,
  requestPasswordReset,
  resendVerification,
  resetPasswordWithToken,
} from "@/lib/accounts/registration";
import { completeSecondFactor } from "@/lib/accounts/second-factor";
import { isStaffRole, revokeSessionForUser } from "@/lib/accounts/sessions";
import { signIn, SignInRefused, signOut } from "@/lib/auth/auth";
import { safeCallbackUrl } from "@/lib/auth/authorize";
import { accountLimits } from "@/lib/auth/limits";
import { checkPassword } from "@/lib/auth/password-policy";
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { requestInfo } from "@/lib/auth/request-info";
import { getCurrentSession } from "@/lib/auth/session";
import { mergeGuestCartAfterSignIn } from "@/lib/cart/current-owner";
import { carryConsentAtSignIn } from "@/lib/consent/carry";
import { isLocale } from "@/lib/i18n/locale";
import { appBaseUrl } from "@/lib/server/app-url";
import { loadSecrets } from "@/lib/server/secrets";
import {
  emailOnlySchema,
  resetPasswordSchema,
  secondFactorSchema,
  signInSchema,
  signUpSchema,
  tokenSchema,
} from "@/lib/validation/account";
import { fieldErrors, parseInput, submittedValues, type FormState } from "./form-state";

async function limited(
  scope: string,
  identifier: string,
  rule: { limit: number; windowSeconds: number },
) {
  const result = await consumeRateLimit(await getDb(), {
    scope,
    identifier,
    rule,
    now: new Date(),
    secret: loadSecrets().authSecret,
  });
  return !result.allowed;
}

async function passwordProblem(password: string, context: { email?: string; name?: string }) {
  const check = checkPassword(password, context);
  if (check.ok) return null;
  const t = await getTranslations("validation");
  return t(`password.${check.reason}`);
}

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const [t, tv, rawLocale] = await Promise.all([
    getTranslations("auth"),
    getTranslations("validation"),
    getLocale(),
  ]);
  const values = submittedValues(formData);
  const parsed = parseInput(signUpSchema, Object.fromEntries(formData), tv, values);
  if (!parsed.ok) return parsed.state;
  const { name, email, password } = parsed.data;
  const weak = await passwordProblem(password, { email, name });
  if (weak) return { status: "invalid", fieldErrors: { password: weak }, values };
  const { ip } = await requestInfo();
  const limits = accountLimits();
  if (
    (await limited("sign-up:ip", ip, limits.signUpIp)) ||
    (await limited("sign-up:email", email, limits.signUpEmail))
  ) {
    return { status: "error", message: t("rateLimited"), values };
  }
  await registerCustomer(await getDb(), {
    name,
    email,
    password,
    locale: isLocale(rawLocale) ? rawLocale : "de",
    now: new Date(),
    baseUrl: await appBaseUrl(),
  });
  redirect("/sign-up/check-email");
}

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const [t, tv] = await Promise.all([getTranslations("auth"), getTranslations("validation")]);
  const values = submittedValues(formData);
  const parsed = parseInput(signInSchema, Object.fromEntries(formData), tv, values);
  if (!parsed.ok) return parsed.state;
  const requested = formData.get("callbackUrl");
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirect: false,
    });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const reason =
      error instanceof SignInRefused ? error.reason : (error as { code?: string }).code;
    if (reason === "rate_limited") return { status: "error", message: t("rateLimited"), values };
    if (reason === "unverified")
      return { status: "error", message: t("unverified"), values: { ...values, unverified: "1" } };
    return { status: "error", message: t("invalidCredentials"), values };
  }
  const user = await findUserByEmail(await getDb(), parsed.data.email);
  if (user) await mergeGuestCartAfterSignIn(user.id);
  if (user) await carryConsentAtSignIn(user.id);
  if (user && isStaffRole(user.role)) {
    const next = safeCallbackUrl(requested, "/admin");
    redirect(`/sign-in/second-factor?callbackUrl=${encodeURIComponent(next)}`);
  }
  redirect(safeCallbackUrl(requested, "/account"));
}

export async function secondFactorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const [t, tv] = await Promise.all([getTranslations("auth"), getTranslations("validation")]);
  const current = await getCurrentSession();
  if (!current || !isStaffRole(current.user.role)) redirect("/sign-in");
  const parsed = secondFactorSchema.safeParse({ code: formData.get("code") });
  if (!parsed.success)
    return { status: "invalid", fieldErrors: fieldErrors(parsed.error, tv), values: {} };
  if (
    await limited("second-factor:account", current.user.id, accountLimits().secondFactorAccount)
  ) {
    return { status: "error", message: t("rateLimited") };
  }
  const result = await completeSecondFactor(await getDb(), {
    userId: current.user.id,
    sessionId: current.sessionId,
    code: parsed.data.code,
    now: new Date(),
  });
  if (result !== "ok")
    return { status: "invalid", fieldErrors: { code: t("secondFactorInvalid") }, values: {} };
  redirect(safeCallbackUrl(formData.get("callbackUrl"), "/admin"));
}

export async function signOutAction(): Promise<void> {
  const current = await getCurrentSession();
  if (current) {
    await revokeSessionForUser(await getDb(), {
      userId: current.user.id,
      sessionId: current.sessionId,
      now: new Date(),
    });
  }
  await signOut({ redirectTo: "/" });
}

/**
 * The shape of both "send me a link" forms: the same answer whether or not the address has an
 * account (S2), limited per IP and per address.
 */
async function mailLinkForm(
  formData: FormData,
  options: {
    scope: "reset" | "verify";
    ipRule: { limit: number; windowSeconds: number };
    emailRule: { limit: number; windowSeconds: number };
    send: (email: string) => Promise<void>;
    sentMessage: "resetSent" | "verificationResent";
  },
): Promise<FormState> {
  const [t, tv] = await Promise.all([getTranslations("auth"), getTranslations("validation")]);
  const values = submittedValues(formData);
  const parsed = parseInput(emailOnlySchema, { email: formData.get("email") }, tv, values);
  if (!parsed.ok) return parsed.state;
  const { ip } = await requestInfo();
  if (
    (await limited(`${options.scope}:ip`, ip, options.ipRule)) ||
    (await limited(`${options.scope}:email`, parsed.data.email, options.emailRule))
  ) {
    return { status: "error", message: t("rateLimited"), values };
  }
  await options.send(parsed.data.email);
  return { status: "ok", message: t(options.sentMessage), values };
}

export async function forgotPasswordAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const limits = accountLimits();
  return mailLinkForm(formData, {
    scope: "reset",
    ipRule: limits.resetIp,
    emailRule: limits.resetEmail,
    sentMessage: "resetSent",
    send: async (email) =>
      requestPasswordReset(await getDb(), { email, now: new Date(), baseUrl: await appBaseUrl() }),
  });
}

export async function resetPasswordAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const [t, tv] = await Promise.all([getTranslations("auth"), getTranslations("validation")]);
  const parsed = resetPasswordSchema.safeParse({
    token: formData.get("token"),
    password: formData.get("password"),
  });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error, tv);
    if (errors.token) return { status: "error", message: t("linkInvalid") };
    return { status: "invalid", fieldErrors: errors, values: {} };
  }
  const weak = await passwordProblem(parsed.data.password, {});
  if (weak) return { status: "invalid", fieldErrors: { password: weak }, values: {} };
  const done = await resetPasswordWithToken(await getDb(), {
    token: parsed.data.token,
    password: parsed.data.password,
    now: new Date(),
    baseUrl: await appBaseUrl(),
  });
  if (!done) return { status: "error", message: t("linkInvalid") };
  redirect("/sign-in?reset=1");
}

export async function verifyEmailAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations("auth");
  const token = tokenSchema.safeParse(formData.get("token"));
  if (!token.success) return { status: "error", message: t("linkInvalid") };
  const { ip } = await requestInfo();
  if (await limited("verify:ip", ip, accountLimits().verifyIp))
    return { status: "error", message: t("rateLimited") };
  const done = await confirmEmail(await getDb(), { token: token.data, now: new Date() });
  if (!done) return { status: "error", message: t("linkInvalid") };
  redirect("/sign-in?verified=1");
}

export async function resendVerificationAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const limits = accountLimits();
  return mailLinkForm(formData, {
    scope: "verify",
    ipRule: limits.verifyIp,
    emailRule: limits.verifyEmail,
    sentMessage: "verificationResent",
    send: async (email) =>
      resendVerification(await getDb(), { email, now: new Date(), baseUrl: await appBaseUrl() }),
  });
}
