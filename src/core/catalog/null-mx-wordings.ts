// A domain that states in DNS that it takes no mail: RFC 7505's null MX ("MX 0 ."). Servers say
// so in their own words and under codes whose registry meanings do not: Gmail's DSN carries 4.0.0
// (read as a deferral the server gave up on), Postfix's client 5.1.0, an Exim bounce no code at
// all. The DNS answer is final whatever the class: no retry or wait gets the message through. The
// explanations are our own words.
import type { CatalogEntry } from "./types";
import { t } from "./types";
import { ADMIN, SENDER } from "./steps";
import { YOU } from "./providers/steps";

/**
 * The envelope sender's domain publishes a null MX, so no bounce could reach it: Postfix's smtpd
 * ("550 5.7.27 <x>: Sender address rejected: Domain x does not accept mail (nullMX)", its
 * smtpd_check.c) and Titan's published table (providers/titan.ts). Listed before the recipient's
 * meaning, whose words are the same but for the address rejected.
 */
const SENDER_NULL_MX: CatalogEntry = {
  id: "sender-null-mx",
  code: "",
  title: "Your sender domain accepts no mail (null MX)",
  texts: ["Sender address rejected: Domain <domain> does not accept mail (nullMX)"],
  source: "wording",
  temporary: false,
  owner: "your-admin",
  summary: t(
    "The receiving server refused the message because the domain of your sender address states in DNS that it receives no mail (a null MX record), so no reply or bounce could reach it.",
    "あなたの送信者アドレスのドメインは、DNS でメールを一切受け取らないと宣言しています (null MX レコード)。返信も配信エラーの通知も届けられないため、受信側のサーバーはメッセージを拒否しました。",
  ),
  cause: t(
    'A null MX (an MX record pointing to ".") is how a domain says it never receives mail. Receivers refuse mail whose envelope sender (Return-Path) is at such a domain: a program or device that sends with a domain kept for a website only, or a domain whose MX records were replaced by mistake.',
    'null MX ("." を指す MX レコード) は、ドメインがメールを一切受け取らないことを示すしくみです。受信側は、エンベロープ送信者 (Return-Path) のアドレスがそのようなドメインにあるメールを拒否します。よくあるのは、Web サイト専用のドメインで送信するプログラムや機器と、MX レコードが誤って置き換えられたドメインです。',
  ),
  fix: [YOU.forwardToAdmin],
  adminFix: [
    t(
      "Send with an envelope sender (Return-Path) at a domain that receives mail, or replace the domain's null MX with the MX records of the server that takes its mail.",
      "エンベロープ送信者 (Return-Path) にメールを受け取れるドメインのアドレスを使って送るか、ドメインの null MX を、そのドメインのメールを受け取るサーバーの MX レコードに置き換えてください。",
    ),
  ],
  actions: ["contact-your-admin", "copy-summary"],
};

/**
 * The recipient's domain publishes a null MX: Postfix's smtpd on RCPT ("556 5.1.10 <x>:
 * Recipient address rejected: Domain x does not accept mail (nullMX)", PHPMailer pull request
 * 1668, and two apps' logs in the code corpus) and its client's own bounce ("Domain x does not
 * accept mail (nullMX)", dsn 5.1.0); Gmail's and Google Workspace's "The domain x doesn't receive
 * email according to the administrator: returned Null MX" (two apps' notes and saved notices in
 * the code corpus), under 4.0.0; Exim's "an MX or SRV record indicated no SMTP service" (its
 * routing code, the words its bounce gives a null MX). A misspelt or placeholder domain
 * (yahooo.com, example.com) is the usual cause: the address is what to change.
 */
const RECIPIENT_NULL_MX: CatalogEntry = {
  id: "recipient-null-mx",
  code: "",
  title: "The recipient's domain accepts no mail (null MX)",
  texts: [
    "Domain <domain> does not accept mail (nullMX)",
    "returned Null MX",
    "an MX or SRV record indicated no SMTP service",
  ],
  source: "wording",
  temporary: false,
  owner: "you",
  summary: t(
    "The message was not delivered because the recipient's domain states in DNS that it receives no mail at all (a null MX record). This is final: no server will deliver to this address, now or later.",
    "宛先のドメインが DNS でメールを一切受け取らないと宣言している (null MX レコード) ため、メッセージは配信されませんでした。これは最終的な結果で、今後もこのアドレスにはどのサーバーからも配信されません。",
  ),
  cause: t(
    'A null MX (an MX record pointing to ".", RFC 7505) is how a domain says it never receives mail, so sending servers give up at once instead of retrying. Domains kept for a website only, reserved sample domains such as example.com, and look-alikes of big providers (yahooo.com) publish one, so the address usually has a typo in its domain or is not a real one.',
    'null MX ("." を指す MX レコード、RFC 7505) は、ドメインがメールを一切受け取らないことを示すしくみで、送信側のサーバーは再試行せずにすぐ配信をあきらめます。Web サイト専用のドメイン、example.com のような例示用に予約されたドメイン、大手プロバイダーに似せたドメイン (yahooo.com など) が公開しているため、多くの場合、アドレスのドメインに入力ミスがあるか、実在しないアドレスです。',
  ),
  fix: [SENDER.checkDomain, SENDER.clearAutocomplete, SENDER.askCurrentAddress],
  adminFix: [ADMIN.checkDomainMx],
  actions: ["resend-corrected-address", "clear-autocomplete-entry", "copy-summary"],
};

export const NULL_MX_ENTRIES: readonly CatalogEntry[] = [SENDER_NULL_MX, RECIPIENT_NULL_MX];
