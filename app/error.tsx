"use client";

import { useTranslations } from "next-intl";

/** Shown instead of a stack trace; the details stay in the server log. */
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="mx-auto max-w-lg py-16 text-center">
      <h1 className="font-display text-3xl">{t("errorTitle")}</h1>
      <p className="mt-3 text-ink-soft">{t("errorText")}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-full bg-ink px-5 py-2.5 font-semibold text-white"
      >
        {t("retry")}
      </button>
    </div>
  );
}
