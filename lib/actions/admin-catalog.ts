"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/authorize";
import {
  addImageSchema,
  addProductImage,
  categoryNamesSchema,
  categorySensitiveSchema,
  changePriceAsStaff,
  createProduct,
  createProductSchema,
  priceChangeSchema,
  productDetailsSchema,
  removeImageSchema,
  removeProductImage,
  renameCategory,
  setCategorySensitive,
  setStock,
  stockSchema,
  updateProduct,
  type CatalogActor,
} from "@/lib/catalog/admin";
import { formatMoney } from "@/lib/format/money";
import { isLocale } from "@/lib/i18n/locale";
import { appBaseUrl } from "@/lib/server/app-url";
import { parseInput, submittedValues, type FormState } from "./form-state";

const CATALOG_ROLES = ["marketer", "admin"] as const;
const CATALOG_PAGE = "/admin/catalog";

/** Who is asking (marketer or admin, second factor done), the catalogue and the submitted values. */
async function begin(formData: FormData) {
  const current = await requireRole(CATALOG_ROLES, CATALOG_PAGE);
  const t = await getTranslations("adminCatalog");
  const actor: CatalogActor = { id: current.user.id, role: current.user.role };
  return { actor, t, values: submittedValues(formData), input: Object.fromEntries(formData) };
}

/** Catalog changes show in the shop at once: prices, stock and names are on every listing. */
function revalidateShop() {
  revalidatePath("/", "layout");
}

export async function updateProductAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const { actor, t, values, input } = await begin(formData);
  const parsed = parseInput(productDetailsSchema, input, t, values);
  if (!parsed.ok) return parsed.state;
  const result = await updateProduct(await getDb(), { ...parsed.data, actor, now: new Date() });
  if (result.status === "not_found") return { status: "error", message: t("errors.notFound") };
  if (result.status === "category_not_found") {
    return { status: "invalid", fieldErrors: { categoryId: t("errors.categoryInvalid") }, values };
  }
  revalidateShop();
  return { status: "ok", message: t("product.saved"), values };
}

/** Goes through changeVariantPrice (history, price alerts, audit); the reference is computed (P5). */
export async function changePriceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { actor, t, values, input } = await begin(formData);
  const parsed = parseInput(priceChangeSchema, input, t, values);
  if (!parsed.ok) return parsed.state;
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const result = await changePriceAsStaff(await getDb(), {
    actor,
    variantId: parsed.data.variantId,
    priceCents: parsed.data.price,
    now: new Date(),
    baseUrl: await appBaseUrl(),
  });
  switch (result.status) {
    case "not_found":
      return { status: "error", message: t("errors.notFound"), values };
    case "invalid_price":
      return { status: "invalid", fieldErrors: { price: t("errors.priceInvalid") }, values };
    case "unchanged":
      return { status: "ok", message: t("price.unchanged") };
    case "changed": {
      revalidateShop();
      const price = formatMoney(result.priceCents, locale);
      const message = result.reduction
        ? t("price.changedWithReduction", {
            price,
            reference: formatMoney(result.reduction.referenceCents, locale),
            percent: result.reduction.percentOff,
          })
        : t("price.changedNoReduction", { price });
      return { status: "ok", message };
    }
  }
}

export async function setStockAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { actor, t, values, input } = await begin(formData);
  const parsed = parseInput(stockSchema, input, t, values);
  if (!parsed.ok) return parsed.state;
  const result = await setStock(await getDb(), { ...parsed.data, actor, now: new Date() });
  if (result.status === "not_found") return { status: "error", message: t("errors.notFound") };
  revalidateShop();
  return { status: "ok", message: t("stock.saved", { quantity: parsed.data.quantity }), values };
}

export async function addImageAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { actor, t, values, input } = await begin(formData);
  const parsed = parseInput(addImageSchema, input, t, values);
  if (!parsed.ok) return parsed.state;
  const result = await addProductImage(await getDb(), { ...parsed.data, actor, now: new Date() });
  if (result.status === "not_found") return { status: "error", message: t("errors.notFound") };
  revalidateShop();
  return { status: "ok", message: t("images.added") };
}

export async function removeImageAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const { actor, t, values, input } = await begin(formData);
  const parsed = parseInput(removeImageSchema, input, t, values);
  if (!parsed.ok) return { status: "error", message: t("errors.notFound") };
  const result = await removeProductImage(await getDb(), {
    imageId: parsed.data.imageId,
    actor,
    now: new Date(),
  });
  if (result.status === "not_found") return { status: "error", message: t("errors.notFound") };
  revalidateShop();
  return { status: "ok", message: t("images.removed"), values };
}

export async function setCategorySensitiveAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const { actor, t, values, input } = await begin(formData);
  const parsed = parseInput(categorySensitiveSchema, input, t, values);
  if (!parsed.ok) return { status: "error", message: t("errors.notFound") };
  const result = await setCategorySensitive(await getDb(), {
    ...parsed.data,
    actor,
    now: new Date(),
  });
  if (result.status === "not_found") return { status: "error", message: t("errors.notFound") };
  revalidatePath(`${CATALOG_PAGE}/categories`);
  return {
    status: "ok",
    message: parsed.data.sensitive ? t("categories.markedSensitive") : t("categories.markedNormal"),
  };
}

export async function renameCategoryAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const { actor, t, values, input } = await begin(formData);
  const parsed = parseInput(categoryNamesSchema, input, t, values);
  if (!parsed.ok) return parsed.state;
  const result = await renameCategory(await getDb(), { ...parsed.data, actor, now: new Date() });
  if (result.status === "not_found") return { status: "error", message: t("errors.notFound") };
  revalidateShop();
  return { status: "ok", message: t("categories.renamed"), values };
}

/** Creates a draft product with one variant and opens its page. */
export async function createProductAction(
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const { actor, t, values, input } = await begin(formData);
  const parsed = parseInput(createProductSchema, input, t, values);
  if (!parsed.ok) return parsed.state;
  const result = await createProduct(await getDb(), { ...parsed.data, actor, now: new Date() });
  if (result.status === "category_not_found") {
    return { status: "invalid", fieldErrors: { categoryId: t("errors.categoryInvalid") }, values };
  }
  if (result.status !== "created") {
    return { status: "invalid", fieldErrors: { sku: t("errors.skuTaken") }, values };
  }
  revalidatePath(CATALOG_PAGE);
  redirect(`${CATALOG_PAGE}/products/${result.productId}`);
}
