"use client";

import { useTranslations } from "next-intl";
import { STAFF_ROLE_OPTIONS } from "./staff-roles";
import { cn } from "@/lib/ui/cn";

type RoleSelectProps = {
  id: string;
  label: string;
  /** Show the label only to assistive technology (in a table row whose name says whose role). */
  hideLabel?: boolean;
  defaultValue?: string;
  error?: string;
  /** Offers an empty first option, so nothing is chosen by accident. */
  placeholder?: string;
};

/** A labelled select of the staff roles, its error tied to it like `Field`'s. */
export function RoleSelect({
  id,
  label,
  hideLabel,
  defaultValue,
  error,
  placeholder,
}: RoleSelectProps) {
  const t = useTranslations("admin");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={cn("text-sm font-medium", hideLabel && "sr-only")}>
        {label}
      </label>
      <select
        id={id}
        name="role"
        defaultValue={defaultValue ?? ""}
        key={defaultValue}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={cn(
          "rounded-lg border bg-card px-3 py-2 text-sm",
          error ? "border-sale" : "border-line",
        )}
      >
        {placeholder ? (
          <option value="" disabled>
            {placeholder}
          </option>
        ) : null}
        {STAFF_ROLE_OPTIONS.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-sale">
          {error}
        </p>
      ) : null}
    </div>
  );
}
