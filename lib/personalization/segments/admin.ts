import { and, asc, eq, like, ne } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { segmentMemberships, segments, type Role, type Segment } from "@/db/schema";
import { writeAudit } from "@/lib/audit/audit";
import { evaluateSegment, loadCustomerFacts, loadRuleCategories, SegmentRulesError } from "./facts";
import {
  validateRules,
  type SegmentRuleError,
  type SegmentSizeLabel,
  type ValidSegmentRule,
} from "./rules";

/**
 * The marketers' segment use cases (P6). Nothing here returns who is in a segment: sizes leave
 * only as `SegmentSizeLabel` ("fewer than 50" or rounded to tens), memberships stay in the table
 * that offers read.
 */

export type SegmentInput = {
  nameDe: string;
  nameEn: string;
  descriptionDe: string;
  descriptionEn: string;
  /** Unchecked: validated against the allow-list and the catalogue here. */
  rules: unknown;
  status: "active" | "draft";
};

export type SegmentSize = { label: SegmentSizeLabel; targetable: boolean };

export type SegmentChangeResult =
  ({ ok: true; id: string } & SegmentSize) | { ok: false; errors: SegmentRuleError[] };

type Actor = { staffId: string; staffRole?: Role | null; now: Date };

const BATCH = 2000;

/** A readable, unique-enough slug from the English name (the unique index has the last word). */
export function slugBase(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return base || "segment";
}

async function freeSlug(db: Database, name: string): Promise<string> {
  const base = slugBase(name);
  const taken = new Set(
    (
      await db
        .select({ slug: segments.slug })
        .from(segments)
        .where(like(segments.slug, `${base}%`))
    ).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Validates and evaluates rules now. Invalid rules come back as errors; the exact count never
 * leaves this function.
 */
async function evaluate(
  db: Database,
  rules: unknown,
  now: Date,
): Promise<
  | { ok: true; rules: ValidSegmentRule[]; memberIds: string[]; size: SegmentSize }
  | { ok: false; errors: SegmentRuleError[] }
> {
  const categories = await loadRuleCategories(db);
  const checked = validateRules(rules, categories);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const facts = await loadCustomerFacts(db, { now });
  const result = await evaluateSegment(db, { rules: checked.rules }, now, { facts, categories });
  return {
    ok: true,
    rules: checked.rules,
    memberIds: result.memberIds,
    size: { label: result.label, targetable: result.targetable },
  };
}

/** Replaces a segment's memberships: only active segments of 50 or more have any (P6). */
async function writeMemberships(
  tx: Database,
  segmentId: string,
  memberIds: readonly string[],
  now: Date,
) {
  await tx.delete(segmentMemberships).where(eq(segmentMemberships.segmentId, segmentId));
  for (let i = 0; i < memberIds.length; i += BATCH)
    await tx
      .insert(segmentMemberships)
      .values(
        memberIds.slice(i, i + BATCH).map((userId) => ({ segmentId, userId, computedAt: now })),
      );
}

function trimmed(input: SegmentInput) {
  return {
    nameDe: input.nameDe.trim(),
    nameEn: input.nameEn.trim(),
    descriptionDe: input.descriptionDe.trim(),
    descriptionEn: input.descriptionEn.trim(),
    status: input.status,
  };
}

/** The size of rules as they stand, for "Show size". Throws SegmentRulesError on bad rules. */
export async function previewSegment(
  db: Database,
  rules: unknown,
  now: Date,
): Promise<SegmentSize> {
  const result = await evaluate(db, rules, now);
  if (!result.ok) throw new SegmentRulesError(result.errors);
  return result.size;
}

/** Creates a segment, its memberships (when active and targetable) and the audit entry at once. */
export async function createSegment(
  db: Database,
  { input, staffId, staffRole = null, now }: { input: SegmentInput } & Actor,
): Promise<SegmentChangeResult> {
  const evaluation = await evaluate(db, input.rules, now);
  if (!evaluation.ok) return evaluation;
  const fields = trimmed(input);
  const slug = await freeSlug(db, fields.nameEn || fields.nameDe);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(segments)
      .values({
        ...fields,
        slug,
        rules: evaluation.rules,
        createdBy: staffId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: segments.id });
    if (!row) throw new Error("The new segment was not returned");
    if (fields.status === "active") await writeMemberships(tx, row.id, evaluation.memberIds, now);
    await writeAudit(tx, {
      actorId: staffId,
      actorRole: staffRole,
      action: "segment.created",
      entity: "segment",
      entityId: row.id,
      details: { slug, status: fields.status, rules: evaluation.rules },
      occurredAt: now,
    });
    return row.id;
  });
  return { ok: true, id, ...evaluation.size };
}

/** Changes names, rules or status (draft/active); memberships follow at once. Null: not found. */
export async function updateSegment(
  db: Database,
  { id, input, staffId, staffRole = null, now }: { id: string; input: SegmentInput } & Actor,
): Promise<SegmentChangeResult | null> {
  const existing = await getSegment(db, id);
  if (!existing) return null;
  const evaluation = await evaluate(db, input.rules, now);
  if (!evaluation.ok) return evaluation;
  const fields = trimmed(input);
  await db.transaction(async (tx) => {
    await tx
      .update(segments)
      .set({ ...fields, rules: evaluation.rules, updatedAt: now })
      .where(eq(segments.id, id));
    await writeMemberships(tx, id, fields.status === "active" ? evaluation.memberIds : [], now);
    await writeAudit(tx, {
      actorId: staffId,
      actorRole: staffRole,
      action: "segment.updated",
      entity: "segment",
      entityId: id,
      details: {
        slug: existing.slug,
        status: { from: existing.status, to: fields.status },
        rules: { from: existing.rules, to: evaluation.rules },
      },
      occurredAt: now,
    });
  });
  return { ok: true, id, ...evaluation.size };
}

/**
 * Archives a segment: its memberships go, so offers aimed at it reach nobody any more.
 * False when there is no such segment or it was archived already.
 */
export async function archiveSegment(
  db: Database,
  { id, staffId, staffRole = null, now }: { id: string } & Actor,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(segments)
      .set({ status: "archived", updatedAt: now })
      .where(and(eq(segments.id, id), ne(segments.status, "archived")))
      .returning({ id: segments.id, slug: segments.slug });
    if (!row) return false;
    await tx.delete(segmentMemberships).where(eq(segmentMemberships.segmentId, id));
    await writeAudit(tx, {
      actorId: staffId,
      actorRole: staffRole,
      action: "segment.archived",
      entity: "segment",
      entityId: id,
      details: { slug: row.slug },
      occurredAt: now,
    });
    return true;
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function getSegment(db: Database, id: string): Promise<Segment | null> {
  if (!UUID.test(id)) return null;
  const [row] = await db.select().from(segments).where(eq(segments.id, id));
  return row ?? null;
}

export type SegmentOverview = Pick<
  Segment,
  "id" | "slug" | "nameDe" | "nameEn" | "descriptionDe" | "descriptionEn" | "rules" | "status"
> &
  SegmentSize & {
    /** The stored rules no longer pass the allow-list (e.g. a category became sensitive). */
    invalid: boolean;
  };

/**
 * Every segment with its size now: the facts are loaded once and each segment is evaluated
 * against them. Archived segments are listed last and target nobody.
 */
export async function listSegments(db: Database, now: Date): Promise<SegmentOverview[]> {
  const [rows, categories, facts] = await Promise.all([
    db
      .select({
        id: segments.id,
        slug: segments.slug,
        nameDe: segments.nameDe,
        nameEn: segments.nameEn,
        descriptionDe: segments.descriptionDe,
        descriptionEn: segments.descriptionEn,
        rules: segments.rules,
        status: segments.status,
      })
      .from(segments)
      .orderBy(asc(segments.nameDe)),
    loadRuleCategories(db),
    loadCustomerFacts(db, { now }),
  ]);
  const order = { active: 0, draft: 1, archived: 2 } as const;
  const result: SegmentOverview[] = [];
  for (const row of rows.sort((a, b) => order[a.status] - order[b.status])) {
    try {
      const evaluation = await evaluateSegment(db, row, now, { facts, categories });
      result.push({
        ...row,
        label: evaluation.label,
        targetable: row.status === "active" && evaluation.targetable,
        invalid: false,
      });
    } catch (error) {
      if (!(error instanceof SegmentRulesError)) throw error;
      result.push({ ...row, label: { kind: "below", min: 50 }, targetable: false, invalid: true });
    }
  }
  return result;
}

export type TargetableSegment = {
  id: string;
  nameDe: string;
  nameEn: string;
  label: SegmentSizeLabel;
  targetable: boolean;
};

/**
 * The active segments for the offers editor, with their size label now; `targetable` is false
 * below k = 50, and such a segment must not be chosen as an offer's target (P6).
 */
export async function listTargetableSegments(
  db: Database,
  now: Date,
): Promise<TargetableSegment[]> {
  return (await listSegments(db, now))
    .filter((s) => s.status === "active")
    .map(({ id, nameDe, nameEn, label, targetable }) => ({
      id,
      nameDe,
      nameEn,
      label,
      targetable,
    }));
}
