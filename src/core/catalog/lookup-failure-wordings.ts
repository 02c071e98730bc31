// The receiving server's own look-up failed: Postfix answers "451 4.3.0 <x>: Temporary lookup
// failure" when a table it reads to accept an address (a MySQL or LDAP map, a tcp: or hash: map,
// trivial-rewrite's virtual domains) gives an error instead of an answer, so it can say neither
// yes nor no and asks the sender to come back. Nothing is wrong with the sender or the address;
// the fault is the receiver's, and clears when its database or map answers again. The
// explanations are our own words.
import type { CatalogEntry } from "./types";
import { t } from "./types";
import { SENDER } from "./steps";

/**
 * Postfix's words (its smtpd_check test reference expects "REJECT (temporary lookup failure)" for
 * a failing map; public Postfix logs pair the reply with "connect to mysql server ... Can't
 * connect", "tcp:localhost:10002 lookup error" and "hash:... is unavailable"; a site builder's help
 * page reads the same reply as the receiving server's internal issue that clears by itself).
 * Nobody's while the sending server retries, as other passing faults of the receiver (4.3.0).
 */
const RECEIVER_LOOKUP_FAILURE: CatalogEntry = {
  id: "receiver-lookup-failure",
  code: "",
  title: "The receiving server could not look up the address",
  texts: ["Temporary lookup failure"],
  source: "wording",
  temporary: true,
  owner: "nobody",
  summary: t(
    "The receiving server could not check the address in its own tables (a database or map it reads did not answer), so it asked your server to try again later.",
    "受信側のサーバーは、自分のテーブル (参照しているデータベースやマップ) が応答しなかったため宛先アドレスを確認できず、後で再試行するようあなたのサーバーに求めました。",
  ),
  cause: t(
    "Before taking a message the server looks the recipient up in a table of its own, often a database. That look-up failed on the receiving side, so the server could say neither yes nor no; the address and your message were not judged. It clears once the receiver's database or map works again.",
    "サーバーはメッセージを受け取る前に、宛先を自分のテーブル (多くはデータベース) で調べます。その照会が受信側で失敗したため、受け付けるとも拒否するとも判断できませんでした。アドレスやメッセージが問題とされたわけではありません。受信側のデータベースやマップが元に戻れば解消します。",
  ),
  fix: [SENDER.waitForRetry],
  adminFix: [
    t(
      "If the deferral lasts for hours, tell the recipient's mail admin: their server's address look-up (its database or map) is failing, and only they can repair it.",
      "保留が何時間も続く場合は、受信側のメール管理者に知らせてください。そのサーバーのアドレス照会 (データベースやマップ) が失敗しており、直せるのは受信側だけです。",
    ),
  ],
  actions: ["wait-for-retry"],
  // given up on after the retry period, the receiver's look-up stayed broken: their admin's to fix
  lastingDeferral: "receiving-side",
};

export const LOOKUP_FAILURE_ENTRIES: readonly CatalogEntry[] = [RECEIVER_LOOKUP_FAILURE];
