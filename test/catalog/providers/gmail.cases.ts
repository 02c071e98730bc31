// Gmail / Google Workspace refusals as Google publishes them (support.google.com/a/answer/3726730
// and the Email sender guidelines), with sample values in the placeholders.
import type { ProviderCase } from "./types";

const MX = "gmail-smtp-in.l.google.com";

export const CASES: readonly ProviderCase[] = [
  // round 51: Gmail's "Send mail as" notice (support.google.com/mail/?p=CustomFromDenied, which the
  // notice links; users' notes of send-as aliases whose SMTP sign-in broke, "535 5.7.8 Username and
  // Password not accepted")
  {
    name: "Send mail as settings out of date: the alias's server offers no sign-in",
    reply:
      "You're sending this from a different address or alias using the 'Send mail as' feature. The settings for your 'Send mail as' account are misconfigured or out of date. Check those settings and try resending. Learn more here: https://support.google.com/mail/?p=CustomFromDenied The response was: Unspecified Error (SENT_SECOND_EHLO): Smtp server does not advertise AUTH capability",
    status: "5.0.0",
    expected: {
      id: "gmail-send-mail-as-settings",
      owner: "you",
      temporary: false,
      words: ["Send mail as", "Accounts and Import"],
      wordsJa: ["アカウントとインポート"],
    },
  },
  {
    name: "Send mail as settings out of date: the alias's server refused the saved password",
    reply:
      "The settings for your 'Send mail as' account are misconfigured or out of date. Check those settings and try resending. The response was: 535 5.7.8 Username and Password not accepted",
    status: "5.0.0",
    expected: {
      id: "gmail-send-mail-as-settings",
      owner: "you",
      temporary: false,
      words: ["password"],
      wordsJa: ["パスワード"],
    },
  },
  // round 51: a Google group over its external-recipient limit (github.com/codeforamerica/brigade/
  // issues/242; the limit is in Google's "Groups policies and limits", support.google.com/a/answer/6099642)
  {
    name: "a Google group over its quota of external recipients, in Gmail's notice without a host",
    reply:
      "The group brigade@codeforamerica.org has exceeded its quota for total number of external recipients.",
    status: "5.0.0",
    recipient: "brigade@codeforamerica.org",
    expected: {
      id: "gmail-group-external-quota",
      owner: "recipient-admin",
      temporary: false,
      words: ["Google group", "24 hours"],
      wordsJa: ["Google グループ", "24 時間"],
    },
  },
  {
    name: "the same limit from Google's servers, with the tag",
    reply:
      "550 5.4.5 The group team@fabrikam.example has exceeded its quota for total number of external recipients. a1si123 - gsmtp",
    status: "5.4.5",
    remote: "aspmx.l.google.com",
    recipient: "team@fabrikam.example",
    expected: {
      id: "gmail-group-external-quota",
      owner: "recipient-admin",
      temporary: false,
      words: ["external recipients"],
      wordsJa: ["組織外"],
    },
  },
  {
    name: "5.7.26 DMARC policy",
    reply:
      "550-5.7.26 Unauthenticated email from contoso.com is not accepted due to domain's 550-5.7.26 DMARC policy. Please contact the administrator of contoso.com domain 550-5.7.26 if this was a legitimate mail. To learn about the DMARC initiative, 550 5.7.26 go to https://support.google.com/mail/?p=DmarcRejection a1si123 - gsmtp",
    status: "5.7.26",
    remote: MX,
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.7.26-dmarc-policy",
      owner: "your-admin",
      temporary: false,
      words: ["DMARC", "contoso.com", "SPF", "DKIM", "Gmail"],
    },
  },
  {
    name: "5.7.26 SPF hard fail, named IP (marker only)",
    reply:
      "550-5.7.26 This message fails to pass SPF checks for an SPF record with a hard fail 550-5.7.26 policy (-all). To best protect our users from spam and phishing, 550-5.7.26 the message has been blocked. [203.0.113.7] Please visit 550 5.7.26 https://support.google.com/mail/answer/81126 b2si456 - gsmtp",
    status: "5.7.26",
    expected: {
      id: "gmail-5.7.26-spf-hard-fail",
      owner: "your-admin",
      temporary: false,
      words: ["SPF", "203.0.113.7", "-all", "contoso.com"],
    },
  },
  {
    name: "5.7.26 unauthenticated sender",
    reply:
      "550-5.7.26 This mail has been blocked because the sender is unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM. 550-5.7.26 Authentication results: DKIM = did not pass; SPF [contoso.com] with ip: [203.0.113.7] = did not pass 550 5.7.26 c3si789 - gsmtp",
    status: "5.7.26",
    remote: MX,
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.7.26-unauthenticated",
      owner: "your-admin",
      temporary: false,
      words: ["SPF", "DKIM", "contoso.com"],
    },
  },
  {
    name: "5.7.30 DKIM (not REQUIRETLS)",
    reply:
      "550-5.7.30 Your email has been blocked because DKIM does not pass. Gmail requires all email 550-5.7.30 bulk senders to authenticate with DKIM. 550 5.7.30 https://support.google.com/a/answer/81126 d4si1 - gsmtp",
    status: "5.7.30",
    remote: MX,
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.7.30-dkim",
      owner: "your-admin",
      temporary: false,
      words: ["DKIM", "contoso.com"],
    },
  },
  {
    name: "4.7.30 DKIM deferral",
    reply:
      "421-4.7.30 Your email has been rate limited because DKIM authentication didn't pass. 421-4.7.30 Gmail requires all bulk email senders to authenticate with DKIM. 421 4.7.30 https://support.google.com/a/answer/81126 e5si2 - gsmtp",
    status: "4.7.30",
    remote: MX,
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.7.30-dkim-deferred",
      owner: "your-admin",
      temporary: true,
      words: ["DKIM", "contoso.com"],
    },
  },
  {
    name: "5.7.27 SPF",
    reply:
      "550-5.7.27 Your email has been blocked because the sender is unauthenticated. Gmail requires 550-5.7.27 all senders to authenticate with SPF. 550 5.7.27 https://support.google.com/a/answer/81126 f6si3 - gsmtp",
    status: "5.7.27",
    remote: "alt1.gmail-smtp-in.l.google.com",
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.7.27-spf",
      owner: "your-admin",
      temporary: false,
      words: ["SPF", "contoso.com"],
    },
  },
  {
    name: "5.7.32 DMARC alignment",
    reply:
      "550-5.7.32 Your email has been rejected because the From: header isn't aligned with either 550-5.7.32 the authenticated SPF or DKIM organizational domain. 550 5.7.32 https://support.google.com/a/answer/81126 g7si4 - gsmtp",
    status: "5.7.32",
    remote: MX,
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.7.32-alignment",
      owner: "your-admin",
      temporary: false,
      words: ["DMARC", "SPF", "DKIM", "contoso.com"],
    },
  },
  {
    name: "5.7.25 PTR",
    reply:
      "550-5.7.25 [203.0.113.7] The IP address sending this message does not have a PTR record setup, 550-5.7.25 or the corresponding forward DNS entry does not point to the sending IP. 550-5.7.25 As a policy, Gmail does not accept messages from IPs with missing PTR records. 550 5.7.25 h8si5 - gsmtp",
    status: "5.7.25",
    remote: MX,
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.7.25-ptr",
      owner: "your-admin",
      temporary: false,
      words: ["PTR", "203.0.113.7"],
    },
  },
  {
    name: "4.7.28 unusual rate",
    reply:
      "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail. To protect 421-4.7.28 our users from spam, mail has been temporarily rate limited. For 421-4.7.28 more information, go to 421-4.7.28 https://support.google.com/mail/?p=UnsolicitedRateLimitError to 421 4.7.28 review our Bulk Email Senders Guidelines. i9si6 - gsmtp",
    status: "4.7.28",
    remote: MX,
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.7.28-unusual-rate-deferred",
      owner: "your-admin",
      temporary: true,
      words: ["unwanted mail", "Gmail"],
      wordsJa: ["迷惑メール"],
    },
  },
  {
    name: "5.7.1 low reputation",
    reply:
      "550-5.7.1 [203.0.113.7] Our system has detected that this message is 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail, 550-5.7.1 this message has been blocked. For more information, go to 550 5.7.1 https://support.google.com/mail/?p=UnsolicitedMessageError j1si7 - gsmtp",
    status: "5.7.1",
    remote: MX,
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.7.1-low-reputation",
      owner: "your-admin",
      temporary: false,
      words: ["203.0.113.7", "reputation", "spam"],
      wordsJa: ["203.0.113.7", "迷惑メール"],
    },
  },
  {
    name: "4.7.0 TLS required",
    reply: "421 4.7.0 TLS required for RCPT domain, closing connection. k2si8 - gsmtp",
    status: "4.7.0",
    remote: "aspmx.l.google.com",
    expected: {
      id: "gmail-5.7.29-tls-deferred",
      owner: "your-admin",
      temporary: true,
      words: ["TLS"],
    },
  },
  {
    name: "5.1.1 no such account",
    reply:
      "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser l3si9 - gsmtp",
    status: "5.1.1",
    remote: MX,
    recipient: "kim.lee@gmail.com",
    expected: {
      id: "gmail-5.1.1-no-such-user",
      owner: "you",
      temporary: false,
      words: ["gmail.com", "does not exist"],
      wordsJa: ["gmail.com"],
    },
  },
  {
    name: "5.2.2 mailbox full",
    reply:
      "552-5.2.2 The recipient's inbox is out of storage space. Please direct the 552-5.2.2 recipient to 552 5.2.2 https://support.google.com/mail/?p=OverQuotaPerm m4si10 - gsmtp",
    status: "5.2.2",
    remote: MX,
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.2.2-mailbox-full",
      owner: "recipient",
      temporary: false,
      words: ["full", "Gmail"],
      wordsJa: ["いっぱい"],
    },
  },
  {
    name: "5.2.1 receiving too fast",
    reply:
      "550-5.2.1 The user you are trying to contact is receiving mail at a rate that 550-5.2.1 prevents additional messages from being delivered. Please resend your 550 5.2.1 message at a later time. n5si11 - gsmtp",
    status: "5.2.1",
    remote: MX,
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.2.1-receiving-too-fast",
      owner: "you",
      temporary: false,
      words: ["faster"],
      wordsJa: ["速さ"],
    },
  },
  {
    name: "5.7.1 custom policy of the recipient's domain",
    reply: "550 5.7.1 This message violates fabrikam.example email policy. - gcdp o6si12 - gsmtp",
    status: "5.7.1",
    remote: "aspmx.l.google.com",
    expected: {
      id: "gmail-5.7.1-recipient-policy",
      owner: "recipient-admin",
      temporary: false,
      words: ["fabrikam.example"],
    },
  },
  {
    name: "5.3.4 message too large",
    reply:
      "552-5.3.4 Your message exceeded Google's message size limits. For more information, 552 5.3.4 visit https://support.google.com/mail/?p=MaxSizeError p7si13 - gsmtp",
    status: "5.3.4",
    remote: MX,
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.3.4-too-large",
      owner: "you",
      temporary: false,
      words: ["larger", "25 MB"],
      wordsJa: ["25 MB"],
    },
  },
  {
    name: "5.7.1 IP not authorized to send directly",
    reply:
      "550-5.7.1 [198.51.100.23] The IP you're using to send mail is not authorized to 550-5.7.1 send email directly to our servers. Please use the SMTP relay at your 550-5.7.1 service provider instead. For more information, go to 550 5.7.1 https://support.google.com/mail/?p=NotAuthorizedError q8si14 - gsmtp",
    status: "5.7.1",
    remote: MX,
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.7.1-ip-not-authorized",
      owner: "your-admin",
      temporary: false,
      words: ["198.51.100.23", "directly"],
      wordsJa: ["198.51.100.23"],
    },
  },
  {
    name: "5.7.1 unauthenticated (the older code of the same text)",
    reply:
      "550-5.7.1 This message does not have authentication information or fails to pass 550-5.7.1 authentication checks. To best protect our users from spam, the 550-5.7.1 message has been blocked. Please visit 550 5.7.1 https://support.google.com/mail/answer/81126#authentication r9si15 - gsmtp",
    status: "5.7.1",
    remote: MX,
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.7.26-unauthenticated",
      owner: "your-admin",
      temporary: false,
      words: ["SPF", "DKIM", "contoso.com"],
    },
  },
  {
    name: "4.5.3 too many recipients",
    reply:
      "452-4.5.3 Your message has too many recipients. For more information regarding 452-4.5.3 Google's sending limits, go to 452 4.5.3 https://support.google.com/mail/?p=MaxRcptsError s1si16 - gsmtp",
    status: "4.5.3",
    remote: MX,
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.5.3-too-many-recipients-deferred",
      owner: "you",
      temporary: true,
      words: ["recipients"],
      wordsJa: ["宛先"],
    },
  },
  {
    name: "5.1.2 recipient domain not found",
    reply:
      "553-5.1.2 We weren't able to find the recipient domain. Please check for any 553-5.1.2 spelling errors, and make sure you didn't enter any spaces, periods, 553 5.1.2 or other punctuation after the recipient's email address. t2si17 - gsmtp",
    status: "5.1.2",
    recipient: "kim@fabrikam.exmaple",
    expected: {
      id: "gmail-dns-nxdomain",
      owner: "you",
      temporary: false,
      words: ["does not exist", "misspelled", "fabrikam.exmaple"],
      wordsJa: ["存在しない", "fabrikam.exmaple"],
    },
  },
  {
    name: "4.7.0 try again later, closing connection (a load deferral, not authentication)",
    reply: "421-4.7.0 Try again later, closing connection. (EHLO) u3si18 - gsmtp",
    status: "4.7.0",
    remote: MX,
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-4.3.0-temporary-problem",
      owner: "nobody",
      temporary: true,
      words: ["temporary"],
      wordsJa: ["一時的"],
    },
  },
  {
    name: "5.7.1 daily SMTP relay limit of the customer (the organization's relay, not the user's account)",
    reply:
      "550-5.7.1 Daily SMTP relay limit exceeded for customer. For more information on SMTP relay 550 5.7.1 sending limits please contact your administrator v4si19 - gsmtp",
    status: "5.7.1",
    remote: "smtp-relay.gmail.com",
    expected: {
      id: "gmail-5.4.5-relay-limit",
      owner: "your-admin",
      temporary: false,
      words: ["SMTP relay"],
      wordsJa: ["SMTP リレー"],
    },
  },
  {
    name: "4.2.1 peak SMTP relay limit",
    reply:
      "450-4.2.1 Peak SMTP relay limit exceeded for this customer. This is a temporary error. 450 4.2.1 For more information on SMTP relay limits, please contact your administrator w5si20 - gsmtp",
    status: "4.2.1",
    remote: "smtp-relay.gmail.com",
    expected: {
      id: "gmail-5.4.5-relay-limit-deferred",
      owner: "your-admin",
      temporary: true,
      words: ["SMTP relay"],
      wordsJa: ["SMTP リレー"],
    },
  },
  {
    name: "5.7.1 email quota exceeded (the sender's quota, not DMARC)",
    reply: "550 5.7.1 Email quota exceeded. x6si21 - gsmtp",
    status: "5.7.1",
    expected: {
      id: "gmail-5.4.5-sending-limit",
      owner: "you",
      temporary: false,
      words: ["sending limit"],
      wordsJa: ["送信上限"],
    },
  },
  {
    name: "4.5.0 SMTP protocol violation (the sending server's fault, not a Google outage)",
    reply: "451-4.5.0 SMTP protocol violation, see RFC 2821 y7si22 - gsmtp",
    status: "4.5.0",
    remote: MX,
    expected: {
      id: "gmail-5.5.1-smtp-protocol-deferred",
      owner: "your-admin",
      temporary: true,
      words: ["SMTP"],
    },
  },
  {
    name: "5.5.1 STARTTLS may not be repeated",
    reply: "454-5.5.1 STARTTLS may not be repeated. z8si23 - gsmtp",
    status: "5.5.1",
    remote: MX,
    expected: {
      id: "gmail-5.5.1-smtp-protocol",
      owner: "your-admin",
      temporary: false,
      words: ["SMTP"],
    },
  },
  {
    name: "5.7.9 application-specific password required (a sign-in, not a relay refusal)",
    reply:
      "534-5.7.9 Application-specific password required. Learn more at 534 5.7.9 https://support.google.com/mail/?p=InvalidSecondFactor a9si24 - gsmtp",
    status: "5.7.9",
    expected: {
      id: "gmail-5.7.8-sign-in",
      owner: "you",
      temporary: false,
      words: ["app password"],
      wordsJa: ["アプリ パスワード"],
    },
  },
  {
    name: "5.6.0 50 hops, a mail loop (not a header format problem)",
    reply: "554-5.6.0 Message exceeded 50 hops, this may indicate a mail loop. b1si25 - gsmtp",
    status: "5.6.0",
    remote: MX,
    expected: {
      id: "gmail-5.4.6-mail-loop",
      owner: "your-admin",
      temporary: false,
      words: ["loop", "50"],
      wordsJa: ["ループ", "50"],
    },
  },
  {
    name: "5.7.1 missing Message-ID header (format, not the recipient's policy)",
    reply:
      "550-5.7.1 [203.0.113.7] Messages missing a valid Message-ID header are not 550-5.7.1 accepted. For more information, go to 550 5.7.1 https://support.google.com/mail/?p=RfcMessageNonCompliant c2si26 - gsmtp",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "gmail-5.7.1-not-rfc5322",
      owner: "your-admin",
      temporary: false,
      words: ["Message-ID", "RFC 5322"],
    },
  },
  {
    name: "5.7.1 missing From address (format, not relay)",
    reply:
      "550-5.7.1 [203.0.113.7] Messages missing a valid address in From: header, or 550-5.7.1 having no From: header, are not accepted. For more information, go to 550 5.7.1 https://support.google.com/mail/?p=RfcMessageNonCompliant d3si27 - gsmtp",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "gmail-5.7.1-not-rfc5322",
      owner: "your-admin",
      temporary: false,
      words: ["From", "RFC 5322"],
    },
  },
  {
    name: "504 5.7.40 unrecognized authentication type: a sign-in, not the DMARC record",
    reply:
      "504-5.7.40 Unrecognized authentication type. For more information, go to 504 5.7.40 https://support.google.com/a/answer/3726730 e1si30 - gsmtp",
    status: "5.7.40",
    expected: {
      id: "gmail-5.7.8-sign-in",
      owner: "you",
      temporary: false,
      words: ["sign-in"],
      wordsJa: ["サインイン"],
    },
  },
  {
    name: "534 5.7.90 log in with your web browser",
    reply:
      "534-5.7.90 Please log in with your web browser and then try again. For more 534 5.7.90 information, go to https://support.google.com/mail/?p=WebLoginRequired f2si31 - gsmtp",
    status: "5.7.90",
    expected: {
      id: "gmail-5.7.8-sign-in",
      owner: "you",
      temporary: false,
      words: ["sign-in"],
      wordsJa: ["サインイン"],
    },
  },
  {
    name: "550 5.7.1 a policy that prohibits the email (current wording): the recipient's rule, not relay",
    reply:
      "550-5.7.1 The user or domain that you are sending to (or from) has a policy that 550-5.7.1 prohibits the email that you sent. Contact your domain administrator for assistance. g3si32 - gsmtp",
    status: "5.7.1",
    expected: {
      id: "gmail-5.7.1-recipient-policy",
      owner: "recipient-admin",
      temporary: false,
      words: ["fabrikam.example"],
    },
  },
  {
    name: "550 5.7.1 likely unsolicited email (current wording)",
    reply:
      "550-5.7.1 [203.0.113.7] This message is likely unsolicited email. To reduce the amount of 550-5.7.1 spam sent to Gmail, this message has been blocked. h4si33 - gsmtp",
    status: "5.7.1",
    remote: "gmail-smtp-in.l.google.com",
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.7.1-low-reputation",
      owner: "your-admin",
      temporary: false,
      words: ["203.0.113.7"],
    },
  },
  {
    name: "451 4.7.26 DMARC with temporary DNS failures: a deferral",
    reply:
      "451-4.7.26 Unauthenticated email from contoso.com is not accepted due to domain's 451-4.7.26 DMARC policy, but temporary DNS failures prevent authentication. i5si34 - gsmtp",
    status: "4.7.26",
    remote: "gmail-smtp-in.l.google.com",
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.7.26-dmarc-policy-deferred",
      owner: "your-admin",
      temporary: true,
      words: ["DMARC", "contoso.com"],
    },
  },
  {
    name: "451 4.7.24 suspicious SPF entries, deferred",
    reply:
      "451-4.7.24 The SPF record of the sending domain has one or more suspicious 451-4.7.24 entries. To protect our users from spam, email sent from your IP address has been temporarily rate limited. j6si35 - gsmtp",
    status: "4.7.24",
    remote: "gmail-smtp-in.l.google.com",
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.7.1-spf-suspicious-deferred",
      owner: "your-admin",
      temporary: true,
      words: ["SPF", "contoso.com"],
    },
  },
  {
    name: "421 4.7.0 no PTR record, rate limited",
    reply:
      "421-4.7.0 [203.0.113.7] The IP address sending this message does not have a PTR record, or 421-4.7.0 the corresponding forward DNS entry does not point to the sending IP. To protect our users from spam, email sent from your IP address has been temporarily rate limited. k7si36 - gsmtp",
    status: "4.7.0",
    remote: "gmail-smtp-in.l.google.com",
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.7.25-ptr-deferred",
      owner: "your-admin",
      temporary: true,
      words: ["PTR", "203.0.113.7"],
    },
  },
  {
    name: "450 4.2.1 receiving email too quickly (current wording): not your sending limit",
    reply:
      "450-4.2.1 The user you are trying to contact is receiving email too quickly. Please resend 450-4.2.1 your message at a later time. l8si37 - gsmtp",
    status: "4.2.1",
    remote: "gmail-smtp-in.l.google.com",
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.2.1-receiving-too-fast-deferred",
      owner: "nobody",
      temporary: true,
      words: ["Gmail"],
    },
  },
  {
    name: "450 4.2.1 receiving mail at a rate: only the reply's first line, as Sendmail keeps it",
    reply: "450-4.2.1 The user you are trying to contact is receiving mail at a rate that",
    status: "4.2.1",
    remote: "gmail-smtp-in.l.google.com",
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.2.1-receiving-too-fast-deferred",
      owner: "nobody",
      temporary: true,
      words: ["Gmail"],
    },
  },
  {
    name: "523 5.7.10 pipelining after STARTTLS",
    reply:
      "523-5.7.10 SMTP protocol violation, no commands allowed to pipeline after STARTTLS. m9si38 - gsmtp",
    status: "5.7.10",
    remote: "gmail-smtp-in.l.google.com",
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.5.1-smtp-protocol",
      owner: "your-admin",
      temporary: false,
      words: ["SMTP"],
    },
  },
  {
    name: "550 5.7.1 unicode character in a disallowed header",
    reply:
      "550-5.7.1 The message contains a unicode character in a disallowed header. n1si39 - gsmtp",
    status: "5.7.1",
    remote: "gmail-smtp-in.l.google.com",
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.7.1-not-rfc5322",
      owner: "your-admin",
      temporary: false,
      words: ["RFC 5322"],
    },
  },
  {
    name: "5.7.27 quoted without the gsmtp tag or a Google host: Gmail's own words name it",
    reply:
      "550 5.7.27 This message was blocked because it didn't pass SPF authentication. Gmail requires bulk email senders to authenticate their email with SPF. Authentication results: SPF with 203.0.113.7 = did not pass",
    status: "5.7.27",
    expected: {
      id: "gmail-5.7.27-spf",
      owner: "your-admin",
      temporary: false,
      words: ["SPF", "203.0.113.7"],
    },
  },
  {
    name: "5.3.4 size limit quoted without the gsmtp tag",
    reply:
      "552 5.3.4 The size of your message (30000000 bytes) exceeded Google's message size limits of 26214400 bytes.",
    status: "5.3.4",
    expected: {
      id: "gmail-5.3.4-too-large",
      owner: "you",
      temporary: false,
      words: ["Gmail"],
    },
  },
  {
    name: "5.4.6 'an email loop' (current wording), named by a Gmail recipient only",
    reply: "554 5.4.6 Message exceeded 50 hops, this may indicate an email loop.",
    status: "5.4.6",
    remote: "gmail-smtp-in.l.google.com",
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.4.6-mail-loop",
      owner: "your-admin",
      temporary: false,
      words: ["loop", "50"],
      wordsJa: ["ループ", "50"],
    },
  },
  {
    name: "5.7.1 multiple addresses in the From: header (current wording)",
    reply: "550 5.7.1 Messages with multiple addresses in the From: header are not accepted.",
    status: "5.7.1",
    remote: "gmail-smtp-in.l.google.com",
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.7.1-not-rfc5322",
      owner: "your-admin",
      temporary: false,
      words: ["RFC 5322"],
    },
  },
  {
    // the wording since 2024, as a user quoted it (github.com/CDLUC3/ezid/issues/434)
    name: "550-5.7.26 This mail is unauthenticated: neither SPF nor DKIM passed, not DMARC",
    reply:
      "550-5.7.26 This mail is unauthenticated, which poses a security risk to the 550-5.7.26 sender and Gmail users, and has been blocked. The sender must 550-5.7.26 authenticate with at least one of SPF or DKIM. For this message, 550-5.7.26 DKIM checks did not pass and SPF check for [contoso.com] 550-5.7.26 did not pass with ip: [203.0.113.25]. 550 5.7.26 - gsmtp",
    status: "5.7.26",
    remote: MX,
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.7.26-unauthenticated",
      owner: "your-admin",
      temporary: false,
      words: ["SPF", "DKIM"],
    },
  },
  {
    // Google's lists print "the content and/or the links within" as well as "or"
    name: "5.7.1 suspicious content and/or links, refused",
    reply:
      "550-5.7.1 [203.0.113.7] Our system has detected that this message is suspicious due to the 550-5.7.1 nature of the content and/or the links within. To best protect our users from 550-5.7.1 spam, the message has been blocked. Please visit 550 5.7.1 https://support.google.com/mail/answer/188131 for more information. c3si789 - gsmtp",
    status: "5.7.1",
    remote: MX,
    recipient: "kim@gmail.com",
    expected: {
      id: "gmail-5.7.1-low-reputation",
      owner: "your-admin",
      temporary: false,
      words: ["spam"],
      wordsJa: [],
    },
  },
  {
    // Google's default text for an outbound S/MIME rule (support.google.com/a/answer/7282433)
    name: "5.7.1 own organization's rule requires S/MIME, no key for the recipient",
    reply: "550 5.7.1 A policy required encryption but was unable to encrypt the message",
    status: "5.7.1",
    remote: "smtp.gmail.com",
    expected: {
      id: "gmail-5.7.1-smime-required",
      owner: "your-admin",
      temporary: false,
      words: ["S/MIME", "public key"],
      wordsJa: ["S/MIME", "公開鍵"],
    },
  },
];
