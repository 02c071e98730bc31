import { Progress } from "../../src/cli/progress";

describe("progress line", () => {
  it("stays silent in the first second, then shows done, rate and time left, and clears", () => {
    let now = 0;
    const drawn: string[] = [];
    const progress = new Progress(
      (t) => drawn.push(t),
      1000,
      () => now,
    );
    now = 500;
    progress.update(100, 100);
    expect(drawn).toEqual([]);
    now = 2000;
    progress.update(400, 250);
    now = 2100;
    progress.update(420, 260); // too soon after the last one
    now = 4000;
    progress.update(800, 500);
    progress.clear();
    expect(drawn).toEqual([
      "\r400 messages, 200/s, 6 s left\x1b[K",
      "\r800 messages, 200/s, 4 s left\x1b[K",
      "\r\x1b[K",
    ]);
  });
});
