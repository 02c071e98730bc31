// Barracuda refusals as Barracuda publishes them: the Barracuda Reputation Block List reply with
// its lookup link (Barracuda Central), the removal-request deferral, the cloud service's
// "permanent failure ... :blocked" whose reason only the recipient's Message Log shows, and the
// service-wide "Possible Outbreak" deferral (Barracuda Campus names the reason, not the whole reply;
// that reply is our rendering). The b.barracudacentral.org case is Postfix's block-list reply
// carrying the list's own TXT text.
import type { ProviderCase } from "./types";

const ESS = "d123456a.ess.barracudanetworks.com";

export const CASES: readonly ProviderCase[] = [
  {
    name: "554 BRBL with the lookup link",
    reply:
      "554 Service unavailable; Client host [203.0.113.9] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=203.0.113.9",
    status: "5.0.0",
    remote: "barracuda.fabrikam.example",
    expected: {
      id: "barracuda-reputation-block",
      owner: "your-admin",
      temporary: false,
      words: ["Barracuda Reputation Block List", "203.0.113.9", "barracudacentral.org"],
    },
  },
  {
    name: "550 BRBL link alone (pr=1)",
    reply: "550 http://www.barracudanetworks.com/reputation/?pr=1&ip=198.51.100.20",
    status: "5.0.0",
    expected: {
      id: "barracuda-reputation-block",
      owner: "your-admin",
      temporary: false,
      words: ["198.51.100.20", "Barracuda Central"],
    },
  },
  {
    name: "554 BRBL, older lookup link, host named instead of the IP",
    reply:
      "554 Service unavailable; Client host [mail.contoso.com] blocked using Barracuda Reputation; http://bbl.barracudacentral.com/q.cgi?ip=192.0.2.33",
    status: "5.7.1",
    remote: "mx.fabrikam.example",
    expected: {
      id: "barracuda-reputation-block",
      owner: "your-admin",
      temporary: false,
      words: ["192.0.2.33", "Received"],
    },
  },
  {
    name: "BRBL named by another server's DNS list check",
    reply:
      "554 5.7.1 Service unavailable; Client host [192.0.2.61] blocked using b.barracudacentral.org; Client host blocked using Barracuda Reputation, see http://www.barracudanetworks.com/reputation/?r=1&ip=192.0.2.61",
    status: "5.7.1",
    remote: "mx.fabrikam.example",
    expected: {
      id: "barracuda-reputation-block",
      owner: "your-admin",
      temporary: false,
      words: ["192.0.2.61", "Barracuda"],
    },
  },
  {
    name: "450 try later, removal request page",
    reply: "450 4.7.1 Try Later; see http://www.barracudacentral.org/rbl/removal-request",
    status: "4.7.1",
    remote: "barracuda.fabrikam.example",
    expected: {
      id: "barracuda-reputation-deferral",
      owner: "your-admin",
      temporary: true,
      words: ["Barracuda Reputation Block List", "removal"],
      wordsJa: ["Barracuda Reputation Block List", "削除申請"],
    },
  },
  {
    name: "cloud service: blocked after the message was sent",
    reply: "550 permanent failure for one or more recipients (kim@fabrikam.example:blocked)",
    status: "5.0.0",
    remote: ESS,
    expected: {
      id: "barracuda-policy-block",
      owner: "recipient-admin",
      temporary: false,
      words: ["Barracuda", "Message Log"],
    },
  },
  {
    name: "cloud service: blocked, Exchange's 5.7.1 around it",
    reply: "550 permanent failure for one or more recipients (lee@fabrikam.example:blocked)",
    status: "5.7.1",
    remote: "d123456b.ess.barracudanetworks.com",
    recipient: "lee@fabrikam.example",
    expected: {
      id: "barracuda-policy-block",
      owner: "recipient-admin",
      temporary: false,
      words: ["Barracuda", "SPF", "DMARC"],
    },
  },
  {
    name: "cloud service: possible outbreak deferral",
    reply: "421 4.7.0 Possible Outbreak - please try again later",
    status: "4.7.0",
    remote: ESS,
    expected: {
      id: "barracuda-possible-outbreak",
      owner: "nobody",
      temporary: true,
      words: ["Barracuda", "retries"],
      wordsJa: ["Barracuda", "再送"],
    },
  },
  {
    name: "cloud service: content scored as bulk mail (UBE)",
    reply: "550 5.7.1 Message content rejected, UBE, id=48211-07",
    status: "5.7.1",
    remote: ESS,
    expected: {
      id: "barracuda-content-rejected",
      owner: "you",
      temporary: false,
      words: ["Barracuda", "spam", "links"],
      wordsJa: ["Barracuda", "迷惑メール", "リンク"],
    },
  },
];
