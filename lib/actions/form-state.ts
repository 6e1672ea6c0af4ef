import type { z } from "zod";

/**
 * What every form action returns (style.md): ok, invalid input with a message per field, or an
 * error for the whole form. Messages are already localized; submitted values (never passwords)
 * come back so that React's form reset does not lose what the person typed.
 */
export type FormState =
  | { status: "idle" }
  | { status: "ok"; message?: string; values?: Record<string, string> }
  | {
      status: "invalid";
      fieldErrors: Record<string, string>;
      values: Record<string, string>;
      message?: string;
    }
  | { status: "error"; message: string; values?: Record<string, string> };

export const IDLE: FormState = { status: "idle" };

const SECRET_FIELDS = /password|code|token/i;

/** The submitted text fields, without secrets, to refill the form. */
export function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !SECRET_FIELDS.test(key) && !key.startsWith("$"))
      values[key] = value.slice(0, 500);
  }
  return values;
}

/** Field errors from a zod result; each issue message is a key of the `validation` catalogue. */
export function fieldErrors(
  error: z.ZodError,
  translate: (key: string) => string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= translate(issue.message);
  }
  return errors;
}

/**
 * Parses a form's input with its schema; bad input becomes the `invalid` state with a localized
 * message per field and the submitted values, ready to return from the action.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  translate: (key: string) => string,
  values: Record<string, string>,
): { ok: true; data: z.infer<S> } | { ok: false; state: FormState } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    state: { status: "invalid", fieldErrors: fieldErrors(parsed.error, translate), values },
  };
}
