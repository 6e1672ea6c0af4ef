import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AddressForm } from "@/components/account/address-form";
import { AccountShell } from "@/components/account/account-shell";
import { getAddressForUser } from "@/db/queries/account";
import { requireUser } from "@/lib/auth/authorize";
import { uuidSchema } from "@/lib/validation/account";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("addresses"))("editTitle") };
}

type Props = { params: Promise<{ addressId: string }> };

export default async function EditAddressPage({ params }: Props) {
  const { user } = await requireUser("/account/addresses");
  const { addressId } = await params;
  const id = uuidSchema.safeParse(addressId);
  // Someone else's address and no address look the same: not found.
  const address = id.success
    ? await getAddressForUser({ userId: user.id, addressId: id.data })
    : null;
  if (!address) notFound();
  const t = await getTranslations("addresses");
  return (
    <AccountShell current="addresses" subpage title={t("editTitle")}>
      <div className="max-w-xl rounded-3xl border border-line bg-card p-5 sm:p-8">
        <AddressForm
          addressId={address.id}
          initial={{
            fullName: address.fullName,
            company: address.company ?? "",
            street: address.street,
            addressLine2: address.addressLine2 ?? "",
            postalCode: address.postalCode,
            city: address.city,
            phone: address.phone ?? "",
            isDefaultShipping: address.isDefaultShipping,
            isDefaultBilling: address.isDefaultBilling,
          }}
        />
      </div>
    </AccountShell>
  );
}
