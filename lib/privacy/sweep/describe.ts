/**
 * Every retention rule in words, for the privacy officer's page (T1): generated from the data map
 * through the sweep's own rules, so that the page says what the job does.
 */
import { getTableEntry } from "../data-map";
import type {
  ColumnClass,
  Localized,
  MapLocale,
  RetentionPeriod,
  RetentionTrigger,
  TableEntry,
  TableName,
} from "../data-map-types";
import { CATEGORY_TEXT } from "../map/vocabulary";
import {
  GUEST_DECISION_LIFETIME_SECONDS,
  sweepRules,
  type RowFilterSpec,
  type SweepPart,
} from "./rules";

export type RulePartDescription = {
  /** Which rows the rule covers. */
  rows: string;
  period: string;
  /** What the period counts from. */
  startsFrom: string;
  law: string | null;
  /** The data map's own text of the rule. */
  rule: string;
  /** What happens when it ends. */
  atEnd: string;
  swept: boolean;
};

export type RuleDescription = {
  table: TableName;
  label: string;
  category: string;
  parts: RulePartDescription[];
};

type Words = Record<MapLocale, string>;
const W = {
  notPersonal: { de: "Keine personenbezogenen Daten", en: "No personal data" },
  allRows: { de: "Alle Zeilen", en: "All rows" },
  otherRows: { de: "Alle übrigen Zeilen", en: "All other rows" },
  onlyRows: { de: "Nur Zeilen mit", en: "Only rows where" },
  isEmpty: { de: "leer", en: "empty" },
  oneOf: { de: "einer von", en: "one of" },
  none: { de: "–", en: "–" },
  day: { de: ["Tag", "Tage"], en: ["day", "days"] },
  month: { de: ["Monat", "Monate"], en: ["month", "months"] },
  year: { de: ["Jahr", "Jahre"], en: ["year", "years"] },
  "consent-decision-ends": {
    de: `ab dem Ende der Geltung: ersetzt durch eine neuere Entscheidung derselben Person; ohne Konto spätestens, wenn das Einwilligungs-Cookie abläuft (${days(GUEST_DECISION_LIFETIME_SECONDS)} Tage nach der Entscheidung)`,
    en: `from when it stops applying: replaced by a newer decision of the same person; without an account at the latest when the consent cookie expires (${days(GUEST_DECISION_LIFETIME_SECONDS)} days after the decision)`,
  },
  "offer-ended": {
    de: "ab dem Ende des Angebots (offers.ends_at)",
    en: "from the end of the offer (offers.ends_at)",
  },
  recomputed: { de: "bis zur nächsten Berechnung", en: "until the next computation" },
  unresolved: { de: "Keine Zeitangabe in der Datenkarte", en: "The data map names no time" },
  swept: {
    de: "Wird vom täglichen Löschlauf (03:15 Uhr) gelöscht.",
    en: "Deleted by the daily retention sweep (03:15).",
  },
  sweptRestricted: {
    de: "Wird vom täglichen Löschlauf (03:15 Uhr) gelöscht, auch Einträge, die nach der Löschung eines Kontos gesperrt aufbewahrt werden.",
    en: "Deleted by the daily retention sweep (03:15), including rows kept restricted after an account was erased.",
  },
  sweptWithParent: { de: "Wird mit „{parent}“ gelöscht.", en: "Deleted together with “{parent}”." },
  sweptWithUnknownParent: {
    de: "Wird mit dem Eintrag gelöscht, zu dem er gehört.",
    en: "Deleted together with the record it belongs to.",
  },
  withAccount: {
    de: "Wird mit dem Konto gelöscht (Löschung des Kontos).",
    en: "Deleted with the account (account erasure).",
  },
  notDeleted: { de: "Wird nicht gelöscht.", en: "Not deleted." },
  recomputedAtEnd: {
    de: "Wird bei jeder Neuberechnung ersetzt (Job „{job}“), mit dem Konto oder beim Widerruf der Einwilligung gelöscht.",
    en: "Replaced at each recomputation (job “{job}”); deleted with the account or when consent is withdrawn.",
  },
  unresolvedAtEnd: {
    de: "Wird nicht automatisch gelöscht: die Regel nennt keinen Zeitpunkt.",
    en: "Not deleted automatically: the rule names no time.",
  },
} satisfies Record<string, Words | Record<MapLocale, [string, string]>>;

/** What a rule's period counts from, by trigger. */
const FROM: Record<RetentionTrigger, Words> = {
  recorded: { de: "ab der Erfassung", en: "from when it was recorded" },
  "last-change": { de: "ab der letzten Änderung", en: "from the last change" },
  expiry: { de: "ab dem Ablauf", en: "from when it expires" },
  closed: {
    de: "ab dem Abschluss; offene Einträge bleiben",
    en: "from when it was closed; open ones stay",
  },
  "end-of-calendar-year": {
    de: "ab dem Ende des Kalenderjahres (Europe/Berlin)",
    en: "from the end of the calendar year (Europe/Berlin)",
  },
  superseded: { de: "ab der Ersetzung", en: "from when it was replaced" },
  "account-closed": { de: "solange das Konto besteht", en: "as long as the account exists" },
  "with-parent": { de: "wie der übergeordnete Eintrag", en: "like the record it belongs to" },
  "not-personal": { de: "solange benötigt", en: "as long as needed" },
};

function days(seconds: number): number {
  return Math.round(seconds / 86_400);
}

function periodText(period: RetentionPeriod, locale: MapLocale): string {
  const [count, unit] =
    "days" in period
      ? [period.days, W.day]
      : "months" in period
        ? [period.months, W.month]
        : [period.years, W.year];
  if (count === 0) return W.none[locale];
  return `${count} ${unit[locale][count === 1 ? 0 : 1]}`;
}

function labelOf(entry: TableEntry, locale: MapLocale): string {
  return entry.personal ? entry.exportLabel[locale] : entry.description[locale];
}

function columnName(entry: TableEntry, column: string, locale: MapLocale): string {
  const c = (entry.columns as Record<string, ColumnClass>)[column];
  return c?.personal ? `${c.label[locale]} (${column})` : column;
}

function rowsText(part: SweepPart, entry: TableEntry, locale: MapLocale): string {
  const filter = (f: RowFilterSpec) =>
    "isNull" in f
      ? `${W.onlyRows[locale]} ${columnName(entry, f.column, locale)}: ${W.isEmpty[locale]}`
      : `${W.onlyRows[locale]} ${columnName(entry, f.column, locale)} ${W.oneOf[locale]} ${f.in.join(", ")}`;
  switch (part.scope.kind) {
    case "all":
      return W.allRows[locale];
    case "only":
      return filter(part.scope.filter);
    case "except":
      return W.otherRows[locale];
  }
}

function startsFrom(part: SweepPart, entry: TableEntry, locale: MapLocale): string {
  if (part.due?.kind === "derived") return W[part.due.time][locale];
  if (part.noSweep?.kind === "recomputed") return W.recomputed[locale];
  if (part.noSweep?.kind === "unresolved") return W.unresolved[locale];
  const from = FROM[part.trigger][locale];
  return part.column ? `${from}: ${columnName(entry, part.column, locale)}` : from;
}

function atEnd(part: SweepPart, entry: TableEntry, locale: MapLocale): string {
  const fill = (text: string, values: Record<string, string>) =>
    text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "");
  if (part.due) {
    const restricted = entry.personal && entry.erasure.action === "retain-restricted";
    return (restricted ? W.sweptRestricted : W.swept)[locale];
  }
  const reason = part.noSweep;
  switch (reason.kind) {
    case "account-closed":
      return W.withAccount[locale];
    case "not-personal":
      return W.notDeleted[locale];
    case "with-parent":
      return reason.parent
        ? fill(W.sweptWithParent[locale], { parent: labelOf(getTableEntry(reason.parent), locale) })
        : W.sweptWithUnknownParent[locale];
    case "recomputed":
      return fill(W.recomputedAtEnd[locale], { job: reason.job });
    case "unresolved":
      return W.unresolvedAtEnd[locale];
  }
}

/** Every table's rules in words, in data-map order. */
export function describeRules(locale: MapLocale, now = new Date()): RuleDescription[] {
  return sweepRules(now).map(({ table, parts }) => {
    const entry = getTableEntry(table);
    const category: Localized = entry.personal
      ? CATEGORY_TEXT[entry.category].label
      : W.notPersonal;
    return {
      table,
      label: labelOf(entry, locale),
      category: category[locale],
      parts: parts.map((part) => ({
        rows: rowsText(part, entry, locale),
        period: periodText(part.period, locale),
        startsFrom: startsFrom(part, entry, locale),
        law: part.law,
        rule: part.text[locale],
        atEnd: atEnd(part, entry, locale),
        swept: part.due !== null,
      })),
    };
  });
}
