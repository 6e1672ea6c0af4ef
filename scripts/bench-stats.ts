/** The figures the benchmark scripts print: nearest-rank percentiles of timings in milliseconds. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** One line: label, count, p50, p95 and max. */
export function report(
  label: string,
  times: readonly number[],
  options: { width?: number; digits?: number } = {},
): void {
  const sorted = [...times].sort((a, b) => a - b);
  const f = (n: number) => `${n.toFixed(options.digits ?? 1)} ms`;
  console.info(
    `${label.padEnd(options.width ?? 8)} n=${sorted.length}  p50 ${f(percentile(sorted, 50))}  p95 ${f(percentile(sorted, 95))}  max ${f(sorted.at(-1) ?? 0)}`,
  );
}
