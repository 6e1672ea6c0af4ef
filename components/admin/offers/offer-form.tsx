"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormMessage, SelectField, SubmitButton, TextAreaField } from "@/components/ui/form";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { saveOfferAction } from "@/lib/actions/admin-offers";
import { OFFER_KINDS, OFFER_TARGETS } from "@/lib/offers/input";
import { OfferPreview, type OfferDraft, type ShopperOfferTexts } from "./offer-preview";

export type SegmentChoice = { id: string; name: string; sizeText: string; targetable: boolean };
export type CategoryChoice = { id: string; name: string };

function TextArea({
  name,
  label,
  state,
  value,
}: {
  name: string;
  label: string;
  state: FormState;
  value: string;
}) {
  return (
    <TextAreaField
      name={name}
      label={label}
      state={state}
      rows={3}
      maxLength={500}
      defaultValue={value}
    />
  );
}

function readForm(form: HTMLFormElement): OfferDraft {
  const draft: OfferDraft = {};
  for (const [key, value] of new FormData(form).entries())
    if (typeof value === "string") draft[key] = value;
  return draft;
}

/** The offer editor with a live preview of what shoppers will see, in both languages. */
export function OfferForm({
  offerId,
  initial,
  segments,
  categories,
  shopperTexts,
  bonusName,
}: {
  offerId: string | null;
  initial: OfferDraft;
  segments: SegmentChoice[];
  categories: CategoryChoice[];
  shopperTexts: Record<"de" | "en", ShopperOfferTexts>;
  bonusName: { de: string; en: string } | null;
}) {
  const t = useTranslations("adminOffers");
  const [state, action] = useActionState(saveOfferAction, IDLE);
  const [draft, setDraft] = useState<OfferDraft>(initial);
  const values =
    state.status !== "idle" && state.values ? { ...initial, ...state.values } : initial;
  const field = (
    name: string,
    required = false,
    extra: Partial<Parameters<typeof Field>[0]> = {},
  ) => (
    <Field
      name={name}
      label={t(`fields.${name}` as "fields.nameDe")}
      state={state}
      defaultValue={initial[name] ?? ""}
      required={required}
      {...extra}
    />
  );
  const sameBonus = bonusName && draft.bonusSku === initial.bonusSku;
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <form
        action={action}
        noValidate
        aria-labelledby="offer-form-title"
        className="flex flex-col gap-4"
        onChange={(e) => setDraft(readForm(e.currentTarget))}
      >
        {offerId ? <input type="hidden" name="offerId" value={offerId} /> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          {field("nameDe", true, { maxLength: 120 })}
          {field("nameEn", true, { maxLength: 120 })}
          <TextArea
            name="descriptionDe"
            label={t("fields.descriptionDe")}
            state={state}
            value={values.descriptionDe ?? ""}
          />
          <TextArea
            name="descriptionEn"
            label={t("fields.descriptionEn")}
            state={state}
            value={values.descriptionEn ?? ""}
          />
          <SelectField
            name="kind"
            label={t("fields.kind")}
            state={state}
            value={values.kind ?? "percent"}
          >
            {OFFER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </SelectField>
          {field("value", false, { hint: t("fields.valueHint") })}
          {field("bonusSku", false, { hint: t("fields.bonusSkuHint"), maxLength: 64 })}
          <SelectField
            name="target"
            label={t("fields.target")}
            state={state}
            value={values.target ?? "everyone"}
          >
            {OFFER_TARGETS.map((target) => (
              <option key={target} value={target}>
                {t(`targets.${target}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            name="segmentId"
            label={t("fields.segment")}
            state={state}
            value={values.segmentId ?? ""}
            hint={t("fields.segmentHint")}
          >
            <option value="">{t("fields.chooseSegment")}</option>
            {segments.map((s) => (
              <option key={s.id} value={s.id}>
                {s.targetable
                  ? t("fields.segmentOption", { name: s.name, size: s.sizeText })
                  : t("fields.segmentOptionSmall", { name: s.name })}
              </option>
            ))}
          </SelectField>
          <SelectField
            name="focusCategoryId"
            label={t("fields.focusCategory")}
            state={state}
            value={values.focusCategoryId ?? ""}
            hint={t("fields.focusHint")}
          >
            <option value="">{t("fields.noFocus")}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
          {field("voucher", false, { hint: t("fields.voucherHint"), maxLength: 32 })}
          {field("minOrder", false, { inputMode: "text" })}
          {field("startsAt", true, { type: "datetime-local", hint: t("fields.timeHint") })}
          {field("endsAt", true, { type: "datetime-local", hint: t("fields.timeHint") })}
          {field("budget", false, { hint: t("fields.budgetHint") })}
        </div>
        <FormMessage state={state} />
        <div>
          <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
        </div>
      </form>
      <section aria-labelledby="offer-preview-title" className="flex flex-col gap-4">
        <h2 id="offer-preview-title" className="text-lg font-semibold">
          {t("previewTitle")}
        </h2>
        <p className="text-sm text-ink-soft">{t("previewIntro")}</p>
        {(["de", "en"] as const).map((locale) => (
          <OfferPreview
            key={locale}
            draft={draft}
            locale={locale}
            texts={shopperTexts[locale]}
            heading={t(`previewLanguage.${locale}`)}
            bonusName={sameBonus ? bonusName[locale] : null}
          />
        ))}
      </section>
    </div>
  );
}
