// Mimecast refusals as Mimecast publishes them ("Mimecast SMTP Error Codes", community.mimecast.com
// DOC-1369, which every reply links to), with sample values in place of the reference id and addresses.
import type { ProviderCase } from "./types";

const EU = "eu-smtp-inbound-1.mimecast.com";
const US = "us-smtp-inbound-2.mimecast.com";
const DOC = "https://community.mimecast.com/docs/DOC-1369";

export const CASES: readonly ProviderCase[] = [
  {
    name: "451 greylisting",
    reply: `451 Internal resource temporarily unavailable - ${DOC}#451 [Aj3QXapeMpqZYaeF.us32]`,
    status: "4.0.0",
    remote: US,
    expected: {
      id: "mimecast-greylisting",
      owner: "nobody",
      temporary: true,
      words: ["Mimecast", "greylisting", "12 hours"],
      wordsJa: ["Mimecast", "グレーリスト", "12 時間"],
    },
  },
  {
    name: "451 greylisting, plural wording (marker only)",
    reply: `451 Internal resources are temporarily unavailable - ${DOC}#451 [kL9mN0pQ.eu12]`,
    status: "4.7.1",
    expected: {
      id: "mimecast-greylisting",
      owner: "nobody",
      temporary: true,
      words: ["Mimecast", "greylisting"],
      wordsJa: ["Mimecast", "グレーリスト"],
    },
  },
  {
    name: "550 Envelope blocked - User Entry",
    reply: `550 Envelope blocked - User Entry - ${DOC}#550 [xYz123AbC.uk90]`,
    status: "5.0.0",
    remote: EU,
    expected: {
      id: "mimecast-user-block",
      owner: "recipient",
      temporary: false,
      words: ["Mimecast", "blocked", "Managed Senders"],
      wordsJa: ["Mimecast", "ブロック", "Managed Senders"],
    },
  },
  {
    name: "550 Envelope blocked - User Domain Entry",
    reply: `550 Envelope blocked - User Domain Entry - ${DOC}#550 [qRsT456.us45]`,
    status: "5.7.1",
    remote: US,
    expected: {
      id: "mimecast-user-block",
      owner: "recipient",
      temporary: false,
      words: ["domain", "Mimecast"],
      wordsJa: ["ドメイン", "Mimecast"],
    },
  },
  {
    name: "550 Administrative prohibition - envelope blocked",
    reply: `550 Administrative prohibition - envelope blocked - ${DOC}#550 [uVw789.uk30]`,
    status: "5.0.0",
    remote: EU,
    expected: {
      id: "mimecast-admin-block",
      owner: "recipient-admin",
      temporary: false,
      words: ["Mimecast", "Blocked Senders"],
    },
  },
  {
    name: "421 Sender address blocked (a deferral that will not clear)",
    reply: `421 Sender address blocked - ${DOC}#421 [gHi012.us11]`,
    status: "4.0.0",
    remote: US,
    expected: {
      id: "mimecast-sender-address-blocked",
      owner: "recipient-admin",
      temporary: true,
      words: ["Mimecast", "Blocked Senders"],
    },
  },
  {
    name: "550 Anti-Spoofing policy (Exchange's 5.3.0 around it)",
    reply: `554 5.3.0 < #5.3.0 smtp; 550 Rejected by header based Anti-Spoofing policy: sam@fabrikam.example - ${DOC}#550 [VUJUo2t1Pr.uk90]>`,
    status: "5.3.0",
    remote: EU,
    expected: {
      id: "mimecast-anti-spoofing",
      owner: "your-admin",
      temporary: false,
      words: ["Anti-Spoofing", "SPF", "DKIM", "fabrikam.example"],
    },
  },
  {
    name: "550 Invalid Recipient",
    reply: `550 Invalid Recipient - ${DOC}#550 [MnOp345.us22]`,
    status: "5.1.1",
    remote: US,
    expected: {
      id: "mimecast-invalid-recipient",
      owner: "you",
      temporary: false,
      words: ["does not exist", "fabrikam.example"],
      wordsJa: ["存在しません", "fabrikam.example"],
    },
  },
  {
    name: "554 Email rejected due to security policies",
    reply: `554 Email rejected due to security policies - ${DOC}#554 [RsTu678.uk55]`,
    status: "5.7.1",
    remote: EU,
    expected: {
      id: "mimecast-security-policy",
      owner: "you",
      temporary: false,
      words: ["Mimecast", "attachment", "link"],
      wordsJa: ["Mimecast", "添付ファイル", "リンク"],
    },
  },
  {
    name: "550 DMARC Sender Invalid",
    reply: `550 DMARC Sender Invalid - envelope rejected - ${DOC}#550 [WxYz901.us32]`,
    status: "5.7.1",
    remote: US,
    expected: {
      id: "mimecast-authentication",
      owner: "your-admin",
      temporary: false,
      words: ["DMARC", "SPF", "DKIM", "contoso.com"],
    },
  },
  {
    name: "550 a block list Mimecast consults, with the sending IP",
    reply: `550 spamcop.mimecast.org Blocked - see http://www.spamcop.net/bl.shtml?192.0.2.10 - ${DOC}#550 [AbCd234.uk12]`,
    status: "5.0.0",
    remote: EU,
    expected: {
      id: "mimecast-ip-reputation",
      owner: "your-admin",
      temporary: false,
      words: ["192.0.2.10", "Mimecast", "PTR"],
    },
  },
  {
    name: "550 content examination policy",
    reply: `550 Message bounced due to content examination policy - ${DOC}#550 [EfGh567.us40]`,
    status: "5.7.1",
    remote: US,
    expected: {
      id: "mimecast-content-policy",
      owner: "recipient-admin",
      temporary: false,
      words: ["Mimecast", "content"],
      wordsJa: ["Mimecast", "コンテンツ"],
    },
  },
  {
    name: "552 maximum email size",
    reply: `552 Maximum email size exceeded - ${DOC}#552 [IjKl890.uk77]`,
    status: "5.3.4",
    remote: EU,
    expected: {
      id: "mimecast-size-limit",
      owner: "you",
      temporary: false,
      words: ["Mimecast", "attachments"],
      wordsJa: ["Mimecast", "添付ファイル"],
    },
  },
  {
    name: "452 too many recipients (a deferral for the rest)",
    reply: `452 Too many recipients - ${DOC}#452 [OpQr112.us32]`,
    status: "4.5.3",
    remote: US,
    expected: {
      id: "mimecast-too-many-recipients",
      owner: "nobody",
      temporary: true,
      words: ["Mimecast", "recipient"],
      wordsJa: ["Mimecast", "宛先"],
    },
  },
  {
    name: "550 submitter failed to authenticate (the sender's own Mimecast)",
    reply: `550 Submitter failed to authenticate - ${DOC}#550 [StUv334.uk45]`,
    status: "5.7.0",
    remote: "eu-smtp-o365-outbound-1.mimecast.com",
    expected: {
      id: "mimecast-submission-auth",
      owner: "your-admin",
      temporary: false,
      words: ["Mimecast", "SMTP"],
    },
  },
  {
    name: "550 account inbounds disabled",
    reply: `550 Account inbounds disabled - ${DOC}#550 [WxYz556.us10]`,
    status: "5.7.1",
    remote: US,
    expected: {
      id: "mimecast-open-relay",
      owner: "recipient-admin",
      temporary: false,
      words: ["fabrikam.example", "MX"],
    },
  },
  {
    name: "553 sender domain not found",
    reply: `553 Sender address rejected: Domain not found - ${DOC}#553 [YzAb778.uk12]`,
    status: "5.1.8",
    remote: EU,
    expected: {
      id: "mimecast-sender-domain",
      owner: "your-admin",
      temporary: false,
      words: ["Mimecast", "DNS", "contoso.com"],
    },
  },
];
