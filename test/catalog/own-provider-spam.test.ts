// A spam verdict or a sender refusal from the sender's own mailbox provider's outgoing server (its
// host an outgoing one, the sender one of its addresses, the recipient elsewhere) is that provider
// refusing to send: the message never left, the cause is the account or the message, yours. NetEase
// words its outgoing filter's verdict as its inbound one ("554 DT:SPM", its client error list: "the
// content of the mail sent holds unpermitted information, or the system took it for spam"); from
// its MX it stays NetEase's table's meaning. Each case in the four wrappings, with the sender's
// address put in.
import { analyze, diagnose } from "../../src/core";
import { explainWrapped, problems } from "./providers/check";
import type { ProviderCase } from "./providers/types";
import { WRAPPINGS, wrap } from "./providers/wrap";

const OWN_PROVIDER = {
  id: "sending-provider-refused",
  owner: "you",
  temporary: false,
  words: ["NetEase", "refused to send"],
  wordsJa: ["NetEase", "送信を拒否しました"],
} as const;

const CASES: readonly (readonly [string, ProviderCase, string])[] = [
  [
    // github.com/zabbix-book/zabbix_mail_with_graph issue 1
    "NetEase 163's outgoing server",
    {
      name: "",
      reply:
        "554 DT:SPM 163 smtp12,EMCowACnzwc_BjhcKMZmAQ--.20404S2 1547175487,please see http://mail.163.com/help/help_spam_16.htm?ip=218.94.104.2&hostid=smtp12&time=1547175487",
      status: "5.0.0",
      remote: "smtp.163.com",
      expected: OWN_PROVIDER,
    },
    "sam@163.com",
  ],
  [
    // github.com/kootenpv/yagmail issue 144
    "NetEase 126's outgoing server",
    {
      name: "",
      reply:
        "554 DT:SPM 126 smtp10,NuRpCgC3LP0tp3VdPt4LMQ--.5577S2 1567991603,please see http://mail.163.com/help/help_spam_16.htm?ip=118.26.161.186&hostid=smtp10&time=1567991603",
      status: "5.0.0",
      remote: "smtp.126.com",
      expected: OWN_PROVIDER,
    },
    "sam@126.com",
  ],
];

describe.each(CASES)("%s", (_name, c, sender) => {
  test.each(WRAPPINGS.map((w) => [w] as const))("wrapped as %s", (how) => {
    const bounce = wrap(c, how).replaceAll("sam@contoso.com", sender);
    expect(problems(c, diagnose(analyze(bounce)).recipients[0]?.explanation)).toEqual([]);
  });
});

// A negative: the same verdict from NetEase's MX, for mail from elsewhere, keeps its table's meaning.
test("DT:SPM from NetEase's MX for another domain's sender: NetEase's inbound verdict", () => {
  const c: ProviderCase = {
    name: "",
    reply:
      "554 DT:SPM 163 mx14,EsCowAB3 1567991603,please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.10",
    status: "5.0.0",
    remote: "163mx01.mxmail.netease.com",
    recipient: "kim@163.com",
    expected: { id: "netease-spam", owner: "your-admin", temporary: false, words: ["NetEase"] },
  };
  expect(problems(c, explainWrapped(c, "postfix"))).toEqual([]);
});
