"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { IDLE } from "@/lib/actions/form-state";
import { markReservationPickedUpAction } from "@/lib/actions/reservations";

/** Staff confirm the handover; the stock stays sold. */
export function PickedUpButton({ reservationId, code }: { reservationId: string; code: string }) {
  const t = useTranslations("reservations");
  const [state, dispatch] = useActionState(markReservationPickedUpAction, IDLE);
  return (
    <form action={dispatch} className="space-y-1">
      <input type="hidden" name="reservationId" value={reservationId} />
      <SubmitButton variant="secondary" pendingLabel={t("admin.pickingUp")}>
        {t("admin.pickedUp")}
        <span className="sr-only">: {code}</span>
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
