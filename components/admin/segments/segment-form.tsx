"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { segmentFormAction, type SegmentFormState } from "@/lib/actions/admin-segments";
import type { SegmentDraft } from "@/lib/personalization/segments/admin-draft";
import { MAX_RULES } from "@/lib/personalization/segments/rules";
import { cn } from "@/lib/ui/cn";
import { RuleRow, type RuleCategoryOption } from "./rule-row";
import { sizeInWords } from "./segment-text";

function TextField({
  name,
  label,
  value,
  error,
  multiline = false,
  required = false,
}: {
  name: keyof SegmentDraft;
  label: string;
  value: string;
  error?: string;
  multiline?: boolean;
  required?: boolean;
}) {
  const id = `segment-${name}`;
  const props = {
    id,
    name,
    defaultValue: value,
    required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
    className: cn("rounded-lg border bg-card px-3 py-2", error ? "border-sale" : "border-line"),
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {multiline ? (
        <textarea rows={2} maxLength={500} {...props} />
      ) : (
        <input maxLength={120} {...props} />
      )}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-sale">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function IntentButton({
  intent,
  children,
  pendingLabel,
  primary = false,
}: {
  intent: string;
  children: React.ReactNode;
  pendingLabel?: string;
  primary?: boolean;
}) {
  const { pending, data } = useFormStatus();
  const mine = pending && data?.get("intent") === intent;
  return (
    <button
      type="submit"
      name="intent"
      value={intent}
      formNoValidate={intent !== "save"}
      disabled={pending}
      className={cn(
        "rounded-full px-5 py-2.5 font-semibold disabled:opacity-60",
        primary
          ? "bg-ink text-white hover:bg-ink-soft"
          : "border border-line bg-card hover:border-ink",
      )}
    >
      {mine && pendingLabel ? pendingLabel : children}
    </button>
  );
}

/**
 * The rule builder. Every button submits the whole form with its `intent`, so adding and removing
 * rules, the size preview and saving all work without JavaScript; the server answers with the
 * draft to show next.
 */
export function SegmentForm({
  draft,
  categories,
}: {
  draft: SegmentDraft;
  categories: readonly RuleCategoryOption[];
}) {
  const t = useTranslations("adminSegments");
  const initial: SegmentFormState = { seq: 0, draft, fieldErrors: {} };
  const [state, action] = useActionState(segmentFormAction, initial);
  const { draft: current, fieldErrors: errors } = state;
  const tf = (key: string, values?: Record<string, number>) => t(key, values);

  return (
    <form action={action} className="flex flex-col gap-6" noValidate>
      {/* Enter in a text field submits with the first submit button: make that "Show size". */}
      <button
        type="submit"
        name="intent"
        value="preview"
        tabIndex={-1}
        aria-hidden="true"
        className="sr-only"
      >
        {t("form.showSize")}
      </button>
      {current.id ? <input type="hidden" name="id" value={current.id} /> : null}
      {/* A new answer remounts the fields, so they show the draft the server sent back. */}
      <div key={state.seq} className="flex flex-col gap-6">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="nameDe"
            label={t("form.nameDe")}
            value={current.nameDe}
            error={errors.nameDe}
            required
          />
          <TextField
            name="nameEn"
            label={t("form.nameEn")}
            value={current.nameEn}
            error={errors.nameEn}
            required
          />
          <TextField
            name="descriptionDe"
            label={t("form.descriptionDe")}
            value={current.descriptionDe}
            error={errors.descriptionDe}
            multiline
          />
          <TextField
            name="descriptionEn"
            label={t("form.descriptionEn")}
            value={current.descriptionEn}
            error={errors.descriptionEn}
            multiline
          />
        </div>
        <div className="flex max-w-xs flex-col gap-1">
          <label htmlFor="segment-status" className="text-sm font-medium">
            {t("form.statusLabel")}
          </label>
          <select
            id="segment-status"
            name="status"
            defaultValue={current.status}
            aria-describedby="segment-status-hint"
            className="rounded-lg border border-line bg-card px-3 py-2"
          >
            <option value="active">{t("status.active")}</option>
            <option value="draft">{t("status.draft")}</option>
          </select>
          <p id="segment-status-hint" className="text-xs text-ink-soft">
            {t("form.statusHint")}
          </p>
        </div>

        <section aria-labelledby="segment-rules-title" className="flex flex-col gap-3">
          <h2 id="segment-rules-title" className="text-lg font-semibold">
            {t("form.rulesTitle")}
          </h2>
          <p className="text-sm text-ink-soft">{t("form.rulesIntro")}</p>
          <p className="rounded-lg border border-line bg-paper px-3 py-2 text-sm">
            {t("privacyNote")}
          </p>
          {errors.rules ? <p className="text-sm text-sale">{errors.rules}</p> : null}
          {current.rules.map((rule, index) => (
            <RuleRow
              key={index}
              index={index}
              rule={rule}
              categories={categories}
              errors={errors}
              canRemove={current.rules.length > 1}
            />
          ))}
          {current.rules.length < MAX_RULES ? (
            <div>
              <IntentButton intent="add">{t("form.addRule")}</IntentButton>
            </div>
          ) : null}
        </section>
      </div>

      <section aria-labelledby="segment-size-title" className="flex flex-col gap-2">
        <h2 id="segment-size-title" className="text-lg font-semibold">
          {t("form.sizeTitle")}
        </h2>
        <div role="status" aria-live="polite" className="text-base font-semibold">
          {state.size ? sizeInWords(state.size.label, tf, true) : null}
        </div>
        {state.size ? null : <p className="text-sm text-ink-soft">{t("form.sizeNotShown")}</p>}
      </section>

      <div role="alert" className="text-sm text-sale">
        {state.message ?? null}
      </div>
      <div className="flex flex-wrap gap-3">
        <IntentButton intent="preview" pendingLabel={t("form.showingSize")}>
          {t("form.showSize")}
        </IntentButton>
        <IntentButton intent="save" pendingLabel={t("form.saving")} primary>
          {t("form.save")}
        </IntentButton>
      </div>
    </form>
  );
}
