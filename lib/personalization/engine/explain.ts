import type { Reason } from "../types";

export type ExplainLocale = "de" | "en";
type Basis = Reason["basis"];

/** What a sentence needs: the quoted subject and the optional parts, already in words. */
type Parts = {
  s: string;
  /** The formatted date of the data point, or null. */
  date: string | null;
  /** " am 3. Mai" / " on 3 May", or "". */
  onDate: string;
  /** ", zuletzt am 3. Mai" / ", most recently on 3 May", or "". */
  lastly: string;
  count: number | undefined;
  intervalDays: number | undefined;
  basis: Basis;
};

type Sentences = Record<Reason["signal"], (p: Parts) => string>;

const deOrders = (n: number) => `${n} ${n === 1 ? "Bestellung" : "Bestellungen"}`;
const enOrders = (n: number) => `${n} ${n === 1 ? "order" : "orders"}`;
const deTimes = (n: number | undefined) =>
  n === undefined ? "" : n === 1 ? " einmal" : ` ${n}-mal`;
const enTimes = (n: number | undefined) =>
  n === undefined ? "" : n === 1 ? " once" : n === 2 ? " twice" : ` ${n} times`;
const deTogether = (n: number | undefined) =>
  n === undefined ? "" : ` (in ${deOrders(n)} zusammen gekauft)`;
const enTogether = (n: number | undefined) =>
  n === undefined ? "" : ` (bought together in ${enOrders(n)})`;

// German sentences avoid relative pronouns after a product name: its gender is unknown here.
const DE: Sentences = {
  purchase: (p) =>
    p.basis === "context"
      ? `Passt zu ${p.s} aus Ihrer gerade aufgegebenen Bestellung${deTogether(p.count)}.`
      : `Sie haben ${p.s}${p.onDate} gekauft.`,
  co_purchase: (p) => {
    const how = p.count === undefined ? "oft" : `in ${deOrders(p.count)}`;
    return p.basis === "context"
      ? `Andere Kunden haben dies ${how} zusammen mit ${p.s} gekauft.`
      : `Sie haben ${p.s}${p.onDate} gekauft; andere Kunden haben dies ${how} zusammen damit gekauft.`;
  },
  complement: (p) =>
    p.basis === "context"
      ? `Passt zu ${p.s} auf dieser Seite.`
      : `Passt zu Ihrem Kauf ${p.s}${p.date ? ` vom ${p.date}` : ""}.`,
  category_affinity: (p) =>
    affinity(p, {
      stated: `Sie haben angegeben, dass Sie sich für ${p.s} interessieren.`,
      context: `Aus derselben Kategorie ${p.s} wie die angezeigte Seite.`,
      consent: `Sie haben${deTimes(p.count)} Produkte aus ${p.s} gekauft oder angesehen${p.lastly}.`,
    }),
  brand_affinity: (p) =>
    affinity(p, {
      stated: `Sie haben angegeben, dass Sie sich für ${p.s} interessieren.`,
      context: `Von derselben Marke ${p.s} wie die angezeigte Seite.`,
      consent: `Sie haben${deTimes(p.count)} Produkte von ${p.s} gekauft oder angesehen${p.lastly}.`,
    }),
  recently_viewed: (p) =>
    p.basis === "context"
      ? `Sie sehen sich gerade ${p.s} an.`
      : `Sie haben sich ${p.s}${p.onDate} angesehen.`,
  replenishment: (p) => {
    const d = p.intervalDays;
    const every = d === undefined ? "" : d === 1 ? ", etwa täglich" : `, etwa alle ${d} Tage`;
    return `Sie haben ${p.s}${deTimes(p.count)} gekauft${every}${p.lastly}; vielleicht ist es Zeit für Nachschub.`;
  },
  stated_interest: (p) => `Sie haben angegeben, dass Sie sich für ${p.s} interessieren.`,
  segment: (p) => `Sie gehören zur Kundengruppe ${p.s}, für die dieses Angebot gilt.`,
  cart: (p) => `Passt zu ${p.s} in Ihrem Warenkorb${deTogether(p.count)}.`,
  viewing: (p) => `Passt zum gerade angezeigten Produkt ${p.s}${deTogether(p.count)}.`,
};

const EN: Sentences = {
  purchase: (p) =>
    p.basis === "context"
      ? `Goes with ${p.s} from the order you have just placed${enTogether(p.count)}.`
      : `You bought ${p.s}${p.onDate}.`,
  co_purchase: (p) => {
    const how = p.count === undefined ? "often " : "";
    const where = p.count === undefined ? "" : ` in ${enOrders(p.count)}`;
    return p.basis === "context"
      ? `Other customers ${how}bought this together with ${p.s}${where}.`
      : `You bought ${p.s}${p.onDate}; other customers ${how}bought this together with it${where}.`;
  },
  complement: (p) =>
    p.basis === "context"
      ? `Goes with ${p.s} on this page.`
      : `Goes with ${p.s}, which you bought${p.onDate}.`,
  category_affinity: (p) =>
    affinity(p, {
      stated: `You told us you are interested in ${p.s}.`,
      context: `From the same category, ${p.s}, as the page in view.`,
      consent: `You bought or viewed products in ${p.s}${enTimes(p.count)}${p.lastly}.`,
    }),
  brand_affinity: (p) =>
    affinity(p, {
      stated: `You told us you are interested in ${p.s}.`,
      context: `By the same brand, ${p.s}, as the page in view.`,
      consent: `You bought or viewed products by ${p.s}${enTimes(p.count)}${p.lastly}.`,
    }),
  recently_viewed: (p) =>
    p.basis === "context" ? `You are looking at ${p.s}.` : `You viewed ${p.s}${p.onDate}.`,
  replenishment: (p) => {
    const d = p.intervalDays;
    const every = d === undefined ? "" : d === 1 ? ", about daily" : `, about every ${d} days`;
    return `You bought ${p.s}${enTimes(p.count)}${every}${p.lastly}; it may be time for more.`;
  },
  stated_interest: (p) => `You told us you are interested in ${p.s}.`,
  segment: (p) => `You belong to the customer group ${p.s}, which this offer is for.`,
  cart: (p) => `Goes with ${p.s} in your cart${enTogether(p.count)}.`,
  viewing: (p) => `Goes with ${p.s}, which you are looking at${enTogether(p.count)}.`,
};

function affinity(p: Parts, by: { stated: string; context: string; consent: string }): string {
  return p.basis === "stated_by_customer"
    ? by.stated
    : p.basis === "context"
      ? by.context
      : by.consent;
}

/**
 * A reason in plain words, one sentence, German or English. Pure strings without an i18n library:
 * mails and the privacy-center export use it outside React. `formatDate` turns the ISO time of
 * the data point into the reader's date ("3. Mai" / "3 May").
 */
export function explainReason(
  reason: Reason,
  locale: ExplainLocale,
  formatDate: (iso: string) => string,
): string {
  const de = locale === "de";
  const date = reason.at ? formatDate(reason.at) : null;
  const subject = reason.subject[locale];
  const parts: Parts = {
    s: de ? `„${subject}“` : `“${subject}”`,
    date,
    onDate: date ? (de ? ` am ${date}` : ` on ${date}`) : "",
    lastly: date ? (de ? `, zuletzt am ${date}` : `, most recently on ${date}`) : "",
    count: reason.count,
    intervalDays: reason.intervalDays,
    basis: reason.basis,
  };
  return (de ? DE : EN)[reason.signal](parts);
}

/** From half of the decision a reason is "strong"; from a fifth (one of three) "medium". */
export const STRONG_WEIGHT = 0.5;
export const MEDIUM_WEIGHT = 0.2;
const WEIGHT_WORDS = {
  de: ["stark", "mittel", "gering"],
  en: ["strong", "medium", "low"],
} as const;

/** A reason's weight in words. */
export function describeWeight(weight: number, locale: ExplainLocale): string {
  const words = WEIGHT_WORDS[locale];
  return weight >= STRONG_WEIGHT ? words[0] : weight >= MEDIUM_WEIGHT ? words[1] : words[2];
}

const BASIS_LABELS: Record<ExplainLocale, Record<Basis, string>> = {
  de: {
    personalization_consent: "Ihre Einwilligung in Personalisierung",
    stated_by_customer: "Ihre eigene Angabe",
    context: "nur die angezeigte Seite",
  },
  en: {
    personalization_consent: "your consent to personalization",
    stated_by_customer: "your own statement",
    context: "only the page in view",
  },
};

/** What allowed using a reason's data point (P2: "the consent that allowed it"). */
export function basisLabel(basis: Basis, locale: ExplainLocale): string {
  return BASIS_LABELS[locale][basis];
}
