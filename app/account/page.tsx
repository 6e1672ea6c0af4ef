import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AccountShell } from "@/components/account/account-shell";
import { PersonalOffers } from "@/components/personalization/personal-offers";
import { AlertNotices } from "@/components/price-alerts/alert-notices";
import { Recommendations } from "@/components/personalization/recommendations";
import { SubmitButton } from "@/components/ui/form";
import { listAddressesForUser, listSessionsForUser } from "@/db/queries/account";
import { signOutAction } from "@/lib/actions/auth";
import { requireUser } from "@/lib/auth/authorize";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

function HubCard({ href, title, text }: { href: string; title: string; text: string }) {
  return (
    <li className="relative rounded-3xl border border-line bg-card p-5 focus-within:border-ink hover:border-ink sm:p-6">
      <h2 className="font-display text-2xl">
        {/* The whole card is the link's target area; its name stays the short title. */}
        <Link href={href} className="after:absolute after:inset-0 after:rounded-3xl">
          {title}
        </Link>
      </h2>
      <p className="mt-2 text-ink-soft">{text}</p>
    </li>
  );
}

export default async function AccountPage() {
  const { user } = await requireUser("/account");
  const [t, tp, addresses, sessions] = await Promise.all([
    getTranslations("account"),
    getTranslations("personalization.surfaces"),
    listAddressesForUser({ userId: user.id }),
    listSessionsForUser({ userId: user.id }),
  ]);
  return (
    <AccountShell
      current="overview"
      title={t("title")}
      intro={<p>{t("greeting", { name: user.name })}</p>}
    >
      <ul className="grid gap-4 sm:grid-cols-2">
        <HubCard
          href="/account/orders"
          title={t("cards.orders.title")}
          text={t("cards.orders.text")}
        />
        <HubCard
          href="/account/profile"
          title={t("cards.profile.title")}
          text={t("cards.profile.text", { email: user.email })}
        />
        <HubCard
          href="/account/addresses"
          title={t("cards.addresses.title")}
          text={t("cards.addresses.text", { count: addresses.length })}
        />
        <HubCard
          href="/account/security"
          title={t("cards.security.title")}
          text={t("cards.security.text", { count: sessions.length })}
        />
        <HubCard
          href="/account/personalization"
          title={t("cards.personalization.title")}
          text={t("cards.personalization.text")}
        />
        <HubCard
          href="/account/alerts"
          title={t("cards.alerts.title")}
          text={t("cards.alerts.text")}
        />
        <HubCard
          href="/account/privacy"
          title={t("cards.privacy.title")}
          text={t("cards.privacy.text")}
        />
      </ul>
      <div className="mt-10 space-y-10">
        <AlertNotices />
        <PersonalOffers surface="account" heading={tp("yourOffers")} />
        <Recommendations
          placement={{ surface: "account" }}
          limit={4}
          heading={tp("forYou")}
          note={tp("forYouNote")}
          personalOnly
        />
      </div>
      <form action={signOutAction}>
        <SubmitButton variant="secondary" pendingLabel={t("signingOut")}>
          {t("signOut")}
        </SubmitButton>
      </form>
    </AccountShell>
  );
}
