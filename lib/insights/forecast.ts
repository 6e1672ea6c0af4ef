/**
 * Additive Holt-Winters forecasting for weekly unit sales (pure, no clock, no database).
 *
 * Model: level ℓ, trend b and a seasonal component s of length m.
 *   one-step forecast  ŷ(t)  = ℓ(t−1) + b(t−1) + s(t−m)
 *   ℓ(t) = α·(y(t) − s(t−m)) + (1−α)·(ℓ(t−1) + b(t−1))
 *   b(t) = β·(ℓ(t) − ℓ(t−1)) + (1−β)·b(t−1)
 *   s(t) = γ·(y(t) − ℓ(t)) + (1−γ)·s(t−m)
 *   h-step forecast    ŷ(n+h) = ℓ(n) + h·b(n) + s(n−m+1+((h−1) mod m))
 *
 * Season length: 4 weeks by default. Weekly shop data over 52 weeks holds one yearly cycle only,
 * too little to estimate a 52-week season; a 4-week ("monthly": pay days, month-end campaigns)
 * season repeats 13 times in a year, so each seasonal index is estimated from 13 observations.
 *
 * α, β, γ are chosen by a grid search that minimises the sum of squared one-step errors. The band
 * is ±1.96·σ·√h, σ being the root mean square of those one-step errors: roughly a 95 % interval
 * under the usual assumption of independent, normal errors, widening with the horizon. Units
 * cannot be negative, so forecast and band are cut at zero.
 */

export const DEFAULT_SEASON_LENGTH = 4;
export const Z_95 = 1.96;
/** The values tried for each of α, β and γ. */
export const PARAMETER_GRID: readonly number[] = [0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9];

export type HoltWintersParams = { alpha: number; beta: number; gamma: number };

export type ForecastPoint = {
  /** 1 = the week after the last observed one. */
  step: number;
  value: number;
  lower: number;
  upper: number;
};

export type Forecast = {
  /** The season length actually used: 0 when the history was too short for a season (Holt). */
  seasonLength: number;
  params: HoltWintersParams;
  /** Root mean square of the one-step errors over the history. */
  sigma: number;
  points: ForecastPoint[];
};

type Fit = {
  sse: number;
  residuals: number;
  level: number;
  trend: number;
  /** The last m seasonal components, oldest first (empty without a season). */
  season: number[];
};

const mean = (values: readonly number[]) =>
  values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Runs the recursions over the series. With a season (m ≥ 2 and at least two full seasons), the
 * start values come from the first two seasons: level = mean of the first season (placed at its
 * middle), trend = difference of the two season means / m, seasonal index = deviation of each week
 * of the first season from that line; so a straight line or a repeating pattern is fitted exactly.
 */
function fit(series: readonly number[], m: number, params: HoltWintersParams): Fit {
  const { alpha, beta, gamma } = params;
  let level: number;
  let trend: number;
  let season: number[];
  let start: number;
  if (m >= 2) {
    const first = mean(series.slice(0, m));
    const second = mean(series.slice(m, 2 * m));
    trend = (second - first) / m;
    const middle = (m - 1) / 2;
    season = series.slice(0, m).map((y, i) => y - (first + trend * (i - middle)));
    level = first + trend * middle;
    start = m;
  } else {
    level = series[0] ?? 0;
    trend = series.length > 1 ? series[1]! - series[0]! : 0;
    season = [];
    start = 1;
  }

  let sse = 0;
  let residuals = 0;
  for (let t = start; t < series.length; t++) {
    const y = series[t]!;
    const seasonal = m >= 2 ? season[t % m]! : 0;
    const error = y - (level + trend + seasonal);
    sse += error * error;
    residuals++;
    const previousLevel = level;
    level = alpha * (y - seasonal) + (1 - alpha) * (level + trend);
    trend = beta * (level - previousLevel) + (1 - beta) * trend;
    if (m >= 2) season[t % m] = gamma * (y - level) + (1 - gamma) * seasonal;
  }

  // Reorder so that index 0 is the season slot of the week after the last observed one.
  const ordered =
    m >= 2 ? Array.from({ length: m }, (_, i) => season[(series.length + i) % m]!) : [];
  return { sse, residuals, level, trend, season: ordered };
}

/**
 * Fits the model by grid search and forecasts `horizon` steps. An empty history forecasts zero;
 * a history shorter than two seasons drops the season (Holt's linear trend).
 */
export function forecastHoltWinters(
  series: readonly number[],
  horizon: number,
  seasonLength: number = DEFAULT_SEASON_LENGTH,
): Forecast {
  const m = seasonLength >= 2 && series.length >= 2 * seasonLength ? seasonLength : 0;
  if (series.length === 0) {
    return {
      seasonLength: 0,
      params: { alpha: 0, beta: 0, gamma: 0 },
      sigma: 0,
      points: Array.from({ length: horizon }, (_, i) => ({
        step: i + 1,
        value: 0,
        lower: 0,
        upper: 0,
      })),
    };
  }

  let best: { params: HoltWintersParams; fit: Fit } | null = null;
  const gammas = m >= 2 ? PARAMETER_GRID : [0];
  for (const alpha of PARAMETER_GRID) {
    for (const beta of PARAMETER_GRID) {
      for (const gamma of gammas) {
        const params = { alpha, beta, gamma };
        const result = fit(series, m, params);
        // Strictly smaller only: among equal fits the first (smoothest) parameters win.
        if (!best || result.sse < best.fit.sse - 1e-9) best = { params, fit: result };
      }
    }
  }
  const { params, fit: chosen } = best!;
  const sigma = chosen.residuals > 0 ? Math.sqrt(chosen.sse / chosen.residuals) : 0;

  const points = Array.from({ length: horizon }, (_, i) => {
    const step = i + 1;
    const seasonal = m >= 2 ? chosen.season[i % m]! : 0;
    const raw = chosen.level + step * chosen.trend + seasonal;
    const width = Z_95 * sigma * Math.sqrt(step);
    return {
      step,
      value: Math.max(0, raw),
      lower: Math.max(0, raw - width),
      upper: Math.max(0, raw + width),
    };
  });
  return { seasonLength: m, params, sigma, points };
}
