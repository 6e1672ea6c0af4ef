"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { confirmPasswordForExportAction } from "@/lib/actions/privacy-export";
import { IDLE } from "@/lib/actions/form-state";

const linkClass =
  "inline-flex items-center justify-center rounded-full px-5 py-2.5 text-center font-semibold";

/**
 * Asks for the password; once the session is re-authenticated (the page re-renders with `ready`)
 * offers both downloads. One component in both states keeps the announcement of the outcome.
 */
export function ExportDownloadPanel({
  ready,
  validUntil,
  expired,
}: {
  ready: boolean;
  /** When the downloads stop working, formatted for the reader. */
  validUntil: { iso: string; label: string } | null;
  /** The last confirmation ran out (a download was refused). */
  expired: boolean;
}) {
  const t = useTranslations("privacyExport");
  const [state, action] = useActionState(confirmPasswordForExportAction, IDLE);
  const firstLink = useRef<HTMLAnchorElement>(null);
  const justConfirmed = ready && state.status === "ok";
  // No `download` attribute: the answer's Content-Disposition makes the download, and a refusal
  // (the ten minutes ran out) can then bring the person back to this form instead of saving it.

  useEffect(() => {
    // Keyboard and screen reader users land on what they came for.
    if (justConfirmed) firstLink.current?.focus();
  }, [justConfirmed]);

  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      {ready ? (
        <>
          <ul className="flex flex-col gap-3 sm:flex-row">
            <li>
              <a
                ref={firstLink}
                href="/api/account/export"
                className={`${linkClass} bg-ink text-white hover:bg-ink-soft`}
              >
                {t("download.json")}
              </a>
            </li>
            <li>
              <a
                href="/api/account/export/zip"
                className={`${linkClass} border border-line bg-card hover:border-ink`}
              >
                {t("download.zip")}
              </a>
            </li>
          </ul>
          {validUntil ? (
            <p className="text-sm text-ink-soft">
              {t.rich("download.validUntil", {
                time: () => <time dateTime={validUntil.iso}>{validUntil.label}</time>,
              })}
            </p>
          ) : null}
          <p className="text-sm text-ink-soft">{t("download.logged")}</p>
        </>
      ) : (
        <form action={action} className="space-y-4" aria-label={t("reauth.formLabel")} noValidate>
          {expired ? (
            <p className="rounded-lg border border-brass bg-card px-3 py-2 text-sm">
              {t("reauth.expired")}
            </p>
          ) : null}
          <p className="text-sm text-ink-soft">{t("reauth.intro")}</p>
          <Field
            name="password"
            type="password"
            label={t("reauth.password")}
            autoComplete="current-password"
            required
            state={state}
          />
          <SubmitButton pendingLabel={t("reauth.submitting")}>{t("reauth.submit")}</SubmitButton>
        </form>
      )}
    </div>
  );
}
