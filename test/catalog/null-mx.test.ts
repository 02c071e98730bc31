// A domain's null MX (RFC 7505) is final whatever the class the notice carries: Gmail's failure
// notice gives its "returned Null MX" the status 4.0.0, which the registry's 4.1.10 read as a
// deferral the server had retried and given up on, with "wait an hour" before "check the address".
import { analyze, diagnose } from "../../src/core";
import { SENDER } from "../../src/core/catalog/steps";
import { GAVE_UP } from "../../src/core/diagnosis/retries";
import { bounce } from "./dsn-bounce";

// Gmail's words, as an app's saved Gmail notice (January 2026, in the code corpus) quotes them,
// and its older form (no "For more information")
const GMAIL_NULL_MX = [
  "DNS Error: DNS type 'mx' lookup of example.com responded with code NOERROR The domain example.com doesn't receive email according to the administrator: returned Null MX. For more information, go to https://www.rfc-editor.org/info/rfc7505",
  "DNS Error: DNS type 'mx' lookup of example.com responded with code NOERROR The domain example.com doesn't receive email according to the administrator: returned Null MX",
];

describe.each(GMAIL_NULL_MX.map((d) => [d] as const))(
  "a failure notice under 4.0.0: %s",
  (diagnostic) => {
    const e = diagnose(
      analyze(bounce({ failed: "test@example.com", status: "4.0.0", diagnostic, remote: null })),
    ).recipients[0]?.explanation;

    it("reads the null MX, final and the sender's to fix", () => {
      expect(e?.id).toBe("recipient-null-mx");
      expect(e?.owner).toBe("you");
      expect(e?.temporary).toBe(false);
    });

    it("says neither that the server retried nor to wait and send again", () => {
      expect(e?.summary.en.startsWith(GAVE_UP.en)).toBe(false);
      expect(e?.fix).not.toContainEqual(SENDER.retryLater);
      expect(e?.fix).not.toContainEqual(SENDER.resendAfterFix);
      expect(e?.actions).not.toContain("retry-later");
    });
  },
);

it("a sender's null MX is not read as the recipient's", () => {
  const e = diagnose(
    analyze(
      bounce({
        failed: "kim@fabrikam.example",
        status: "5.7.27",
        diagnostic:
          "550 5.7.27 <noreply@contoso.example>: Sender address rejected: Domain contoso.example does not accept mail (nullMX)",
      }),
    ),
  ).recipients[0]?.explanation;
  expect(e?.id).toBe("sender-null-mx");
  expect(e?.owner).toBe("your-admin");
});
