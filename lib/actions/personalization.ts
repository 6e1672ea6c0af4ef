"use server";

import { refresh, revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/authorize";
import {
  dismissOffer,
  liftObjection,
  markNotInterested,
  objectToProfiling,
  restoreOffer,
  setPersonalizationLevel,
  setStatedInterests,
  undoNotInterested,
} from "@/lib/personalization/controls";
import { parseInput, submittedValues, type FormState } from "./form-state";

/*
 * The customer's personalization controls (P3, R5). Each action is a public POST endpoint: it asks
 * who is asking (requireUser), parses its input, calls the domain with the session's user id only,
 * revalidates the page and answers with a localized state.
 */

const PAGE = "/account/personalization";
const NS = "personalizationControls";

const uuid = (message: string) => z.uuid({ error: message });

const levelSchema = z.object({
  level: z.enum(["off", "session", "full"], { error: "errors.level" }),
});
const interestsSchema = z.object({
  categoryIds: z.array(uuid("errors.category")).max(100, { error: "errors.category" }),
});
const categorySchema = z.object({ categoryId: uuid("errors.category") });
const brandSchema = z.object({
  brand: z.string({ error: "errors.brand" }).trim().min(1, "errors.brand").max(100, "errors.brand"),
});
const idSchema = z.object({ id: uuid("errors.notFound") });
const offerSchema = z.object({ offerId: uuid("errors.offerNotFound") });

/**
 * The page and, for the actions also used elsewhere, whichever page the customer is on. refresh()
 * first: it marks only dynamic data, and revalidatePath then widens that to cached data too.
 */
function changed(elsewhere = false) {
  if (elsewhere) refresh();
  revalidatePath(PAGE);
}

function field(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" && value !== "" ? value : undefined;
}

export async function setLevelAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { user } = await requireUser(PAGE);
  const t = await getTranslations(NS);
  const values = submittedValues(formData);
  const parsed = parseInput(levelSchema, { level: field(formData, "level") }, t, values);
  if (!parsed.ok) return parsed.state;
  await setPersonalizationLevel(await getDb(), user.id, parsed.data.level, new Date());
  changed();
  return { status: "ok", message: t(`level.saved.${parsed.data.level}`), values };
}

export async function setInterestsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { user } = await requireUser(PAGE);
  const t = await getTranslations(NS);
  const ids = formData.getAll("categoryId").filter((v) => typeof v === "string");
  const values = { categoryIds: ids.join(",") };
  const parsed = parseInput(interestsSchema, { categoryIds: ids }, t, values);
  if (!parsed.ok) return parsed.state;
  const result = await setStatedInterests(
    await getDb(),
    user.id,
    parsed.data.categoryIds,
    new Date(),
  );
  if (result.status !== "saved") {
    return {
      status: "invalid",
      fieldErrors: {
        categoryIds: t(result.status === "sensitive" ? "errors.sensitive" : "errors.category"),
      },
      values,
    };
  }
  changed();
  return {
    status: "ok",
    message: t("interests.saved", { count: parsed.data.categoryIds.length }),
    values,
  };
}

/**
 * Marks a category (FormData `categoryId`) or a brand (`brand`) "not interested"; usable from any
 * page, so it refreshes whichever page the customer is on.
 */
export async function markNotInterestedAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const { user } = await requireUser(PAGE);
  const t = await getTranslations(NS);
  const values = submittedValues(formData);
  const categoryId = field(formData, "categoryId");
  const brand = field(formData, "brand");
  const parsed =
    brand !== undefined && categoryId === undefined
      ? parseInput(brandSchema, { brand }, t, values)
      : parseInput(categorySchema, { categoryId }, t, values);
  if (!parsed.ok) return parsed.state;
  const result = await markNotInterested(await getDb(), user.id, parsed.data, new Date());
  if (result.status !== "marked") {
    const [name, key] =
      "brand" in parsed.data
        ? ["brand", "errors.brand"]
        : ["categoryId", result.status === "sensitive" ? "errors.sensitive" : "errors.category"];
    return { status: "invalid", fieldErrors: { [name]: t(key) }, values };
  }
  changed(true);
  return { status: "ok", message: t("notInterested.marked") };
}

export async function undoNotInterestedAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const { user } = await requireUser(PAGE);
  const t = await getTranslations(NS);
  const parsed = idSchema.safeParse({ id: field(formData, "id") });
  if (!parsed.success) return { status: "error", message: t("errors.notFound") };
  const undone = await undoNotInterested(await getDb(), user.id, parsed.data.id, new Date());
  if (!undone) return { status: "error", message: t("errors.notFound") };
  changed();
  return { status: "ok", message: t("notInterested.undone") };
}

/**
 * "Not interested" on an offer (FormData `offerId`); also used by the offer cards elsewhere in the
 * shop, so it refreshes whichever page the customer is on.
 */
export async function dismissOfferAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { user } = await requireUser(PAGE);
  const t = await getTranslations(NS);
  const parsed = offerSchema.safeParse({ offerId: field(formData, "offerId") });
  if (!parsed.success) return { status: "error", message: t("errors.offerNotFound") };
  const result = await dismissOffer(await getDb(), user.id, parsed.data.offerId, new Date());
  if (result.status === "not_found") return { status: "error", message: t("errors.offerNotFound") };
  changed(true);
  return { status: "ok", message: t("offers.dismissed") };
}

export async function restoreOfferAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { user } = await requireUser(PAGE);
  const t = await getTranslations(NS);
  const parsed = offerSchema.safeParse({ offerId: field(formData, "offerId") });
  if (!parsed.success) return { status: "error", message: t("errors.offerNotFound") };
  const restored = await restoreOffer(await getDb(), user.id, parsed.data.offerId, new Date());
  if (!restored) return { status: "error", message: t("errors.offerNotFound") };
  changed();
  return { status: "ok", message: t("offers.restored") };
}

/** One click, no reason asked (Art. 21(2)); repeating it changes nothing. */
export async function objectToProfilingAction(): Promise<FormState> {
  const { user } = await requireUser(PAGE);
  const t = await getTranslations(NS);
  await objectToProfiling(await getDb(), user.id, new Date());
  changed();
  return { status: "ok", message: t("objection.made") };
}

export async function liftObjectionAction(): Promise<FormState> {
  const { user } = await requireUser(PAGE);
  const t = await getTranslations(NS);
  const { lifted } = await liftObjection(await getDb(), user.id, new Date());
  changed();
  return { status: "ok", message: t(lifted ? "objection.lifted" : "objection.notActive") };
}
