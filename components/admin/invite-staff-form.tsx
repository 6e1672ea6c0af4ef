"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { IDLE } from "@/lib/actions/form-state";
import { inviteStaffAction } from "@/lib/actions/staff";
import { RoleSelect } from "./role-select";

export function InviteStaffForm() {
  const t = useTranslations("staff");
  const [state, action] = useActionState(inviteStaffAction, IDLE);
  const roleError = state.status === "invalid" ? state.fieldErrors.role : undefined;
  const role =
    state.status === "invalid" || state.status === "error" ? state.values?.role : undefined;
  return (
    <form action={action} className="space-y-4" aria-labelledby="invite-staff-title" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="name" label={t("name")} autoComplete="off" required state={state} />
        <Field
          name="email"
          type="email"
          label={t("email")}
          autoComplete="off"
          required
          state={state}
        />
      </div>
      <RoleSelect
        id="invite-role"
        label={t("role")}
        placeholder={t("chooseRole")}
        defaultValue={role}
        error={roleError}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("inviting")}>{t("invite")}</SubmitButton>
    </form>
  );
}
