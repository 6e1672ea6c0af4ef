import { createTranslator } from "next-intl";
import { formatMoney } from "@/lib/format/money";
import de from "./messages/de.json" with { type: "json" };
import en from "./messages/en.json" with { type: "json" };

export type MailLocale = "de" | "en";
export type StaffRole = "marketer" | "privacy_officer" | "admin";

/** Every mail the shop sends; `template` is stored in `mail_outbox.template`. */
export type MailContent =
  | { template: "verify-email"; name: string; link: string }
  | { template: "reset-password"; name: string; link: string }
  /** Sent to the NEW address; the change applies only after this link is opened. */
  | { template: "change-email"; name: string; link: string; newEmail: string }
  /** Notice to the OLD address once the change has applied. */
  | { template: "email-changed"; name: string; newEmail: string }
  /** Sign-up with an address that already has an account: the form answers as usual (enumeration-safe). */
  | { template: "sign-up-existing"; name: string; signInLink: string; resetLink: string }
  | { template: "password-changed"; name: string; resetLink: string }
  | {
      template: "staff-invite";
      name: string;
      link: string;
      role: StaffRole;
      invitedByName: string;
    }
  /** The contract confirmation on a durable medium (§ 312f BGB), with the withdrawal policy (L2). */
  | ({ template: "order-confirmation"; name: string } & OrderConfirmationMail)
  /** Double opt-in for the newsletter (UWG §7): the link opens a page whose button confirms. */
  | { template: "newsletter-confirm"; link: string }
  /** Marketing mail: always sent with `List-Unsubscribe` headers and a visible unsubscribe link (L6). */
  | ({ template: "newsletter-issue" } & NewsletterIssueMail)
  /** The price of a product fell to the customer's wish price (a service the customer asked for). */
  | {
      template: "price-alert";
      name: string;
      productName: string;
      link: string;
      priceCents: number;
      targetPriceCents: number;
      alertsLink: string;
    }
  /**
   * Confirmation of an erasure (Art. 17, R4), sent to the address before it is erased. `kept`
   * lists what a legal retention keeps (restricted) and until when; `until` is an ISO date.
   */
  | {
      template: "account-deleted";
      name: string;
      /** ISO timestamp of the erasure. */
      deletedAt: string;
      kept: { label: string; until: string; law: string }[];
      /** A guest's erasure (R7): the data under their address, there was no account. */
      guest?: boolean;
    }
  /** One-time link proving control of the address for a guest's privacy request (R7). */
  | { template: "guest-privacy-link"; link: string }
  /** A data subject request (R6) was received, extended, completed or refused (Art. 12(3), (4)). */
  | ({ template: "privacy-request-update" } & PrivacyRequestUpdateMail)
  /**
   * Acknowledgment of a withdrawal on a durable medium (§356a BGB, L2): its content and the date
   * and time it was declared, in Berlin time. A commercial letter (kept six years).
   */
  | {
      template: "withdrawal-acknowledgment";
      name: string;
      orderNumber: string;
      statement: string;
      /** ISO timestamp of the declaration. */
      declaredAt: string;
      /** ISO timestamp by which the refund is due (declaration + 14 days). */
      refundDueAt: string;
    }
  /** A return or exchange was requested, received, refunded, exchanged or refused. */
  | {
      template: "return-update";
      name: string;
      orderNumber: string;
      kind: "return" | "exchange";
      status: "requested" | "received" | "refunded" | "exchanged" | "refused";
      /** Where the return label is printed; null when none (e.g. return in a store). */
      labelLink: string | null;
      /** Why the return was refused, in the staff member's words. */
      reason: string | null;
    }
  /** Click and reserve: the item is held in a store until `expiresAt` (ISO). */
  | {
      template: "reservation-confirmed";
      name: string;
      productName: string;
      storeName: string;
      storeAddress: string;
      pickupCode: string;
      expiresAt: string;
    };

export type PrivacyRequestKind =
  "access" | "export" | "rectification" | "restriction" | "objection" | "erasure";
export type PrivacyRequestStatus =
  "received" | "in_progress" | "extended" | "completed" | "refused";

export type PrivacyRequestUpdateMail = {
  name: string | null;
  kind: PrivacyRequestKind;
  status: PrivacyRequestStatus;
  /** ISO timestamp by which the request will be answered (received, in_progress, extended). */
  dueAt: string | null;
  /** Why the request was extended or refused, in the officer's words. */
  reason: string | null;
  /** Where the customer sees the request (account) or can act on it; null for none. */
  link: string | null;
};

export type NewsletterIssueMail = {
  name: string | null;
  unsubscribeLink: string;
  items: { name: string; link: string; priceCents: number }[];
  offers: { name: string; description: string; code: string | null }[];
  /** Only for subscribers whose personalization is allowed; `why` is one line per item. */
  personalPicks: { name: string; link: string; priceCents: number; why: string }[];
};

export type MailAddress = {
  fullName: string;
  company?: string | null;
  street: string;
  addressLine2?: string | null;
  postalCode: string;
  city: string;
  country: string;
};

export type OrderConfirmationMail = {
  orderNumber: string;
  /** ISO timestamp of the order. */
  placedAt: string;
  lines: { name: string; sku: string; quantity: number; vatRate: number; totalCents: number }[];
  subtotalCents: number;
  discountCents: number;
  shippingCents: number;
  totalCents: number;
  vatLines: { rate: number; netCents: number; vatCents: number; grossCents: number }[];
  shippingMethod: "standard" | "express" | "pickup";
  shippingAddress: MailAddress | null;
  /** Name and address of the store, for pickup. */
  pickupStore: string | null;
  billingAddress: MailAddress;
  paymentMethod: "card" | "invoice";
  cardSummary: string | null;
  /** The order page in the account; null for guests. */
  orderLink: string | null;
};

export type MailTemplate = MailContent["template"];

/**
 * Marketing mails (UWG §7, L6): only to confirmed newsletter subscribers, each with
 * `List-Unsubscribe` headers (lib/newsletter/links.ts) and a visible unsubscribe link.
 */
export const MARKETING_MAIL_TEMPLATES = ["newsletter-issue"] as const;
export type MarketingMailContent = Extract<
  MailContent,
  { template: (typeof MARKETING_MAIL_TEMPLATES)[number] }
>;

export function isMarketingMail(content: MailContent): content is MarketingMailContent {
  return (MARKETING_MAIL_TEMPLATES as readonly string[]).includes(content.template);
}
export type RenderedMail = { subject: string; html: string; text: string };

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** How long the links in these mails work: the token issuers use the same figures as the text. */
export const MAIL_LINK_TTL_MS = {
  "verify-email": 24 * HOUR_MS,
  "change-email": 24 * HOUR_MS,
  "reset-password": 1 * HOUR_MS,
  "staff-invite": 7 * DAY_MS,
  "newsletter-confirm": 48 * HOUR_MS,
  "guest-privacy-link": 1 * HOUR_MS,
} as const satisfies Partial<Record<MailTemplate, number>>;

export const MAIL_MESSAGES: Record<MailLocale, typeof de> = { de, en };

const COLOURS = {
  ink: "#1c2333",
  inkSoft: "#4a5163",
  brass: "#9a6b1f",
  paper: "#f6f3ee",
  card: "#ffffff",
  line: "#e4ddd0",
};
const FONT = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

function translatorFor(locale: MailLocale) {
  return createTranslator({
    locale,
    messages: MAIL_MESSAGES[locale],
    timeZone: "Europe/Berlin",
    // A missing string in a mail is a bug: fail loudly (the tests render every template).
    onError: (error) => {
      throw error;
    },
  });
}
type Translator = ReturnType<typeof translatorFor>;

type Block =
  | { kind: "paragraph"; text: string }
  | { kind: "action"; label: string; url: string; validity?: string }
  | { kind: "heading"; text: string }
  /** Lines kept together, e.g. an address (line breaks in HTML). */
  | { kind: "lines"; lines: string[] }
  /** Label and amount pairs, e.g. totals. */
  | { kind: "rows"; rows: { label: string; value: string; strong?: boolean }[] }
  /** A product with its price and link, optionally one line saying why it is shown. */
  | { kind: "product"; name: string; price: string; url: string; note?: string };

type MailLayout = {
  subject: string;
  preheader: string;
  heading: string;
  blocks: Block[];
  reason: string;
};

type Namespace =
  | "verifyEmail"
  | "resetPassword"
  | "changeEmail"
  | "emailChanged"
  | "signUpExisting"
  | "passwordChanged"
  | "staffInvite"
  | "orderConfirmation"
  | "newsletterConfirm"
  | "newsletterIssue"
  | "guestPrivacyLink";

const paragraph = (text: string): Block => ({ kind: "paragraph", text });

/** Only absolute http(s) links go into a mail: never `javascript:` or a relative path. */
function checkLink(url: string): string {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new Error(`Mail link is not an absolute URL: ${url}`);
  }
  if (protocol !== "https:" && protocol !== "http:") {
    throw new Error(`Mail link must use http(s): ${url}`);
  }
  return url;
}

function action(label: string, url: string, validity?: string): Block {
  return { kind: "action", label, url: checkLink(url), validity };
}

function productBlock(name: string, price: string, url: string, note?: string): Block {
  return { kind: "product", name, price, url: checkLink(url), note };
}

function validity(t: Translator, ttlMs: number): string {
  return ttlMs >= 2 * DAY_MS && ttlMs % DAY_MS === 0
    ? t("layout.validDays", { days: ttlMs / DAY_MS })
    : t("layout.validHours", { hours: ttlMs / HOUR_MS });
}

function frame(t: Translator, ns: Namespace, blocks: Block[]): MailLayout {
  return {
    subject: t(`${ns}.subject`),
    preheader: t(`${ns}.preheader`),
    heading: t(`${ns}.heading`),
    blocks,
    reason: t(`${ns}.reason`),
  };
}

function formatRate(rate: number, locale: MailLocale): string {
  return new Intl.NumberFormat(locale === "de" ? "de-DE" : "en-GB", {
    style: "percent",
    maximumFractionDigits: 2,
  }).format(rate / 10000);
}

function orderConfirmationLayout(
  content: OrderConfirmationMail,
  t: Translator,
  locale: MailLocale,
): MailLayout {
  const addressLines = (address: MailAddress) =>
    [
      address.fullName,
      address.company,
      address.street,
      address.addressLine2,
      `${address.postalCode} ${address.city}`,
      address.country === "DE" ? t("orderConfirmation.germany") : address.country,
    ].filter((line): line is string => Boolean(line));
  const money = (cents: number) => formatMoney(cents, locale);
  type WithdrawalKey = keyof (typeof de)["orderConfirmation"]["withdrawal"];
  type FormKey = keyof (typeof de)["orderConfirmation"]["form"];
  const w = (key: WithdrawalKey) => paragraph(t(`orderConfirmation.withdrawal.${key}`));
  const f = (key: FormKey) => t(`orderConfirmation.form.${key}`);
  const placedAt = new Date(content.placedAt);
  const delivery: Block[] =
    content.shippingMethod === "pickup" || !content.shippingAddress
      ? [
          { kind: "heading", text: t("orderConfirmation.pickupStore") },
          { kind: "lines", lines: [content.pickupStore ?? ""] },
        ]
      : [
          { kind: "heading", text: t("orderConfirmation.shippingAddress") },
          { kind: "lines", lines: addressLines(content.shippingAddress) },
        ];
  return {
    subject: t("orderConfirmation.subject", { orderNumber: content.orderNumber }),
    preheader: t("orderConfirmation.preheader"),
    heading: t("orderConfirmation.heading"),
    reason: t("orderConfirmation.reason"),
    blocks: [
      paragraph(t("orderConfirmation.intro")),
      {
        kind: "rows",
        rows: [
          { label: t("orderConfirmation.orderNumber"), value: content.orderNumber, strong: true },
          {
            label: t("orderConfirmation.placedAt"),
            value: t("orderConfirmation.placedAtValue", { placedAt }),
          },
        ],
      },
      { kind: "heading", text: t("orderConfirmation.itemsHeading") },
      {
        kind: "rows",
        rows: content.lines.map((line) => ({
          label: t("orderConfirmation.line", {
            quantity: line.quantity,
            name: line.name,
            sku: line.sku,
            rate: formatRate(line.vatRate, locale),
          }),
          value: money(line.totalCents),
        })),
      },
      { kind: "heading", text: t("orderConfirmation.totalsHeading") },
      {
        kind: "rows",
        rows: [
          { label: t("orderConfirmation.subtotal"), value: money(content.subtotalCents) },
          ...(content.discountCents > 0
            ? [
                {
                  label: t("orderConfirmation.discount"),
                  value: `−${money(content.discountCents)}`,
                },
              ]
            : []),
          {
            label: `${t("orderConfirmation.shipping")} (${t(`orderConfirmation.shippingMethods.${content.shippingMethod}`)})`,
            value:
              content.shippingCents === 0
                ? t("orderConfirmation.free")
                : money(content.shippingCents),
          },
          { label: t("orderConfirmation.total"), value: money(content.totalCents), strong: true },
          ...content.vatLines.map((line) => ({
            label: t("orderConfirmation.vatLine", {
              rate: formatRate(line.rate, locale),
              net: money(line.netCents),
            }),
            value: money(line.vatCents),
          })),
        ],
      },
      ...delivery,
      { kind: "heading", text: t("orderConfirmation.billingAddress") },
      { kind: "lines", lines: addressLines(content.billingAddress) },
      { kind: "heading", text: t("orderConfirmation.paymentHeading") },
      paragraph(
        content.paymentMethod === "card"
          ? t("orderConfirmation.paymentMethods.card", { card: content.cardSummary ?? "" })
          : t("orderConfirmation.paymentMethods.invoice"),
      ),
      paragraph(t("orderConfirmation.invoiceNote")),
      ...(content.orderLink ? [action(t("orderConfirmation.button"), content.orderLink)] : []),
      { kind: "heading", text: t("orderConfirmation.withdrawal.heading") },
      { kind: "heading", text: t("orderConfirmation.withdrawal.rightHeading") },
      w("right1"),
      w("right2"),
      w("right3"),
      w("right4"),
      w("right5"),
      { kind: "heading", text: t("orderConfirmation.withdrawal.effectsHeading") },
      w("effects1"),
      w("effects2"),
      w("effects3"),
      w("effects4"),
      w("effects5"),
      w("end"),
      { kind: "heading", text: t("orderConfirmation.withdrawal.exclusionHeading") },
      w("exclusion1"),
      w("exclusion2"),
      { kind: "heading", text: f("heading") },
      paragraph(f("intro")),
      {
        kind: "lines",
        lines: [
          f("to"),
          f("notice"),
          f("dates"),
          f("name"),
          f("address"),
          f("signature"),
          f("date"),
        ],
      },
      paragraph(f("footnote")),
    ],
  };
}

function newsletterIssueLayout(
  content: NewsletterIssueMail,
  t: Translator,
  locale: MailLocale,
): MailLayout {
  const money = (cents: number) => formatMoney(cents, locale);
  const product = (item: { name: string; link: string; priceCents: number }, note?: string) =>
    productBlock(item.name, money(item.priceCents), item.link, note);
  const blocks: Block[] = [paragraph(t("newsletterIssue.intro"))];
  if (content.personalPicks.length > 0) {
    blocks.push({ kind: "heading", text: t("newsletterIssue.picksHeading") });
    blocks.push(paragraph(t("newsletterIssue.picksNote")));
    blocks.push(...content.personalPicks.map((pick) => product(pick, pick.why)));
  }
  if (content.items.length > 0) {
    blocks.push({ kind: "heading", text: t("newsletterIssue.newHeading") });
    blocks.push(...content.items.map((item) => product(item)));
  }
  if (content.offers.length > 0) {
    blocks.push({ kind: "heading", text: t("newsletterIssue.offersHeading") });
    for (const offer of content.offers) {
      blocks.push({
        kind: "lines",
        lines: [
          offer.name,
          offer.description,
          ...(offer.code ? [t("newsletterIssue.code", { code: offer.code })] : []),
        ].filter(Boolean),
      });
    }
  }
  if (content.items.length === 0 && content.offers.length === 0 && !content.personalPicks.length) {
    blocks.push(paragraph(t("newsletterIssue.empty")));
  }
  // The visible unsubscribe link (L6): one click on it leads to a page with one button.
  blocks.push({ kind: "heading", text: t("newsletterIssue.unsubscribeHeading") });
  blocks.push(paragraph(t("newsletterIssue.unsubscribe")));
  blocks.push(action(t("newsletterIssue.unsubscribeButton"), content.unsubscribeLink));
  return frame(t, "newsletterIssue", blocks);
}

function accountDeletedLayout(
  content: Extract<MailContent, { template: "account-deleted" }>,
  t: Translator,
): MailLayout {
  const deletedAt = new Date(content.deletedAt);
  const guest = content.guest === true;
  const blocks: Block[] = [
    paragraph(t(guest ? "accountDeleted.introGuest" : "accountDeleted.intro", { deletedAt })),
  ];
  blocks.push({ kind: "heading", text: t("accountDeleted.keptHeading") });
  if (content.kept.length === 0) {
    blocks.push(paragraph(t("accountDeleted.keptNone")));
  } else {
    blocks.push(paragraph(t("accountDeleted.keptIntro")));
    for (const item of content.kept) {
      // An ISO date ("2036-12-31") is midnight UTC, the same calendar day in Berlin.
      const until = new Date(item.until);
      blocks.push({
        kind: "lines",
        lines: [item.label, t("accountDeleted.keptUntil", { until, law: item.law })],
      });
    }
    blocks.push(paragraph(t("accountDeleted.keptAfter")));
  }
  if (!guest) blocks.push(paragraph(t("accountDeleted.sessions")));
  blocks.push(paragraph(t("accountDeleted.notYou")));
  return {
    subject: t(guest ? "accountDeleted.subjectGuest" : "accountDeleted.subject"),
    preheader: t("accountDeleted.preheader"),
    heading: t(guest ? "accountDeleted.headingGuest" : "accountDeleted.heading"),
    reason: t(guest ? "accountDeleted.reasonGuest" : "accountDeleted.reason"),
    blocks,
  };
}

function privacyRequestUpdateLayout(content: PrivacyRequestUpdateMail, t: Translator): MailLayout {
  const kind = t(`privacyRequestUpdate.kinds.${content.kind}`);
  const dueAt = content.dueAt ? new Date(content.dueAt) : null;
  const blocks: Block[] = [];
  switch (content.status) {
    case "received":
      blocks.push(paragraph(t("privacyRequestUpdate.received", { kind })));
      if (dueAt) blocks.push(paragraph(t("privacyRequestUpdate.dueBy", { dueAt })));
      break;
    case "in_progress":
      blocks.push(paragraph(t("privacyRequestUpdate.inProgress", { kind })));
      if (dueAt) blocks.push(paragraph(t("privacyRequestUpdate.dueBy", { dueAt })));
      break;
    case "extended":
      // Art. 12(3): the extension is told within the first month, with its reasons.
      blocks.push(paragraph(t("privacyRequestUpdate.extended", { kind })));
      if (dueAt) blocks.push(paragraph(t("privacyRequestUpdate.newDue", { dueAt })));
      break;
    case "completed":
      blocks.push(paragraph(t("privacyRequestUpdate.completed", { kind })));
      break;
    case "refused":
      blocks.push(paragraph(t("privacyRequestUpdate.refused", { kind })));
      break;
  }
  if (content.reason && (content.status === "extended" || content.status === "refused")) {
    blocks.push({ kind: "heading", text: t("privacyRequestUpdate.reasonHeading") });
    blocks.push(paragraph(content.reason));
  }
  // Art. 12(4): a refusal names the right to complain and to a judicial remedy.
  if (content.status === "refused") blocks.push(paragraph(t("privacyRequestUpdate.remedies")));
  if (content.link) blocks.push(action(t("privacyRequestUpdate.button"), content.link));
  const status = t(`privacyRequestUpdate.statuses.${content.status}`);
  return {
    subject: t("privacyRequestUpdate.subject", { kind, status }),
    preheader: t("privacyRequestUpdate.preheader", { kind, status }),
    heading: t(`privacyRequestUpdate.headings.${content.status}`),
    reason: t("privacyRequestUpdate.reason"),
    blocks,
  };
}

function withdrawalAcknowledgmentLayout(
  content: Extract<MailContent, { template: "withdrawal-acknowledgment" }>,
  t: Translator,
): MailLayout {
  // The translator formats dates in Europe/Berlin: the acknowledgment states Berlin time (L2).
  const declaredAt = new Date(content.declaredAt);
  const refundDueAt = new Date(content.refundDueAt);
  const orderNumber = content.orderNumber;
  return {
    subject: t("withdrawalAcknowledgment.subject", { orderNumber }),
    preheader: t("withdrawalAcknowledgment.preheader", { orderNumber }),
    heading: t("withdrawalAcknowledgment.heading"),
    reason: t("withdrawalAcknowledgment.reason"),
    blocks: [
      paragraph(t("withdrawalAcknowledgment.intro", { orderNumber, declaredAt })),
      {
        kind: "rows",
        rows: [
          { label: t("withdrawalAcknowledgment.orderNumber"), value: orderNumber, strong: true },
          {
            label: t("withdrawalAcknowledgment.declaredAt"),
            value: t("withdrawalAcknowledgment.declaredAtValue", { declaredAt }),
          },
        ],
      },
      { kind: "heading", text: t("withdrawalAcknowledgment.statementHeading") },
      paragraph(content.statement),
      { kind: "heading", text: t("withdrawalAcknowledgment.refundHeading") },
      paragraph(t("withdrawalAcknowledgment.refund", { refundDueAt })),
      paragraph(t("withdrawalAcknowledgment.returnGoods")),
    ],
  };
}

function returnUpdateLayout(
  content: Extract<MailContent, { template: "return-update" }>,
  t: Translator,
): MailLayout {
  const kind = t(`returnUpdate.kinds.${content.kind}`);
  const status = t(`returnUpdate.statuses.${content.status}`);
  const orderNumber = content.orderNumber;
  const blocks: Block[] = [
    paragraph(t(`returnUpdate.intros.${content.status}`, { kind, orderNumber })),
  ];
  if (content.labelLink) {
    blocks.push(paragraph(t("returnUpdate.label")));
    blocks.push(action(t("returnUpdate.labelButton"), content.labelLink));
  }
  if (content.reason) {
    blocks.push({ kind: "heading", text: t("returnUpdate.reasonHeading") });
    blocks.push(paragraph(content.reason));
  }
  return {
    subject: t("returnUpdate.subject", { kind, status, orderNumber }),
    preheader: t("returnUpdate.preheader", { kind, status, orderNumber }),
    heading: t(`returnUpdate.headings.${content.status}`),
    reason: t("returnUpdate.reason"),
    blocks,
  };
}

function layoutFor(content: MailContent, t: Translator, locale: MailLocale): MailLayout {
  switch (content.template) {
    case "verify-email":
      return frame(t, "verifyEmail", [
        paragraph(t("verifyEmail.intro")),
        action(
          t("verifyEmail.button"),
          content.link,
          validity(t, MAIL_LINK_TTL_MS["verify-email"]),
        ),
        paragraph(t("verifyEmail.ignore")),
      ]);
    case "reset-password":
      return frame(t, "resetPassword", [
        paragraph(t("resetPassword.intro")),
        action(
          t("resetPassword.button"),
          content.link,
          validity(t, MAIL_LINK_TTL_MS["reset-password"]),
        ),
        paragraph(t("resetPassword.ignore")),
      ]);
    case "change-email":
      return frame(t, "changeEmail", [
        paragraph(t("changeEmail.intro", { newEmail: content.newEmail })),
        action(
          t("changeEmail.button"),
          content.link,
          validity(t, MAIL_LINK_TTL_MS["change-email"]),
        ),
        paragraph(t("changeEmail.ignore")),
      ]);
    case "email-changed":
      return frame(t, "emailChanged", [
        paragraph(t("emailChanged.intro", { newEmail: content.newEmail })),
        paragraph(t("emailChanged.notYou")),
      ]);
    case "sign-up-existing":
      return frame(t, "signUpExisting", [
        paragraph(t("signUpExisting.intro")),
        action(t("signUpExisting.signInButton"), content.signInLink),
        paragraph(t("signUpExisting.resetIntro")),
        action(t("signUpExisting.resetButton"), content.resetLink),
        paragraph(t("signUpExisting.ignore")),
      ]);
    case "password-changed":
      return frame(t, "passwordChanged", [
        paragraph(t("passwordChanged.intro")),
        paragraph(t("passwordChanged.notYou")),
        action(t("passwordChanged.button"), content.resetLink),
      ]);
    case "staff-invite":
      return frame(t, "staffInvite", [
        paragraph(
          t("staffInvite.intro", {
            invitedByName: content.invitedByName,
            role: t(`staffInvite.roles.${content.role}`),
          }),
        ),
        paragraph(t("staffInvite.setup")),
        action(
          t("staffInvite.button"),
          content.link,
          validity(t, MAIL_LINK_TTL_MS["staff-invite"]),
        ),
        paragraph(t("staffInvite.ignore")),
      ]);
    case "order-confirmation":
      return orderConfirmationLayout(content, t, locale);
    case "newsletter-confirm":
      return frame(t, "newsletterConfirm", [
        paragraph(t("newsletterConfirm.intro")),
        action(
          t("newsletterConfirm.button"),
          content.link,
          validity(t, MAIL_LINK_TTL_MS["newsletter-confirm"]),
        ),
        paragraph(t("newsletterConfirm.ignore")),
      ]);
    case "newsletter-issue":
      return newsletterIssueLayout(content, t, locale);
    case "price-alert": {
      const money = (cents: number) => formatMoney(cents, locale);
      return {
        subject: t("priceAlert.subject", { productName: content.productName }),
        preheader: t("priceAlert.preheader", { price: money(content.priceCents) }),
        heading: t("priceAlert.heading"),
        reason: t("priceAlert.reason"),
        blocks: [
          paragraph(
            t("priceAlert.intro", {
              productName: content.productName,
              price: money(content.priceCents),
              target: money(content.targetPriceCents),
            }),
          ),
          action(t("priceAlert.button"), content.link),
          paragraph(t("priceAlert.note")),
          paragraph(t("priceAlert.manage")),
          action(t("priceAlert.manageButton"), content.alertsLink),
        ],
      };
    }
    case "account-deleted":
      return accountDeletedLayout(content, t);
    case "guest-privacy-link":
      return frame(t, "guestPrivacyLink", [
        paragraph(t("guestPrivacyLink.intro")),
        action(
          t("guestPrivacyLink.button"),
          content.link,
          validity(t, MAIL_LINK_TTL_MS["guest-privacy-link"]),
        ),
        paragraph(t("guestPrivacyLink.ignore")),
      ]);
    case "privacy-request-update":
      return privacyRequestUpdateLayout(content, t);
    case "withdrawal-acknowledgment":
      return withdrawalAcknowledgmentLayout(content, t);
    case "return-update":
      return returnUpdateLayout(content, t);
    case "reservation-confirmed": {
      const expiresAt = new Date(content.expiresAt);
      return {
        subject: t("reservationConfirmed.subject", { productName: content.productName }),
        preheader: t("reservationConfirmed.preheader", { storeName: content.storeName }),
        heading: t("reservationConfirmed.heading"),
        reason: t("reservationConfirmed.reason"),
        blocks: [
          paragraph(t("reservationConfirmed.intro", { productName: content.productName })),
          {
            kind: "rows",
            rows: [
              { label: t("reservationConfirmed.product"), value: content.productName },
              { label: t("reservationConfirmed.store"), value: content.storeName },
              { label: t("reservationConfirmed.address"), value: content.storeAddress },
              {
                label: t("reservationConfirmed.pickupCode"),
                value: content.pickupCode,
                strong: true,
              },
              {
                label: t("reservationConfirmed.expiresAt"),
                value: t("reservationConfirmed.expiresAtValue", { expiresAt }),
              },
            ],
          },
          paragraph(t("reservationConfirmed.payment")),
          paragraph(t("reservationConfirmed.expiry")),
        ],
      };
    }
    default: {
      const unknown: never = content;
      throw new Error(`Unknown mail template: ${JSON.stringify(unknown)}`);
    }
  }
}

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

function pStyle(size = 16, colour = COLOURS.ink, margin = "0 0 16px"): string {
  return `margin:${margin};font-family:${FONT};font-size:${size}px;line-height:1.5;color:${colour};`;
}

function htmlBlock(block: Block, t: Translator): string {
  if (block.kind === "paragraph") return `<p style="${pStyle()}">${escapeHtml(block.text)}</p>`;
  if (block.kind === "heading")
    return `<h2 style="margin:24px 0 8px;font-family:${FONT};font-size:18px;line-height:1.3;color:${COLOURS.ink};">${escapeHtml(block.text)}</h2>`;
  if (block.kind === "lines")
    return `<p style="${pStyle()}">${block.lines.map(escapeHtml).join("<br>")}</p>`;
  if (block.kind === "rows") {
    const cell = (text: string, align: string, strong?: boolean) =>
      `<td style="padding:4px 0;${align}font-family:${FONT};font-size:15px;line-height:1.4;color:${COLOURS.ink};${strong ? "font-weight:bold;" : ""}border-bottom:1px solid ${COLOURS.line};">${escapeHtml(text)}</td>`;
    const rows = block.rows
      .map(
        (row) =>
          `<tr>${cell(row.label, "padding-right:16px;", row.strong)}${cell(row.value, "text-align:right;white-space:nowrap;", row.strong)}</tr>`,
      )
      .join("\n");
    return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px;">\n${rows}\n</table>`;
  }
  if (block.kind === "product") {
    const note = block.note
      ? `<br><span style="font-size:14px;color:${COLOURS.inkSoft};">${escapeHtml(block.note)}</span>`
      : "";
    return `<p style="${pStyle(16, COLOURS.ink, "0 0 12px")}"><a href="${escapeHtml(block.url)}" target="_blank" rel="noopener" style="color:${COLOURS.ink};font-weight:bold;text-decoration:underline;">${escapeHtml(block.name)}</a> · ${escapeHtml(block.price)}${note}</p>`;
  }
  const url = escapeHtml(block.url);
  const small = pStyle(14, COLOURS.inkSoft);
  const validityLine = block.validity
    ? `\n<p style="${small}">${escapeHtml(block.validity)}</p>`
    : "";
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 16px;">
<tr><td style="border-radius:6px;background-color:${COLOURS.ink};">
<a href="${url}" target="_blank" rel="noopener" style="display:inline-block;padding:12px 24px;font-family:${FONT};font-size:16px;font-weight:bold;line-height:1.25;color:#ffffff;text-decoration:none;border-radius:6px;">${escapeHtml(block.label)}</a>
</td></tr>
</table>
<p style="${small}">${escapeHtml(t("layout.buttonFallback"))}<br><a href="${url}" target="_blank" rel="noopener" style="color:${COLOURS.brass};text-decoration:underline;word-break:break-all;">${url}</a></p>${validityLine}`;
}

function renderHtml(
  layout: MailLayout,
  greeting: string,
  locale: MailLocale,
  t: Translator,
): string {
  const body = layout.blocks.map((block) => htmlBlock(block, t)).join("\n");
  const footer = (text: string, margin = "0 0 8px") =>
    `<p style="${pStyle(13, COLOURS.inkSoft, margin)}">${escapeHtml(text)}</p>`;
  return `<!DOCTYPE html>
<html lang="${locale}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${escapeHtml(layout.subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:${COLOURS.paper};">
<div style="display:none;max-height:0;overflow:hidden;opacity:0;">${escapeHtml(layout.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:${COLOURS.paper};">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:${COLOURS.card};border:1px solid ${COLOURS.line};border-radius:8px;">
<tr><td style="padding:24px 32px;border-bottom:3px solid ${COLOURS.brass};font-family:Georgia, 'Times New Roman', serif;font-size:28px;font-weight:bold;letter-spacing:0.5px;color:${COLOURS.ink};">Vitrine<span style="color:${COLOURS.brass};">.</span></td></tr>
<tr><td style="padding:32px;">
<h1 style="margin:0 0 24px;font-family:${FONT};font-size:24px;line-height:1.3;color:${COLOURS.ink};">${escapeHtml(layout.heading)}</h1>
<p style="${pStyle()}">${escapeHtml(greeting)}</p>
${body}
<p style="${pStyle(16, COLOURS.ink, "24px 0 0")}">${escapeHtml(t("layout.signoff"))}<br>${escapeHtml(t("layout.team"))}</p>
</td></tr>
<tr><td style="padding:24px 32px;background-color:${COLOURS.paper};border-top:1px solid ${COLOURS.line};border-radius:0 0 8px 8px;">
${footer(layout.reason)}
${footer(t("layout.automatic"))}
${footer(t("layout.company"), "0")}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

function renderText(layout: MailLayout, greeting: string, t: Translator): string {
  const blocks = layout.blocks.map((block) => {
    switch (block.kind) {
      case "paragraph":
        return block.text;
      case "heading":
        return `${block.text}\n${"=".repeat(block.text.length)}`;
      case "lines":
        return block.lines.join("\n");
      case "rows":
        return block.rows.map((row) => `${row.label}: ${row.value}`).join("\n");
      case "product":
        return [
          `${block.name} · ${block.price}`,
          ...(block.note ? [block.note] : []),
          block.url,
        ].join("\n");
      case "action":
        return [`${block.label}:`, block.url, ...(block.validity ? [block.validity] : [])].join(
          "\n",
        );
    }
  });
  return [
    layout.heading,
    greeting,
    ...blocks,
    `${t("layout.signoff")}\n${t("layout.team")}`,
    `-- \n${layout.reason}\n${t("layout.automatic")}\n${t("layout.company")}`,
  ].join("\n\n");
}

/** Renders a mail in the recipient's language: subject, a complete HTML document and plain text. */
export function renderMail(content: MailContent, locale: MailLocale): RenderedMail {
  const t = translatorFor(locale);
  const layout = layoutFor(content, t, locale);
  const name = "name" in content && content.name ? content.name.trim() : "";
  const greeting = name ? t("layout.greeting", { name }) : t("layout.greetingNoName");
  return {
    subject: layout.subject,
    html: renderHtml(layout, greeting, locale, t),
    text: `${renderText(layout, greeting, t)}\n`,
  };
}
