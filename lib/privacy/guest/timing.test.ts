import { describe, expect, it } from "vitest";
import { answerAfter } from "./timing";

function fakeClock(start: number) {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    advance: (ms: number) => (now += ms),
    clock: {
      now: () => now,
      sleep: async (ms: number) => {
        slept.push(ms);
        now += ms;
      },
    },
  };
}

describe("answerAfter (S2, R7)", () => {
  it("waits out the rest of the floor, so fast and slow paths answer alike", async () => {
    const fast = fakeClock(1000);
    fast.advance(40);
    await expect(answerAfter(1000, 600, "same", fast.clock)).resolves.toBe("same");
    expect(fast.slept).toEqual([560]);

    const slow = fakeClock(1000);
    slow.advance(250);
    await answerAfter(1000, 600, "same", slow.clock);
    expect(slow.slept).toEqual([350]);
    expect(fast.clock.now()).toBe(slow.clock.now());
  });

  it("does not wait when the work already took longer", async () => {
    const late = fakeClock(0);
    late.advance(900);
    await answerAfter(0, 600, 1, late.clock);
    expect(late.slept).toEqual([]);
  });
});
