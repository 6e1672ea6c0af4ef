"use client";

import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { PurposeStates } from "@/db/schema";
import { saveConsentAction } from "@/lib/actions/consent";
import { IDLE } from "@/lib/actions/form-state";
import { ChoiceButton } from "./choice-button";
import { ConsentSettingsForm } from "./consent-settings-form";

export type ConsentLayer = "first" | "settings";

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * The consent dialog: a fixed bottom sheet (no layout shift), modal, focus kept inside while open
 * and given back afterwards. ✕, Escape and a click outside close it without recording (C3).
 */
export function ConsentDialog({
  initialLayer,
  gpc,
  current,
  onClose,
}: {
  initialLayer: ConsentLayer;
  gpc: boolean;
  current: PurposeStates | null;
  onClose: () => void;
}) {
  const t = useTranslations("consent");
  const titleId = useId();
  const [layer, setLayer] = useState<ConsentLayer>(initialLayer);
  // Without JavaScript nothing could close a backdrop, which would make it a cookie wall (C6):
  // the page stays usable under the sheet until the script has loaded.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const dialogRef = useRef<HTMLDivElement>(null);
  const [state, formAction, pending] = useActionState(saveConsentAction, IDLE);

  useEffect(() => {
    if (state.status === "ok") onClose();
  }, [state, onClose]);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = dialogRef.current;
    dialog?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    function onKeyDown(event: KeyboardEvent) {
      if (!dialog) return;
      if (event.key === "Escape") {
        event.preventDefault();
        onClose();
        return;
      }
      if (event.key !== "Tab") return;
      const items = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE));
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      const active = document.activeElement;
      if (event.shiftKey && (active === first || !dialog.contains(active))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
        event.preventDefault();
        first.focus();
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      previous?.focus();
    };
  }, [onClose]);

  useEffect(() => {
    if (layer === "settings") dialogRef.current?.querySelector<HTMLElement>("h2")?.focus();
  }, [layer]);

  return (
    <div
      className={
        hydrated
          ? "fixed inset-0 z-50 flex items-end justify-center bg-ink/40"
          : "fixed inset-x-0 bottom-0 z-50 flex justify-center"
      }
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      data-consent-overlay
    >
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="relative max-h-[85vh] w-full max-w-3xl overflow-y-auto rounded-t-2xl border border-line bg-card p-5 text-ink shadow-2xl sm:p-6"
      >
        <button
          type="button"
          onClick={onClose}
          aria-label={t("close")}
          title={t("close")}
          className="absolute top-3 right-3 flex h-11 w-11 items-center justify-center rounded-full text-xl hover:bg-paper"
        >
          <span aria-hidden="true">✕</span>
        </button>
        <h2 id={titleId} tabIndex={-1} className="pr-12 font-display text-2xl">
          {layer === "first" ? t("bannerTitle") : t("settingsTitle")}
        </h2>
        {layer === "first" ? (
          <form action={formAction} className="mt-3 space-y-3">
            <input type="hidden" name="method" value="banner" />
            <p>{t("bannerText")}</p>
            {gpc ? (
              <p
                className="rounded-lg border border-moss bg-paper px-3 py-2 text-sm"
                data-gpc-notice
              >
                {t("gpcHonoured")} {t("gpcBannerQuestion")}
              </p>
            ) : null}
            {state.status === "error" ? (
              <p role="alert" className="text-sm text-sale">
                {state.message}
              </p>
            ) : null}
            <div className="grid gap-2 sm:grid-cols-3">
              <ChoiceButton name="choice" value="accept_all" disabled={pending}>
                {t("acceptAll")}
              </ChoiceButton>
              <ChoiceButton name="choice" value="reject_all" disabled={pending}>
                {t("rejectAll")}
              </ChoiceButton>
              <a
                href="/privacy-settings"
                onClick={(event) => {
                  event.preventDefault();
                  setLayer("settings");
                }}
                className="flex min-h-11 items-center justify-center rounded-lg border-2 border-ink px-4 py-2 text-base font-semibold text-ink underline-offset-2 hover:underline"
              >
                {t("settings")}
              </a>
            </div>
          </form>
        ) : (
          <div className="mt-3">
            <ConsentSettingsForm current={current} gpc={gpc} onSaved={onClose} />
          </div>
        )}
      </div>
    </div>
  );
}

/** Shown from the layout only while no valid decision exists; closing records nothing (C3). */
export function ConsentBanner({ gpc }: { gpc: boolean }) {
  const [open, setOpen] = useState(true);
  const close = useCallback(() => setOpen(false), []);
  if (!open) return null;
  return <ConsentDialog initialLayer="first" gpc={gpc} current={null} onClose={close} />;
}
