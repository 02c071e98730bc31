// Cloudflare Email Routing refusals as its MX servers (*.mx.cloudflare.net) write them: the block
// list reply its postmaster page publishes, and replies its users quoted ("Address does not
// exist", "Upstream error"). Cloudflare publishes no verbatim reply for its SPF/DKIM requirement or
// its DMARC rejection: those cases put its published sentences in our own plain layout. Sample
// values.
import type { ProviderCase } from "./types";

const MX = "route1.mx.cloudflare.net";
const IP = "203.0.113.25";

export const CASES: readonly ProviderCase[] = [
  {
    name: "554 found on one or more RBLs (abusixip): the sending IP is on a block list",
    reply: `554 <${IP}> found on one or more RBLs (abusixip). Refer to https://developers.cloudflare.com/email-routing/postmaster/#spam-and-abusive-traffic/`,
    status: "5.7.1",
    remote: MX,
    recipient: "info@fabrikam.example",
    expected: {
      id: "cloudflare-rbl",
      owner: "your-admin",
      temporary: false,
      words: ["block list", "abusixip", IP],
      wordsJa: ["ブロック リスト", "abusixip", IP],
    },
  },
  {
    name: "found on one or more DNSBLs (earlier wording), named by the postmaster link alone",
    reply: `554 <${IP}> found on one or more DNSBLs (abusixip). Refer to https://developers.cloudflare.com/email-routing/postmaster/#spam-and-abusive-traffic/`,
    status: "5.7.1",
    recipient: "info@fabrikam.example",
    expected: {
      id: "cloudflare-rbl",
      owner: "your-admin",
      temporary: false,
      words: ["Cloudflare", "lookup.abusix.com"],
      wordsJa: ["Cloudflare", "lookup.abusix.com"],
    },
  },
  {
    name: "550 5.1.1 Address does not exist: no routing rule for the address",
    reply: "550 5.1.1 Address does not exist",
    status: "5.1.1",
    remote: MX,
    recipient: "azamara@fabrikam.example",
    expected: {
      id: "cloudflare-no-address",
      owner: "you",
      temporary: false,
      words: ["routing rule", "mistyped"],
      wordsJa: ["転送ルール", "入力ミス"],
    },
  },
  {
    name: "Address does not exist, with Cloudflare's reference id (route3)",
    reply: "550 5.1.1 Address does not exist. H471xiwLArEQ",
    status: "5.1.1",
    remote: "route3.mx.cloudflare.net",
    recipient: "sales@fabrikam.example",
    expected: {
      id: "cloudflare-no-address",
      owner: "you",
      temporary: false,
      words: ["Cloudflare Email Routing", "catch-all"],
      wordsJa: ["Cloudflare Email Routing", "キャッチオール"],
    },
  },
  {
    name: "421 4.3.0 Upstream error: the forwarding destination did not take the message",
    reply:
      "421 4.3.0 Upstream error, please check https://developers.cloudflare.com/email-routing/postmaster/ for possible reasons why.",
    status: "4.3.0",
    remote: "route2.mx.cloudflare.net",
    recipient: "info@fabrikam.example",
    expected: {
      id: "cloudflare-upstream-error",
      owner: "recipient",
      temporary: true,
      words: ["forwards", "destination"],
      wordsJa: ["転送先"],
    },
  },
  {
    name: "Upstream error as a Cloudflare Community user quoted it (link text), named by its words",
    reply:
      "421 4.3.0 Upstream error, please check Postmaster · Cloudflare Email Routing docs for possible reasons why.",
    status: "4.3.0",
    recipient: "info@fabrikam.example",
    expected: {
      id: "cloudflare-upstream-error",
      owner: "recipient",
      temporary: true,
      words: ["activity log"],
      wordsJa: ["アクティビティ ログ"],
    },
  },
  {
    // Cloudflare's published requirement in our own plain layout (no verbatim reply is published).
    name: "Not authenticated with SPF or DKIM (published requirement, our layout)",
    reply:
      "550 5.7.26 Email Routing requires all emails to be authenticated using at least one of the protocols, SPF or DKIM",
    status: "5.7.26",
    remote: "amir.mx.cloudflare.net",
    recipient: "info@fabrikam.example",
    expected: {
      id: "cloudflare-unauthenticated",
      owner: "your-admin",
      temporary: false,
      words: ["SPF", "DKIM", "July 2025"],
      wordsJa: ["SPF", "DKIM"],
    },
  },
  {
    // Cloudflare's published rule in our own plain layout (no verbatim reply is published).
    name: "Rejected under the sender's DMARC policy (published rule, our layout)",
    reply:
      "550 5.7.1 Email Routing will reject emails when there is an authentication failure under the sender's DMARC policy",
    status: "5.7.1",
    remote: "isaac.mx.cloudflare.net",
    recipient: "info@fabrikam.example",
    expected: {
      id: "cloudflare-dmarc",
      owner: "your-admin",
      temporary: false,
      words: ["DMARC", "DKIM", "forwards"],
      wordsJa: ["DMARC", "DKIM"],
    },
  },
];
