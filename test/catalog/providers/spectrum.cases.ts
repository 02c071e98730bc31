// Charter / Spectrum refusals in the layout its servers write ("554 <host>.charter.net cmsmtp <IP>
// blocked. Please see <page> for more information. AUP#In-1020", as quoted on Spectrum's community
// forum), with the codes of Spectrum's "Understanding Email Error Codes" article. Sample values.
import type { ProviderCase } from "./types";

const MX = "mx0.charter.net";
const IMPIN = "impin004.msg.chrl.nc.charter.net";
const IP = "203.0.113.25";
const PAGE = "https://www.spectrum.net/support/internet/understanding-email-error-codes";
const blocked = (code: string, ip = IP): string =>
  `cmsmtp ${ip} blocked. Please see ${PAGE} for more information. AUP#${code}`;

export const CASES: readonly ProviderCase[] = [
  {
    name: "AUP#In-1020 (community.spectrum.net): the sender's address blocked, not an IP list",
    reply: `554 ${IMPIN} ${blocked("In-1020")}`,
    status: "5.0.0",
    remote: MX,
    recipient: "pat@charter.net",
    expected: {
      id: "spectrum-sender-blocked",
      owner: "your-admin",
      temporary: false,
      words: ["Spectrum", "marking this sender's mail as spam"],
      wordsJa: ["Spectrum", "迷惑メールとして報告"],
    },
  },
  {
    name: "AUP#In-1240 quoting Spamhaus's page: Spectrum's meaning, for a twc.com recipient",
    reply: `554 p-impin020.msg.pkvw.co.charter.net cmsmtp Connection Rejected - see http://www.spamhaus.org/query/ip/${IP} AUP#In-1240`,
    status: "5.0.0",
    remote: "pkvw-mx.msg.pkvw.co.charter.net",
    recipient: "pat@twc.com",
    expected: {
      id: "spectrum-spamhaus",
      owner: "your-admin",
      temporary: false,
      words: [IP, "Spamhaus", "check.spamhaus.org"],
      wordsJa: [IP, "Spamhaus", "check.spamhaus.org"],
    },
  },
  {
    name: "AUP#In-1000 named by its code alone: the sending IP blocked",
    reply: `554 ${IMPIN} ${blocked("In-1000")}`,
    status: "5.7.1",
    expected: {
      id: "spectrum-ip-blocked",
      owner: "your-admin",
      temporary: false,
      words: [IP, "suspicious activity"],
      wordsJa: [IP, "不審な動き"],
    },
  },
  {
    name: "AUP#I-1010, the older form, under 5.3.2: not 'system not accepting network messages'",
    reply: "554 dnvrco-cmimta15 esmtp ESMTP server not available AUP#I-1010",
    status: "5.3.2",
    remote: MX,
    recipient: "pat@nc.rr.com",
    expected: {
      id: "spectrum-sender-blocked",
      owner: "your-admin",
      temporary: false,
      words: ["Spectrum", "sending address"],
      wordsJa: ["Spectrum", "送信元のアドレス"],
    },
  },
  {
    name: "AUP#In-1100: no full-circle DNS for the sending IP",
    reply: `554 ${IMPIN} ${blocked("In-1100")}`,
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "spectrum-dns",
      owner: "your-admin",
      temporary: false,
      words: [IP, "full-circle DNS", "PTR"],
      wordsJa: [IP, "逆引き DNS", "PTR"],
    },
  },
  {
    name: "AUP#In-1160: against the sender domain's own policy",
    reply: `550 ${IMPIN} cmsmtp <sam@contoso.com> rejected. Please see ${PAGE} for more information. AUP#In-1160`,
    status: "5.7.1",
    remote: MX,
    recipient: "pat@spectrum.net",
    expected: {
      id: "spectrum-domain-policy",
      owner: "your-admin",
      temporary: false,
      words: ["contoso.com", "DMARC"],
      wordsJa: ["contoso.com", "DMARC"],
    },
  },
  {
    name: "AUP#In-1200: Cloudmark CSI",
    reply: `554 ${IMPIN} ${blocked("In-1200")}`,
    status: "5.7.1",
    remote: MX,
    expected: {
      id: "spectrum-cloudmark",
      owner: "your-admin",
      temporary: false,
      words: [IP, "Cloudmark", "csi.cloudmark.com"],
      wordsJa: [IP, "Cloudmark", "csi.cloudmark.com"],
    },
  },
  {
    name: "AUP#1260, the bare form: Spectrum takes no mail over IPv6",
    reply: `554 ${IMPIN} ${blocked("1260", "2001:db8::25")}`,
    status: "5.0.0",
    remote: MX,
    expected: {
      id: "spectrum-no-ipv6",
      owner: "your-admin",
      temporary: false,
      words: ["IPv6", "IPv4"],
      wordsJa: ["IPv6", "IPv4"],
    },
  },
  {
    name: "421 AUP#In-1340 deferred: too many connections for the IP's reputation",
    reply: `421 ${IMPIN} ${blocked("In-1340")}`,
    status: "4.7.0",
    remote: MX,
    expected: {
      id: "spectrum-connections",
      owner: "your-admin",
      temporary: true,
      words: [IP, "connections", "reputation"],
      wordsJa: [IP, "同時接続数", "評価"],
    },
  },
  {
    name: "421 server temporarily unavailable AUP#In-1380: a volume limit, not a server problem",
    reply: `421 ${IMPIN} cmsmtp ${IP} server temporarily unavailable. AUP#In-1380`,
    status: "4.3.2",
    recipient: "pat@charter.net",
    expected: {
      id: "spectrum-volume",
      owner: "your-admin",
      temporary: true,
      words: [IP, "recipients"],
      wordsJa: [IP, "宛先数"],
    },
  },
  {
    name: "AUP#Out-1530: larger than Spectrum's 20 MB",
    reply: "552 cmsmtp message rejected: message size exceeds the limit. AUP#Out-1530",
    status: "5.3.4",
    remote: "mobile.charter.net",
    expected: {
      id: "spectrum-too-big",
      owner: "you",
      temporary: false,
      words: ["20 MB"],
      wordsJa: ["20 MB"],
    },
  },
  {
    name: "AUP#Out-1500: sent as another address than the one signed in",
    reply: "550 cmsmtp <sam@contoso.com> sender rejected. AUP#Out-1500",
    status: "5.7.1",
    remote: "mobile.charter.net",
    expected: {
      id: "spectrum-wrong-from",
      owner: "you",
      temporary: false,
      words: ["signed in", "From address"],
      wordsJa: ["サインイン", "From アドレス"],
    },
  },
  {
    name: "AUP#O-1550: too many recipients in one message",
    reply: "550 cmsmtp too many recipients. AUP#O-1550",
    status: "5.5.3",
    remote: "mobile.charter.net",
    expected: {
      id: "spectrum-sending-limits",
      owner: "you",
      temporary: false,
      words: ["recipients"],
      wordsJa: ["宛先"],
    },
  },
];
