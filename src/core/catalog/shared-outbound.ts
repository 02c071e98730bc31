// The big providers' shared outgoing mail servers, as each publishes them: a refusal of one of these
// addresses is not the sender's admin's to delist (see ../diagnosis/diagnose.ts).
// Sources: Microsoft 365 URLs and IP address ranges (learn.microsoft.com/microsoft-365/enterprise/
// urls-and-ip-address-ranges), Exchange Online row 10, "*.mail.protection.outlook.com", TCP 25:
// the servers Exchange Online and Outlook.com send from (spf.protection.outlook.com publishes the
// same ranges, with 52.100.0.0/14 before the 2025 split). Google: support.google.com/a/answer/60764
// ("the IP addresses of the Google Workspace mail servers": _spf.google.com, which includes
// _netblocks, _netblocks2 and _netblocks3.google.com), the record Gmail and Workspace send under;
// support.google.com/a/answer/27642 (Google does not take requests to delist its addresses; it
// asks recipients to allow Gmail's addresses).
import type { Owner } from "../types";
import type { Localized } from "../types";
import { t } from "./types";

export interface SharedOutbound {
  readonly id: string;
  /** The service's name, as the explanation shows it (in both languages). */
  readonly name: string;
  readonly source: string;
  /** IPv4 and IPv6 CIDR ranges. */
  readonly ranges: readonly string[];
  /** The provider ids of receivers the same company runs: their block of its own pool is its own. */
  readonly sameCompany: readonly string[];
  /** Who lifts the company's own block of its pool. */
  readonly ownBlockOwner: Owner;
  /** How the sender's admin raises a listing of the pool with the company. */
  readonly raise: Localized;
}

export const SHARED_OUTBOUND: readonly SharedOutbound[] = [
  {
    id: "microsoft-365",
    name: "Microsoft 365 / Outlook.com",
    source: "https://learn.microsoft.com/microsoft-365/enterprise/urls-and-ip-address-ranges",
    ranges: [
      "40.92.0.0/15",
      "40.107.0.0/16",
      "52.100.0.0/15",
      "52.102.0.0/16",
      "52.103.0.0/17",
      "104.47.0.0/17",
      "2a01:111:f400::/48",
      "2a01:111:f403::/48",
    ],
    sameCompany: ["outlook-com"],
    ownBlockOwner: "microsoft",
    raise: t(
      "Your admin: open a Microsoft 365 support case (admin center, Support) quoting {ip} and this reply; Microsoft runs that address and can take it out of use or have its listing reviewed. The delist portal (sender.office.com) is no help here: it lifts only Microsoft's blocks of other servers. If your own mail was flagged as outbound spam, Microsoft 365 sends it from a separate high-risk pool that lists often carry: look for a compromised account or a bulk send first.",
      "管理者: {ip} とこの応答を添えて Microsoft 365 のサポート ケース (管理センターの [サポート]) を開いてください。このアドレスを運用しているのは Microsoft で、使用を止めたり、掲載の見直しを求めたりできます。登録解除ポータル (sender.office.com) は Microsoft が他社のサーバーをブロックした場合のためのもので、ここでは役に立ちません。自組織から送ったメールが迷惑メールと判定されると、Microsoft 365 はそれをリストに載りやすい別の高リスク用プールから送ります。まず乗っ取られたアカウントや一斉送信がないか確認してください。",
    ),
  },
  {
    id: "google",
    name: "Gmail / Google Workspace",
    source: "https://support.google.com/a/answer/60764",
    ranges: [
      // _netblocks.google.com
      "35.190.247.0/24",
      "64.233.160.0/19",
      "66.102.0.0/20",
      "66.249.80.0/20",
      "72.14.192.0/18",
      "74.125.0.0/16",
      "108.177.8.0/21",
      "173.194.0.0/16",
      "209.85.128.0/17",
      "216.58.192.0/19",
      "216.239.32.0/19",
      // _netblocks2.google.com
      "2001:4860:4000::/36",
      "2404:6800:4000::/36",
      "2607:f8b0:4000::/36",
      "2800:3f0:4000::/36",
      "2a00:1450:4000::/36",
      "2c0f:fb50:4000::/36",
      // _netblocks3.google.com
      "172.217.0.0/19",
      "172.217.32.0/20",
      "172.217.128.0/19",
      "172.217.160.0/20",
      "172.217.192.0/19",
      "172.253.56.0/21",
      "172.253.112.0/20",
      "108.177.96.0/19",
      "35.191.0.0/16",
      "130.211.0.0/22",
    ],
    sameCompany: ["gmail"],
    // nobody to ask (see raise): sending again is all there is
    ownBlockOwner: "you",
    raise: t(
      "Your admin: Google does not take delisting requests for its own addresses (it deals with the lists itself) and the next message may leave from another address; check only that your own mail was not what got it listed (a compromised account, a bulk send).",
      "管理者: Google は自社アドレスの登録解除依頼を受け付けておらず (リストとの対応は Google 自身が行います)、次のメッセージは別のアドレスから送られることもあります。自組織のメールが掲載の原因でないか (乗っ取られたアカウントや一斉送信) だけを確認してください。",
    ),
  },
];
