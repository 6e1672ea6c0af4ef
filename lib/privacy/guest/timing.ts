/**
 * Answers no sooner than `minimumMs` after `startedAt`, so that the time an answer takes does not
 * tell whether we hold data for an address (S2, R7): the mail and token of a known address are
 * written well within the floor.
 */
export async function answerAfter<T>(
  startedAt: number,
  minimumMs: number,
  value: T,
  clock: { now: () => number; sleep: (ms: number) => Promise<void> } = {
    now: () => performance.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  },
): Promise<T> {
  const remaining = startedAt + minimumMs - clock.now();
  if (remaining > 0) await clock.sleep(remaining);
  return value;
}

/** The floor of the guest request form's answer. */
export const GUEST_ANSWER_FLOOR_MS = 600;
