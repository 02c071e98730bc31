import { ACTIONS, REASONS } from "../../src/core";

test("reason and action vocabularies have no duplicates", () => {
  expect(new Set(REASONS).size).toBe(REASONS.length);
  expect(new Set(ACTIONS).size).toBe(ACTIONS.length);
});
