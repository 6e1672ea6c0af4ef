"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { renameCategoryAction, setCategorySensitiveAction } from "@/lib/actions/admin-catalog";
import { IDLE } from "@/lib/actions/form-state";
import { CatalogField } from "./catalog-field";

/** Flips the sensitive flag (GDPR Art. 9): the button names what it will do. */
export function CategorySensitiveForm({
  categoryId,
  name,
  sensitive,
}: {
  categoryId: string;
  name: string;
  sensitive: boolean;
}) {
  const t = useTranslations("adminCatalog.categories");
  const [state, action] = useActionState(setCategorySensitiveAction, IDLE);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="categoryId" value={categoryId} />
      <input type="hidden" name="sensitive" value={sensitive ? "false" : "true"} />
      <SubmitButton variant={sensitive ? "secondary" : "danger"} pendingLabel={t("saving")}>
        {sensitive ? t("markNormal", { name }) : t("markSensitive", { name })}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function CategoryNamesForm({
  categoryId,
  nameDe,
  nameEn,
  name,
}: {
  categoryId: string;
  nameDe: string;
  nameEn: string;
  name: string;
}) {
  const t = useTranslations("adminCatalog.categories");
  const [state, action] = useActionState(renameCategoryAction, IDLE);
  return (
    <form action={action} aria-label={t("renameFor", { name })} className="space-y-2" noValidate>
      <input type="hidden" name="categoryId" value={categoryId} />
      <div className="grid gap-2 sm:grid-cols-2">
        <CatalogField
          id={`cat-de-${categoryId}`}
          name="nameDe"
          label={t("nameDe")}
          defaultValue={nameDe}
          state={state}
          required
        />
        <CatalogField
          id={`cat-en-${categoryId}`}
          name="nameEn"
          label={t("nameEn")}
          defaultValue={nameEn}
          state={state}
          required
        />
      </div>
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        <span aria-hidden="true">{t("rename")}</span>
        <span className="sr-only">{t("renameFor", { name })}</span>
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
