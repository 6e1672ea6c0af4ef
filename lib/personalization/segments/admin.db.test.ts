import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import { auditLog, categories, segmentMemberships, segments, users } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import {
  archiveSegment,
  createSegment,
  listTargetableSegments,
  previewSegment,
  updateSegment,
  type SegmentInput,
} from "./admin";
import { SegmentRulesError } from "./facts";

let handle: DatabaseHandle;
let now: Date;
let staffId: string;
let sensitiveSlug: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  const [seeded] = await handle.db
    .select({ at: segments.createdAt })
    .from(segments)
    .where(eq(segments.slug, "kaffee-stammkunden"));
  now = new Date(seeded!.at.getTime() + 60 * 60 * 1000);
  const [marketer] = await handle.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, "marketing@example.com"));
  staffId = marketer!.id;
  const [sensitive] = await handle.db
    .select({ slug: categories.slug })
    .from(categories)
    .where(eq(categories.sensitive, true))
    .limit(1);
  sensitiveSlug = sensitive!.slug;
});
afterAll(async () => {
  await handle?.close();
});

const COFFEE_RULES = [
  { attribute: "bought_category", operator: "any_of", value: ["food-drinks"] },
  { attribute: "orders_12m", operator: "gte", value: 3 },
];
const NOBODY_RULES = [{ attribute: "orders_12m", operator: "gte", value: 1000 }];

function input(overrides: Partial<SegmentInput> = {}): SegmentInput {
  return {
    nameDe: "Kaffee-Fans",
    nameEn: "Coffee fans",
    descriptionDe: "",
    descriptionEn: "",
    rules: COFFEE_RULES,
    status: "active",
    ...overrides,
  };
}

async function memberCount(segmentId: string): Promise<number> {
  const [row] = await handle.db
    .select({ n: count() })
    .from(segmentMemberships)
    .where(eq(segmentMemberships.segmentId, segmentId));
  return row!.n;
}

async function auditActions(segmentId: string): Promise<string[]> {
  const rows = await handle.db
    .select({ action: auditLog.action, actorId: auditLog.actorId })
    .from(auditLog)
    .where(and(eq(auditLog.entity, "segment"), eq(auditLog.entityId, segmentId)))
    .orderBy(auditLog.occurredAt);
  for (const r of rows) expect(r.actorId).toBe(staffId);
  return rows.map((r) => r.action);
}

async function segmentCount(): Promise<number> {
  const [row] = await handle.db.select({ n: count() }).from(segments);
  return row!.n;
}

describe("segment administration (P6)", () => {
  it("creates a segment with memberships at once, an audit entry and only a rounded size", async () => {
    const result = await createSegment(handle.db, {
      input: input(),
      staffId,
      staffRole: "marketer",
      now,
    });
    if (!result.ok) throw new Error("expected ok");
    expect(Object.keys(result).sort()).toEqual(["id", "label", "ok", "targetable"]);
    expect(result.targetable).toBe(true);
    const exact = await memberCount(result.id);
    expect(exact).toBeGreaterThanOrEqual(50);
    if (result.label.kind !== "about") throw new Error("expected a rounded size");
    expect(result.label.value % 10).toBe(0);
    expect(Math.abs(result.label.value - exact)).toBeLessThanOrEqual(5);
    expect(await auditActions(result.id)).toEqual(["segment.created"]);
    const [row] = await handle.db.select().from(segments).where(eq(segments.id, result.id));
    expect(row).toMatchObject({ slug: "coffee-fans", status: "active", createdBy: staffId });
    expect(row!.rules).toEqual(COFFEE_RULES);
  });

  it("gives a second segment of the same name its own slug", async () => {
    const result = await createSegment(handle.db, { input: input(), staffId, now });
    if (!result.ok) throw new Error("expected ok");
    const [row] = await handle.db.select().from(segments).where(eq(segments.id, result.id));
    expect(row!.slug).toBe("coffee-fans-2");
  });

  it("says 'fewer than 50' and writes no memberships for a small segment", async () => {
    const result = await createSegment(handle.db, {
      input: input({ nameEn: "Nobody", rules: NOBODY_RULES }),
      staffId,
      now,
    });
    if (!result.ok) throw new Error("expected ok");
    expect(result.label).toEqual({ kind: "below", min: 50 });
    expect(result.targetable).toBe(false);
    expect(await memberCount(result.id)).toBe(0);
  });

  it("rejects sensitive categories and unknown attributes and writes nothing", async () => {
    const before = await segmentCount();
    const sensitive = await createSegment(handle.db, {
      input: input({
        rules: [{ attribute: "bought_category", operator: "any_of", value: [sensitiveSlug] }],
      }),
      staffId,
      now,
    });
    expect(sensitive).toEqual({
      ok: false,
      errors: [{ index: 0, field: "value", key: "sensitiveCategory" }],
    });
    const unknown = await createSegment(handle.db, {
      input: input({ rules: [{ attribute: "age", operator: "gte", value: 18 }] }),
      staffId,
      now,
    });
    expect(unknown).toEqual({
      ok: false,
      errors: [{ index: 0, field: "attribute", key: "unknownAttribute" }],
    });
    expect(await segmentCount()).toBe(before);
  });

  it("updates rules and status: a draft targets nobody; every change is audited", async () => {
    const created = await createSegment(handle.db, {
      input: input({ nameEn: "To change" }),
      staffId,
      now,
    });
    if (!created.ok) throw new Error("expected ok");
    expect(await memberCount(created.id)).toBeGreaterThanOrEqual(50);

    const small = await updateSegment(handle.db, {
      id: created.id,
      input: input({ nameEn: "To change", rules: NOBODY_RULES }),
      staffId,
      now,
    });
    expect(small).toMatchObject({ ok: true, targetable: false });
    expect(await memberCount(created.id)).toBe(0);

    const draft = await updateSegment(handle.db, {
      id: created.id,
      input: input({ nameEn: "To change", status: "draft" }),
      staffId,
      now,
    });
    expect(draft).toMatchObject({ ok: true, targetable: true });
    expect(await memberCount(created.id)).toBe(0);

    const bad = await updateSegment(handle.db, {
      id: created.id,
      input: input({ rules: [{ attribute: "orders_12m", operator: "any_of", value: 3 }] }),
      staffId,
      now,
    });
    expect(bad).toEqual({
      ok: false,
      errors: [{ index: 0, field: "operator", key: "unknownOperator" }],
    });
    const [row] = await handle.db.select().from(segments).where(eq(segments.id, created.id));
    expect(row).toMatchObject({ status: "draft", rules: COFFEE_RULES });
    expect(await auditActions(created.id)).toEqual([
      "segment.created",
      "segment.updated",
      "segment.updated",
    ]);
    expect(
      await updateSegment(handle.db, {
        id: "00000000-0000-4000-8000-000000000000",
        input: input(),
        staffId,
        now,
      }),
    ).toBeNull();
  });

  it("archives: memberships go, it leaves the offers' list, and archiving twice does nothing", async () => {
    const created = await createSegment(handle.db, {
      input: input({ nameEn: "To archive" }),
      staffId,
      now,
    });
    if (!created.ok) throw new Error("expected ok");
    expect((await listTargetableSegments(handle.db, now)).map((s) => s.id)).toContain(created.id);

    expect(await archiveSegment(handle.db, { id: created.id, staffId, now })).toBe(true);
    expect(await memberCount(created.id)).toBe(0);
    expect(await archiveSegment(handle.db, { id: created.id, staffId, now })).toBe(false);
    expect(await auditActions(created.id)).toEqual(["segment.created", "segment.archived"]);

    const listed = await listTargetableSegments(handle.db, now);
    expect(listed.map((s) => s.id)).not.toContain(created.id);
    for (const s of listed) {
      expect(Object.keys(s).sort()).toEqual(["id", "label", "nameDe", "nameEn", "targetable"]);
      if (s.label.kind === "about") expect(s.label.value % 10).toBe(0);
      else expect(s.targetable).toBe(false);
    }
  });

  it("previews the size without writing, and refuses bad rules", async () => {
    const before = await segmentCount();
    const preview = await previewSegment(handle.db, COFFEE_RULES, now);
    expect(Object.keys(preview).sort()).toEqual(["label", "targetable"]);
    expect(preview.targetable).toBe(true);
    expect(await previewSegment(handle.db, NOBODY_RULES, now)).toEqual({
      label: { kind: "below", min: 50 },
      targetable: false,
    });
    await expect(previewSegment(handle.db, [], now)).rejects.toBeInstanceOf(SegmentRulesError);
    expect(await segmentCount()).toBe(before);
  });
});
