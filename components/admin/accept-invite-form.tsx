"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { IDLE } from "@/lib/actions/form-state";
import { acceptInviteAction, type AcceptInviteState } from "@/lib/actions/staff";

type Accepted = Extract<AcceptInviteState, { status: "accepted" }>;

export function AcceptInviteForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("invite");
  const [state, action] = useActionState<AcceptInviteState, FormData>(acceptInviteAction, IDLE);
  if (state.status === "accepted") return <SecondFactorSetup setup={state} />;
  return (
    <form action={action} className="space-y-4" aria-label={t("title")} noValidate>
      <input type="hidden" name="token" value={token} />
      {/* Read-only, but there: a password manager stores the new password under this account. */}
      <div className="flex flex-col gap-1">
        <label htmlFor="invite-email" className="text-sm font-medium">
          {t("email")}
        </label>
        <input
          id="invite-email"
          type="email"
          value={email}
          readOnly
          autoComplete="username"
          className="rounded-lg border border-line bg-paper px-3 py-2 text-ink-soft"
        />
      </div>
      <Field
        name="password"
        type="password"
        label={t("password")}
        autoComplete="new-password"
        hint={t("passwordHint")}
        required
        state={state}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
    </form>
  );
}

/** Shown once, right after the invitation was accepted: the second factor to set up (S4). */
function SecondFactorSetup({ setup }: { setup: Accepted }) {
  const t = useTranslations("invite");
  const heading = useRef<HTMLHeadingElement>(null);
  // The form was replaced: move focus to what replaced it, so a screen reader announces it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="space-y-6">
      <div>
        <h2 ref={heading} tabIndex={-1} className="font-display text-2xl">
          {t("doneTitle")}
        </h2>
        <p className="mt-2">{t("doneIntro", { email: setup.email })}</p>
        <p
          className="mt-3 rounded-lg border border-brass bg-brass-soft px-3 py-2 text-sm"
          role="note"
        >
          {t("onceWarning")}
        </p>
      </div>

      <section aria-labelledby="setup-app" className="space-y-2">
        <h3 id="setup-app" className="font-semibold">
          {t("appTitle")}
        </h3>
        <p className="text-sm text-ink-soft">{t("appText")}</p>
        <p className="text-sm font-medium" id="setup-secret-label">
          {t("secretLabel")}
        </p>
        <code
          aria-labelledby="setup-secret-label"
          className="block rounded-lg border border-line bg-paper px-3 py-2 font-mono text-base tracking-wider break-all"
        >
          {setup.secret.replace(/(.{4})(?=.)/g, "$1 ")}
        </code>
        <p className="text-sm font-medium" id="setup-uri-label">
          {t("uriLabel")}
        </p>
        <code
          aria-labelledby="setup-uri-label"
          className="block rounded-lg border border-line bg-paper px-3 py-2 font-mono text-xs break-all"
        >
          {setup.otpauthUri}
        </code>
      </section>

      <section aria-labelledby="setup-codes" className="space-y-2">
        <h3 id="setup-codes" className="font-semibold">
          {t("codesTitle")}
        </h3>
        <p className="text-sm text-ink-soft">{t("codesText")}</p>
        <ol className="grid grid-cols-1 gap-1 rounded-lg border border-line bg-paper p-3 font-mono text-sm sm:grid-cols-2">
          {setup.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="setup-sign-in" className="space-y-2">
        <h3 id="setup-sign-in" className="font-semibold">
          {t("signInTitle")}
        </h3>
        <p className="text-sm text-ink-soft">{t("signInText")}</p>
        <Link
          href="/sign-in?callbackUrl=%2Fadmin"
          className="inline-block rounded-full bg-ink px-5 py-2.5 font-semibold text-white hover:bg-ink-soft"
        >
          {t("signIn")}
        </Link>
      </section>
    </div>
  );
}
