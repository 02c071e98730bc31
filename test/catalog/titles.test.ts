// A title is the SMTP text an entry is known by; where Microsoft publishes it with placeholders
// ("sending domain [$SenderDomain]"), the user reads the reply's own values, or "…", never a name.
import { analyze, diagnose } from "../../src/core";
import { CATALOG } from "../../src/core/catalog/index";
import { PROVIDER_ENTRIES } from "../../src/core/catalog/providers/index";
import { PLACEHOLDER, titleInReply } from "../../src/core/catalog/placeholders";
import { bounce } from "./dsn-bounce";

describe("titleInReply", () => {
  test.each([
    [
      "Access denied, sending domain [$SenderDomain] does not pass DMARC verification and has a DMARC policy of reject.",
      "550 5.7.509 Access denied, sending domain [CONTOSO.COM] does not pass DMARC verification and has a DMARC policy of reject. [BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]",
      "Access denied, sending domain [CONTOSO.COM] does not pass DMARC verification and has a DMARC policy of reject",
    ],
    [
      "Remote certificate failed MTA-STS validation. Reason: <validityStatus>",
      "451 4.7.5 Remote certificate failed MTA-STS validation. Reason: CertificateExpired",
      "Remote certificate failed MTA-STS validation. Reason: CertificateExpired",
    ],
    [
      "Service unavailable, Client host [$ConnectingIP] blocked by $recipientDomain using Customer Block list (AS16012607)",
      "550 5.7.513 Service unavailable, Client host [203.0.113.5] blocked by fabrikam.com using Customer Block list (AS16012607)",
      "Service unavailable, Client host [203.0.113.5] blocked by fabrikam.com using Customer Block list (AS16012607)",
    ],
    // folded over two lines in the report: one line in the title
    [
      "MX hosts of <domain> failed MTA-STS validation",
      "451 4.4.8 MX hosts of\r\n fabrikam.com failed MTA-STS validation",
      "MX hosts of fabrikam.com failed MTA-STS validation",
    ],
    // the reply has other words (matched by code): the text, each value "…"
    [
      "Access denied, banned sending IP [<ip>]",
      "550 5.7.606 Access denied",
      "Access denied, banned sending IP […]",
    ],
    // no placeholder: the text as it is
    ["Mailbox full", "552 5.2.2 quota exceeded", "Mailbox full"],
  ])("%s", (text, reply, title) => {
    expect(titleInReply(text, reply)).toBe(title);
  });
});

test("no title of the catalog or a provider's table shows a placeholder, whatever the reply", () => {
  const shown = [...CATALOG, ...PROVIDER_ENTRIES].map((e) =>
    titleInReply(e.title ?? e.texts[0] ?? e.code, ""),
  );
  expect(shown.filter((title) => PLACEHOLDER.test(title))).toEqual([]);
});

test("a bounce's explanation carries the reply's values in its title", () => {
  const raw = bounce({
    failed: "kim@fabrikam.example",
    status: "5.7.509",
    diagnostic:
      "550 5.7.509 Access denied, sending domain [CONTOSO.EXAMPLE] does not pass DMARC verification and has a DMARC policy of reject.",
    remote: "fabrikam-example.mail.protection.outlook.com",
  });
  const [first] = diagnose(analyze(raw)).recipients;
  expect(first?.explanation.title).toBe(
    "Access denied, sending domain [CONTOSO.EXAMPLE] does not pass DMARC verification and has a DMARC policy of reject",
  );
});
