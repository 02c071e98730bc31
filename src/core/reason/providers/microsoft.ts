// Source: Microsoft's NDR code tables for Exchange Online and Exchange Server (seed documents
// 000/001), with reasons aligned to Sisimai's Rhost::Microsoft so results compare 1:1.
// One code can carry several meanings, so most rules need the code and a piece of its text.
import type { ProviderRules } from "../types";

export const microsoft = {
  id: "microsoft",
  hosts: [
    ".prod.outlook.com",
    ".protection.outlook.com",
    ".onmicrosoft.com",
    ".exchangelabs.com",
    ".outlook.com",
    ".hotmail.com",
    ".live.com",
  ],
  rules: [
    // --- sender authentication: SPF / DKIM / DMARC
    { status: "5.7.509", text: "does not pass dmarc verification", reason: "authfailure" },
    { status: "5.7.23", text: "sender policy framework violation", reason: "authfailure" },
    { status: "4.7.26", text: "must pass either spf or dkim", reason: "authfailure" },
    { status: "5.7.515", text: "required authentication level", reason: "authfailure" },

    // --- reputation and block lists
    { status: "4.7.650", text: "rate limited due to ip reputation", reason: "badreputation" },
    { status: "5.7.606-649", text: "banned sending ip", reason: "blocked" },
    { status: "4.7.850-899", text: "please try again later", reason: "blocked" },
    { status: "4.7.500-699", text: "access denied, please try again later", reason: "blocked" },
    { status: "5.7.511", text: "banned sender", reason: "blocked" },
    { status: "5.7.513", text: "customer block list", reason: "blocked" },
    { status: "5.7.506", text: "bad helo", reason: "blocked" },
    { status: "5.7.507", text: "rejected by recipient", reason: "blocked" },
    { status: "5.7.510", text: "does not accept email over ipv6", reason: "blocked" },
    { status: "5.7.25", text: "must have a reverse dns record", reason: "blocked" },
    { status: "5.5.4", text: "invalid domain name", reason: "blocked" },
    { status: "4.4.2", text: "connection dropped", reason: "blocked" },
    { text: "part of their network is on our block list", reason: "blocked" },

    // --- TLS, MTA-STS and DANE towards the next hop
    { status: "4.4.8", text: "failed mta-sts validation", reason: "failedstarttls" },
    { status: "5.4.8", text: "failed mta-sts validation", reason: "failedstarttls" },
    { status: "4.4.317", text: "starttls is required", reason: "failedstarttls" },
    { status: "5.4.317", text: "starttls is required", reason: "failedstarttls" },
    { status: "4.7.5", text: "failed mta-sts validation", reason: "failedstarttls" },
    { status: "5.7.5", text: "failed mta-sts validation", reason: "failedstarttls" },
    { status: "5.7.51", text: "restrictdomainstoipaddresses", reason: "failedstarttls" },
    { status: "4.7.321-325", reason: "failedstarttls" },
    { status: "5.7.321-325", reason: "failedstarttls" },

    // --- the message itself
    { status: "5.3.0", text: "too many related errors", reason: "contenterror" },
    { status: "5.6.11", text: "invalid characters", reason: "contenterror" },
    { status: "5.4.11", text: "agent generated message depth exceeded", reason: "contenterror" },
    { status: "5.5.6", text: "invalid message content", reason: "contenterror" },
    { status: "5.3.4", text: "message size exceeds fixed maximum", reason: "mesgtoobig" },
    { status: "5.3.4", text: "message too big for system", reason: "mesgtoobig" },
    { status: "5.2.3", text: "message too large", reason: "mesgtoobig" },
    { status: "5.0.350", text: "x-dg-ref header is too long", reason: "policyviolation" },
    { status: "5.0.350", text: "policy violation detected", reason: "policyviolation" },
    {
      status: "5.7.900-999",
      text: "delivery not authorized, message refused",
      reason: "policyviolation",
    },

    // --- time and the network on the way to the next hop
    { status: "4.4.1", text: "connection timed out", reason: "expired" },
    { status: "4.4.7", text: "message delayed", reason: "expired" },
    { status: "4.4.7", text: "message expired", reason: "expired" },
    { status: "5.4.300", text: "message expired", reason: "expired" },
    { status: "5.4.316", text: "message expired", reason: "expired" },
    { status: "5.4.6", text: "hop count exceeded", reason: "networkerror" },
    { status: "5.4.6", text: "routing loop detected", reason: "networkerror" },
    { status: "5.4.14", text: "routing loop detected", reason: "networkerror" },
    { status: "5.4.4", text: "invalid arguments", reason: "networkerror" },
    { status: "4.4.312", text: "dns query failed", reason: "networkerror" },
    { status: "5.4.312", text: "dns query failed", reason: "networkerror" },
    // "DNS domain x does not exist": the recipient's domain has no DNS record, Microsoft's table
    // says; Sisimai reads it as relaying refused, which the words do not say
    { status: "5.4.310", text: "does not exist", reason: "hostunknown" },
    { status: "4.4.316", text: "connection refused", reason: "networkerror" },
    { status: "5.4.316", text: "connection refused", reason: "networkerror" },

    // --- relaying and accepted domains
    { status: "5.7.1", text: "unable to relay", reason: "norelaying" },
    { status: "5.4.1", text: "relay access denied", reason: "norelaying" },
    { status: "5.7.64", text: "relay access denied", reason: "norelaying" },
    { status: "4.3.2", text: "system not accepting network messages", reason: "notaccept" },
    { status: "4.4.4", text: "no mail-enabled subscriptions", reason: "notaccept" },
    { status: "5.3.2", text: "missing or bad storedriver mdb properties", reason: "notaccept" },

    // --- who may send to whom
    { status: "5.1.7", text: "invalid address", reason: "rejected" },
    { status: "5.1.7", text: "unknown sender address", reason: "rejected" },
    { status: "5.1.0", text: "sender denied", reason: "rejected" },
    { status: "5.1.8", text: "bad outbound sender", reason: "rejected" },
    { status: "5.7.1", text: "delivery not authorized", reason: "rejected" },
    { status: "5.7.12", text: "sender was not authenticated by organization", reason: "rejected" },
    { status: "5.7.124", text: "sender not in allowed-senders list", reason: "rejected" },
    { status: "5.7.133", text: "sender not authenticated for group", reason: "rejected" },
    { status: "5.7.134", text: "sender was not authenticated for mailbox", reason: "rejected" },
    { status: "5.7.13", text: "not authenticated for public folder", reason: "rejected" },
    { status: "5.7.135", text: "not authenticated for public folder", reason: "rejected" },
    { status: "5.7.136", text: "sender was not authenticated", reason: "rejected" },
    { status: "5.7.501-503", text: "spam abuse detected", reason: "rejected" },
    { status: "5.7.501-503", text: "banned sender", reason: "rejected" },
    { status: "5.7.512", text: "rfc 5322 section 3.6.2", reason: "rejected" },
    { status: "5.7.750", text: "unregistered domains", reason: "rejected" },

    // --- authentication between servers and clients
    {
      status: "5.7.3",
      text: "cannot achieve exchange server authentication",
      reason: "securityerror",
    },
    { status: "5.7.3", text: "not authorized", reason: "securityerror" },
    { status: "5.7.57", text: "not authenticated to send anonymous mail", reason: "securityerror" },
    { status: "5.7.1", text: "client was not authenticated", reason: "securityerror" },
    { status: "5.2.1", text: "content filter agent quarantined", reason: "spamdetected" },

    // --- sending and receiving rate limits
    { status: "4.3.2", text: "recipient thread limit exceeded", reason: "speeding" },
    { status: "5.1.90", text: "daily limit for message recipients", reason: "speeding" },
    { status: "5.2.2", text: "submission quota exceeded", reason: "speeding" },
    {
      status: "5.2.121",
      text: "per hour message receive limit from specific sender",
      reason: "speeding",
    },
    { status: "5.2.122", text: "per hour message receive limit exceeded", reason: "speeding" },
    { status: "5.7.508", text: "has exceeded permitted limits within", reason: "speeding" },
    { status: "5.7.700-749", text: "tenant has exceeded threshold", reason: "speeding" },
    { status: "5.7.700-749", text: "traffic not accepted from this ip", reason: "speeding" },
    { status: "5.5.3", text: "too many recipients", reason: "toomanyconn" },
    { status: "4.5.3", text: "too many recipients", reason: "toomanyconn" },
    {
      status: "5.2.122",
      text: "the recipient has exceeded their limit for",
      reason: "toomanyconn",
    },

    // --- the recipient's mailbox
    { status: "5.2.2", text: "mailbox full", reason: "mailboxfull" },
    { status: "5.2.2", text: "quotaexceeded", reason: "mailboxfull" },
    { status: "5.7.504", text: "recipient address rejected: access denied", reason: "suspend" },
    { status: "5.7.505", text: "banned recipient", reason: "suspend" },
    { status: "5.2.1", text: "mailbox cannot be accessed", reason: "suspend" },
    { status: "5.1.1", text: "resolver.adr.exrecipnotfound", reason: "userunknown" },
    { status: "5.1.1", text: "user unknown", reason: "userunknown" },
    { status: "5.1.1", text: "bad destination mailbox address", reason: "userunknown" },
    { status: "5.1.3", text: "invalid recipient address", reason: "userunknown" },
    { status: "5.1.4-5", text: "recipient address reserved by rfc 2606", reason: "userunknown" },
    { status: "5.1.6", text: "single label domains not accepted", reason: "userunknown" },
    { status: "5.1.10", text: "recipient not found", reason: "userunknown" },
    { status: "5.1.351", text: "unknown recipient or mailbox unavailable", reason: "userunknown" },
    { status: "5.4.1", text: "recipient address rejected: access denied", reason: "userunknown" },
    {
      status: "5.5.0",
      text: "requested action not taken: mailbox unavailable",
      reason: "userunknown",
    },
    { status: "5.1.2", text: "invalid x.400 address", reason: "userunknown" },

    // --- protocol and server faults
    { status: "5.3.3", text: "unrecognized command", reason: "syntaxerror" },
    { status: "5.5.2", text: "send hello first", reason: "syntaxerror" },
    { status: "4.3.1", text: "insufficient system resources", reason: "systemfull" },
    { status: "4.3.2", text: "service not available", reason: "systemerror" },
    { status: "4.3.2", text: "service not active", reason: "systemerror" },
    { status: "5.3.5", text: "system incorrectly configured", reason: "systemerror" },
    { status: "5.3.190", text: "journaling", reason: "systemerror" },
    { status: "5.0.0", text: "helo / ehlo requires domain address", reason: "systemerror" },
    { status: "5.1.4", text: "destination mailbox address ambiguous", reason: "systemerror" },
    { status: "5.2.4", text: "mailing list expansion problem", reason: "systemerror" },
    { status: "5.2.14", text: "misconfigured forwarding address", reason: "systemerror" },
    { status: "4.4.3", text: "temporary server error", reason: "systemerror" },
    { status: "4.7.0", text: "temporary server error", reason: "systemerror" },
    { status: "4.4.24", text: "message failed to be replicated", reason: "systemerror" },
    { status: "4.4.25", text: "message failed to be replicated", reason: "systemerror" },
    { status: "4.4.28", text: "message failed to be replicated", reason: "systemerror" },
    { status: "4.4.318", text: "suspiciousremoteservererror", reason: "systemerror" },
    { status: "5.4.318", text: "suspiciousremoteservererror", reason: "systemerror" },
    { status: "4.7.500", text: "server busy. please try again later", reason: "systemerror" },
    { status: "4.7.700", text: "pfa agent busy", reason: "systemerror" },
  ],
} as const satisfies ProviderRules;
