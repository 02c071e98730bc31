// The engine chunk's root (engine-chunk.ts loads it): the engine with its catalog, and the cards
// that show a diagnosis, which call the engine's own helpers (summary, resend form, warnings).
export { explainLoad } from "./explain";
export { Results } from "./components/Results";
