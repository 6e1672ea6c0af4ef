import type { FormState } from "@/lib/actions/form-state";
import { cn } from "@/lib/ui/cn";

/**
 * A labelled input with a page-unique id: the catalog pages repeat the same form per variant and
 * store, so the shared Field (id from the name) would collide.
 */
export function CatalogField({
  id,
  name,
  label,
  state,
  defaultValue,
  hint,
  type = "text",
  inputMode,
  labelClassName,
  required,
}: {
  id: string;
  name: string;
  label: string;
  state: FormState;
  defaultValue?: string;
  hint?: string;
  type?: string;
  inputMode?: "text" | "decimal" | "numeric";
  labelClassName?: string;
  required?: boolean;
}) {
  const error = state.status === "invalid" ? state.fieldErrors[name] : undefined;
  const value =
    state.status === "invalid" ? (state.values[name] ?? defaultValue) : (defaultValue ?? "");
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={cn("text-sm font-medium", labelClassName)}>
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        inputMode={inputMode}
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
