// The engine's public API. Outer layers import from here only.
export * from "./types";
