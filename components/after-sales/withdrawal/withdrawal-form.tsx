"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormMessage, SubmitButton, TextAreaField } from "@/components/ui/form";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { withdrawalAction } from "@/lib/actions/withdrawal";

type Props = {
  /** "order": the order page (customer or guest cookie); "public": /withdrawal by number and e-mail. */
  mode: "order" | "public";
  orderNumber?: string;
  defaultName?: string;
  defaultEmail?: string;
};

/** The two steps of the withdrawal function: details, then a summary with "Confirm withdrawal". */
export function WithdrawalForm({ mode, orderNumber, defaultName, defaultEmail }: Props) {
  const t = useTranslations("withdrawal");
  const [state, action] = useActionState<FormState, FormData>(withdrawalAction, IDLE);
  const values = state.status === "ok" ? (state.values ?? {}) : {};

  if (state.status === "ok" && values.step === "done") {
    return <FormMessage state={state} />;
  }

  if (state.status === "ok" && values.step === "review") {
    const rows: [string, string | undefined][] = [
      [t("orderNumber"), values.orderNumber],
      [t("fullName"), values.fullName],
      [t("email"), values.email],
      [t("statement"), values.statement],
    ];
    return (
      <form action={action} className="space-y-3" aria-labelledby="withdrawal-step2">
        <h3 id="withdrawal-step2" className="font-semibold">
          {t("step2")}
        </h3>
        <p className="text-sm text-ink-soft">{t("summaryIntro")}</p>
        <dl className="grid gap-2 rounded-2xl border border-line bg-card p-4 text-sm sm:grid-cols-[auto_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
        <input type="hidden" name="step" value="confirm" />
        <input type="hidden" name="mode" value={mode} />
        {(["orderNumber", "fullName", "email", "statement"] as const).map((name) => (
          <input key={name} type="hidden" name={name} value={values[name] ?? ""} />
        ))}
        <div className="flex flex-wrap items-center gap-4">
          <SubmitButton variant="danger" pendingLabel={t("working")}>
            {t("confirm")}
          </SubmitButton>
        </div>
      </form>
    );
  }

  return (
    <form action={action} className="space-y-3" aria-labelledby="withdrawal-step1">
      <h3 id="withdrawal-step1" className="font-semibold">
        {t("step1")}
      </h3>
      <p className="text-sm text-ink-soft">{t("step1Intro")}</p>
      <FormMessage state={state} />
      <input type="hidden" name="step" value="review" />
      <input type="hidden" name="mode" value={mode} />
      {mode === "order" && orderNumber ? (
        <input type="hidden" name="orderNumber" value={orderNumber} />
      ) : (
        <Field name="orderNumber" label={t("orderNumber")} state={state} required />
      )}
      <Field
        name="fullName"
        label={t("fullName")}
        state={state}
        defaultValue={defaultName}
        autoComplete="name"
        required
      />
      <Field
        name="email"
        type="email"
        label={mode === "public" ? t("page.emailLabel") : t("email")}
        hint={t("emailHint")}
        state={state}
        defaultValue={defaultEmail}
        autoComplete="email"
        required
      />
      <TextAreaField
        name="statement"
        label={t("statement")}
        hint={t("statementHint")}
        state={state}
        maxLength={2000}
      />
      <SubmitButton pendingLabel={t("working")}>{t("next")}</SubmitButton>
    </form>
  );
}
