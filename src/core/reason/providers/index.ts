// Receiving providers with rules of their own, most specific first.
import type { ProviderRules } from "../types";
import { microsoft } from "./microsoft";

export const providers: readonly ProviderRules[] = [microsoft];
