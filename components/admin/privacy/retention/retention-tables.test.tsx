import { renderToStaticMarkup } from "react-dom/server";
import { createFormatter, createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import de from "@/messages/privacy-retention/de.json";
import en from "@/messages/privacy-retention/en.json";
import { DATA_MAP } from "@/lib/privacy/data-map";
import { describeRules } from "@/lib/privacy/sweep/describe";
import type { RetentionRun } from "@/lib/privacy/sweep/runs";
import { RetentionRules } from "./retention-rules";
import { RetentionRuns } from "./retention-runs";

const locale = vi.hoisted(() => ({ current: "de" as "de" | "en" }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) =>
    createTranslator({
      locale: locale.current,
      messages: locale.current === "de" ? de : en,
      namespace: namespace as "privacyRetention",
    }),
  getFormatter: async () => createFormatter({ locale: locale.current, timeZone: "Europe/Berlin" }),
}));

const now = new Date("2031-05-14T01:15:00Z");

async function html(node: Promise<React.ReactElement>) {
  return renderToStaticMarkup(await node);
}

describe("the rules table", () => {
  it.each(["de", "en"] as const)("lists every table of the data map (%s)", async (language) => {
    locale.current = language;
    const rules = describeRules(language, now);
    const markup = await html(RetentionRules({ rules }));
    for (const table of Object.keys(DATA_MAP)) expect(markup).toContain(`>${table}</code>`);
    expect(markup).toContain('role="region"');
    expect(markup).toContain('tabindex="0"');
    expect(markup.match(/<tbody/g)).toHaveLength(Object.keys(DATA_MAP).length);
    // Tables with an exception show two rule lines, the name spanning both.
    const twoParts = rules.filter((r) => r.parts.length === 2).length;
    expect(twoParts).toBeGreaterThan(0);
    expect(markup.match(/rowSpan="2"|rowspan="2"/g)).toHaveLength(twoParts * 2);
    expect(markup).toContain(language === "de" ? "Aufbewahrungsregeln" : "Retention rules");
  });
});

describe("the runs", () => {
  const run = (table: string, removed: number, cutoff: Date | null): RetentionRun => ({
    id: `${table}-1`,
    jobId: "7f3c2a1e-0000-4000-8000-000000000000",
    table,
    cutoff,
    removed,
    changed: 0,
    ranAt: now,
  });

  it("shows counts, times and the map's names, and no content", async () => {
    locale.current = "en";
    const runs = [
      run("behaviour_events", 1234, new Date("2030-11-15T01:15:00Z")),
      run("cart_items", 3, null),
    ];
    const markup = await html(
      RetentionRuns({
        latest: runs,
        recent: runs,
        labels: { behaviour_events: "Behaviour events" },
      }),
    );
    expect(markup).toContain("Behaviour events");
    expect(markup).toContain("1,234");
    expect(markup).toContain("with the parent rows");
    expect(markup).toContain("Last 2 runs");
    expect(markup).toMatch(
      new RegExp(`datetime="${now.toISOString()}"[^>]*>May 14, 2031, 3:15 AM<`, "i"),
    );
    expect(markup).toContain(">7f3c2a1e</code>");
  });

  it("says when the sweep has not run yet", async () => {
    locale.current = "de";
    const markup = await html(RetentionRuns({ latest: [], recent: [], labels: {} }));
    expect(markup).toContain("Der Löschlauf ist noch nicht gelaufen.");
    expect(markup).not.toContain("<table");
  });
});
