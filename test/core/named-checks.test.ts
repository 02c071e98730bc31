// Where a reply names which authentication check failed (Outlook.com's 5.7.515, Gmail's 5.7.26 /
// 5.7.27, Yahoo's 5.7.9), the admin's steps are for that check, not for every check: the review's
// row (a 5.7.515 with "Dkim=Fail") was told to check SPF, DKIM and DMARC alike.
import { lookupCode } from "../../src/core";
import { YOUR_ADMIN } from "../../src/core/catalog/providers/steps";
import { namedResults } from "../../src/core/diagnosis/named-checks";

const SPF = YOUR_ADMIN.checkSpf.en.slice(0, 20);
const DKIM = YOUR_ADMIN.checkDkim.en.slice(0, 30);
const DMARC = YOUR_ADMIN.checkDmarc.en.slice(0, 20);

/** The reply, its status and host, and the admin steps it must keep (in the entry's order). */
const CASES: readonly (readonly [string, string, string, string, readonly string[]])[] = [
  [
    // docs.mxroute.com/docs/troubleshooting/550-5-7-515.html; the review's Courier row
    "Outlook.com 5.7.515, DKIM failed",
    "5.7.515",
    "outlook-com.olc.protection.outlook.com",
    "550 5.7.515 Access denied, sending domain [example.com] doesn't meet the required authentication level. Spf=Pass, Dkim=Fail, DMARC=Pass",
    [DKIM],
  ],
  [
    "Outlook.com 5.7.515, SPF failed (our variant)",
    "5.7.515",
    "outlook-com.olc.protection.outlook.com",
    "550 5.7.515 Access denied, sending domain [example.com] doesn't meet the required authentication level. Spf=Fail, Dkim=Pass, DMARC=Pass",
    [SPF],
  ],
  [
    // github.com/cloudflare/cloudflare-docs/issues/11542: both failed, over continuation lines
    "Gmail 5.7.26, DKIM and SPF failed",
    "5.7.26",
    "gmail-smtp-in.l.google.com",
    "550-5.7.26 This mail has been blocked because the sender is unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM. 550-5.7.26 550-5.7.26  Authentication results: 550-5.7.26  DKIM = did not pass 550-5.7.26  SPF [clinpharm-spbgmu.ru] with ip: [2a02:408:7722:1:77:222:41:79] = 550-5.7.26 did not pass 550-5.7.26 550-5.7.26  To mitigate this issue, please visit Gmail's authentication guide 550-5.7.26 for instructions on setting up authentication: 550 5.7.26  https://support.google.com/mail/answer/81126#authentication f18-20020a2e1f12000000b002c50bd6d1c8si1069648ljf.488 - gsmtp",
    [SPF, DKIM],
  ],
  [
    "Gmail 5.7.26, DKIM passed and SPF failed (our variant)",
    "5.7.26",
    "gmail-smtp-in.l.google.com",
    "550-5.7.26 This mail has been blocked because the sender is unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM. 550-5.7.26 Authentication results: DKIM = pass; SPF [contoso.com] with ip: [203.0.113.7] = did not pass 550 5.7.26 c3si789 - gsmtp",
    [SPF],
  ],
  [
    "Gmail 5.7.27 naming no result keeps its step",
    "5.7.27",
    "gmail-smtp-in.l.google.com",
    "550-5.7.27 Your email has been blocked because the sender is unauthenticated. Gmail requires 550-5.7.27 all senders to authenticate with SPF. 550 5.7.27 https://support.google.com/a/answer/81126 f6si3 - gsmtp",
    [SPF],
  ],
];

const kept = (adminFix: readonly { readonly en: string }[], steps: readonly string[]) =>
  steps.filter((start) => adminFix.some((step) => step.en.startsWith(start.replace(/\{.*$/, ""))));

test.each(CASES)("%s", (_name, status, remote, text, steps) => {
  const [entry] = lookupCode(status, { text, remote });
  const authSteps = (entry?.adminFix ?? []).filter((step) =>
    [SPF, DKIM, DMARC].some((start) => step.en.startsWith(start.replace(/\{.*$/, ""))),
  );
  expect(authSteps).toHaveLength(steps.length);
  expect(kept(authSteps, steps)).toEqual(steps);
});

test("a check named before another's result is not given that result", () => {
  const results = namedResults(
    "Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass",
  );
  expect([...results]).toEqual([["dkim", false]]);
});

test("Yahoo's results read DKIM and SPF as failed", () => {
  const results = namedResults(
    "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Authentication results: DKIM = FAILURE - SPF DOMAINDIFFERENTFROMEMAILADDRESS with ip 209.85.215.170 = FAILURE.",
  );
  expect([...results]).toEqual([
    ["dkim", false],
    ["spf", false],
  ]);
});
