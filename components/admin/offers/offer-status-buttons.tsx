"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form";
import { changeOfferStatusAction } from "@/lib/actions/admin-offers";
import { IDLE } from "@/lib/actions/form-state";
import type { OfferStatusCommand } from "@/lib/offers/input";
import { cn } from "@/lib/ui/cn";

function CommandButton({ command }: { command: OfferStatusCommand }) {
  const t = useTranslations("adminOffers");
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name="command"
      value={command}
      disabled={pending}
      className={cn(
        "rounded-full px-5 py-2.5 font-semibold disabled:opacity-60",
        command === "activate" && "bg-ink text-white hover:bg-ink-soft",
        command === "pause" && "border border-line bg-card hover:border-ink",
        command === "end" && "bg-sale text-white hover:opacity-90",
      )}
    >
      {t(`commands.${command}`)}
    </button>
  );
}

/** Activate (or schedule), pause and end: the buttons the offer's status allows. */
export function OfferStatusButtons({
  offerId,
  commands,
}: {
  offerId: string;
  commands: OfferStatusCommand[];
}) {
  const [state, action] = useActionState(changeOfferStatusAction, IDLE);
  return (
    <form action={action} className="flex flex-col gap-3" aria-labelledby="offer-status-title">
      <input type="hidden" name="offerId" value={offerId} />
      {commands.length > 0 ? (
        <div className="flex flex-wrap gap-3">
          {commands.map((command) => (
            <CommandButton key={command} command={command} />
          ))}
        </div>
      ) : null}
      <FormMessage state={state} />
    </form>
  );
}
