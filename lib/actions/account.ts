"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import {
  createAddress,
  deleteAddress,
  setDefaultAddress,
  updateAddress,
  type AddressInput,
} from "@/lib/accounts/addresses";
import {
  changePassword,
  confirmEmailChange,
  requestEmailChange,
  updateProfile,
} from "@/lib/accounts/profile";
import { revokeAllSessions, revokeSessionForUser } from "@/lib/accounts/sessions";
import { signOut } from "@/lib/auth/auth";
import { requireUser } from "@/lib/auth/authorize";
import { accountLimits } from "@/lib/auth/limits";
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { requestInfo } from "@/lib/auth/request-info";
import { appBaseUrl } from "@/lib/server/app-url";
import { loadSecrets } from "@/lib/server/secrets";
import {
  addressSchema,
  changeEmailSchema,
  changePasswordSchema,
  profileSchema,
  tokenSchema,
  uuidSchema,
} from "@/lib/validation/account";
import { fieldErrors, parseInput, submittedValues, type FormState } from "./form-state";

/*
 * Every action is a public POST endpoint: each one asks who is asking first (requireUser), parses
 * its input, calls the domain with the session's user id, revalidates and answers with a typed
 * state. Passwords never travel back (submittedValues drops them).
 */

/** A text field as a string ("" when missing), so that the schemas' own messages apply. */
function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

const checkbox = (formData: FormData, name: string) =>
  formData.get(name) === "on" ? ("on" as const) : undefined;

/** Guessing the current password from a signed-in session is limited like sign-in (S2). */
async function reauthLimited(userId: string): Promise<boolean> {
  const result = await consumeRateLimit(await getDb(), {
    scope: "reauth:account",
    identifier: userId,
    rule: accountLimits().signInAccount,
    now: new Date(),
    secret: loadSecrets().authSecret,
  });
  return !result.allowed;
}

// Profile and e-mail address

export async function updateProfileAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const current = await requireUser("/account/profile");
  const [t, tv] = await Promise.all([getTranslations("profile"), getTranslations("validation")]);
  const values = submittedValues(formData);
  const parsed = parseInput(
    profileSchema,
    {
      name: text(formData, "name"),
      phone: text(formData, "phone"),
    },
    tv,
    values,
  );
  if (!parsed.ok) return parsed.state;
  const saved = await updateProfile(await getDb(), {
    userId: current.user.id,
    name: parsed.data.name,
    phone: parsed.data.phone,
    now: new Date(),
  });
  if (!saved) return { status: "error", message: t("saveFailed"), values };
  revalidatePath("/account", "layout");
  return {
    status: "ok",
    message: t("saved"),
    values: { name: parsed.data.name, phone: parsed.data.phone },
  };
}

export async function requestEmailChangeAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const current = await requireUser("/account/profile");
  const [t, tv] = await Promise.all([getTranslations("profile"), getTranslations("validation")]);
  const values = submittedValues(formData);
  const parsed = parseInput(
    changeEmailSchema,
    {
      email: text(formData, "email"),
      currentPassword: text(formData, "currentPassword"),
    },
    tv,
    values,
  );
  if (!parsed.ok) return parsed.state;
  if (await reauthLimited(current.user.id))
    return { status: "error", message: t("rateLimited"), values };
  const result = await requestEmailChange(await getDb(), {
    userId: current.user.id,
    newEmail: parsed.data.email,
    currentPassword: parsed.data.currentPassword,
    now: new Date(),
    baseUrl: await appBaseUrl(),
  });
  if (result.status === "wrong_password") {
    return {
      status: "invalid",
      fieldErrors: { currentPassword: tv("currentPasswordWrong") },
      values,
    };
  }
  if (result.status === "unchanged") {
    return { status: "invalid", fieldErrors: { email: t("emailUnchanged") }, values };
  }
  revalidatePath("/account/profile");
  // The same answer whether or not the address already belongs to another account (S2).
  return { status: "ok", message: t("emailChangeSent", { email: parsed.data.email }), values: {} };
}

/**
 * Needs no session: the token in the link proves control of the new address, and the request
 * that created it was made by the signed-in owner with their password.
 */
export async function confirmEmailChangeAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const t = await getTranslations("profile");
  const token = tokenSchema.safeParse(formData.get("token"));
  if (!token.success) return { status: "error", message: t("linkInvalid") };
  const { ip } = await requestInfo();
  const limited = await consumeRateLimit(await getDb(), {
    scope: "confirm-email:ip",
    identifier: ip,
    rule: accountLimits().verifyIp,
    now: new Date(),
    secret: loadSecrets().authSecret,
  });
  if (!limited.allowed) return { status: "error", message: t("rateLimited") };
  const result = await confirmEmailChange(await getDb(), { token: token.data, now: new Date() });
  if (result.status === "invalid") return { status: "error", message: t("linkInvalid") };
  // The link is spent either way, so the outcome is shown by the page, not by the form.
  if (result.status === "taken") redirect("/account/confirm-email?result=taken");
  revalidatePath("/account", "layout");
  redirect("/account/confirm-email?result=changed");
}

// Password and sessions

export async function changePasswordAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const current = await requireUser("/account/security");
  const [t, tv] = await Promise.all([getTranslations("security"), getTranslations("validation")]);
  const parsed = changePasswordSchema.safeParse({
    currentPassword: text(formData, "currentPassword"),
    password: text(formData, "password"),
  });
  if (!parsed.success)
    return { status: "invalid", fieldErrors: fieldErrors(parsed.error, tv), values: {} };
  if (await reauthLimited(current.user.id)) return { status: "error", message: t("rateLimited") };
  const result = await changePassword(await getDb(), {
    userId: current.user.id,
    currentPassword: parsed.data.currentPassword,
    newPassword: parsed.data.password,
    now: new Date(),
    baseUrl: await appBaseUrl(),
  });
  if (result.status === "wrong_password") {
    return {
      status: "invalid",
      fieldErrors: { currentPassword: tv("currentPasswordWrong") },
      values: {},
    };
  }
  if (result.status === "weak") {
    return {
      status: "invalid",
      fieldErrors: { password: tv(`password.${result.reason}`) },
      values: {},
    };
  }
  // Every session has ended (S3), this one included: clear its cookie and sign in anew.
  await signOut({ redirectTo: "/sign-in?changed=1" });
  return { status: "ok" };
}

/** Ends one of the user's own sessions; ending the current one signs this device out. */
export async function endSessionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const current = await requireUser("/account/security");
  const t = await getTranslations("security");
  const sessionId = uuidSchema.safeParse(formData.get("sessionId"));
  if (!sessionId.success) return { status: "error", message: t("sessionNotFound") };
  const ended = await revokeSessionForUser(await getDb(), {
    userId: current.user.id,
    sessionId: sessionId.data,
    now: new Date(),
  });
  if (!ended) return { status: "error", message: t("sessionNotFound") };
  if (sessionId.data === current.sessionId) await signOut({ redirectTo: "/sign-in" });
  revalidatePath("/account/security");
  return { status: "ok", message: t("sessionEnded") };
}

/** Ends every session of the account, this one included (S3). */
export async function signOutEverywhereAction(): Promise<void> {
  const current = await requireUser("/account/security");
  await revokeAllSessions(await getDb(), { userId: current.user.id, now: new Date() });
  await signOut({ redirectTo: "/sign-in" });
}

// Address book

function parseAddress(formData: FormData) {
  return addressSchema.safeParse({
    fullName: text(formData, "fullName"),
    company: text(formData, "company"),
    street: text(formData, "street"),
    addressLine2: text(formData, "addressLine2"),
    postalCode: text(formData, "postalCode"),
    city: text(formData, "city"),
    country: text(formData, "country"),
    phone: text(formData, "phone"),
    isDefaultShipping: checkbox(formData, "isDefaultShipping"),
    isDefaultBilling: checkbox(formData, "isDefaultBilling"),
  });
}

function toAddressInput(data: z.infer<typeof addressSchema>): AddressInput {
  return {
    ...data,
    isDefaultShipping: data.isDefaultShipping === "on",
    isDefaultBilling: data.isDefaultBilling === "on",
  };
}

export async function createAddressAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const current = await requireUser("/account/addresses/new");
  const [t, tv] = await Promise.all([getTranslations("addresses"), getTranslations("validation")]);
  const values = submittedValues(formData);
  const parsed = parseAddress(formData);
  if (!parsed.success) {
    return {
      status: "invalid",
      fieldErrors: fieldErrors(parsed.error, tv),
      values,
      message: t("checkFields"),
    };
  }
  const result = await createAddress(await getDb(), {
    userId: current.user.id,
    address: toAddressInput(parsed.data),
    now: new Date(),
  });
  if (result.status === "limit_reached")
    return { status: "error", message: t("limitReached"), values };
  revalidatePath("/account/addresses");
  redirect("/account/addresses?saved=created");
}

export async function updateAddressAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const current = await requireUser("/account/addresses");
  const [t, tv] = await Promise.all([getTranslations("addresses"), getTranslations("validation")]);
  const values = submittedValues(formData);
  const addressId = uuidSchema.safeParse(formData.get("addressId"));
  if (!addressId.success) return { status: "error", message: t("notFound"), values };
  const parsed = parseAddress(formData);
  if (!parsed.success) {
    return {
      status: "invalid",
      fieldErrors: fieldErrors(parsed.error, tv),
      values,
      message: t("checkFields"),
    };
  }
  const saved = await updateAddress(await getDb(), {
    userId: current.user.id,
    addressId: addressId.data,
    address: toAddressInput(parsed.data),
    now: new Date(),
  });
  if (!saved) return { status: "error", message: t("notFound"), values };
  revalidatePath("/account/addresses");
  redirect("/account/addresses?saved=updated");
}

export async function deleteAddressAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const current = await requireUser("/account/addresses");
  const t = await getTranslations("addresses");
  const addressId = uuidSchema.safeParse(formData.get("addressId"));
  if (!addressId.success) return { status: "error", message: t("notFound") };
  const deleted = await deleteAddress(await getDb(), {
    userId: current.user.id,
    addressId: addressId.data,
  });
  if (!deleted) return { status: "error", message: t("notFound") };
  revalidatePath("/account/addresses");
  return { status: "ok", message: t("deleted") };
}

const defaultKindSchema = z.enum(["shipping", "billing"], { error: "invalid" });

export async function setDefaultAddressAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const current = await requireUser("/account/addresses");
  const t = await getTranslations("addresses");
  const addressId = uuidSchema.safeParse(formData.get("addressId"));
  const kind = defaultKindSchema.safeParse(formData.get("kind"));
  if (!addressId.success || !kind.success) return { status: "error", message: t("notFound") };
  const done = await setDefaultAddress(await getDb(), {
    userId: current.user.id,
    addressId: addressId.data,
    kind: kind.data,
    now: new Date(),
  });
  if (!done) return { status: "error", message: t("notFound") };
  revalidatePath("/account/addresses");
  return {
    status: "ok",
    message: kind.data === "shipping" ? t("defaultShippingSet") : t("defaultBillingSet"),
  };
}
