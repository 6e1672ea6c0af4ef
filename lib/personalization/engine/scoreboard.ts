import type { Contribution } from "./reasons";

type Entry = { score: number; parts: Contribution[] };

/**
 * Per candidate, its running score and the contributions behind it. Contributions are kept as
 * given (they may be shared between candidates) and merged by key only for the items shown, so
 * that scoring hundreds of candidates allocates little.
 */
export class ScoreBoard {
  private readonly entries = new Map<string, Entry>();

  add(productId: string, contribution: Contribution): void {
    if (!(contribution.score > 0)) return;
    let entry = this.entries.get(productId);
    if (!entry) this.entries.set(productId, (entry = { score: 0, parts: [] }));
    entry.score += contribution.score;
    entry.parts.push(contribution);
  }

  candidates(): IterableIterator<string> {
    return this.entries.keys();
  }

  score(productId: string): number {
    return this.entries.get(productId)?.score ?? 0;
  }

  /** The contributions merged by key: scores added, and a count kept where one part has it. */
  contributions(productId: string): Contribution[] {
    const merged = new Map<string, Contribution>();
    for (const part of this.entries.get(productId)?.parts ?? []) {
      const same = merged.get(part.key);
      if (!same) {
        merged.set(part.key, part);
        continue;
      }
      // A complement that is also bought together keeps the number of shared orders.
      const count = part.reason.count ?? same.reason.count;
      merged.set(part.key, {
        key: part.key,
        score: same.score + part.score,
        reason: count === undefined ? same.reason : { ...same.reason, count },
      });
    }
    return [...merged.values()];
  }
}
