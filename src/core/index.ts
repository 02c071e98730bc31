// The engine's public API. Outer layers import from here only.
export * from "./types";
export { analyze } from "./analyze";
export { diagnose } from "./diagnosis/diagnose";
