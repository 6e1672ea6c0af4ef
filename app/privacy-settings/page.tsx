import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConsentSettingsForm } from "@/components/consent/consent-settings-form";
import { getConsentState } from "@/lib/consent/gate";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consent"))("pageTitle") };
}

/** The settings without JavaScript (C7): the same form as the dialog's second layer. */
export default async function PrivacySettingsPage() {
  const [t, consent] = await Promise.all([getTranslations("consent"), getConsentState()]);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-display text-3xl sm:text-4xl">{t("pageTitle")}</h1>
      {consent.decided ? null : <p className="mt-2">{t("noDecision")}</p>}
      <div className="mt-6">
        <ConsentSettingsForm
          current={consent.decided ? consent.purposes : null}
          gpc={consent.gpc}
        />
      </div>
    </div>
  );
}
