"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/authorize";
import { createOffer, setOfferStatus, updateOffer } from "@/lib/offers/admin";
import { offerStatusSchema } from "@/lib/offers/input";
import { submittedValues, type FormState } from "./form-state";

const OFFERS_PAGE = "/admin/offers";
const ROLES = ["marketer", "admin"] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function formInput(formData: FormData): Record<string, string> {
  const input: Record<string, string> = {};
  for (const [key, value] of formData.entries())
    if (typeof value === "string" && !key.startsWith("$")) input[key] = value;
  return input;
}

/**
 * Marketers and admins: creates an offer (as a draft, then opens it) or, with `offerId`, changes
 * one. The domain validates, checks the segment size (P6) and writes the audit entry.
 */
export async function saveOfferAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const current = await requireRole(ROLES, OFFERS_PAGE);
  const t = await getTranslations("adminOffers");
  const values = submittedValues(formData);
  const rawId = formData.get("offerId");
  const offerId = typeof rawId === "string" && rawId !== "" ? rawId : null;
  if (offerId !== null && !UUID.test(offerId))
    return { status: "error", message: t("errors.notFound"), values };
  const db = await getDb();
  const args = { input: formInput(formData), staffId: current.user.id, now: new Date() };
  const result = offerId
    ? await updateOffer(db, { ...args, offerId })
    : await createOffer(db, args);
  switch (result.status) {
    case "invalid": {
      const fieldErrors: Record<string, string> = {};
      for (const [field, key] of Object.entries(result.errors))
        fieldErrors[field] = t(`errors.${key}` as "errors.form");
      return { status: "invalid", fieldErrors, values, message: t("errors.form") };
    }
    case "not_found":
      return { status: "error", message: t("errors.notFound"), values };
    case "ended":
      return { status: "error", message: t("errors.ended"), values };
    case "saved":
      revalidatePath(OFFERS_PAGE);
      if (!offerId) redirect(`${OFFERS_PAGE}/${result.offerId}?created=1`);
      revalidatePath(`${OFFERS_PAGE}/${result.offerId}`);
      return { status: "ok", message: t("saved"), values };
  }
}

/** Marketers and admins: activate (or schedule), pause or end an offer; audit-logged. */
export async function changeOfferStatusAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const current = await requireRole(ROLES, OFFERS_PAGE);
  const t = await getTranslations("adminOffers");
  const parsed = offerStatusSchema.safeParse({
    offerId: formData.get("offerId"),
    command: formData.get("command"),
  });
  if (!parsed.success) return { status: "error", message: t("errors.notAllowed") };
  const result = await setOfferStatus(await getDb(), {
    ...parsed.data,
    staffId: current.user.id,
    now: new Date(),
  });
  switch (result.status) {
    case "changed":
      revalidatePath(OFFERS_PAGE);
      revalidatePath(`${OFFERS_PAGE}/${parsed.data.offerId}`);
      return {
        status: "ok",
        message: t("statusChanged", {
          from: t(`status.${result.from}`),
          to: t(`status.${result.to}`),
        }),
      };
    case "not_found":
      return { status: "error", message: t("errors.notFound") };
    case "not_allowed":
      return { status: "error", message: t("errors.notAllowed") };
    case "already_over":
      return { status: "error", message: t("errors.alreadyOver") };
    case "segment_too_small":
      return { status: "error", message: t("errors.segmentTooSmall") };
  }
}
