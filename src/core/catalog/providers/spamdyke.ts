// spamdyke, the filter many qmail and Plesk hosts put in front of their mail server, in its own
// reply words (a host's list of them, 2large.co.za's "Spamdyke" page, and replies quoted as received:
// "554 Refused. Your IP address is listed in the RBL at b.barracudacentral.org", "421 Refused. Your
// reverse DNS entry does not resolve."). Its "blacklisted" words come from the receiving host's own
// block files (spamdyke's ip-blacklist and domain-blacklist), not from a public list: only the
// receiver can take an address off them. A public list it names ("listed in the RBL at ZONE") keeps
// that list's meaning, and its reverse DNS words keep the general reverse DNS meaning.
// Found by its words, whatever host wrote them. The explanations are our own words.
import { SENDER } from "../steps";
import { t } from "../types";
import type { ProviderCatalog } from "./types";

const PAGE = "https://www.spamdyke.org/";
const OWN_LIST = [
  "refused. your ip address is blacklisted",
  "refused. your domain name is blacklisted",
];
const RECIPIENT_REFUSED = "refused. mail is not being accepted at this address";
const EARLY_TALKER = "refused. you are not following the smtp protocol";

export const spamdyke: ProviderCatalog = {
  provider: {
    id: "spamdyke",
    name: "spamdyke",
    page: PAGE,
    hosts: [],
    markers: [...OWN_LIST, RECIPIENT_REFUSED, EARLY_TALKER],
    domains: [],
    kind: "receiver",
  },
  entries: [
    {
      id: "spamdyke-own-blacklist",
      title: "Sending server on the receiver's own block file (spamdyke)",
      code: "",
      texts: [
        "Refused. Your IP address is blacklisted.",
        "Refused. Your domain name is blacklisted.",
      ],
      markers: OWN_LIST,
      reasons: ["blocked"],
      owner: "recipient-admin",
      temporary: false,
      summary: t(
        "The recipient's mail server (its spamdyke filter) refused mail from your server[[ ({ip})]] because its own block file lists that IP address or your server's name.",
        "受信側のメール サーバー (spamdyke フィルター) は、独自のブロック ファイルにあなたのサーバー[[ ({ip}) ]]の IP アドレスまたはサーバー名が載っているため、メールを拒否しました。",
      ),
      cause: t(
        "spamdyke keeps block files that the receiving host's admin fills by hand (IP addresses, server names). This is that host's own choice, not a public block list, so there is no listing to look up or remove elsewhere.",
        "spamdyke は、受信側ホストの管理者が手で登録するブロック ファイル (IP アドレスやサーバー名) を持っています。これは公開ブロック リストではなく受信側ホスト自身の判断なので、他で検索したり削除を申請したりできる掲載はありません。",
      ),
      fix: [
        t(
          "Reach the recipient by another route (phone, another address) and ask them to have their mail admin take your server off their block file.",
          "別の手段 (電話や別のアドレス) で受信者に連絡し、受信側のメール管理者にブロック ファイルからあなたのサーバーを外してもらうよう依頼してください。",
        ),
      ],
      adminFix: [
        t(
          "Recipient's admin: remove the sending IP address or server name from spamdyke's ip-blacklist or domain-blacklist file if it was added by mistake.",
          "受信側の管理者: 誤って登録されたのであれば、spamdyke の ip-blacklist または domain-blacklist ファイルから送信元の IP アドレスまたはサーバー名を削除してください。",
        ),
      ],
      actions: ["contact-recipient", "contact-recipient-admin"],
    },
    {
      id: "spamdyke-recipient-refused",
      title: "Address that takes no mail (spamdyke)",
      code: "",
      texts: ["Refused. Mail is not being accepted at this address."],
      markers: [RECIPIENT_REFUSED],
      reasons: ["rejected"],
      owner: "recipient-admin",
      temporary: false,
      summary: t(
        "The recipient's mail server (its spamdyke filter) does not take mail for this address at all: its admin put the address on spamdyke's list of addresses that receive nothing.",
        "受信側のメール サーバー (spamdyke フィルター) は、この宛先へのメールを一切受け付けていません。管理者がこのアドレスを、何も受け取らないアドレスの一覧に登録しています。",
      ),
      cause: t(
        "spamdyke refuses every message to an address on its recipient block file, whoever sends it; nothing in your message or server caused it.",
        "spamdyke は、受信者ブロック ファイルにあるアドレス宛てのメールを、送信者に関係なくすべて拒否します。あなたのメッセージやサーバーが原因ではありません。",
      ),
      fix: [SENDER.contactRecipient],
      adminFix: [
        t(
          "Recipient's admin: if the address should receive mail, remove it from spamdyke's recipient-blacklist file.",
          "受信側の管理者: このアドレスでメールを受け取るべきであれば、spamdyke の recipient-blacklist ファイルから削除してください。",
        ),
      ],
      actions: ["contact-recipient", "contact-recipient-admin"],
    },
    {
      id: "spamdyke-early-talker",
      title: "Sending server spoke before the greeting (spamdyke)",
      code: "",
      texts: ["Refused. You are not following the SMTP protocol."],
      markers: [EARLY_TALKER],
      reasons: ["blocked"],
      owner: "your-admin",
      temporary: false,
      summary: t(
        "The recipient's mail server (its spamdyke filter) refused your server because it began sending before the receiving server had greeted it.",
        "受信側のメール サーバー (spamdyke フィルター) は、受信側の挨拶 (グリーティング) より前にあなたのサーバーが送信を始めたため、接続を拒否しました。",
      ),
      cause: t(
        "A real mail server waits for the receiver's greeting; spam software often does not. A sending program that does not wait, or a firewall or proxy that passes data early, trips this check.",
        "本来のメール サーバーは受信側の挨拶を待ちますが、迷惑メールのソフトウェアは待たないことが多くあります。待たずに送る送信プログラムや、データを早く流すファイアウォールやプロキシがあると、この検査にかかります。",
      ),
      fix: [SENDER.askYourAdmin],
      adminFix: [
        t(
          "Make the sending server (or any proxy or firewall on its way out) wait for the receiver's 220 greeting before it sends anything.",
          "送信サーバー (および送信経路のプロキシやファイアウォール) が、受信側の 220 の挨拶を受け取ってから送信を始めるようにしてください。",
        ),
      ],
      actions: ["contact-your-admin"],
    },
  ],
};
