"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/authorize";
import { isLocale } from "@/lib/i18n/locale";
import { appBaseUrl } from "@/lib/server/app-url";
import { acceptStaffInvite } from "@/lib/staff/accept-invite";
import { inviteStaff } from "@/lib/staff/invite";
import { changeStaffRole } from "@/lib/staff/roles";
import {
  changeRoleSchema,
  inviteStaffSchema,
  passwordInput,
  tokenSchema,
} from "@/lib/validation/account";
import { fieldErrors, submittedValues, type FormState } from "./form-state";

const STAFF_PAGE = "/admin/staff";

/** Admins only: invites a member of staff (account without password, link by mail, audit entry). */
export async function inviteStaffAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const current = await requireRole(["admin"], STAFF_PAGE);
  const [t, tv, rawLocale] = await Promise.all([
    getTranslations("staff"),
    getTranslations("validation"),
    getLocale(),
  ]);
  const values = submittedValues(formData);
  const parsed = inviteStaffSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: "invalid", fieldErrors: fieldErrors(parsed.error, tv), values };
  }
  const result = await inviteStaff(await getDb(), {
    actor: { id: current.user.id, role: current.user.role, name: current.user.name },
    ...parsed.data,
    locale: isLocale(rawLocale) ? rawLocale : "de",
    now: new Date(),
    baseUrl: await appBaseUrl(),
  });
  if (result.status === "exists") {
    return { status: "invalid", fieldErrors: { email: t("emailTaken") }, values };
  }
  revalidatePath(STAFF_PAGE);
  return { status: "ok", message: t("invited", { email: parsed.data.email }) };
}

/** Admins only: changes another staff member's role; never one's own, never the last admin's. */
export async function changeStaffRoleAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const current = await requireRole(["admin"], STAFF_PAGE);
  const [t, tv, ta] = await Promise.all([
    getTranslations("staff"),
    getTranslations("validation"),
    getTranslations("admin"),
  ]);
  const values = submittedValues(formData);
  const parsed = changeRoleSchema.safeParse({
    userId: formData.get("userId"),
    role: formData.get("role"),
  });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error, tv);
    if (errors.userId) return { status: "error", message: t("notFound"), values };
    return { status: "invalid", fieldErrors: errors, values };
  }
  const result = await changeStaffRole(await getDb(), {
    actor: { id: current.user.id, role: current.user.role },
    userId: parsed.data.userId,
    role: parsed.data.role,
    now: new Date(),
  });
  switch (result.status) {
    case "changed":
      revalidatePath(STAFF_PAGE);
      return {
        status: "ok",
        message: t("roleChanged", {
          from: ta(`roles.${result.from}`),
          to: ta(`roles.${result.to}`),
        }),
        values,
      };
    case "unchanged":
      return { status: "ok", message: t("roleUnchanged"), values };
    case "own_role":
      return { status: "error", message: t("ownRole"), values };
    case "last_admin":
      return { status: "error", message: t("lastAdmin"), values };
    case "forbidden":
      return { status: "error", message: t("forbidden"), values };
    case "not_found":
      return { status: "error", message: t("notFound"), values };
  }
}

/** What the accept form shows once: the second factor to set up. Never stored in plain text. */
export type AcceptInviteState =
  | FormState
  | {
      status: "accepted";
      email: string;
      secret: string;
      otpauthUri: string;
      recoveryCodes: string[];
    };

const acceptInviteSchema = z.object({ token: tokenSchema, password: passwordInput });

/** Public: the one-time invitation token is the proof. Sets the password and the second factor. */
export async function acceptInviteAction(
  _prev: AcceptInviteState,
  formData: FormData,
): Promise<AcceptInviteState> {
  const [t, tv] = await Promise.all([getTranslations("invite"), getTranslations("validation")]);
  const parsed = acceptInviteSchema.safeParse({
    token: formData.get("token"),
    password: formData.get("password"),
  });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error, tv);
    if (errors.token) return { status: "error", message: t("linkInvalid") };
    return { status: "invalid", fieldErrors: errors, values: {} };
  }
  const result = await acceptStaffInvite(await getDb(), { ...parsed.data, now: new Date() });
  switch (result.status) {
    case "invalid_token":
      return { status: "error", message: t("linkInvalid") };
    case "weak_password":
      return {
        status: "invalid",
        fieldErrors: { password: tv(`password.${result.reason}`) },
        values: {},
      };
    case "accepted":
      return result;
  }
}
