"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { isStaffRole } from "@/lib/accounts/sessions";
import { signOut } from "@/lib/auth/auth";
import { requireUser } from "@/lib/auth/authorize";
import { eraseSubject } from "@/lib/privacy/erasure/erase";
import { goodbyeHref } from "@/lib/privacy/erasure/goodbye";
import { confirmPassword } from "@/lib/privacy/reauth";
import { loadSecrets } from "@/lib/server/secrets";
import { passwordInput } from "@/lib/validation/account";
import { fieldErrors, submittedValues, type FormState } from "./form-state";

const DELETE_PAGE = "/account/privacy/delete";

const deleteAccountSchema = z.object({
  password: passwordInput,
  confirm: z.literal("on", { error: "confirmRequired" }),
});

/**
 * Deletes the signed-in customer's account (Art. 17, R4): after the password is confirmed again
 * (rate-limited like sign-in, S2) and the irreversibility acknowledged, everything is erased at
 * once in one transaction, every session ends, and this browser is signed out to the goodbye page.
 * Staff accounts are closed by an administrator, not here (their records are employee data).
 */
export async function deleteAccountAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const current = await requireUser(DELETE_PAGE);
  const [t, tv] = await Promise.all([
    getTranslations("privacyErasure"),
    getTranslations("validation"),
  ]);
  const values = submittedValues(formData);
  if (isStaffRole(current.user.role)) return { status: "error", message: t("errors.staff") };

  const password = formData.get("password");
  const parsed = deleteAccountSchema.safeParse({
    password: typeof password === "string" ? password : "",
    confirm: formData.get("confirm") ?? undefined,
  });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error, (key) =>
      key === "confirmRequired" ? t("errors.confirmRequired") : tv(key),
    );
    return { status: "invalid", fieldErrors: errors, values };
  }

  const db = await getDb();
  const confirmed = await confirmPassword(db, {
    sessionId: current.sessionId,
    userId: current.user.id,
    password: parsed.data.password,
    now: new Date(),
    secret: loadSecrets().authSecret,
  });
  if (!confirmed.ok) {
    if (confirmed.reason === "rate_limited")
      return { status: "error", message: t("errors.rateLimited"), values };
    return {
      status: "invalid",
      fieldErrors: { password: t("errors.wrongPassword") },
      values,
    };
  }

  const result = await eraseSubject(db, { userId: current.user.id }, new Date());
  // Every session row is gone with the account; this clears the browser's own cookie as well.
  await signOut({
    redirectTo: result.status === "erased" ? goodbyeHref(result.report.statement) : "/",
  });
  return { status: "ok" };
}
