"use client";

import { useCallback, useState } from "react";
import { useTranslations } from "next-intl";
import type { PurposeStates } from "@/db/schema";
import { ConsentDialog } from "./consent-dialog";

/**
 * The footer's "Privacy settings" (C7): opens the settings in place; without JavaScript it is a
 * plain link to /privacy-settings.
 */
export function PrivacySettingsLink({
  gpc,
  current,
  className,
}: {
  gpc: boolean;
  current: PurposeStates | null;
  className?: string;
}) {
  const t = useTranslations("consent");
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  return (
    <>
      <a
        href="/privacy-settings"
        className={className}
        aria-haspopup="dialog"
        onClick={(event) => {
          event.preventDefault();
          setOpen(true);
        }}
      >
        {t("footerLink")}
      </a>
      {open ? (
        <ConsentDialog initialLayer="settings" gpc={gpc} current={current} onClose={close} />
      ) : null}
    </>
  );
}
