import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AddressBook, type AddressCard } from "@/components/account/address-book";
import { AccountShell, StatusNotice } from "@/components/account/account-shell";
import { listAddressesForUser } from "@/db/queries/account";
import { requireUser } from "@/lib/auth/authorize";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("addresses"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AddressesPage({ searchParams }: Props) {
  const { user } = await requireUser("/account/addresses");
  const [params, t, rows] = await Promise.all([
    searchParams,
    getTranslations("addresses"),
    listAddressesForUser({ userId: user.id }),
  ]);
  const addresses: AddressCard[] = rows.map((row) => ({
    id: row.id,
    fullName: row.fullName,
    lines: [
      row.company,
      row.street,
      row.addressLine2,
      `${row.postalCode} ${row.city}`,
      row.country === "DE" ? t("germany") : row.country,
      row.phone,
    ].filter((line): line is string => Boolean(line)),
    isDefaultShipping: row.isDefaultShipping,
    isDefaultBilling: row.isDefaultBilling,
  }));
  return (
    <AccountShell current="addresses" title={t("title")} intro={<p>{t("intro")}</p>}>
      {params.saved === "created" ? <StatusNotice>{t("created")}</StatusNotice> : null}
      {params.saved === "updated" ? <StatusNotice>{t("updated")}</StatusNotice> : null}
      <p>
        <Link
          href="/account/addresses/new"
          className="inline-block rounded-full bg-ink px-5 py-2.5 font-semibold text-white hover:bg-ink-soft"
        >
          {t("add")}
        </Link>
      </p>
      <AddressBook addresses={addresses} />
    </AccountShell>
  );
}
