import type { APIRequestContext } from "@playwright/test";
import { roleAccount, storageStateFor, type RoleName } from "./fixtures/roles";
import {
  buildActions,
  buildRouteHandlers,
  callAction,
  form,
  type ActionResponse,
} from "./fixtures/server-actions";
import { expect, test } from "./fixtures/test";

/**
 * S5: who may call which server action and route handler. A new action or handler fails the
 * first test until it is entered here, with who may call it and why.
 */
/** "marketer": marketers and admins (catalogue, offers, segments); "admin": no marketer either. */
type Access = "public" | "password-step" | "customer" | "marketer" | "admin";
const ACTIONS: Record<string, { access: Access; why: string }> = {
  "lib/actions/locale.ts#setLocaleAction": {
    access: "public",
    why: "sets the language cookie only",
  },
  "lib/actions/auth.ts#signUpAction": { access: "public", why: "creates an account; rate-limited" },
  "lib/actions/auth.ts#signInAction": { access: "public", why: "checks credentials; rate-limited" },
  "lib/actions/auth.ts#signOutAction": {
    access: "public",
    why: "ends the caller's own session only",
  },
  "lib/actions/auth.ts#forgotPasswordAction": {
    access: "public",
    why: "mails the address's owner only",
  },
  "lib/actions/auth.ts#resetPasswordAction": {
    access: "public",
    why: "the mailed one-time token is the proof",
  },
  "lib/actions/auth.ts#verifyEmailAction": {
    access: "public",
    why: "the mailed one-time token is the proof",
  },
  "lib/actions/auth.ts#resendVerificationAction": {
    access: "public",
    why: "mails the address's owner only",
  },
  "lib/actions/auth.ts#secondFactorAction": {
    access: "password-step",
    why: "needs a session from the password step",
  },
  "lib/actions/account.ts#updateProfileAction": {
    access: "customer",
    why: "the caller's own profile",
  },
  "lib/actions/account.ts#requestEmailChangeAction": {
    access: "customer",
    why: "the caller's own address",
  },
  "lib/actions/account.ts#confirmEmailChangeAction": {
    access: "public",
    why: "the mailed one-time token is the proof",
  },
  "lib/actions/account.ts#changePasswordAction": {
    access: "customer",
    why: "needs the current password too",
  },
  "lib/actions/account.ts#endSessionAction": {
    access: "customer",
    why: "the caller's own sessions",
  },
  "lib/actions/account.ts#signOutEverywhereAction": {
    access: "customer",
    why: "the caller's own sessions",
  },
  "lib/actions/account.ts#createAddressAction": {
    access: "customer",
    why: "the caller's own address book",
  },
  "lib/actions/account.ts#updateAddressAction": {
    access: "customer",
    why: "the caller's own address book",
  },
  "lib/actions/account.ts#deleteAddressAction": {
    access: "customer",
    why: "the caller's own address book",
  },
  "lib/actions/account.ts#setDefaultAddressAction": {
    access: "customer",
    why: "the caller's own address book",
  },
  "lib/actions/staff.ts#inviteStaffAction": { access: "admin", why: "staff management" },
  "lib/actions/staff.ts#changeStaffRoleAction": { access: "admin", why: "staff management" },
  "lib/actions/cart.ts#addToCartAction": {
    access: "public",
    why: "guests shop too; the cart comes from the session or the httpOnly cookie",
  },
  "lib/actions/cart.ts#updateQuantityAction": {
    access: "public",
    why: "only lines of the caller's own cart",
  },
  "lib/actions/cart.ts#removeItemAction": {
    access: "public",
    why: "only lines of the caller's own cart",
  },
  "lib/actions/cart.ts#applyVoucherAction": {
    access: "public",
    why: "the caller's own cart; rate-limited",
  },
  "lib/actions/cart.ts#removeVoucherAction": { access: "public", why: "the caller's own cart" },
  "lib/actions/checkout.ts#placeOrderAction": {
    access: "public",
    why: "guests order too; the cart comes from the session or cookie, never the form",
  },
  "lib/actions/checkout.ts#completeChallengeAction": {
    access: "public",
    why: "only the order's owner (session or signed guest cookie); 404 otherwise",
  },
  "lib/actions/orders.ts#cancelOrderAction": { access: "customer", why: "the caller's own orders" },
  "lib/actions/orders.ts#buyAgainAction": { access: "customer", why: "the caller's own orders" },
  "lib/actions/consent.ts#saveConsentAction": {
    access: "public",
    why: "records the caller's own choice (their cookie subject or account)",
  },
  "lib/actions/staff.ts#acceptInviteAction": {
    access: "public",
    why: "the mailed one-time invite token is the proof",
  },
  "lib/actions/personalization.ts#setLevelAction": {
    access: "customer",
    why: "the caller's own setting",
  },
  "lib/actions/personalization.ts#setInterestsAction": {
    access: "customer",
    why: "the caller's own interests",
  },
  "lib/actions/personalization.ts#markNotInterestedAction": {
    access: "customer",
    why: "the caller's own marks",
  },
  "lib/actions/personalization.ts#undoNotInterestedAction": {
    access: "customer",
    why: "only the caller's own rows",
  },
  "lib/actions/personalization.ts#dismissOfferAction": {
    access: "customer",
    why: "the caller's own offers",
  },
  "lib/actions/personalization.ts#restoreOfferAction": {
    access: "customer",
    why: "the caller's own offers",
  },
  "lib/actions/personalization.ts#objectToProfilingAction": {
    access: "customer",
    why: "the caller's own objection",
  },
  "lib/actions/personalization.ts#liftObjectionAction": {
    access: "customer",
    why: "the caller's own objection",
  },
  "lib/actions/newsletter.ts#subscribeNewsletterAction": {
    access: "public",
    why: "only mails a confirmation link to the address; rate-limited",
  },
  "lib/actions/newsletter.ts#confirmNewsletterAction": {
    access: "public",
    why: "the mailed one-time token is the proof",
  },
  "lib/actions/newsletter.ts#unsubscribeNewsletterAction": {
    access: "public",
    why: "the signed link is the proof; it can only end a subscription",
  },
  "lib/actions/price-alerts.ts#createPriceAlertAction": {
    access: "customer",
    why: "the caller's own alerts",
  },
  "lib/actions/price-alerts.ts#cancelPriceAlertAction": {
    access: "customer",
    why: "only the caller's own alerts",
  },
  "lib/actions/price-alerts.ts#dismissPriceAlertNoticeAction": {
    access: "customer",
    why: "only the caller's own alerts",
  },
  "lib/actions/privacy-export.ts#confirmPasswordForExportAction": {
    access: "customer",
    why: "the caller's own session; rate-limited",
  },
  "lib/actions/privacy-erasure.ts#deleteAccountAction": {
    access: "customer",
    why: "the caller's own account, after the password",
  },
  "lib/actions/privacy-requests.ts#requestGuestPrivacyLinkAction": {
    access: "public",
    why: "only mails a one-time link to the address; same answer for every address; rate-limited",
  },
  "lib/actions/privacy-requests.ts#confirmGuestPrivacyRequestAction": {
    access: "public",
    why: "the mailed one-time token is the proof; rate-limited",
  },
  "lib/actions/privacy-requests.ts#setProcessingLimitAction": {
    access: "customer",
    why: "the caller's own limits",
  },
  "lib/actions/privacy-requests.ts#requestCorrectionAction": {
    access: "customer",
    why: "a request about the caller's own data",
  },
  "lib/actions/privacy-requests.ts#startPrivacyRequestAction": {
    access: "admin",
    why: "privacy officer and admin only",
  },
  "lib/actions/privacy-requests.ts#completePrivacyRequestAction": {
    access: "admin",
    why: "privacy officer and admin only",
  },
  "lib/actions/privacy-requests.ts#extendPrivacyRequestAction": {
    access: "admin",
    why: "privacy officer and admin only",
  },
  "lib/actions/privacy-requests.ts#refusePrivacyRequestAction": {
    access: "admin",
    why: "privacy officer and admin only",
  },
  "lib/actions/admin-offers.ts#saveOfferAction": {
    access: "marketer",
    why: "marketers and admins; audit-logged",
  },
  "lib/actions/admin-offers.ts#changeOfferStatusAction": {
    access: "marketer",
    why: "marketers and admins; audit-logged",
  },
  "lib/actions/admin-catalog.ts#updateProductAction": {
    access: "marketer",
    why: "marketers and admins; catalogue only; audit-logged",
  },
  "lib/actions/admin-catalog.ts#changePriceAction": {
    access: "marketer",
    why: "marketers and admins; catalogue only; audit-logged",
  },
  "lib/actions/admin-catalog.ts#setStockAction": {
    access: "marketer",
    why: "marketers and admins; catalogue only; audit-logged",
  },
  "lib/actions/admin-catalog.ts#addImageAction": {
    access: "marketer",
    why: "marketers and admins; catalogue only; audit-logged",
  },
  "lib/actions/admin-catalog.ts#removeImageAction": {
    access: "marketer",
    why: "marketers and admins; catalogue only; audit-logged",
  },
  "lib/actions/admin-catalog.ts#setCategorySensitiveAction": {
    access: "marketer",
    why: "marketers and admins; catalogue only; audit-logged",
  },
  "lib/actions/admin-catalog.ts#renameCategoryAction": {
    access: "marketer",
    why: "marketers and admins; catalogue only; audit-logged",
  },
  "lib/actions/admin-catalog.ts#createProductAction": {
    access: "marketer",
    why: "marketers and admins; catalogue only; audit-logged",
  },
  "lib/actions/admin-segments.ts#segmentFormAction": {
    access: "marketer",
    why: "marketers and admins; sizes only, never members",
  },
  "lib/actions/admin-segments.ts#archiveSegmentAction": {
    access: "marketer",
    why: "marketers and admins; sizes only, never members",
  },
  "lib/actions/admin-orders.ts#markOrderShippedAction": {
    access: "admin",
    why: "admins only; customer data views audit-logged",
  },
  "lib/actions/admin-orders.ts#markOrderDeliveredAction": {
    access: "admin",
    why: "admins only; customer data views audit-logged",
  },
  "lib/actions/admin-orders.ts#cancelOrderAsStaffAction": {
    access: "admin",
    why: "admins only; customer data views audit-logged",
  },
  "lib/actions/admin-orders.ts#revealOrderCustomerAction": {
    access: "admin",
    why: "admins only; customer data views audit-logged",
  },
  "lib/actions/withdrawal.ts#withdrawalAction": {
    access: "public",
    why: "guests withdraw by order number and e-mail together; rate-limited; same answer for every miss",
  },
  "lib/actions/reservations.ts#reserveInStoreAction": {
    access: "customer",
    why: "reserves for the caller; limit 3 active",
  },
  "lib/actions/reservations.ts#cancelReservationAction": {
    access: "customer",
    why: "only the caller's own reservations",
  },
  "lib/actions/reservations.ts#markReservationPickedUpAction": {
    access: "admin",
    why: "admins only; audit-logged",
  },
  "lib/actions/withdrawal.ts#refundWithdrawalAction": {
    access: "admin",
    why: "admins only; audit-logged",
  },
  "lib/actions/returns.ts#requestReturnAction": {
    access: "customer",
    why: "only the caller's own delivered orders",
  },
  "lib/actions/returns.ts#receiveReturnAction": {
    access: "admin",
    why: "admins only; audit-logged",
  },
  "lib/actions/returns.ts#refundReturnAction": {
    access: "admin",
    why: "admins only; audit-logged",
  },
  "lib/actions/returns.ts#completeExchangeAction": {
    access: "admin",
    why: "admins only; audit-logged",
  },
  "lib/actions/returns.ts#refuseReturnAction": {
    access: "admin",
    why: "admins only; audit-logged",
  },
  "lib/actions/nearby.ts#findNearbyStoresAction": {
    access: "public",
    why: "reads stores and stock; stores nothing about the caller",
  },
};

const ROUTES: Record<string, { access: "public" | "owner" | "self"; why: string }> = {
  "/api/health": { access: "public", why: "says only whether the app and database answer" },
  "/media/products/[file]": { access: "public", why: "generated product art, no data" },
  "/api/search/suggest": { access: "public", why: "product names only" },
  "/account/orders/[orderNumber]/invoice": {
    access: "owner",
    why: "the order's customer, or its guest by the signed cookie",
  },
  "/checkout/confirmation/[orderNumber]/invoice": {
    access: "owner",
    why: "the order's customer, or its guest by the signed cookie",
  },
  "/api/account/consent/[id]/receipt": { access: "owner", why: "the decision's customer only" },
  "/api/account/export": {
    access: "self",
    why: "the caller's own data only, after re-entering the password",
  },
  "/api/account/export/zip": {
    access: "self",
    why: "the caller's own data only, after re-entering the password",
  },
  "/api/privacy/export-schema": { access: "public", why: "the export's JSON Schema, no data" },
  "/api/newsletter/unsubscribe": {
    access: "public",
    why: "RFC 8058 one-click: the signed link is the proof; it can only end a subscription",
  },
};

/** Headers that once let requests skip Next.js middleware (CVE-2025-29927) and similar tricks. */
const BYPASS_HEADERS: Record<string, string>[] = [
  {},
  { "x-middleware-subrequest": "middleware" },
  { "x-middleware-subrequest": "proxy" },
  { "x-middleware-subrequest": "src/middleware" },
  { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
  { "x-nextjs-data": "1" },
  { "x-invoke-path": "/account", "x-invoke-query": "{}" },
  { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
];

const GENERIC_FIELDS = {
  name: "Mallory",
  email: "mallory@evil.example",
  role: "admin",
  userId: "00000000-0000-4000-8000-000000000000",
  addressId: "00000000-0000-4000-8000-000000000000",
  sessionId: "00000000-0000-4000-8000-000000000000",
  kind: "shipping",
  fullName: "Mallory",
  street: "Hackerweg 1",
  postalCode: "10115",
  city: "Berlin",
  country: "DE",
  phone: "",
  password: "Ein-sehr-langes-Passwort-1",
  currentPassword: "Ein-sehr-langes-Passwort-1",
  code: "123456",
  alertId: "00000000-0000-4000-8000-000000000000",
  offerId: "00000000-0000-4000-8000-000000000000",
  categoryId: "00000000-0000-4000-8000-000000000000",
  id: "00000000-0000-4000-8000-000000000000",
  productId: "00000000-0000-4000-8000-000000000000",
  level: "off",
  targetPrice: "1,00",
  purpose: "marketing",
  active: "true",
  reason: "Weil ich es sage",
  category: "account",
  details: "Bitte ändern",
  confirm: "on",
  token: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  orderNumber: "VT-0000-0000",
  returnId: "00000000-0000-4000-8000-000000000000",
  reservationId: "00000000-0000-4000-8000-000000000000",
  withdrawalId: "00000000-0000-4000-8000-000000000000",
  step: "confirm",
  mode: "order",
  intent: "save",
  command: "end",
  variantId: "00000000-0000-4000-8000-000000000000",
  storeId: "00000000-0000-4000-8000-000000000000",
  imageId: "00000000-0000-4000-8000-000000000000",
  price: "1,00",
  quantity: "0",
  sensitive: "false",
  nameDe: "Mallory",
  nameEn: "Mallory",
};

/** Actions that take no arguments, or only the form (no previous state). */
const NO_ARGS = new Set(["signOutEverywhereAction", "signOutAction", "removeVoucherAction"]);
const FORM_ONLY = new Set(["buyAgainAction", "completeChallengeAction", "archiveSegmentAction"]);

function argsFor(exportedName: string, fields: Record<string, string> = GENERIC_FIELDS): unknown[] {
  if (NO_ARGS.has(exportedName)) return [];
  if (FORM_ONLY.has(exportedName)) return [form(fields)];
  return [{ status: "idle" }, form(fields)];
}

/**
 * A refusal: sent to sign-in, not found (notFound() arrives as a 404 digest in the action's
 * payload), or refused outright (403 from our origin check; Next.js itself answers a forwarded
 * host that does not match the Origin with an error).
 */
function refused(response: ActionResponse, headers: Record<string, string> = {}): boolean {
  if (response.redirect?.includes("/sign-in")) return true;
  if (response.status === 404 || response.status === 403) return true;
  if (response.body.includes("NEXT_HTTP_ERROR_FALLBACK;404")) return true;
  return "x-forwarded-host" in headers && response.status === 500;
}

test.describe("authorization of every server action and route handler (S5)", () => {
  test("every action and route handler of the build has an entry in the policy table", () => {
    const actions = buildActions()
      .map((a) => a.key)
      .sort();
    expect(
      actions.filter((key) => !(key in ACTIONS)),
      "actions without a policy entry",
    ).toEqual([]);
    expect(
      Object.keys(ACTIONS).filter((key) => !actions.includes(key)),
      "policy entries without an action",
    ).toEqual([]);
    const routes = buildRouteHandlers();
    expect(
      routes.filter((r) => !(r in ROUTES)),
      "route handlers without a policy entry",
    ).toEqual([]);
    expect(
      Object.keys(ROUTES).filter((r) => !routes.includes(r)),
      "policy entries without a route",
    ).toEqual([]);
  });

  test("anonymous callers reach no protected action, with or without bypass headers", async ({
    playwright,
    baseURL,
    shopDb,
  }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    for (const action of buildActions().filter((a) => ACTIONS[a.key]?.access !== "public")) {
      for (const headers of BYPASS_HEADERS) {
        const before = await shopDb.fingerprint();
        const response = await callAction(
          anonymous,
          baseURL!,
          action.id,
          argsFor(action.exportedName),
          headers,
        );
        expect(
          refused(response, headers),
          `${action.key} ${JSON.stringify(headers)} → ${response.status} ${response.redirect}`,
        ).toBe(true);
        expect(await shopDb.fingerprint(), `${action.key} changed data`).toBe(before);
      }
    }
    await anonymous.dispose();
  });

  async function as(
    role: RoleName,
    playwright: { request: { newContext: (options: object) => Promise<APIRequestContext> } },
    baseURL: string,
  ): Promise<APIRequestContext> {
    return playwright.request.newContext({ baseURL, storageState: storageStateFor(role) });
  }

  test("customer B, and a marketer, cannot read or change customer A's addresses or sessions", async ({
    playwright,
    baseURL,
    shopDb,
  }) => {
    const alice = roleAccount("customerA");
    const [address] = await shopDb.query<{ id: string }>(
      `insert into addresses (user_id, full_name, street, postal_code, city) values ($1, 'Alma Adler', 'Lindenallee 3', '10115', 'Berlin') returning id`,
      [alice.id],
    );
    const [session] = await shopDb.query<{ id: string }>(
      "select id from sessions where user_id = $1 and revoked_at is null order by created_at desc limit 1",
      [alice.id],
    );
    expect(session).toBeTruthy();
    const byName = new Map(buildActions().map((a) => [a.exportedName, a]));
    const probes: [string, Record<string, string>][] = [
      ["updateAddressAction", { ...GENERIC_FIELDS, addressId: address!.id }],
      ["deleteAddressAction", { addressId: address!.id }],
      ["setDefaultAddressAction", { addressId: address!.id, kind: "billing" }],
      ["endSessionAction", { sessionId: session!.id }],
    ];
    for (const role of ["customerB", "marketer"] as const) {
      const context = await as(role, playwright, baseURL!);
      for (const [name, fields] of probes) {
        const action = byName.get(name);
        expect(action, name).toBeTruthy();
        const before = await shopDb.fingerprint();
        const response = await callAction(context, baseURL!, action!.id, argsFor(name, fields));
        expect(response.status, `${role} ${name}`).toBeLessThan(500);
        expect(await shopDb.fingerprint(), `${role} ${name} changed A's data`).toBe(before);
      }
      const page = await context.get(`/account/addresses/${address!.id}`);
      expect(page.status(), `${role} opening A's address`).toBe(404);
      expect(await page.text()).not.toContain("Lindenallee 3");
      await context.dispose();
    }
    const [still] = await shopDb.query<{ revoked_at: Date | null }>(
      "select revoked_at from sessions where id = $1",
      [session!.id],
    );
    expect(still?.revoked_at).toBeNull();
  });

  test("nobody but its owner gets an order's invoice or consent receipt, or acts on the order", async ({
    playwright,
    baseURL,
    shopDb,
  }) => {
    const alice = roleAccount("customerA");
    const { orderNumber } = await shopDb.createOrder(alice);
    const [receipt] = await shopDb.query<{ id: string }>(
      `insert into consent_events (subject_id, user_id, notice_version, language, purposes, method, withdrawal_method)
       values ('s_authz_probe', $1, 'v', 'de', '{"preferences":true,"analytics":false,"personalization":false,"marketing":false}', 'settings', 'footer') returning id`,
      [alice.id],
    );
    const receiptId = receipt!.id;
    const owner = await as("customerA", playwright, baseURL!);
    expect((await owner.get(`/account/orders/${orderNumber}/invoice`)).status()).toBe(200);
    expect((await owner.get(`/api/account/consent/${receiptId}/receipt`)).status()).toBe(200);
    await owner.dispose();
    const anonymous = await playwright.request.newContext({ baseURL });
    const byName = new Map(buildActions().map((a) => [a.exportedName, a]));
    for (const role of [null, "customerB", "marketer"] as const) {
      const context = role ? await as(role, playwright, baseURL!) : anonymous;
      for (const route of Object.keys(ROUTES).filter((r) => ROUTES[r]!.access === "owner")) {
        for (const headers of BYPASS_HEADERS) {
          const path = route.replace("[orderNumber]", orderNumber).replace("[id]", receiptId);
          const response = await context.get(path, { headers, maxRedirects: 0 });
          const location = response.headers()["location"] ?? "";
          const closed = response.status() === 404 || location.includes("/sign-in");
          expect(closed, `${role ?? "anonymous"} ${route} → ${response.status()}`).toBe(true);
          expect(response.headers()["content-type"] ?? "").not.toContain("pdf");
        }
      }
      for (const name of ["cancelOrderAction", "buyAgainAction"]) {
        const before = await shopDb.fingerprint();
        const response = await callAction(
          context,
          baseURL!,
          byName.get(name)!.id,
          argsFor(name, { orderNumber }),
        );
        expect(response.status, `${role} ${name}`).toBeLessThan(500);
        expect(await shopDb.fingerprint(), `${role} ${name} changed A's data`).toBe(before);
      }
      const [order] = await shopDb.query<{ status: string }>(
        "select status from orders where order_number = $1",
        [orderNumber],
      );
      expect(order?.status).toBe("paid");
      if (role) await context.dispose();
    }
    await anonymous.dispose();
  });

  test("customers and marketers reach no admin action or page", async ({
    playwright,
    baseURL,
    shopDb,
  }) => {
    const adminActions = buildActions().filter((a) => ACTIONS[a.key]?.access === "admin");
    expect(adminActions.length).toBeGreaterThan(0);
    const victim = roleAccount("customerA");
    for (const role of ["customerA", "marketer"] as const) {
      const context = await as(role, playwright, baseURL!);
      for (const action of adminActions) {
        for (const headers of BYPASS_HEADERS) {
          const before = await shopDb.fingerprint();
          const response = await callAction(
            context,
            baseURL!,
            action.id,
            argsFor(action.exportedName, {
              ...GENERIC_FIELDS,
              userId: victim.id,
              email: `new-${Date.now()}@e2e.example`,
            }),
            headers,
          );
          expect(refused(response, headers), `${role} ${action.key} → ${response.status}`).toBe(
            true,
          );
          expect(await shopDb.fingerprint(), `${role} ${action.key} changed data`).toBe(before);
        }
      }
      for (const path of ["/admin/staff", ...(role === "customerA" ? ["/admin"] : [])]) {
        for (const headers of BYPASS_HEADERS) {
          const response = await context.get(path, { headers, maxRedirects: 0 });
          // 404, or (when a forged x-forwarded-proto hides the session cookie) sent to sign-in.
          const closed =
            response.status() === 404 ||
            (response.status() === 307 &&
              (response.headers()["location"] ?? "").includes("/sign-in"));
          expect(
            closed,
            `${role} GET ${path} ${JSON.stringify(headers)} → ${response.status()}`,
          ).toBe(true);
        }
      }
      await context.dispose();
    }
  });

  test("personal pages stay closed to anonymous visitors whatever the headers", async ({
    playwright,
    baseURL,
  }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    for (const path of [
      "/account",
      "/account/profile",
      "/account/addresses",
      "/account/security",
      "/admin",
      "/admin/staff",
    ]) {
      for (const headers of BYPASS_HEADERS) {
        const response = await anonymous.get(path, { headers, maxRedirects: 0 });
        const location = response.headers()["location"] ?? "";
        expect(
          [307, 308, 303, 404].includes(response.status()) &&
            (response.status() === 404 || location.includes("/sign-in")),
          `${path} ${JSON.stringify(headers)} → ${response.status()} ${location}`,
        ).toBe(true);
      }
    }
    for (const route of Object.keys(ROUTES).filter((r) => ROUTES[r]!.access === "public")) {
      const path = route.replace("[file]", "camera-10-0.svg");
      for (const headers of BYPASS_HEADERS) {
        const response = await anonymous.get(path, { headers });
        expect(response.status(), `${path}`).toBe(200);
      }
    }
    await anonymous.dispose();
  });

  test("the export routes answer only the signed-in caller, and only after the password again", async ({
    playwright,
    baseURL,
  }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    const customer = await as("customerB", playwright, baseURL!);
    for (const route of Object.keys(ROUTES).filter((r) => ROUTES[r]!.access === "self")) {
      for (const headers of BYPASS_HEADERS) {
        const open = await anonymous.get(route, { headers, maxRedirects: 0 });
        const location = open.headers()["location"] ?? "";
        expect(
          open.status() === 401 || location.includes("/sign-in"),
          `anonymous ${route} ${JSON.stringify(headers)} → ${open.status()} ${location}`,
        ).toBe(true);
        const signedIn = await customer.get(route, { headers, maxRedirects: 0 });
        expect(signedIn.status(), `customer without re-authentication ${route}`).not.toBe(200);
        expect(signedIn.headers()["content-disposition"] ?? "").toBe("");
      }
    }
    await anonymous.dispose();
    await customer.dispose();
  });

  test("customers reach no marketer action (catalogue, offers, segments)", async ({
    playwright,
    baseURL,
    shopDb,
  }) => {
    const marketerActions = buildActions().filter((a) => ACTIONS[a.key]?.access === "marketer");
    expect(marketerActions.length).toBeGreaterThan(0);
    const context = await as("customerA", playwright, baseURL!);
    for (const action of marketerActions) {
      const before = await shopDb.fingerprint();
      const response = await callAction(context, baseURL!, action.id, argsFor(action.exportedName));
      expect(refused(response), `customer ${action.key} → ${response.status}`).toBe(true);
      expect(await shopDb.fingerprint(), `${action.key} changed data`).toBe(before);
    }
    for (const path of [
      "/admin",
      "/admin/insights",
      "/admin/segments",
      "/admin/segments/new",
      "/admin/offers",
      "/admin/offers/new",
      "/admin/catalog",
      "/admin/catalog/categories",
      "/admin/orders",
      "/admin/audit",
      "/admin/consent",
      "/admin/staff",
      "/admin/privacy/requests",
      "/admin/privacy/retention",
      "/admin/privacy/records",
    ]) {
      const response = await context.get(path, { maxRedirects: 0 });
      expect([403, 404, 307, 303, 302], `customer ${path}`).toContain(response.status());
    }
    await context.dispose();
  });

  test("marketers reach no individual customer's data: orders, audit log, privacy requests", async ({
    playwright,
    baseURL,
  }) => {
    const context = await as("marketer", playwright, baseURL!);
    for (const path of [
      "/admin/orders",
      "/admin/audit",
      "/admin/privacy/requests",
      "/admin/consent",
      "/admin/staff",
    ]) {
      const response = await context.get(path, { maxRedirects: 0 });
      expect(response.status(), `marketer ${path}`).not.toBe(200);
    }
    await context.dispose();
  });
});
