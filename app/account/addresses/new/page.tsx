import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AddressForm } from "@/components/account/address-form";
import { AccountShell } from "@/components/account/account-shell";
import { requireUser } from "@/lib/auth/authorize";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("addresses"))("newTitle") };
}

export default async function NewAddressPage() {
  const { user } = await requireUser("/account/addresses/new");
  const t = await getTranslations("addresses");
  return (
    <AccountShell current="addresses" subpage title={t("newTitle")} intro={<p>{t("formIntro")}</p>}>
      <div className="max-w-xl rounded-3xl border border-line bg-card p-5 sm:p-8">
        <AddressForm
          initial={{
            fullName: user.name,
            company: "",
            street: "",
            addressLine2: "",
            postalCode: "",
            city: "",
            phone: "",
            isDefaultShipping: false,
            isDefaultBilling: false,
          }}
        />
      </div>
    </AccountShell>
  );
}
