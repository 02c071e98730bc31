// Yahoo! JAPAN's unknown-address replies as its servers write them, with sample values: the full
// "dd" refusal, its shorter forms, and the same refusal reached through another code or relay.
import type { ProviderCase } from "./types";

const MX = "mx.mail.yahoo.co.jp";

function noSuchUser(name: string, reply: string, status: string, recipient: string, remote = MX) {
  return {
    name,
    reply,
    status,
    // "" leaves the receiving server out, as a report that names none.
    ...(remote !== "" ? { remote } : {}),
    recipient,
    expected: {
      id: "yahoo-japan-no-such-user",
      owner: "you",
      temporary: false,
      words: ["Yahoo! JAPAN", "address"],
      wordsJa: ["Yahoo! JAPAN", "アドレス"],
    },
  } satisfies ProviderCase;
}

export const CASES: readonly ProviderCase[] = [
  noSuchUser(
    "dd refusal, 554 with no enhanced code",
    "554 delivery error: dd This user doesn't have a yahoo.co.jp account (hanako.sato@yahoo.co.jp) [0] - mta1007.mail.kks.yahoo.co.jp",
    "5.0.0",
    "hanako.sato@yahoo.co.jp",
  ),
  noSuchUser(
    "dd refusal with 5.1.1",
    "554 5.1.1 delivery error: dd This user doesn't have a yahoo.co.jp account (taro-k@yahoo.co.jp) [-5] - mta3002.mail.ssk.yahoo.co.jp",
    "5.1.1",
    "taro-k@yahoo.co.jp",
  ),
  noSuchUser(
    "dd refusal for a ymail.ne.jp address",
    "554 delivery error: dd This user doesn't have a ymail.ne.jp account (ken.ito@ymail.ne.jp) [0] - mta1012.mail.kks.yahoo.co.jp",
    "5.0.0",
    "ken.ito@ymail.ne.jp",
  ),
  noSuchUser(
    "dd refusal without the server's name",
    "554 delivery error: dd This user doesn't have a yahoo.co.jp account (aki_m@yahoo.co.jp) [0]",
    "5.0.0",
    "aki_m@yahoo.co.jp",
  ),
  noSuchUser(
    "dd refusal named only by the recipient's domain (the relay's host left out)",
    "554 delivery error: dd This user doesn't have a yahoo.co.jp account (mika.ueda@yahoo.co.jp) [0] - mta2004.mail.ssk.yahoo.co.jp",
    "5.0.0",
    "mika.ueda@yahoo.co.jp",
    "",
  ),
  noSuchUser(
    "bare 'User unknown' at RCPT",
    "550 5.1.1 <yuki.n@yahoo.co.jp>: User unknown",
    "5.1.1",
    "yuki.n@yahoo.co.jp",
  ),
  noSuchUser(
    "'User unknown' from a numbered MX host",
    "550 User unknown <s.kato@yahoo.co.jp>",
    "5.1.1",
    "s.kato@yahoo.co.jp",
    "mx3.mail.yahoo.co.jp",
  ),
  noSuchUser(
    "dd refusal with a 5.1.0 status",
    "554 5.1.0 delivery error: dd This user doesn't have a yahoo.co.jp account (r.mori@yahoo.co.jp) [0] - mta1101.mail.kks.yahoo.co.jp",
    "5.1.0",
    "r.mori@yahoo.co.jp",
  ),
  noSuchUser(
    "dd refusal, no server named, a recipient at another domain (its words alone)",
    "554 delivery error: dd This user doesn't have a yahoo.co.jp account (kim@yahoo.co.jp) [-5] - mta7149.mail.djm.ynwp.yahoo.co.jp",
    "5.0.0",
    "kim@fabrikam.example",
    "",
  ),
];
