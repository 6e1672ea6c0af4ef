"use client";

import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/actions/form-state";
import { cn } from "@/lib/ui/cn";

type FieldProps = {
  name: string;
  label: string;
  state: FormState;
  type?: string;
  autoComplete?: string;
  required?: boolean;
  hint?: string;
  defaultValue?: string;
  inputMode?: "text" | "numeric" | "decimal" | "email" | "tel";
  maxLength?: number;
  /** A page-unique id where the same form repeats (per variant, per store); else from the name. */
  id?: string;
  labelClassName?: string;
};

/** Label, hint and error around one control, tied to it by aria-describedby. */
function FieldFrame({
  id,
  label,
  hint,
  error,
  labelClassName,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  labelClassName?: string;
  children: (aria: {
    "aria-invalid": true | undefined;
    "aria-describedby": string | undefined;
  }) => React.ReactNode;
}) {
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={cn("text-sm font-medium", labelClassName)}>
        {label}
      </label>
      {children({ "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-ink-soft">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-sale">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const controlClass = (error: string | undefined) =>
  cn("rounded-lg border bg-card px-3 py-2", error ? "border-sale" : "border-line");

/** A labelled input whose error is announced and tied to it (aria-describedby, aria-invalid). */
export function Field({
  name,
  label,
  state,
  type = "text",
  hint,
  defaultValue,
  id: givenId,
  labelClassName,
  ...rest
}: FieldProps) {
  const error = state.status === "invalid" ? state.fieldErrors[name] : undefined;
  const value = state.status !== "idle" ? (state.values?.[name] ?? defaultValue) : defaultValue;
  const id = givenId ?? `field-${name}`;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} labelClassName={labelClassName}>
      {(aria) => (
        <input
          id={id}
          name={name}
          type={type}
          defaultValue={type === "password" ? undefined : value}
          key={type === "password" ? undefined : value}
          className={controlClass(error)}
          {...aria}
          {...rest}
        />
      )}
    </FieldFrame>
  );
}

/** The multi-line counterpart of Field. */
export function TextAreaField({
  id = undefined,
  name,
  label,
  state,
  hint,
  maxLength,
  required,
  rows = 4,
  defaultValue,
}: {
  id?: string;
  name: string;
  label: string;
  state: FormState;
  hint?: string;
  maxLength?: number;
  required?: boolean;
  rows?: number;
  defaultValue?: string;
}) {
  const error = state.status === "invalid" ? state.fieldErrors[name] : undefined;
  const value = state.status === "invalid" ? (state.values[name] ?? defaultValue) : defaultValue;
  return (
    <FieldFrame id={id ?? `field-${name}`} label={label} hint={hint} error={error}>
      {(aria) => (
        <textarea
          id={id ?? `field-${name}`}
          name={name}
          rows={rows}
          maxLength={maxLength}
          required={required}
          defaultValue={value}
          key={value}
          className={controlClass(error)}
          {...aria}
        />
      )}
    </FieldFrame>
  );
}

/** A labelled select, like Field. */
export function SelectField({
  name,
  label,
  state,
  value,
  hint,
  children,
}: {
  name: string;
  label: string;
  state: FormState;
  value: string;
  hint?: string;
  children: React.ReactNode;
}) {
  const id = `field-${name}`;
  const error = state.status === "invalid" ? state.fieldErrors[name] : undefined;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(aria) => (
        <select
          id={id}
          name={name}
          defaultValue={value}
          key={value}
          className={controlClass(error)}
          {...aria}
        >
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

type CheckboxProps = { name: string; label: React.ReactNode; state: FormState; required?: boolean };

export function Checkbox({ name, label, state, required }: CheckboxProps) {
  const error = state.status === "invalid" ? state.fieldErrors[name] : undefined;
  const id = `field-${name}`;
  const checked = state.status !== "idle" && state.values?.[name] === "on";
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-start gap-2">
        <input
          id={id}
          name={name}
          type="checkbox"
          defaultChecked={checked}
          key={String(checked)}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="mt-1 h-4 w-4"
        />
        <label htmlFor={id} className="text-sm">
          {label}
        </label>
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-sale">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The form-level outcome, announced politely; scoped to the form (Next has its own alert). */
export function FormMessage({ state }: { state: FormState }) {
  const message = state.status === "idle" ? undefined : state.message;
  const tone = state.status === "ok" ? "border-moss text-moss" : "border-sale text-sale";
  return (
    <div aria-live="polite" role="status">
      {message ? (
        <p className={cn("rounded-lg border bg-card px-3 py-2 text-sm", tone)}>{message}</p>
      ) : null}
    </div>
  );
}

export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
}: {
  children: React.ReactNode;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={cn(
        "rounded-full px-5 py-2.5 font-semibold disabled:opacity-60",
        variant === "primary" && "bg-ink text-white hover:bg-ink-soft",
        variant === "secondary" && "border border-line bg-card hover:border-ink",
        variant === "danger" && "bg-sale text-white hover:opacity-90",
      )}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
