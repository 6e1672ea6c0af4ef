import { Field } from "@/components/ui/form";
import { IDLE, type FormState } from "@/lib/actions/form-state";

/**
 * The shared Field with a page-unique id (the catalog pages repeat the same form per variant and
 * store) that shows the stored value again after a successful change.
 */
export function CatalogField({
  state,
  defaultValue = "",
  ...props
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
  return (
    <Field
      {...props}
      defaultValue={defaultValue}
      state={state.status === "invalid" ? state : IDLE}
    />
  );
}
