import { describe, expect, it } from "vitest";
import { COMMERCIAL_LETTER_TEMPLATES } from "@/lib/privacy/retention";
import {
  escapeHtml,
  isMarketingMail,
  MAIL_LINK_TTL_MS,
  MAIL_MESSAGES,
  MARKETING_MAIL_TEMPLATES,
  renderMail,
  type MailContent,
  type MailLocale,
} from "./templates";

const LOCALES: MailLocale[] = ["de", "en"];
// An ampersand in every link: the HTML must carry it escaped, the text raw.
const link = (path: string) => `https://shop.example/${path}?token=abc123&next=%2Faccount`;

const SAMPLES: { content: MailContent; links: string[] }[] = [
  {
    content: { template: "verify-email", name: "Erika Mustermann", link: link("verify") },
    links: [link("verify")],
  },
  {
    content: { template: "reset-password", name: "Erika Mustermann", link: link("reset") },
    links: [link("reset")],
  },
  {
    content: {
      template: "change-email",
      name: "Erika Mustermann",
      link: link("change-email"),
      newEmail: "erika.neu@example.com",
    },
    links: [link("change-email")],
  },
  {
    content: {
      template: "email-changed",
      name: "Erika Mustermann",
      newEmail: "erika.neu@example.com",
    },
    links: [],
  },
  {
    content: {
      template: "sign-up-existing",
      name: "Erika Mustermann",
      signInLink: link("sign-in"),
      resetLink: link("forgot-password"),
    },
    links: [link("sign-in"), link("forgot-password")],
  },
  {
    content: { template: "password-changed", name: "Erika Mustermann", resetLink: link("forgot") },
    links: [link("forgot")],
  },
  {
    content: {
      template: "staff-invite",
      name: "Max Muster",
      link: link("invite"),
      role: "privacy_officer",
      invitedByName: "Jörg Köhler",
    },
    links: [link("invite")],
  },
  {
    content: {
      template: "order-confirmation",
      name: "Erika Mustermann",
      orderNumber: "V-ABCDE2345",
      placedAt: "2026-06-15T10:30:00Z",
      lines: [
        {
          name: "Kaffeemühle „Rö“",
          sku: "VT-MUEHLE-1",
          quantity: 2,
          vatRate: 1900,
          totalCents: 5998,
        },
        { name: "Espresso 1 kg", sku: "VT-KAFFEE-1", quantity: 1, vatRate: 700, totalCents: 1890 },
      ],
      subtotalCents: 7888,
      discountCents: 789,
      shippingCents: 0,
      totalCents: 7099,
      vatLines: [
        { rate: 1900, grossCents: 5399, netCents: 4537, vatCents: 862 },
        { rate: 700, grossCents: 1700, netCents: 1589, vatCents: 111 },
      ],
      shippingMethod: "standard",
      shippingAddress: {
        fullName: "Erika Mustermann",
        street: "Heidestraße 17",
        postalCode: "51147",
        city: "Köln",
        country: "DE",
      },
      pickupStore: null,
      billingAddress: {
        fullName: "Erika Mustermann",
        company: "Muster & Söhne",
        street: "Rathausplatz 1",
        postalCode: "50667",
        city: "Köln",
        country: "DE",
      },
      paymentMethod: "card",
      cardSummary: "Visa •••• 4242",
      orderLink: link("account/orders/V-ABCDE2345"),
    },
    links: [link("account/orders/V-ABCDE2345")],
  },
  {
    content: { template: "newsletter-confirm", link: link("newsletter/confirm") },
    links: [link("newsletter/confirm")],
  },
  {
    content: {
      template: "newsletter-issue",
      name: "Erika Mustermann",
      unsubscribeLink: link("api/newsletter/unsubscribe"),
      items: [{ name: "Kaffeemühle „Rö“", link: link("products/muehle"), priceCents: 4999 }],
      offers: [
        { name: "Herbstaktion", description: "10 % auf alle Mühlen", code: "HERBST10" },
        { name: "Versandfrei", description: "Ab 50 € ohne Versandkosten", code: null },
      ],
      personalPicks: [
        {
          name: "Espresso 1 kg",
          link: link("products/espresso"),
          priceCents: 1890,
          why: "Weil Sie „Kaffeemühle“ gekauft haben",
        },
      ],
    },
    links: [link("api/newsletter/unsubscribe")],
  },
  {
    content: {
      template: "price-alert",
      name: "Erika Mustermann",
      productName: "Kaffeemühle „Rö“",
      link: link("products/muehle"),
      priceCents: 3999,
      targetPriceCents: 4000,
      alertsLink: link("account/alerts"),
    },
    links: [link("products/muehle"), link("account/alerts")],
  },
  {
    content: {
      template: "account-deleted",
      name: "Erika Mustermann",
      deletedAt: "2026-06-15T10:30:00Z",
      kept: [
        { label: "Rechnungen", until: "2036-12-31", law: "§ 147 AO, § 257 HGB" },
        { label: "Handelsbriefe", until: "2032-12-31", law: "§ 257 HGB" },
      ],
    },
    links: [],
  },
  {
    content: { template: "guest-privacy-link", link: link("privacy-request/verify") },
    links: [link("privacy-request/verify")],
  },
  {
    content: {
      template: "privacy-request-update",
      name: "Erika Mustermann",
      kind: "export",
      status: "extended",
      dueAt: "2026-09-15T10:30:00Z",
      reason: "Viele Anfragen gleichzeitig",
      link: link("account/privacy/requests"),
    },
    links: [link("account/privacy/requests")],
  },
  {
    content: {
      template: "withdrawal-acknowledgment",
      name: "Erika Mustermann",
      orderNumber: "V-2026-000123",
      statement: "Hiermit widerrufe ich den Vertrag über den Kauf der Vase.",
      declaredAt: "2026-03-29T08:05:00Z",
      refundDueAt: "2026-04-12T08:05:00Z",
    },
    links: [],
  },
  {
    content: {
      template: "return-update",
      name: "Erika Mustermann",
      orderNumber: "V-2026-000123",
      kind: "return",
      status: "requested",
      labelLink: link("returns/label"),
      reason: null,
    },
    links: [link("returns/label")],
  },
  {
    content: {
      template: "reservation-confirmed",
      name: "Erika Mustermann",
      productName: "Vase Aurora",
      storeName: "Vitrine Berlin Mitte",
      storeAddress: "Musterstraße 1, 10115 Berlin",
      pickupCode: "K7Q2-9XZ",
      expiresAt: "2026-07-03T16:00:00Z",
    },
    links: [],
  },
];

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keyPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe("renderMail", () => {
  it("covers every template of the MailContent union", () => {
    const templates = SAMPLES.map((s) => s.content.template).sort();
    expect(templates).toEqual([
      "account-deleted",
      "change-email",
      "email-changed",
      "guest-privacy-link",
      "newsletter-confirm",
      "newsletter-issue",
      "order-confirmation",
      "password-changed",
      "price-alert",
      "privacy-request-update",
      "reservation-confirmed",
      "reset-password",
      "return-update",
      "sign-up-existing",
      "staff-invite",
      "verify-email",
      "withdrawal-acknowledgment",
    ]);
    // The order confirmation and the withdrawal acknowledgment are commercial letters, which the
    // retention rules keep for six years.
    for (const template of templates) {
      expect((COMMERCIAL_LETTER_TEMPLATES as readonly string[]).includes(template)).toBe(
        template === "order-confirmation" || template === "withdrawal-acknowledgment",
      );
    }
  });

  it("has the same strings in German and English", () => {
    expect(keyPaths(MAIL_MESSAGES.en).sort()).toEqual(keyPaths(MAIL_MESSAGES.de).sort());
  });

  for (const { content, links } of SAMPLES) {
    for (const locale of LOCALES) {
      it(`renders ${content.template} in ${locale} as a complete HTML and text mail`, () => {
        const mail = renderMail(content, locale);
        expect(mail.subject.trim()).not.toBe("");
        expect(mail.subject).not.toMatch(/[{}]/);
        expect(mail.html.startsWith("<!DOCTYPE html>")).toBe(true);
        expect(mail.html).toContain(`<html lang="${locale}"`);
        expect(mail.html).toContain(`<title>${escapeHtml(mail.subject)}</title>`);
        expect(mail.html).toContain("max-width:600px");
        expect(mail.html).toContain("#9a6b1f");
        expect(mail.html).toMatch(/Vitrine<span[^>]*>\.<\/span>/);
        expect(mail.html).toContain("Vitrine Demo GmbH · Musterstraße 1 · 10115 Berlin");
        expect(mail.text).toContain("Vitrine Demo GmbH · Musterstraße 1 · 10115 Berlin");
        if ("name" in content && content.name) expect(mail.text).toContain(content.name);
        // No ICU placeholder is left unfilled.
        expect(mail.text).not.toMatch(/[{}]/);

        const lines = mail.text.split("\n");
        const escaped = (url: string) => url.replaceAll("&", "&amp;");
        for (const url of links) {
          // A button and the raw URL as visible text.
          expect(mail.html).toContain(`href="${escaped(url)}"`);
          expect(mail.html).toContain(`>${escaped(url)}</a>`);
          expect(lines).toContain(url);
        }
        expect(mail.html).not.toContain("&next=");
      });
    }
  }

  it("writes German with umlauts and the formal address", () => {
    const mail = renderMail(SAMPLES[0]!.content, "de");
    expect(mail.subject).toBe("Bitte bestätigen Sie Ihre E-Mail-Adresse");
    expect(mail.text).toContain("Guten Tag Erika Mustermann,");
    expect(mail.text).toContain("E-Mail-Adresse bestätigen");
    expect(mail.text).toContain("Freundliche Grüße");
    expect(mail.text).toContain("gültig");
    expect(mail.html).toContain("Grüße");
    expect(mail.text).not.toMatch(/Ã|\\u00/);
    expect(mail.text).not.toMatch(/\b(du|dein|dich)\b/i);
  });

  it("states how long each link is valid", () => {
    const text = (index: number, locale: MailLocale) =>
      renderMail(SAMPLES[index]!.content, locale).text;
    expect(text(0, "de")).toContain("24 Stunden gültig");
    expect(text(0, "en")).toContain("valid for 24 hours");
    expect(text(1, "de")).toContain("1 Stunde gültig");
    expect(text(1, "en")).toContain("valid for 1 hour");
    expect(text(2, "de")).toContain("24 Stunden gültig");
    expect(text(2, "en")).toContain("valid for 24 hours");
    expect(text(6, "de")).toContain("7 Tage gültig");
    expect(text(6, "en")).toContain("valid for 7 days");
  });

  it("names the new address, the inviter and the role", () => {
    expect(renderMail(SAMPLES[2]!.content, "de").text).toContain("erika.neu@example.com");
    expect(renderMail(SAMPLES[3]!.content, "en").html).toContain("erika.neu@example.com");
    const invite = renderMail(SAMPLES[6]!.content, "de");
    expect(invite.text).toContain("Jörg Köhler");
    expect(invite.text).toContain("„Datenschutz“");
    expect(renderMail(SAMPLES[6]!.content, "en").text).toContain("“Privacy”");
  });

  it("escapes every interpolated value in the HTML", () => {
    const hostile = `<script>alert("x")</script> & 'Co'`;
    const mails = [
      renderMail({ template: "verify-email", name: hostile, link: link("verify") }, "de"),
      renderMail(
        { template: "email-changed", name: "Erika", newEmail: `${hostile}@example.com` },
        "en",
      ),
      renderMail(
        {
          template: "staff-invite",
          name: "Max",
          link: link("invite"),
          role: "admin",
          invitedByName: hostile,
        },
        "de",
      ),
    ];
    for (const mail of mails) {
      expect(mail.html).not.toContain("<script>");
      expect(mail.html).toContain(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;",
      );
      // The text version is plain text: the value stays as it was written.
      expect(mail.text).toContain(hostile);
    }
    const quoteInLink = renderMail(
      { template: "verify-email", name: "Erika", link: 'https://shop.example/v?t="><b>x' },
      "en",
    );
    expect(quoteInLink.html).not.toContain('"><b>');
  });

  it("confirms an order with lines, totals, VAT per rate, addresses and payment", () => {
    const sample = SAMPLES.find((s) => s.content.template === "order-confirmation")!;
    // Intl separates amounts and units with no-break spaces.
    const plain = (mail: { text: string }) => mail.text.replace(/[\u00a0\u202f]/g, " ");
    const mail = renderMail(sample.content, "de");
    const de = { ...mail, text: plain(mail) };
    expect(de.subject).toBe("Ihre Bestellung V-ABCDE2345 bei Vitrine");
    expect(de.text).toContain("Bestellnummer: V-ABCDE2345");
    expect(de.text).toContain("15. Juni 2026, 12:30 Uhr");
    expect(de.text).toContain("2 × Kaffeemühle „Rö“ (Art.-Nr. VT-MUEHLE-1, 19 % MwSt.): 59,98 €");
    expect(de.text).toContain("Rabatt: −7,89 €");
    expect(de.text).toContain("Versand (Standardversand): kostenlos");
    expect(de.text).toContain("Gesamtbetrag (inkl. MwSt.): 70,99 €");
    expect(de.text).toContain("enthaltene MwSt. 19 % auf 45,37 € netto: 8,62 €");
    expect(de.text).toContain("enthaltene MwSt. 7 % auf 15,89 € netto: 1,11 €");
    expect(de.text).toContain("Heidestraße 17\n51147 Köln\nDeutschland");
    expect(de.text).toContain("Kreditkarte (Visa •••• 4242)");
    expect(de.html).toContain("Muster &amp; Söhne<br>Rathausplatz 1");
    const en = plain(renderMail(sample.content, "en"));
    expect(en).toContain("includes VAT 7% on €15.89 net: €1.11");
    expect(en).toContain("Credit card (Visa •••• 4242)");
  });

  it("carries the withdrawal policy and the model withdrawal form in the order confirmation (L2)", () => {
    const sample = SAMPLES.find((s) => s.content.template === "order-confirmation")!;
    const de = renderMail(sample.content, "de");
    for (const phrase of [
      "Widerrufsbelehrung",
      "binnen vierzehn Tagen ohne Angabe von Gründen",
      "Folgen des Widerrufs",
      "Ende der Widerrufsbelehrung",
      "Muster-Widerrufsformular",
      "Hiermit widerrufe(n) ich/wir (*)",
      "Bestellt am (*)/erhalten am (*)",
      "(*) Unzutreffendes streichen.",
    ]) {
      expect(de.text).toContain(phrase);
      expect(de.html).toContain(escapeHtml(phrase));
    }
    const en = renderMail(sample.content, "en");
    expect(en.text).toContain("Model withdrawal form");
    expect(en.text).toContain("I/We (*) hereby give notice");

    const pickup = renderMail(
      {
        ...(sample.content as Extract<MailContent, { template: "order-confirmation" }>),
        shippingMethod: "pickup",
        shippingAddress: null,
        pickupStore: "Vitrine Berlin Mitte, Rosenthaler Straße 40, 10178 Berlin",
        paymentMethod: "invoice",
        cardSummary: null,
        orderLink: null,
      },
      "de",
    );
    expect(pickup.text).toContain("Abholfiliale\n============\n\nVitrine Berlin Mitte");
    expect(pickup.text).toContain("Kauf auf Rechnung");
    expect(pickup.text).not.toContain("Bestellung ansehen");
  });

  it("greets without a name when none is known", () => {
    const mail = renderMail({ template: "reset-password", name: "  ", link: link("reset") }, "de");
    expect(mail.text).toContain("Guten Tag,");
    expect(
      renderMail({ template: "reset-password", name: "", link: link("reset") }, "en").text,
    ).toContain("Hello,");
  });

  it("refuses links that are not absolute http(s) URLs", () => {
    expect(() =>
      renderMail({ template: "verify-email", name: "Erika", link: "javascript:alert(1)" }, "de"),
    ).toThrow(/http/);
    expect(() =>
      renderMail({ template: "verify-email", name: "Erika", link: "/verify?token=1" }, "de"),
    ).toThrow(/absolute/);
  });

  it("asks for the newsletter confirmation for 48 hours and without advertising", () => {
    const sample = SAMPLES.find((s) => s.content.template === "newsletter-confirm")!;
    const de = renderMail(sample.content, "de");
    expect(de.subject).toBe("Bitte bestätigen Sie Ihre Anmeldung zum Newsletter");
    expect(de.text).toContain("Guten Tag,");
    expect(de.text).toContain("2 Tage gültig");
    expect(renderMail(sample.content, "en").text).toContain("valid for 2 days");
    expect(MAIL_LINK_TTL_MS["newsletter-confirm"]).toBe(48 * 60 * 60 * 1000);
  });

  it("puts new arrivals, offers, reasoned picks and a visible unsubscribe link into the issue", () => {
    const sample = SAMPLES.find((s) => s.content.template === "newsletter-issue")!;
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
    const de = renderMail(sample.content, "de");
    const text = plain(de.text);
    expect(text).toContain("Kaffeemühle „Rö“ · 49,99 €");
    expect(text).toContain(link("products/muehle"));
    expect(text).toContain("Herbstaktion\n10 % auf alle Mühlen\nGutscheincode: HERBST10");
    expect(text).toContain("Versandfrei\nAb 50 € ohne Versandkosten\n\n");
    expect(text).toContain("Für Sie ausgewählt");
    expect(text).toContain("Espresso 1 kg · 18,90 €\nWeil Sie „Kaffeemühle“ gekauft haben");
    expect(text).toContain("Newsletter abbestellen:\n" + link("api/newsletter/unsubscribe"));
    expect(de.html).toContain(`href="${escapeHtml(link("products/espresso"))}"`);
    expect(de.html).toContain("Weil Sie „Kaffeemühle“ gekauft haben");

    const anonymous = renderMail(
      {
        ...(sample.content as Extract<MailContent, { template: "newsletter-issue" }>),
        name: null,
        personalPicks: [],
      },
      "en",
    );
    expect(anonymous.text).toContain("Hello,");
    expect(anonymous.text).not.toContain("Picked for you");
    expect(anonymous.text).toContain("Unsubscribe:\n" + link("api/newsletter/unsubscribe"));
  });

  it("marks every marketing template and requires an unsubscribe link in it (L6)", () => {
    expect([...MARKETING_MAIL_TEMPLATES]).toEqual(["newsletter-issue"]);
    for (const { content } of SAMPLES) {
      if (!isMarketingMail(content)) continue;
      for (const locale of LOCALES) {
        const mail = renderMail(content, locale);
        expect(mail.text.split("\n")).toContain(content.unsubscribeLink);
        expect(mail.html).toContain(`href="${escapeHtml(content.unsubscribeLink)}"`);
      }
    }
    expect(() =>
      renderMail(
        {
          template: "newsletter-issue",
          name: null,
          unsubscribeLink: "mailto:x@example.com",
          items: [],
          offers: [],
          personalPicks: [],
        },
        "de",
      ),
    ).toThrow(/http/);
  });

  it("names the product, the new price and the wish price in the price alert", () => {
    const sample = SAMPLES.find((s) => s.content.template === "price-alert")!;
    const de = renderMail(sample.content, "de");
    const text = de.text.replace(/[\u00a0\u202f]/g, " ");
    expect(de.subject).toBe("Preisalarm: Kaffeemühle „Rö“ zum Wunschpreis");
    expect(text).toContain("„Kaffeemühle „Rö““ gibt es jetzt für 39,99 €");
    expect(text).toContain("Wunschpreis von 40,00 €");
    const en = renderMail(sample.content, "en").text.replace(/[\u00a0\u202f]/g, " ");
    expect(en).toContain("now available for €39.99");
    expect(en).toContain("target price of €40.00");
  });

  it("confirms an erasure with the date and every kept record with its end and its law", () => {
    const sample = SAMPLES.find((s) => s.content.template === "account-deleted")!;
    const de = renderMail(sample.content, "de").text.replace(/[\u00a0\u202f]/g, " ");
    expect(de).toContain("am 15. Juni 2026 um 12:30 Uhr gelöscht");
    expect(de).toContain(
      "Rechnungen\naufbewahrt bis 31. Dezember 2036, Rechtsgrundlage: § 147 AO, § 257 HGB",
    );
    expect(de).toContain("Handelsbriefe\naufbewahrt bis 31. Dezember 2032");
    const en = renderMail(sample.content, "en").text.replace(/[\u00a0\u202f]/g, " ");
    expect(en).toContain("on June 15, 2026 at 12:30 PM");
    expect(en).toContain("kept until December 31, 2036, legal basis: § 147 AO, § 257 HGB");

    const nothingKept = renderMail(
      { template: "account-deleted", name: "Erika", deletedAt: "2026-06-15T10:30:00Z", kept: [] },
      "de",
    );
    expect(nothingKept.text).toContain("Wir bewahren keine Daten über Sie mehr auf.");
    expect(nothingKept.text).not.toContain("aufbewahrt bis");
    expect(nothingKept.text).toContain("Alle Anmeldungen in Ihrem Konto wurden beendet.");

    // A guest never had an account: the mail speaks of the data under the address.
    const guest = renderMail(
      {
        ...(sample.content as Extract<MailContent, { template: "account-deleted" }>),
        name: "",
        guest: true,
      },
      "en",
    );
    expect(guest.subject).toBe("Your data at Vitrine has been deleted");
    expect(guest.text).toContain("Hello,");
    expect(guest.text).toContain("the data we held under this e-mail address");
    expect(guest.text).toContain("kept until December 31, 2036");
    expect(guest.text).not.toMatch(/account/i);
  });

  it("asks a guest to prove the address for one hour and says nothing happens otherwise", () => {
    const sample = SAMPLES.find((s) => s.content.template === "guest-privacy-link")!;
    const de = renderMail(sample.content, "de").text;
    expect(de).toContain("Guten Tag,");
    expect(de).toContain("1 Stunde gültig");
    expect(de).toContain("Dann geschieht nichts.");
    const en = renderMail(sample.content, "en").text;
    expect(en).toContain("valid for 1 hour");
    expect(en).toContain("Nothing will happen.");
    expect(MAIL_LINK_TTL_MS["guest-privacy-link"]).toBe(60 * 60 * 1000);
  });

  it("tells a data subject the status of their request, the due date and the reasons", () => {
    const base = SAMPLES.find((s) => s.content.template === "privacy-request-update")!
      .content as Extract<MailContent, { template: "privacy-request-update" }>;
    const extended = renderMail(base, "de");
    expect(extended.subject).toBe("Ihre Datenschutzanfrage (Kopie Ihrer Daten): Frist verlängert");
    expect(extended.text).toContain("Art. 12 Abs. 3 DSGVO");
    expect(extended.text).toContain("spätestens am 15. September 2026");
    expect(extended.text).toContain("Begründung\n==========\n\nViele Anfragen gleichzeitig");

    const refused = renderMail(
      { ...base, kind: "erasure", status: "refused", dueAt: null, reason: "Offene Bestellung" },
      "en",
    );
    expect(refused.subject).toBe("Your privacy request (erasure of your data): refused");
    expect(refused.text).toContain("Offene Bestellung");
    expect(refused.text).toContain("Art. 77 GDPR");

    const received = renderMail(
      { ...base, name: null, status: "received", reason: "not shown", link: null },
      "en",
    );
    expect(received.text).toContain("Hello,");
    expect(received.text).toContain("We have received your request for a copy of your data");
    expect(received.text).toContain("by September 15, 2026 at the latest");
    // A reason belongs to an extension or a refusal only; no link means no button.
    expect(received.text).not.toContain("not shown");
    expect(received.html).not.toContain("<a href");

    const completed = renderMail({ ...base, status: "completed", dueAt: null }, "de");
    expect(completed.text).toContain("Ihre Anfrage „Kopie Ihrer Daten“ ist erledigt.");
    expect(completed.text).not.toContain("Art. 77");
  });

  it("acknowledges a withdrawal with its content, the date and Berlin time and the refund date (L2)", () => {
    const content = SAMPLES.find((s) => s.content.template === "withdrawal-acknowledgment")!
      .content as Extract<MailContent, { template: "withdrawal-acknowledgment" }>;
    const de = renderMail(content, "de");
    expect(de.subject).toContain("V-2026-000123");
    expect(de.text).toContain(content.statement);
    // 29 March 2026 08:05 UTC is 10:05 in Berlin (summer time began that night).
    expect(de.text).toContain("29. März 2026 um 10:05 Uhr");
    expect(de.text).toContain("12. April 2026");
    expect(de.text).toContain("Standardlieferung");
    const en = renderMail(content, "en");
    expect(en.text).toContain("March 29, 2026 at 10:05 AM");
    expect(en.html).toContain(escapeHtml(content.statement));
  });

  it("tells the status of a return and gives a refusal its reason", () => {
    const refused = renderMail(
      {
        template: "return-update",
        name: "Erika",
        orderNumber: "V-1",
        kind: "exchange",
        status: "refused",
        labelLink: null,
        reason: "Die Ware ist beschädigt.",
      },
      "de",
    );
    expect(refused.subject).toBe("Umtausch zur Bestellung V-1: abgelehnt");
    expect(refused.text).toContain("Die Ware ist beschädigt.");
    expect(refused.text).not.toContain("Rücksendeetikett");
  });

  it("confirms a reservation with the store, the pickup code and the end in Berlin time", () => {
    const content = SAMPLES.find((s) => s.content.template === "reservation-confirmed")!.content;
    const mail = renderMail(content, "de");
    expect(mail.text).toContain("K7Q2-9XZ");
    expect(mail.text).toContain("Musterstraße 1, 10115 Berlin");
    expect(mail.text).toContain("3. Juli 2026, 18:00 Uhr");
  });

  it("sends the privacy mails as transactional mails, never as marketing", () => {
    for (const template of ["account-deleted", "guest-privacy-link", "privacy-request-update"]) {
      const sample = SAMPLES.find((s) => s.content.template === template)!;
      expect(isMarketingMail(sample.content)).toBe(false);
    }
  });
});
