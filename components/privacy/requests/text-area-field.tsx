import type { FormState } from "@/lib/actions/form-state";
import { cn } from "@/lib/ui/cn";

/** A labelled multi-line field whose hint and error are tied to it (aria-describedby). */
export function TextAreaField({
  id,
  name,
  label,
  state,
  hint,
  maxLength,
  required,
  rows = 4,
}: {
  id: string;
  name: string;
  label: string;
  state: FormState;
  hint?: string;
  maxLength?: number;
  required?: boolean;
  rows?: number;
}) {
  const error = state.status === "invalid" ? state.fieldErrors[name] : undefined;
  const value = state.status === "invalid" ? state.values[name] : undefined;
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        required={required}
        defaultValue={value}
        key={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={cn("rounded-lg border bg-card px-3 py-2", error ? "border-sale" : "border-line")}
      />
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
