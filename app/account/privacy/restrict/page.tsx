import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AccountSectionCard, AccountShell } from "@/components/account/account-shell";
import { LimitToggle } from "@/components/privacy/requests/limit-toggle";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/authorize";
import { LIMIT_PURPOSES, limitStates, listActiveLimits } from "@/lib/privacy/limits";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacyRequests.restrict"))("title") };
}

/**
 * Restriction (Art. 18) and objection (Art. 21) per purpose (R5). Every reader of these limits
 * asks on each request, so a change applies from the next page view.
 */
export default async function RestrictPage() {
  const { user } = await requireUser("/account/privacy/restrict");
  const [t, tp, to, format, limits] = await Promise.all([
    getTranslations("privacyRequests.restrict"),
    getTranslations("privacyRequests.purposes"),
    getTranslations("privacyRequests.own"),
    getFormatter(),
    getDb().then((db) => listActiveLimits(db, user.id)),
  ]);
  const states = limitStates(limits);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  return (
    <AccountShell current="privacy" subpage title={t("title")} intro={<p>{t("intro")}</p>}>
      <p className="text-sm">
        {t("consentNote")}{" "}
        <Link href="/privacy-settings" className="underline underline-offset-2">
          {t("consentLink")}
        </Link>
      </p>
      {LIMIT_PURPOSES.map((purpose) => {
        const state = states[purpose];
        const name = tp(`${purpose}.name`);
        return (
          <AccountSectionCard key={purpose} id={`limit-${purpose}`} title={name}>
            <p>{tp(`${purpose}.what`)}</p>
            <div>
              <h3 className="font-semibold">{t("current")}</h3>
              {state.restriction ? (
                <p>{t("restrictedSince", { date: date(state.restriction) })}</p>
              ) : null}
              {state.objection ? (
                <p>{t("objectedSince", { date: date(state.objection) })}</p>
              ) : null}
              {!state.restriction && !state.objection ? <p>{t("free")}</p> : null}
            </div>
            <div className="grid gap-6 sm:grid-cols-2">
              <LimitToggle
                purpose={purpose}
                kind="restriction"
                active={state.restriction !== null}
                label={t(state.restriction ? "liftRestriction" : "restrict", { name })}
                effect={tp(`${purpose}.restrictEffect`)}
              />
              <LimitToggle
                purpose={purpose}
                kind="objection"
                active={state.objection !== null}
                label={t(state.objection ? "withdrawObjection" : "object", { name })}
                effect={tp(`${purpose}.objectEffect`)}
              />
            </div>
          </AccountSectionCard>
        );
      })}
      <p className="text-sm text-ink-soft">
        {t("logNote")}{" "}
        <Link href="/account/privacy/requests" className="underline underline-offset-2">
          {to("title")}
        </Link>
      </p>
    </AccountShell>
  );
}
