import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AccountSectionCard, AccountShell } from "@/components/account/account-shell";
import { InterestsForm } from "@/components/personalization/controls/interests-form";
import { LevelForm } from "@/components/personalization/controls/level-form";
import {
  DismissedOffers,
  MarkCategoryForm,
  NotInterestedMarks,
} from "@/components/personalization/controls/not-interested";
import { ObjectionForm } from "@/components/personalization/controls/objection-form";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/authorize";
import { getConsentState } from "@/lib/consent/gate";
import { isLocale } from "@/lib/i18n/locale";
import { loadControls } from "@/lib/personalization/controls";

const PAGE = "/account/personalization";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("personalizationControls"))("title") };
}

/** The customer's controls over personalization (P3) and the objection to profiling (R5). */
export default async function PersonalizationControlsPage() {
  const { user } = await requireUser(PAGE);
  const [t, format, rawLocale, consent, controls] = await Promise.all([
    getTranslations("personalizationControls"),
    getFormatter(),
    getLocale(),
    getConsentState(),
    getDb().then((db) => loadControls(db, user.id)),
  ]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const dated = (date: Date) => ({
    iso: date.toISOString(),
    label: format.dateTime(date, { dateStyle: "medium" }),
  });
  const marks = controls.notInterested.map((mark) => {
    const name = mark.kind === "category" ? mark.name[locale] : mark.brand;
    return {
      id: mark.id,
      name,
      label: t(mark.kind === "category" ? "notInterested.category" : "notInterested.brand", {
        name,
      }),
      since: dated(mark.since),
    };
  });
  const consentGiven = consent.purposes.personalization;
  return (
    <AccountShell current="personalization" title={t("title")} intro={<p>{t("intro")}</p>}>
      <AccountSectionCard id="about" title={t("about.title")}>
        <h3 className="font-semibold">{t("about.doesTitle")}</h3>
        <p>{t("about.does")}</p>
        <h3 className="font-semibold">{t("about.neverTitle")}</h3>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t("about.neverSensitive")}</li>
          <li>{t("about.neverOtherSites")}</li>
          <li>{t("about.neverPrice")}</li>
        </ul>
      </AccountSectionCard>

      <AccountSectionCard id="consent" title={t("consent.title")}>
        <p className="font-medium">{consentGiven ? t("consent.given") : t("consent.notGiven")}</p>
        {consentGiven ? null : <p>{t("consent.notGivenEffect")}</p>}
        {controls.objection.active ? <p>{t("consent.objectionEffect")}</p> : null}
        {controls.restricted ? <p>{t("consent.restrictedEffect")}</p> : null}
        <p>
          <Link href="/privacy-settings" className="underline underline-offset-2">
            {t("consent.change")}
          </Link>
        </p>
      </AccountSectionCard>

      <AccountSectionCard id="level" title={t("level.title")}>
        {controls.levelChosen ? null : <p className="text-ink-soft">{t("level.notChosen")}</p>}
        <LevelForm level={controls.level} />
      </AccountSectionCard>

      <AccountSectionCard id="interests" title={t("interests.title")}>
        <p>{t("interests.intro")}</p>
        <InterestsForm
          categories={controls.categories.map((c) => ({
            id: c.id,
            name: c.name[locale],
            interested: c.interested,
          }))}
        />
      </AccountSectionCard>

      <AccountSectionCard id="not-interested" title={t("notInterested.title")}>
        <p>{t("notInterested.intro")}</p>
        <h3 className="font-semibold">{t("notInterested.marksTitle")}</h3>
        <NotInterestedMarks marks={marks} />
        <h3 className="font-semibold">{t("notInterested.markTitle")}</h3>
        <MarkCategoryForm
          categories={controls.categories
            .filter((c) => !c.notInterested)
            .map((c) => ({ id: c.id, name: c.name[locale] }))}
        />
        <h3 className="font-semibold">{t("offers.title")}</h3>
        <DismissedOffers
          offers={controls.dismissedOffers.map((offer) => ({
            offerId: offer.offerId,
            name: offer.name[locale],
            dismissedAt: dated(offer.dismissedAt),
          }))}
        />
      </AccountSectionCard>

      <AccountSectionCard id="objection" title={t("objection.title")}>
        <ObjectionForm
          active={controls.objection.active}
          since={controls.objection.since ? dated(controls.objection.since).label : null}
        />
      </AccountSectionCard>

      <AccountSectionCard id="log" title={t("log.title")}>
        <p>{t("log.text")}</p>
        <p>
          <Link href="/account/privacy" className="underline underline-offset-2">
            {t("log.link")}
          </Link>
        </p>
      </AccountSectionCard>
    </AccountShell>
  );
}
