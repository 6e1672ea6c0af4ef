import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/engine/open";
import { addresses, users } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import {
  MAX_ADDRESSES_PER_USER,
  createAddress,
  deleteAddress,
  getAddress,
  listAddresses,
  setDefaultAddress,
  updateAddress,
  type AddressInput,
} from "./addresses";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const now = new Date("2026-03-02T10:00:00Z");

async function newUser(name: string) {
  const [user] = await handle.db
    .insert(users)
    .values({ email: `${name.toLowerCase()}-${randomUUID()}@addresses.test`, name })
    .returning({ id: users.id });
  return user!.id;
}

function address(overrides: Partial<AddressInput> = {}): AddressInput {
  return {
    fullName: "Anna Schneider",
    company: "",
    street: "Gartenstraße 12",
    addressLine2: "",
    postalCode: "10115",
    city: "Berlin",
    country: "DE",
    phone: "",
    isDefaultShipping: false,
    isDefaultBilling: false,
    ...overrides,
  };
}

async function add(userId: string, overrides: Partial<AddressInput> = {}, at = now) {
  const result = await createAddress(handle.db, { userId, address: address(overrides), now: at });
  if (result.status !== "created") throw new Error("address not created");
  return result.id;
}

async function defaults(userId: string) {
  const rows = await listAddresses(handle.db, userId);
  return {
    shipping: rows.filter((r) => r.isDefaultShipping).map((r) => r.id),
    billing: rows.filter((r) => r.isDefaultBilling).map((r) => r.id),
  };
}

describe("address book", () => {
  it("stores an address for its owner, with empty optional fields as null", async () => {
    const anna = await newUser("Anna");
    const id = await add(anna, { company: "  ", street: "  Gartenstraße 12 " });
    const row = await getAddress(handle.db, { userId: anna, addressId: id });
    expect(row).toMatchObject({
      userId: anna,
      street: "Gartenstraße 12",
      company: null,
      addressLine2: null,
      phone: null,
      country: "DE",
    });
  });

  it("never lets another customer read, change, delete or default someone's address (S5)", async () => {
    const anna = await newUser("Anna");
    const ben = await newUser("Ben");
    const home = await add(anna, { isDefaultShipping: true, isDefaultBilling: true });
    const office = await add(anna, { street: "Hauptstraße 1" });
    const before = await handle.db.select().from(addresses).where(eq(addresses.userId, anna));

    expect(await getAddress(handle.db, { userId: ben, addressId: home })).toBeNull();
    expect(await listAddresses(handle.db, ben)).toEqual([]);
    expect(
      await updateAddress(handle.db, {
        userId: ben,
        addressId: office,
        address: address({ street: "Gestohlen 1", isDefaultShipping: true }),
        now: new Date(now.getTime() + 1000),
      }),
    ).toBe(false);
    expect(await deleteAddress(handle.db, { userId: ben, addressId: home })).toBe(false);
    expect(
      await setDefaultAddress(handle.db, { userId: ben, addressId: office, kind: "shipping", now }),
    ).toBe(false);
    // Ben's own defaults cannot be used to clear Anna's either.
    await add(ben, { isDefaultShipping: true });

    const after = await handle.db.select().from(addresses).where(eq(addresses.userId, anna));
    expect(after).toEqual(before);
  });

  it("an owner's unknown address id is not found either", async () => {
    const anna = await newUser("Anna");
    await add(anna, { isDefaultShipping: true });
    const missing = randomUUID();
    expect(await deleteAddress(handle.db, { userId: anna, addressId: missing })).toBe(false);
    expect(
      await setDefaultAddress(handle.db, {
        userId: anna,
        addressId: missing,
        kind: "shipping",
        now,
      }),
    ).toBe(false);
    expect((await defaults(anna)).shipping).toHaveLength(1);
  });

  it("keeps at most one default shipping and one default billing address per customer", async () => {
    const anna = await newUser("Anna");
    const ben = await newUser("Ben");
    const bensDefault = await add(ben, { isDefaultShipping: true, isDefaultBilling: true });

    const first = await add(anna, { isDefaultShipping: true, isDefaultBilling: true });
    const second = await add(anna, { isDefaultShipping: true });
    expect(await defaults(anna)).toEqual({ shipping: [second], billing: [first] });

    const third = await add(anna);
    expect(
      await setDefaultAddress(handle.db, { userId: anna, addressId: third, kind: "billing", now }),
    ).toBe(true);
    expect(await defaults(anna)).toEqual({ shipping: [second], billing: [third] });

    // Editing an address to be the default takes the default over; unticking gives it up.
    expect(
      await updateAddress(handle.db, {
        userId: anna,
        addressId: first,
        address: address({ isDefaultShipping: true }),
        now,
      }),
    ).toBe(true);
    expect(await defaults(anna)).toEqual({ shipping: [first], billing: [third] });
    await updateAddress(handle.db, { userId: anna, addressId: third, address: address(), now });
    expect(await defaults(anna)).toEqual({ shipping: [first], billing: [] });

    // Another customer's defaults are untouched throughout.
    expect(await defaults(ben)).toEqual({ shipping: [bensDefault], billing: [bensDefault] });
  });

  it("lists defaults first, and two concurrent default changes still leave exactly one", async () => {
    const anna = await newUser("Anna");
    const a = await add(anna, {}, new Date(now.getTime() + 1000));
    const b = await add(anna, {}, new Date(now.getTime() + 2000));
    const c = await add(anna, { isDefaultShipping: true }, new Date(now.getTime() + 3000));
    expect((await listAddresses(handle.db, anna)).map((r) => r.id)).toEqual([c, a, b]);

    await Promise.all([
      setDefaultAddress(handle.db, { userId: anna, addressId: a, kind: "shipping", now }),
      setDefaultAddress(handle.db, { userId: anna, addressId: b, kind: "shipping", now }),
    ]);
    expect((await defaults(anna)).shipping).toHaveLength(1);
  });

  it("deletes only the owner's address", async () => {
    const anna = await newUser("Anna");
    const keep = await add(anna);
    const gone = await add(anna, { isDefaultBilling: true });
    expect(await deleteAddress(handle.db, { userId: anna, addressId: gone })).toBe(true);
    expect(await deleteAddress(handle.db, { userId: anna, addressId: gone })).toBe(false);
    expect((await listAddresses(handle.db, anna)).map((r) => r.id)).toEqual([keep]);
  });

  it("refuses a new address beyond the limit and writes nothing", async () => {
    const anna = await newUser("Anna");
    await handle.db.insert(addresses).values(
      Array.from({ length: MAX_ADDRESSES_PER_USER }, (_, i) => ({
        userId: anna,
        fullName: "Anna Schneider",
        street: `Gartenstraße ${i + 1}`,
        postalCode: "10115",
        city: "Berlin",
      })),
    );
    const result = await createAddress(handle.db, {
      userId: anna,
      address: address({ isDefaultShipping: true }),
      now,
    });
    expect(result).toEqual({ status: "limit_reached" });
    expect(await listAddresses(handle.db, anna)).toHaveLength(MAX_ADDRESSES_PER_USER);
  });
});
