// Exchange's transport tokens: a token that ends with a shorter one's name is matched first.
import { EXCHANGE_TOKENS, reasonOfToken } from "../../src/core/dialects/microsoft/tokens";

test.each([
  // the sender's daily sending limit (Microsoft's Exchange Online sending limits), not a full mailbox
  ["554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException", "speeding"],
  [
    "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception",
    "speeding",
  ],
  ["554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException", "mailboxfull"],
  [
    "452 4.2.2 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
    "mailboxfull",
  ],
])("%s", (text, reason) => {
  expect(reasonOfToken(text, EXCHANGE_TOKENS)?.reason).toBe(reason);
});

test("no token is preceded by one it contains", () => {
  const shadowed = EXCHANGE_TOKENS.flatMap((later, i) =>
    EXCHANGE_TOKENS.slice(0, i)
      .filter((earlier) => later.token.includes(earlier.token))
      .map((earlier) => `${earlier.token} before ${later.token}`),
  );
  expect(shadowed).toEqual([]);
});
