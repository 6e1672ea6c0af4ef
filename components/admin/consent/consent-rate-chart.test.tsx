import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ConsentRateChart } from "./consent-rate-chart";

describe("ConsentRateChart", () => {
  it("is one described image with nothing focusable inside", () => {
    const html = renderToStaticMarkup(
      <ConsentRateChart
        data={[
          {
            label: "5. Jan.",
            preferences: 80,
            analytics: 40.5,
            personalization: null,
            marketing: 0,
          },
        ]}
        series={[
          { key: "preferences", name: "Präferenzen" },
          { key: "analytics", name: "Statistik" },
        ]}
        locale="de"
        summary="Liniendiagramm der Einwilligungsquoten"
      />,
    );
    expect(html).toMatch(/^<div role="img" aria-label="Liniendiagramm der Einwilligungsquoten"/);
    expect(html).not.toMatch(/tabindex="0"|role="application"/);
  });
});
