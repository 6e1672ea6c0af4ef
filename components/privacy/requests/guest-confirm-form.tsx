"use client";

import Link from "next/link";
import { useActionState, useMemo } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/form";
import { confirmGuestPrivacyRequestAction } from "@/lib/actions/privacy-requests";
import type { GuestConfirmState } from "@/lib/privacy/guest/answer";

const IDLE: GuestConfirmState = { status: "idle" };

/**
 * The confirmation button of the mailed link (a GET never uses it, S6). A copy of the data comes
 * back in the answer and is offered as a file from this page, so nothing waits on the server.
 */
export function GuestConfirmForm({
  token,
  sealed,
  copy,
}: {
  token: string;
  sealed: string;
  /** Access or export: the answer is the data itself. */
  copy: boolean;
}) {
  const t = useTranslations("privacyRequests.guest");
  const [state, action] = useActionState(confirmGuestPrivacyRequestAction, IDLE);
  const href = useMemo(
    () =>
      state.status === "download"
        ? `data:application/json;charset=utf-8,${encodeURIComponent(state.json)}`
        : null,
    [state],
  );
  const message = state.status === "idle" ? null : state.message;
  return (
    <div className="space-y-4">
      <div role="status" aria-live="polite">
        {message ? (
          <p
            className={
              state.status === "error"
                ? "rounded-lg border border-sale bg-card px-3 py-2 text-sm text-sale"
                : "rounded-lg border border-moss bg-card px-3 py-2 text-sm text-moss"
            }
          >
            {message}
          </p>
        ) : null}
      </div>
      {state.status === "download" && href ? (
        <div className="space-y-2">
          <a
            href={href}
            download={state.fileName}
            className="inline-block rounded-full bg-ink px-5 py-2.5 font-semibold text-white hover:bg-ink-soft"
          >
            {t("download")}
          </a>
          <p className="text-sm text-ink-soft">{t("downloadNote")}</p>
        </div>
      ) : null}
      {state.status === "error" ? (
        <Link
          href="/privacy-request"
          className="inline-block font-semibold underline underline-offset-2"
        >
          {t("startAgain")}
        </Link>
      ) : null}
      {state.status === "idle" ? (
        <form action={action} aria-label={t("confirmTitle")}>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="r" value={sealed} />
          <SubmitButton pendingLabel={t("confirming")}>
            {copy ? t("confirmCopy") : t("confirmRequest")}
          </SubmitButton>
        </form>
      ) : null}
    </div>
  );
}
