import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, DatabaseHandle } from "@/db/engine/open";
import { behaviourEvents, consentEvents, users } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { CONSENT_NOTICE_VERSION } from "@/lib/consent/notice";
import type { SampleSubject } from "./data-map-types";
import { personalTables } from "./data-map";
import { insertSampleOrder, sampleConsentSubjectId } from "./map/samples";
import { selectSubjectRows } from "./subject-rows";

let handle: DatabaseHandle;
let db: Database;

async function freshCustomer(tag: string): Promise<SampleSubject> {
  const subject = {
    userId: randomUUID(),
    email: `data-map-${tag}-${randomUUID().slice(0, 8)}@kunden.example`,
  };
  await db.insert(users).values({
    id: subject.userId,
    email: subject.email,
    name: "Erika Mustermann",
    role: "customer",
  });
  return subject;
}

/** A customer whose factories never run: nothing of anyone else's may ever be found for them. */
let bystander: SampleSubject;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  bystander = await freshCustomer("bystander");
});

afterAll(async () => {
  await handle?.close();
});

describe("every personal table: the factory's rows belong to their subject and to no one else", () => {
  it.each(personalTables())("%s", async (name, entry) => {
    const owner = await freshCustomer(name.replaceAll("_", "-"));
    await entry.factory(db, owner);

    const ownerRows = await selectSubjectRows(db, name, owner);
    expect(
      ownerRows.length,
      `${name}: rows found for the subject after its factory ran`,
    ).toBeGreaterThan(0);

    const bystanderRows = await selectSubjectRows(db, name, bystander);
    if (name === "users") {
      expect(bystanderRows.map((r) => r.id)).toEqual([bystander.userId]);
    } else {
      expect(bystanderRows, `${name}: rows found for a customer whose factory never ran`).toEqual(
        [],
      );
    }
  });
});

describe("guest rows found by e-mail address", () => {
  let owner: SampleSubject;
  let guestOrderId: string;
  let otherAccountsOrderId: string;

  beforeAll(async () => {
    owner = await freshCustomer("guest-orders");
    guestOrderId = (await insertSampleOrder(db, { userId: null, email: owner.email.toUpperCase() }))
      .orderId;
    // An order of another account that happens to carry the same address (e.g. the address changed hands).
    otherAccountsOrderId = (
      await insertSampleOrder(db, { userId: bystander.userId, email: owner.email })
    ).orderId;
  });

  it("finds a guest order by the proven address, ignoring case, and its items through the order", async () => {
    const orders = await selectSubjectRows(db, "orders", owner);
    expect(orders.map((o) => o.id)).toContain(guestOrderId);
    const items = await selectSubjectRows(db, "order_items", owner);
    expect(items.map((i) => i.order_id)).toContain(guestOrderId);
  });

  it("does not use the address when none is given", async () => {
    const orders = await selectSubjectRows(db, "orders", { userId: owner.userId });
    expect(orders.map((o) => o.id)).not.toContain(guestOrderId);
  });

  it("never hands another account's order over because of a matching address", async () => {
    const orders = await selectSubjectRows(db, "orders", owner);
    expect(orders.map((o) => o.id)).not.toContain(otherAccountsOrderId);
    const theirs = await selectSubjectRows(db, "orders", bystander);
    expect(theirs.map((o) => o.id)).toEqual([otherAccountsOrderId]);
  });
});

describe("guest behaviour found by the consent id the customer signed in with", () => {
  it("includes guest events under the customer's own consent id, and nothing under other ids", async () => {
    const owner = await freshCustomer("pseudonym");
    const ownConsentId = sampleConsentSubjectId();
    await db.insert(consentEvents).values({
      subjectId: ownConsentId,
      userId: owner.userId,
      noticeVersion: CONSENT_NOTICE_VERSION,
      language: "de",
      purposes: { preferences: true, analytics: true, personalization: false, marketing: false },
      method: "sign_in_carry",
      withdrawalMethod: "Footer link",
    });
    const event = (subjectId: string, userId: string | null) => ({
      subjectId,
      userId,
      type: "search" as const,
      purpose: "analytics" as const,
      query: "espresso",
    });
    const [beforeSignIn] = await db
      .insert(behaviourEvents)
      .values(event(ownConsentId, null))
      .returning({ id: behaviourEvents.id });
    const [strangers] = await db
      .insert(behaviourEvents)
      .values(event(sampleConsentSubjectId(), null))
      .returning({ id: behaviourEvents.id });
    // Same browser, another account signed in later: that event is theirs, not the owner's.
    const [sharedDevice] = await db
      .insert(behaviourEvents)
      .values(event(ownConsentId, bystander.userId))
      .returning({ id: behaviourEvents.id });

    const ids = (await selectSubjectRows(db, "behaviour_events", owner)).map((r) => r.id);
    expect(ids).toContain(beforeSignIn!.id);
    expect(ids).not.toContain(strangers!.id);
    expect(ids).not.toContain(sharedDevice!.id);
  });
});
