// Hornetsecurity refusals as its gateways (*.hornetsecurity.com, *.antispameurope.com) write them:
// the Header-From refusal and the bare "554 5.7.1 <address>" in Hornetsecurity's own support
// pages' wording, and the bad-reputation refusal as a user quoted it (pastebin.com/YvH8wVdW), with
// sample values for the IP, addresses and the unblock link's parameters.
import type { ProviderCase } from "./types";

const MX = "mx01.hornetsecurity.com";
const ASE = "mx17a.antispameurope.com";
const IP = "198.51.100.23";
const UNBLOCK = `http://cloud-security.net/unblock?a=1234&b=kim@fabrikam.example&c=sender@contoso.example&d=6&e=${IP}-mx-gate24-hz3`;

export const CASES: readonly ProviderCase[] = [
  {
    name: "510 5.1.7 malformed Header-From, from a hornetsecurity.com gateway",
    reply: "510 5.1.7 malformed Header-From according to RFC 5322",
    status: "5.1.7",
    remote: MX,
    expected: {
      id: "hornetsecurity-malformed-from",
      owner: "your-admin",
      temporary: false,
      words: ["Hornetsecurity", "From header", "RFC 5322"],
      wordsJa: ["Hornetsecurity", "From ヘッダー", "RFC 5322"],
    },
  },
  {
    name: "malformed Header-From known by its wording alone, not the registry's 5.1.7",
    reply: "510 5.1.7 malformed Header-From according to RFC 5322",
    status: "5.1.7",
    expected: {
      id: "hornetsecurity-malformed-from",
      owner: "your-admin",
      temporary: false,
      words: ["Hornetsecurity", "script or application"],
      wordsJa: ["Hornetsecurity", "スクリプトやアプリケーション"],
    },
  },
  {
    name: "malformed Header-From under a bare 5.0.0 from an antispameurope.com gateway",
    reply: "510 5.1.7 malformed Header-From according to RFC 5322",
    status: "5.0.0",
    remote: ASE,
    expected: {
      id: "hornetsecurity-malformed-from",
      owner: "your-admin",
      temporary: false,
      words: ["From header", "display name"],
      wordsJa: ["From ヘッダー", "表示名"],
    },
  },
  {
    name: "554 5.5.4 Your IP address has a bad reputation (user-quoted), not the registry's 5.5.4",
    reply: `554 5.5.4 Your IP ${IP} address has a bad reputation. To unblock visit ${UNBLOCK}`,
    status: "5.5.4",
    remote: ASE,
    expected: {
      id: "hornetsecurity-bad-reputation",
      owner: "your-admin",
      temporary: false,
      words: ["Hornetsecurity", "bad reputation", "cloud-security.net/unblock"],
      wordsJa: ["Hornetsecurity", "評価が低い", "cloud-security.net/unblock"],
    },
  },
  {
    name: "bad reputation named by the unblock link alone",
    reply: `554 5.5.4 Your IP ${IP} address has a bad reputation. To unblock visit ${UNBLOCK}`,
    status: "5.5.4",
    expected: {
      id: "hornetsecurity-bad-reputation",
      owner: "your-admin",
      temporary: false,
      words: ["Hornetsecurity", "block list"],
      wordsJa: ["Hornetsecurity", "ブロック リスト"],
    },
  },
  {
    name: "bad reputation under a 5.7.1 status, not the gateway's bare 5.7.1",
    reply: `554 5.7.1 Your IP ${IP} address has a bad reputation. To unblock visit ${UNBLOCK}`,
    status: "5.7.1",
    remote: "mx-relay12-hz2.antispameurope.com",
    expected: {
      id: "hornetsecurity-bad-reputation",
      owner: "your-admin",
      temporary: false,
      words: ["RBL", "delisting"],
      wordsJa: ["RBL", "掲載解除"],
    },
  },
  {
    name: "554 5.7.1 <address> and nothing more: an address the gateway does not know yet",
    reply: "554 5.7.1 <kim@fabrikam.example>",
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "hornetsecurity-blocked",
      owner: "recipient-admin",
      temporary: false,
      words: ["Hornetsecurity", "Email Live Tracking", "just been created"],
      wordsJa: ["Hornetsecurity", "Email Live Tracking", "作成された直後"],
    },
  },
  {
    name: "554 5.7.1 <address> from an antispameurope.com gateway, not the registry's 5.7.1",
    reply: "554 5.7.1 <lee@fabrikam.example>",
    status: "5.7.1",
    remote: "mx-gate24-hz3.antispameurope.com",
    recipient: "lee@fabrikam.example",
    expected: {
      id: "hornetsecurity-blocked",
      owner: "recipient-admin",
      temporary: false,
      words: ["Control Panel", "Rejected"],
      wordsJa: ["Control Panel", "Rejected"],
    },
  },
];
