import { and, asc, count, desc, eq, ne } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { addresses, users } from "@/db/schema";

/**
 * The address book. Every function takes the owner's id and puts it in the WHERE (S5): an id of
 * someone else's address finds nothing, changes nothing and answers "not found".
 */

export type AddressInput = {
  fullName: string;
  company: string;
  street: string;
  addressLine2: string;
  postalCode: string;
  city: string;
  country: "DE";
  phone: string;
  isDefaultShipping: boolean;
  isDefaultBilling: boolean;
};

export type DefaultKind = "shipping" | "billing";

/** Enough for any household; a bound keeps one account from filling the table. */
export const MAX_ADDRESSES_PER_USER = 50;

const orNull = (value: string) => value.trim() || null;

function columns(input: AddressInput) {
  return {
    fullName: input.fullName.trim(),
    company: orNull(input.company),
    street: input.street.trim(),
    addressLine2: orNull(input.addressLine2),
    postalCode: input.postalCode.trim(),
    city: input.city.trim(),
    country: input.country,
    phone: orNull(input.phone),
    isDefaultShipping: input.isDefaultShipping,
    isDefaultBilling: input.isDefaultBilling,
  };
}

export async function listAddresses(db: Database, userId: string) {
  return db
    .select()
    .from(addresses)
    .where(eq(addresses.userId, userId))
    .orderBy(
      desc(addresses.isDefaultShipping),
      desc(addresses.isDefaultBilling),
      asc(addresses.createdAt),
      asc(addresses.id),
    );
}

export async function getAddress(db: Database, input: { userId: string; addressId: string }) {
  const [row] = await db
    .select()
    .from(addresses)
    .where(and(eq(addresses.id, input.addressId), eq(addresses.userId, input.userId)))
    .limit(1);
  return row ?? null;
}

/**
 * Takes the owner's row lock, so that two concurrent changes of the same address book run one
 * after the other and can never leave two defaults of one kind (READ COMMITTED would let both
 * "clear the others, set mine" statements pass each other).
 */
async function lockOwner(tx: Database, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.id, userId))
    .for("update")
    .limit(1);
  return row !== undefined;
}

/** Clears the defaults this address is about to take over from the owner's other addresses. */
async function clearOtherDefaults(
  tx: Database,
  input: { userId: string; keepId: string | null; shipping: boolean; billing: boolean; now: Date },
) {
  const others = (column: typeof addresses.isDefaultShipping | typeof addresses.isDefaultBilling) =>
    and(
      eq(addresses.userId, input.userId),
      eq(column, true),
      input.keepId ? ne(addresses.id, input.keepId) : undefined,
    );
  if (input.shipping) {
    await tx
      .update(addresses)
      .set({ isDefaultShipping: false, updatedAt: input.now })
      .where(others(addresses.isDefaultShipping));
  }
  if (input.billing) {
    await tx
      .update(addresses)
      .set({ isDefaultBilling: false, updatedAt: input.now })
      .where(others(addresses.isDefaultBilling));
  }
}

export type CreateAddressResult = { status: "created"; id: string } | { status: "limit_reached" };

export async function createAddress(
  db: Database,
  input: { userId: string; address: AddressInput; now: Date },
): Promise<CreateAddressResult> {
  return db.transaction(async (tx) => {
    if (!(await lockOwner(tx, input.userId))) throw new Error("createAddress: unknown user");
    const [existing] = await tx
      .select({ n: count() })
      .from(addresses)
      .where(eq(addresses.userId, input.userId));
    if ((existing?.n ?? 0) >= MAX_ADDRESSES_PER_USER) return { status: "limit_reached" };
    const values = columns(input.address);
    await clearOtherDefaults(tx, {
      userId: input.userId,
      keepId: null,
      shipping: values.isDefaultShipping,
      billing: values.isDefaultBilling,
      now: input.now,
    });
    const [row] = await tx
      .insert(addresses)
      .values({ ...values, userId: input.userId, createdAt: input.now, updatedAt: input.now })
      .returning({ id: addresses.id });
    return { status: "created", id: row!.id };
  });
}

/** Replaces the fields of one of the owner's addresses; false if the owner has no such address. */
export async function updateAddress(
  db: Database,
  input: { userId: string; addressId: string; address: AddressInput; now: Date },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await lockOwner(tx, input.userId))) return false;
    if (!(await getAddress(tx, input))) return false;
    const values = columns(input.address);
    await clearOtherDefaults(tx, {
      userId: input.userId,
      keepId: input.addressId,
      shipping: values.isDefaultShipping,
      billing: values.isDefaultBilling,
      now: input.now,
    });
    await tx
      .update(addresses)
      .set({ ...values, updatedAt: input.now })
      .where(and(eq(addresses.id, input.addressId), eq(addresses.userId, input.userId)));
    return true;
  });
}

export async function deleteAddress(
  db: Database,
  input: { userId: string; addressId: string },
): Promise<boolean> {
  const deleted = await db
    .delete(addresses)
    .where(and(eq(addresses.id, input.addressId), eq(addresses.userId, input.userId)))
    .returning({ id: addresses.id });
  return deleted.length > 0;
}

/** Makes one of the owner's addresses the default of a kind, and no other (one transaction). */
export async function setDefaultAddress(
  db: Database,
  input: { userId: string; addressId: string; kind: DefaultKind; now: Date },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (!(await lockOwner(tx, input.userId))) return false;
    if (!(await getAddress(tx, input))) return false;
    const shipping = input.kind === "shipping";
    await clearOtherDefaults(tx, {
      userId: input.userId,
      keepId: input.addressId,
      shipping,
      billing: !shipping,
      now: input.now,
    });
    await tx
      .update(addresses)
      .set(
        shipping
          ? { isDefaultShipping: true, updatedAt: input.now }
          : { isDefaultBilling: true, updatedAt: input.now },
      )
      .where(and(eq(addresses.id, input.addressId), eq(addresses.userId, input.userId)));
    return true;
  });
}
