// Every dialect decoder, in the order they are tried: Microsoft's layouts first, then the MTAs.
import type { Dialect } from "./types";
import { microsoftDialects } from "./microsoft";
import { mtaDialects } from "./mta";

export const dialects: readonly Dialect[] = [...microsoftDialects, ...mtaDialects];
