// An authentication refusal of a public mail service's own domain (gmail.com, yahoo.com: a domain a
// provider table hosts its users' addresses in). Only that service's servers pass SPF, DKIM and
// DMARC for it, so the admin steps that change the failing domain's own records ("Check the SPF
// record of gmail.com: it must list ... your sending server") ask for what only the service can
// do. The usual cause is an application, device or web form that sends "from" the person's
// address at such a domain, or a forward that changed the message; the fix is a From address of
// one's own domain, with the person's address in Reply-To (HostGator's "DMARC - Rejection Emails",
// Salesforce's help article 000193813). Our own words. A cause that blames the failing domain's
// records (an entry's `ownRecordsCause`) gives way to one that says why the check failed here.
import type { Localized } from "../types";
import { t } from "./types";

/**
 * An admin step that changes the failing domain's own SPF, DKIM or DMARC setup, as the entries
 * word it (the shared steps and a few entries' own); not one about its name servers answering.
 */
export const DOMAIN_RECORD_STEP =
  /\b(?:SPF record\b(?! resolves)|DKIM[- ]sign(?:ed|ing)\b|DMARC (?:record|reports)\b|sign outgoing mail with DKIM\b|pass SPF or DKIM with\b)/;

/** The one step in their place. */
export const PUBLIC_DOMAIN_STEP: Localized = t(
  "{domain} is a public mail service's own domain, and its addresses belong to the service's users: only the service's own servers pass SPF, DKIM and DMARC for it, and nothing your organization publishes changes that. If an application, device or web form of yours sent this with a From address at {domain}, give it a From address at your own domain (the person's address can go in Reply-To), or have it send through that account's own server, signed in; if you forwarded the message, forward it unchanged (no disclaimer or subject tag added), so that its DKIM signature stays valid.",
  "{domain} は公開のメール サービス自身のドメインで、そのアドレスはサービスの利用者のものです。このドメインとして SPF・DKIM・DMARC に合格できるのはそのサービス自身のサーバーだけで、自組織がどのレコードを公開しても変わりません。自組織のアプリケーション、機器、Web フォームが From に {domain} のアドレスを使って送った場合は、From を自組織のドメインのアドレスにする ({domain} のアドレスは Reply-To に入れられます) か、そのアカウントでサインインしてサービス自身のサーバーから送るようにしてください。転送したメッセージの場合は、DKIM 署名が有効なままになるよう、内容を変えずに (免責文や件名のタグを加えずに) 転送してください。",
);

/** The cause in place of an entry's own that blames the failing domain's records or setup. */
export const PUBLIC_DOMAIN_CAUSE: Localized = t(
  "The domain that failed the check, {domain}, is a public mail service's, not your organization's, and its records are not at fault: they are the service's and pass only its own servers. The check failed because another server sent a message with an address at {domain} as its sender (an application, device, web form or sending service that uses a person's address there), or because a forward changed the message on the way.",
  "検査に失敗したドメイン {domain} は自組織のものではなく公開のメール サービスのもので、そのレコードに不足や誤りはありません。レコードはサービスが管理しており、サービス自身のサーバーだけを合格させます。サービス以外のサーバーが {domain} のアドレスを送信者にしてメッセージを送った (アプリケーション、機器、Web フォーム、配信サービスが個人の {domain} のアドレスを使った) か、転送の途中でメッセージが書き換えられたために、検査に失敗しました。",
);
