"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/authorize";
import {
  archiveSegment,
  createSegment,
  previewSegment,
  updateSegment,
  type SegmentSize,
} from "@/lib/personalization/segments/admin";
import {
  blankRule,
  draftFromForm,
  errorField,
  rulesFromDraft,
  type SegmentDraft,
} from "@/lib/personalization/segments/admin-draft";
import { SegmentRulesError } from "@/lib/personalization/segments/facts";
import { MAX_RULES, type SegmentRuleError } from "@/lib/personalization/segments/rules";

const LIST = "/admin/segments";
const ROLES = ["marketer", "admin"] as const;

/** The rule builder's state: the draft as typed, errors per field, and the size when asked. */
export type SegmentFormState = {
  /** Bumped on every answer so that the builder takes the returned draft. */
  seq: number;
  draft: SegmentDraft;
  fieldErrors: Record<string, string>;
  message?: string;
  size?: SegmentSize;
};

const fieldsSchema = z.object({
  id: z.uuid().nullable(),
  nameDe: z.string().trim().min(1, "nameRequired").max(120, "nameTooLong"),
  nameEn: z.string().trim().min(1, "nameRequired").max(120, "nameTooLong"),
  descriptionDe: z.string().trim().max(500, "descriptionTooLong"),
  descriptionEn: z.string().trim().max(500, "descriptionTooLong"),
  status: z.enum(["active", "draft"]),
});

function ruleErrors(
  errors: readonly SegmentRuleError[],
  t: (key: string) => string,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const error of errors) result[errorField(error)] ??= t(`ruleErrors.${error.key}`);
  return result;
}

/**
 * One form, four buttons (`intent`): add or remove a rule, show the live size (rounded, P6), or
 * save. Every step is a submit, so the builder works without JavaScript.
 */
export async function segmentFormAction(
  prev: SegmentFormState,
  formData: FormData,
): Promise<SegmentFormState> {
  const current = await requireRole(ROLES, LIST);
  const t = await getTranslations("adminSegments");
  const draft = draftFromForm(formData);
  const intent = String(formData.get("intent") ?? "save");
  const answer = (rest: Partial<SegmentFormState>): SegmentFormState => ({
    seq: prev.seq + 1,
    draft,
    fieldErrors: {},
    ...rest,
  });

  if (intent === "add") {
    if (draft.rules.length >= MAX_RULES)
      return answer({ message: t("form.maxRules", { max: MAX_RULES }) });
    return answer({ draft: { ...draft, rules: [...draft.rules, blankRule()] } });
  }
  const remove = /^remove-(\d{1,2})$/.exec(intent);
  if (remove) {
    const index = Number(remove[1]);
    return answer({ draft: { ...draft, rules: draft.rules.filter((_, i) => i !== index) } });
  }

  const rules = rulesFromDraft(draft.rules);
  const db = await getDb();
  const now = new Date();
  if (intent === "preview") {
    try {
      return answer({ size: await previewSegment(db, rules, now) });
    } catch (error) {
      if (!(error instanceof SegmentRulesError)) throw error;
      return answer({
        fieldErrors: ruleErrors(error.errors, (k) => t(k)),
        message: t("form.fixErrors"),
      });
    }
  }

  const parsed = fieldsSchema.safeParse(draft);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      if (field === "id") return answer({ message: t("form.notFound") });
      errors[field] ??= t(`form.${issue.message}`);
    }
    return answer({ fieldErrors: errors, message: t("form.fixErrors") });
  }
  const { id, ...input } = parsed.data;
  const actor = { staffId: current.user.id, staffRole: current.user.role, now };
  const result = id
    ? await updateSegment(db, { id, input: { ...input, rules }, ...actor })
    : await createSegment(db, { input: { ...input, rules }, ...actor });
  if (!result) return answer({ message: t("form.notFound") });
  if (!result.ok)
    return answer({
      fieldErrors: ruleErrors(result.errors, (k) => t(k)),
      message: t("form.fixErrors"),
    });
  revalidatePath(LIST);
  redirect(`${LIST}?saved=1`);
}

/** Archives a segment (memberships go, offers aimed at it stop applying); back to the list. */
export async function archiveSegmentAction(formData: FormData): Promise<void> {
  const current = await requireRole(ROLES, LIST);
  const id = z.uuid().safeParse(formData.get("id"));
  const archived =
    id.success &&
    (await archiveSegment(await getDb(), {
      id: id.data,
      staffId: current.user.id,
      staffRole: current.user.role,
      now: new Date(),
    }));
  revalidatePath(LIST);
  redirect(archived ? `${LIST}?archived=1` : LIST);
}
