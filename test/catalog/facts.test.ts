// The facts a refusal names, read from the server's words: each one found where receivers write
// it, validated, and left out when the words do not name it.
import { factsOf } from "../../src/core/diagnosis/facts";
import { fillText } from "../../src/core/diagnosis/fill";
import { readReply } from "../../src/core/diagnosis/reply";

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
  [
    "Postfix smtpd names the client with its name in angle brackets",
    "554 5.7.1 <mail.contoso.example[203.0.113.7]>: Client host rejected: Access denied",
    "203.0.113.7",
  ],
  [
    "Postfix smtpd's client check behind a Postfix relay's host[ip] said",
    "host mx.fabrikam.example[192.0.2.25] said: 554 5.7.1 <relay.contoso.example[203.0.113.7]>: Client host rejected: Access denied (in reply to RCPT TO command)",
    "203.0.113.7",
  ],
  [
    "Postfix smtpd cannot find the client's name",
    "450 4.7.1 Client host rejected: cannot find your hostname, [203.0.113.7]",
    "203.0.113.7",
  ],
  [
    "Postfix smtpd's connection limit names the client after the receiver's own name",
    "421 4.7.0 mx.fabrikam.example Error: too many connections from 203.0.113.7",
    "203.0.113.7",
  ],
  [
    "qmail's receiver before the refusal that names the sender",
    "Connected to 192.0.2.25 but sender was rejected. Remote host said: 421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred due to user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
    "203.0.113.7",
  ],
  [
    "qmail: the receiver does not like the recipient",
    "192.0.2.25 does not like recipient. Remote host said: 550 5.7.606 Access denied, banned sending IP [203.0.113.7].",
    "203.0.113.7",
  ],
  [
    "qmail: the receiver failed after the message",
    "192.0.2.25 failed after I sent the message. Remote host said: 554 5.6.0 refused",
    undefined,
  ],
  [
    "qmail: the connection died",
    "Connected to 192.0.2.25 but connection died. (#4.4.2)",
    undefined,
  ],
  [
    "Exim: a receiver without a name",
    "SMTP error from remote mail server after RCPT TO:<kim@fabrikam.example>: host 192.0.2.25 [192.0.2.25]: 550 5.1.1 User unknown",
    undefined,
  ],
  [
    "the receiver named the remote server",
    "SMTP Remote server (192.0.2.25) issued an error. Remote server replied: 550 5.1.1 User unknown",
    undefined,
  ],
  [
    "the receiver's SMTP port",
    "unable to connect to remote server [192.0.2.25:25]: Operation timed out",
    undefined,
  ],
  [
    "a host: name (ip) receiver",
    "SMTP error from remote server for TEXT command, host: mx.fabrikam.example (192.0.2.25) reason: 550 5.2.0 rejected",
    undefined,
  ],
  [
    "Exchange's receiver in a delay report",
    "Delivery has been delayed. 11/7/2025 1:42:18 PM - Server at mail.fabrikam.example (192.0.2.25) returned '400 4.4.7 Message delayed'",
    undefined,
  ],
  [
    "an SMTP:RCPT host receiver",
    "Technical details: SMTP:RCPT host 192.0.2.25: 553 5.3.0 No such user here",
    undefined,
  ],
  [
    "Gmail's receiver with a trailing dot",
    "it was rejected by the server for the recipient domain fabrikam.example by mx.fabrikam.example. [192.0.2.25]. The error that the other server returned was: 550 5.1.1 User Unknown",
    undefined,
  ],
  [
    "Gmail's failed connections",
    "The recipient server did not accept our requests to connect. [fabrikam.example 192.0.2.25: timed out] [(0) fabrikam.example. [2001:db8::25]:25: socket error]",
    undefined,
  ],
  [
    "Spamhaus's open-resolver page names the receiver's resolver",
    "554 5.7.1 Service unavailable; Client host [redacted] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/192.0.2.53",
    undefined,
  ],
  [
    "Yahoo's status detail is not an address",
    "421 4.7.0 [TSS05] Messages from a.b.c.d temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
    undefined,
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

// The domain the words name as failing authentication (the returned original's From says
// sam@contoso.com): the envelope domain SPF checked, not the From domain standing in for it.
test.each([
  [
    "Gmail's SPF hard fail names the MAIL FROM domain",
    "550-5.7.26 The MAIL FROM domain [bounces.contoso.example] has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks with the ip: [203.0.113.7].",
    "bounces.contoso.example",
  ],
  [
    "Gmail's authentication results name the SPF domain",
    "550-5.7.26 Authentication results: DKIM = did not pass SPF [relay.fabrikam.example] with ip: [203.0.113.7] = did not pass",
    "relay.fabrikam.example",
  ],
  [
    "Gmail's SPF check for [domain]",
    "421-4.7.0 SPF check for [bounces.contoso.example] does not pass with ip: [203.0.113.7].",
    "bounces.contoso.example",
  ],
  [
    "Exim's documented SPF refusal",
    "550 203.0.113.7 is not allowed to send mail from bounces.contoso.example. Please see http://www.open-spf.org/Why;identity=sam@bounces.contoso.example;ip=203.0.113.7",
    "bounces.contoso.example",
  ],
  [
    "a null MX names the recipient's domain, not a failing one",
    "556 5.1.10 Recipient address has null MX; domain fabrikam.example does not accept mail",
    "contoso.com",
  ],
  [
    "a domain that does not exist is the recipient's, not a failing one",
    "550 5.4.310 DNS domain fabrikam.example does not exist [Message=InfoDomainNonexistent]",
    "contoso.com",
  ],
])("the failing domain: %s", (_name, text, domain) => {
  expect(factsOf(text, { originalFrom: "Sam <sam@contoso.com>" }).domain).toBe(domain);
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
  expect(factsOf("552 5.3.4 Message size exceeds fixed maximum of 10485760 bytes").limit).toBe(
    "10485760 bytes",
  );
  const listed = factsOf(
    "554 5.7.1 Client host [203.0.113.7] blocked using b.barracudacentral.org",
  );
  expect(listed.list).toBe("Barracuda Reputation Block List (BRBL)");
  expect(listed.listPage).toBe("https://www.barracudacentral.org/lookups");
  expect(factsOf("", { willRetryUntil: "Wed, 18 Nov 2026 09:00:00 +0000" }).until).toBe(
    "2026-11-18 09:00 UTC",
  );
});

test.each([
  ["Sat, 05 Dec 2026 16:48:15 +0900", "2026-12-05 07:48 UTC"],
  ["Fri, 30 Apr 2013 23:45:42 -0500 (EST)", "2013-05-01 04:45 UTC"],
  ["5 Dec 2026 07:48:15 GMT", "2026-12-05 07:48 UTC"],
  // not a date: said as written, the notice's own words
  ["when the queue lifetime ends", "when the queue lifetime ends"],
])("the retry deadline %s is said as %s in either language", (written, said) => {
  expect(factsOf("", { willRetryUntil: written }).until).toBe(said);
});

test.each([
  [
    "Postfix: the domain does not exist",
    "Host or domain name not found. Name service error for name=fabrikam.example type=MX: Host not found",
    "fabrikam.example",
  ],
  [
    "Postfix: the lookup failed for now, the domain may exist",
    "Host or domain name not found. Name service error for name=fabrikam.example type=MX: Host not found, try again",
    undefined,
  ],
  [
    "Postfix: a broken name server reply",
    "Name service error for name=fabrikam.example type=MX: Malformed or unexpected name server reply",
    undefined,
  ],
])("the missing domain: %s", (_name, text, missing) => {
  expect(factsOf(text).missingDomain).toBe(missing);
});

test.each([
  [
    "Postfix's fixed maximum",
    "552 5.3.4 Message size exceeds fixed maximum of 10485760 bytes",
    "10485760 bytes",
  ],
  [
    "Google's size limits, after the message's own size",
    "552 5.3.4 The size of your message (30000000 bytes) exceeded Google's message size limits of 26214400 bytes.",
    "26214400 bytes",
  ],
  ["no number, no limit", "552 5.3.4 Message size exceeds fixed limit", undefined],
])("the limit: %s", (_name, text, limit) => {
  expect(factsOf(text).limit).toBe(limit);
});

// diagnose() scans the reply's haystack (folded, continuation codes out) once for the providers'
// markers and the fact words together; words that only folding joins must not become facts.
test.each([
  ["a list's marker joined by folding", "550 5.7.1 listed in the exploits block\nlist (xbl)"],
  [
    "a zone phrase joined by folding",
    "554 5.7.1 Client host [203.0.113.7] blocked  using x.example",
  ],
  [
    "a missing-domain phrase joined by folding",
    "550 We weren't able to find the recipient\tdomain",
  ],
  [
    "continuation codes",
    "550-5.7.26 Unauthenticated email from contoso.com is not\n550 5.7.26 accepted",
  ],
  ["a block list", "554 5.7.1 Client host [203.0.113.7] blocked using zen.spamhaus.org"],
])("the reply's scanned words give the facts' own answer: %s", (_name, text) => {
  const context = { recipient: "sam@fabrikam.example", originalFrom: "kim@contoso.com" };
  expect(factsOf(text, context, readReply(text).words)).toEqual(factsOf(text, context));
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
  expect(fillText("{unknown} stays", {}, "en")).toBe("{unknown} stays");
});

test.each([
  // [text, facts, Japanese]: a Latin fact keeps its spaces; a Japanese stand-in takes none
  ["{ip} からのメール", {}, "送信サーバーの IP アドレスからのメール"],
  ["{ip} からのメール", { ip: "203.0.113.7" }, "203.0.113.7 からのメール"],
  ["本当に {domain} から送られた", {}, "本当にあなたのドメインから送られた"],
  ["本当に {domain} から送られた", { domain: "contoso.com" }, "本当に contoso.com から送られた"],
  ["[[{ip} の]]サーバー", {}, "サーバー"],
  // h-ja14: beside a colon, Latin text or "(" the style's space stays (Gmail's 5.7.28 on a give-up
  // read "応答:送信サーバーの IP アドレス(または", policyd-spf's "あなたのドメイン(および")
  [
    "応答: {ip} (または {domain}) から",
    {},
    "応答: 送信サーバーの IP アドレス (またはあなたのドメイン) から",
  ],
  ["{domain} (および送信者)", {}, "あなたのドメイン (および送信者)"],
  ["Gmail {ip} から", {}, "Gmail 送信サーバーの IP アドレスから"],
])("Japanese spacing: %s with %j", (text, facts, ja) => {
  expect(fillText(text, facts, "ja")).toBe(ja);
});
