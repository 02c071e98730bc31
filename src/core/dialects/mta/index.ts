// Bounce layouts of other mail servers and providers (Postfix, Sendmail, Exim, qmail, Gmail, ...).
import type { Dialect } from "../types";

export const mtaDialects: readonly Dialect[] = [];
