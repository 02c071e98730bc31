// Orange (orange.fr, wanadoo.fr) refusals as its MX servers (smtp-in.orange.fr, the "mwinf" hosts)
// write them, each with its OFR reference code, in the phrasings senders quoted from Orange's
// replies (see the sources in src/core/catalog/providers/orange.ts). Orange writes few enhanced
// codes: where a reply has none, the status is a sample value, as are the IPs and addresses.
import type { ProviderCase } from "./types";

const MX = "smtp-in.orange.fr";
const IP = "203.0.113.58";

export const CASES: readonly ProviderCase[] = [
  {
    name: "OFR004_104: too many connections, not the registry's 4.0.0",
    reply:
      "421 mwinf5c27 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR004_104 [104]",
    status: "4.0.0",
    remote: MX,
    recipient: "camille@orange.fr",
    expected: {
      id: "orange-too-many-connections",
      owner: "your-admin",
      temporary: true,
      words: ["at the same time", "wanadoo.fr"],
      wordsJa: ["同時", "wanadoo.fr"],
    },
  },
  {
    name: "OFR102_104 named by its reference code alone",
    reply:
      "421 Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR102_104 [104].",
    status: "4.0.0",
    expected: {
      id: "orange-too-many-connections",
      owner: "your-admin",
      temporary: true,
      words: ["Orange", "100 messages"],
      wordsJa: ["Orange", "100 通"],
    },
  },
  {
    name: "OFR006_102: the sending IP listed by Cloudmark, which Orange uses",
    reply: `550 mwinf5c14 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=${IP} [102]`,
    status: "5.0.0",
    remote: "smtppromx.orange.fr",
    recipient: "camille@orange.fr",
    expected: {
      id: "orange-cloudmark-block",
      owner: "your-admin",
      temporary: false,
      words: [IP, "Cloudmark", "reset"],
      wordsJa: [IP, "Cloudmark", "リセット"],
    },
  },
  {
    name: "OFR002_103: Orange's own block of the IP, though the words say 'try later'",
    // our own layout around the published code (Orange's block of an IP, 103)
    reply: `550 mwinf5c41 ME Service refused, please try later. OFR002_103 ${IP} [103]`,
    status: "5.0.0",
    remote: MX,
    recipient: "camille@wanadoo.fr",
    expected: {
      id: "orange-ip-blocked",
      owner: "your-admin",
      temporary: false,
      words: [IP, "contact form", "PTR"],
      wordsJa: [IP, "問い合わせフォーム", "PTR"],
    },
  },
  {
    name: "OFR_999: rate-limited for a while",
    reply:
      "421 mwinf5c77 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999 [999]",
    status: "4.0.0",
    remote: MX,
    recipient: "camille@wanadoo.fr",
    expected: {
      id: "orange-rate-limited",
      owner: "your-admin",
      temporary: true,
      words: ["holding back", "100 messages"],
      wordsJa: ["抑えています", "100 通"],
    },
  },
  {
    name: "ofr_506: suspected spam, not the registry's 5.2.0 mailbox meaning",
    reply: "550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]",
    status: "5.2.0",
    remote: MX,
    recipient: "camille@orange.fr",
    expected: {
      id: "orange-suspected-spam",
      owner: "you",
      temporary: false,
      words: ["spam", "postmaster.orange.fr"],
      wordsJa: ["迷惑メール", "postmaster.orange.fr"],
    },
  },
  {
    name: "OFR002_405: the sender's domain does not check out in DNS",
    // our own layout around the published code (an invalid sender, 405)
    reply: "550 5.1.0 Invalid sender. OFR002_405 [405]",
    status: "5.1.0",
    remote: MX,
    recipient: "camille@orange.fr",
    expected: {
      id: "orange-invalid-sender",
      owner: "your-admin",
      temporary: false,
      words: ["contoso.com", "MX records"],
      wordsJa: ["contoso.com", "MX レコード"],
    },
  },
  {
    name: "OFR004_105: the same slowdown under another code",
    // our own layout around the published code (a temporary refusal, 105) and Orange's words
    reply:
      "421 mwinf5c20 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR004_105 [105]",
    status: "4.0.0",
    remote: MX,
    recipient: "camille@orange.fr",
    expected: {
      id: "orange-rate-limited",
      owner: "your-admin",
      temporary: true,
      words: ["holding back"],
      wordsJa: ["抑えています"],
    },
  },
];
