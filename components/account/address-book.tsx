"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { deleteAddressAction, setDefaultAddressAction } from "@/lib/actions/account";
import { IDLE, type FormState } from "@/lib/actions/form-state";

export type AddressCard = {
  id: string;
  fullName: string;
  lines: string[];
  isDefaultShipping: boolean;
  isDefaultBilling: boolean;
};

function SetDefaultForm({
  address,
  kind,
  action,
}: {
  address: AddressCard;
  kind: "shipping" | "billing";
  action: (formData: FormData) => void;
}) {
  const t = useTranslations("addresses");
  return (
    <form action={action}>
      <input type="hidden" name="addressId" value={address.id} />
      <input type="hidden" name="kind" value={kind} />
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {kind === "shipping" ? t("makeDefaultShipping") : t("makeDefaultBilling")}
        <span className="sr-only">: {address.fullName}</span>
      </SubmitButton>
    </form>
  );
}

function AddressItem({
  address,
  deleteAction,
}: {
  address: AddressCard;
  deleteAction: (formData: FormData) => void;
}) {
  const t = useTranslations("addresses");
  // Per card: the card outlives a change of its defaults (it is keyed by id).
  const [defaultState, setDefault] = useActionState<FormState, FormData>(
    setDefaultAddressAction,
    IDLE,
  );
  return (
    <li className="flex flex-col gap-3 rounded-2xl border border-line bg-card p-5">
      <h2 className="text-lg font-semibold">{address.fullName}</h2>
      {address.isDefaultShipping || address.isDefaultBilling ? (
        <ul className="flex flex-wrap gap-2 text-xs font-medium">
          {address.isDefaultShipping ? (
            <li className="rounded-full bg-brass-soft px-2 py-1">{t("defaultShipping")}</li>
          ) : null}
          {address.isDefaultBilling ? (
            <li className="rounded-full bg-brass-soft px-2 py-1">{t("defaultBilling")}</li>
          ) : null}
        </ul>
      ) : null}
      <p>
        {address.lines.map((line, index) => (
          <span key={index} className="block">
            {line}
          </span>
        ))}
      </p>
      <div className="mt-auto flex flex-wrap items-center gap-2">
        <Link
          href={`/account/addresses/${address.id}`}
          className="rounded-full border border-line px-5 py-2.5 font-semibold hover:border-ink"
        >
          {t("edit")}
          <span className="sr-only">: {address.fullName}</span>
        </Link>
        {address.isDefaultShipping ? null : (
          <SetDefaultForm address={address} kind="shipping" action={setDefault} />
        )}
        {address.isDefaultBilling ? null : (
          <SetDefaultForm address={address} kind="billing" action={setDefault} />
        )}
        <form action={deleteAction}>
          <input type="hidden" name="addressId" value={address.id} />
          <SubmitButton variant="danger" pendingLabel={t("deleting")}>
            {t("delete")}
            <span className="sr-only">: {address.fullName}</span>
          </SubmitButton>
        </form>
      </div>
      <FormMessage state={defaultState} />
    </li>
  );
}

/** The list of the user's addresses; outcomes of a deletion are announced above the list. */
export function AddressBook({ addresses }: { addresses: AddressCard[] }) {
  const t = useTranslations("addresses");
  const [deleteState, deleteAction] = useActionState(deleteAddressAction, IDLE);
  return (
    <div className="space-y-4">
      <FormMessage state={deleteState} />
      {addresses.length === 0 ? (
        <p className="text-ink-soft">{t("empty")}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2" aria-label={t("listLabel")}>
          {addresses.map((address) => (
            <AddressItem key={address.id} address={address} deleteAction={deleteAction} />
          ))}
        </ul>
      )}
    </div>
  );
}
