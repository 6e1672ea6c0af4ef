"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { IDLE } from "@/lib/actions/form-state";
import { changeStaffRoleAction } from "@/lib/actions/staff";
import type { StaffRole } from "@/lib/staff/roles";
import { RoleSelect } from "./role-select";

/** One staff row's role: a select and a save button, with the outcome announced beside it. */
export function StaffRoleForm({
  userId,
  name,
  role,
}: {
  userId: string;
  name: string;
  role: StaffRole;
}) {
  const t = useTranslations("staff");
  const [state, action] = useActionState(changeStaffRoleAction, IDLE);
  const error = state.status === "invalid" ? state.fieldErrors.role : undefined;
  return (
    <form action={action} className="flex flex-col gap-2" aria-label={t("roleOf", { name })}>
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-wrap items-end gap-2">
        <RoleSelect
          id={`role-${userId}`}
          label={t("roleOf", { name })}
          hideLabel
          defaultValue={role}
          error={error}
        />
        <SubmitButton variant="secondary" pendingLabel={t("savingRole")}>
          {t("saveRole")}
          <span className="sr-only"> {t("saveRoleFor", { name })}</span>
        </SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
