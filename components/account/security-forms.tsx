"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import {
  changePasswordAction,
  endSessionAction,
  signOutEverywhereAction,
} from "@/lib/actions/account";
import { IDLE } from "@/lib/actions/form-state";

export function ChangePasswordForm() {
  const t = useTranslations("security");
  const [state, action] = useActionState(changePasswordAction, IDLE);
  return (
    <form action={action} className="space-y-4" aria-label={t("passwordTitle")} noValidate>
      <Field
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        required
        state={state}
      />
      <Field
        name="password"
        type="password"
        label={t("newPassword")}
        hint={t("newPasswordHint")}
        autoComplete="new-password"
        required
        state={state}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("saving")}>{t("changePassword")}</SubmitButton>
    </form>
  );
}

export type SessionItem = {
  id: string;
  device: string;
  current: boolean;
  createdAt: { iso: string; label: string };
  lastUsedAt: { iso: string; label: string };
};

/** The active sessions; the outcome of ending one is announced above the list, which outlives it. */
export function SessionList({ sessions }: { sessions: SessionItem[] }) {
  const t = useTranslations("security");
  const [state, endSession] = useActionState(endSessionAction, IDLE);
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      <ul
        className="divide-y divide-line rounded-2xl border border-line"
        aria-label={t("sessionsLabel")}
      >
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center">
            <div className="flex-1">
              <p className="font-semibold">
                {session.device}
                {session.current ? (
                  <span className="ml-2 rounded-full bg-brass-soft px-2 py-0.5 text-xs font-medium">
                    {t("thisDevice")}
                  </span>
                ) : null}
              </p>
              <p className="text-sm text-ink-soft">
                {t("signedInAt")}{" "}
                <time dateTime={session.createdAt.iso}>{session.createdAt.label}</time>
                {" · "}
                {t("lastUsedAt")}{" "}
                <time dateTime={session.lastUsedAt.iso}>{session.lastUsedAt.label}</time>
              </p>
            </div>
            {session.current ? null : (
              <form action={endSession}>
                <input type="hidden" name="sessionId" value={session.id} />
                <SubmitButton variant="secondary" pendingLabel={t("ending")}>
                  {t("endSession")}
                  <span className="sr-only">
                    : {session.device}, {t("lastUsedAt")} {session.lastUsedAt.label}
                  </span>
                </SubmitButton>
              </form>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Ends every session, this one too; the person signs in again. */
export function SignOutEverywhereForm() {
  const t = useTranslations("security");
  return (
    <form action={signOutEverywhereAction}>
      <SubmitButton variant="danger" pendingLabel={t("signingOut")}>
        {t("signOutEverywhere")}
      </SubmitButton>
    </form>
  );
}
