// The facts a refusal names, read from the server's words: each one found where receivers write
// it, validated, and left out when the words do not name it.
import { factsOf, fillText } from "../../src/core/diagnosis/facts";

test.each([
  [
    "Postfix receiver names the client",
    "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org",
    "203.0.113.7",
  ],
  [
    "the receiver's own address is not the sender's",
    "mx.fabrikam.example [192.0.2.25]: 550 5.7.1 rejected, your IP 203.0.113.7 is listed",
    "203.0.113.7",
  ],
  [
    "Postfix host[ip] said",
    "host gmail-smtp-in.l.google.com[142.250.1.27] said: 550 5.7.1 [198.51.100.23] blocked",
    "198.51.100.23",
  ],
  [
    "an IPv6 sender",
    "550-5.7.25 [2001:db8::25] The IP address sending this message does not have a PTR record",
    "2001:db8::25",
  ],
  ["no IP at all", "550 5.1.1 The email account that you tried to reach does not exist", undefined],
])("the sending IP: %s", (_name, text, ip) => {
  expect(factsOf(text).ip).toBe(ip);
});

test("the failing domain and its DMARC policy", () => {
  const facts = factsOf(
    "550 5.7.509 Access denied, sending domain contoso.com does not pass DMARC verification and has a DMARC policy of reject.",
  );
  expect(facts.domain).toBe("contoso.com");
  expect(facts.policy).toBe("reject");
  expect(
    factsOf("550 5.7.26 Unauthenticated email from fabrikam.example is not accepted").domain,
  ).toBe("fabrikam.example");
});

test("without a domain in the words, the returned original's From domain stands in", () => {
  expect(
    factsOf("550 5.7.30 DKIM did not pass", { originalFrom: "Sam <sam@contoso.com>" }).domain,
  ).toBe("contoso.com");
});

test("the missing domain, the limit, the block list and its page, the retry deadline", () => {
  expect(
    factsOf("DNS Error: DNS type 'mx' lookup of fabrikam.example responded with code NXDOMAIN")
      .missingDomain,
  ).toBe("fabrikam.example");
  expect(
    factsOf("Host or domain name not found. Name service error for name=fabrikam.example type=MX")
      .missingDomain,
  ).toBe("fabrikam.example");
  expect(factsOf("552 5.3.4 Message size exceeds fixed maximum of 10485760 bytes").limit).toBe(
    "10485760 bytes",
  );
  const listed = factsOf(
    "554 5.7.1 Client host [203.0.113.7] blocked using b.barracudacentral.org",
  );
  expect(listed.list).toBe("Barracuda Reputation Block List (BRBL)");
  expect(listed.listPage).toBe("https://www.barracudacentral.org/lookups");
  expect(factsOf("", { willRetryUntil: "Wed, 18 Nov 2026 09:00:00 +0000" }).until).toBe(
    "Wed, 18 Nov 2026 09:00:00 +0000",
  );
});

test("a name that is not a domain is not taken for one", () => {
  expect(
    factsOf("550 5.7.26 Unauthenticated email from <script>x</script> is not accepted").domain,
  ).toBe(undefined);
});

test("placeholders: the fact, else the fallback phrase; an optional part only with its facts", () => {
  const text = "Mail from {ip} was refused[[ (policy p={policy})]].";
  expect(fillText(text, { ip: "203.0.113.7", policy: "reject" }, "en")).toBe(
    "Mail from 203.0.113.7 was refused (policy p=reject).",
  );
  expect(fillText(text, {}, "en")).toBe("Mail from your sending server's IP address was refused.");
  expect(fillText("{ip} からのメール", {}, "ja")).toBe("送信サーバーの IP アドレス からのメール");
  expect(fillText("{unknown} stays", {}, "en")).toBe("{unknown} stays");
});
