"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/authorize";
import { loadSecrets } from "@/lib/server/secrets";
import { confirmPassword } from "@/lib/privacy/reauth";
import { passwordInput } from "@/lib/validation/account";
import { parseInput, type FormState } from "./form-state";

const EXPORT_PAGE = "/account/privacy/export";
const confirmSchema = z.object({ password: passwordInput });

/**
 * Confirms the password before the data download (R2): marks this session as re-authenticated for
 * ten minutes. A wrong password gets one plain answer; guesses are rate-limited like sign-in (S2).
 */
export async function confirmPasswordForExportAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const current = await requireUser(EXPORT_PAGE);
  const [t, tv] = await Promise.all([
    getTranslations("privacyExport"),
    getTranslations("validation"),
  ]);
  const password = formData.get("password");
  const parsed = parseInput(
    confirmSchema,
    { password: typeof password === "string" ? password : "" },
    tv,
    {},
  );
  if (!parsed.ok) return parsed.state;
  const result = await confirmPassword(await getDb(), {
    sessionId: current.sessionId,
    userId: current.user.id,
    password: parsed.data.password,
    now: new Date(),
    secret: loadSecrets().authSecret,
  });
  if (!result.ok) {
    if (result.reason === "rate_limited")
      return { status: "error", message: t("reauth.rateLimited") };
    return { status: "invalid", fieldErrors: { password: t("reauth.wrongPassword") }, values: {} };
  }
  revalidatePath(EXPORT_PAGE);
  return { status: "ok", message: t("reauth.confirmed") };
}
