import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ForecastChart } from "./forecast-chart";
import { InsightsBarChart } from "./insights-bar-chart";

describe("insights charts", () => {
  it("render as one described image with nothing focusable inside", () => {
    const bar = renderToStaticMarkup(
      <InsightsBarChart
        ranking
        data={[{ label: "Kameras", valueCents: 12000 }]}
        locale="de"
        summary="Balkendiagramm"
      />,
    );
    const forecast = renderToStaticMarkup(
      <ForecastChart
        data={[
          { label: "1. Jan.", actual: 4, forecast: 4, band: null },
          { label: "8. Jan.", actual: null, forecast: 5, band: [3, 7] },
        ]}
        locale="de"
        summary="Prognose"
        names={{ actual: "Verkauft", forecast: "Prognose", band: "Bereich" }}
      />,
    );
    expect(bar).toMatch(/^<div role="img" aria-label="Balkendiagramm"/);
    expect(forecast).toMatch(/^<div role="img" aria-label="Prognose"/);
    for (const html of [bar, forecast]) expect(html).not.toMatch(/tabindex="0"|role="application"/);
  });
});
