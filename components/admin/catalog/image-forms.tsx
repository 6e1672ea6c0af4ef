"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { addImageAction, removeImageAction } from "@/lib/actions/admin-catalog";
import { IDLE } from "@/lib/actions/form-state";
import { CatalogField } from "./catalog-field";

export function RemoveImageForm({ imageId, position }: { imageId: string; position: number }) {
  const t = useTranslations("adminCatalog.images");
  const [state, action] = useActionState(removeImageAction, IDLE);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="imageId" value={imageId} />
      <SubmitButton variant="secondary" pendingLabel={t("removing")}>
        <span aria-hidden="true">{t("remove")}</span>
        <span className="sr-only">{t("removeFor", { position })}</span>
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** Attaches one of the shop's generated images by its /media address. */
export function AddImageForm({ productId }: { productId: string }) {
  const t = useTranslations("adminCatalog.images");
  const [state, action] = useActionState(addImageAction, IDLE);
  return (
    <form action={action} aria-labelledby="add-image-title" className="space-y-3" noValidate>
      <input type="hidden" name="productId" value={productId} />
      <CatalogField
        id="image-url"
        name="url"
        label={t("url")}
        hint={t("urlHint")}
        state={state}
        required
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <CatalogField id="image-altDe" name="altDe" label={t("altDe")} state={state} required />
        <CatalogField id="image-altEn" name="altEn" label={t("altEn")} state={state} required />
      </div>
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("adding")}>{t("add")}</SubmitButton>
    </form>
  );
}
