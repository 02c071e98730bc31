// The providers' tables: one file per receiver, filter or block list, registered here.
//
// HOW TO ADD A PROVIDER (one data file + one cases file, nothing else):
// 1. Write src/core/catalog/providers/<id>.ts exporting a `ProviderCatalog` (see ./types.ts and
//    ./gmail.ts as the model):
//    - `provider`: id, name, page for senders, and how a bounce names it: `hosts` (reuse the reason
//      engine's list from src/core/reason/providers/<x>.ts where there is one, plus any more),
//      `markers` (lower-case words its replies carry: "gsmtp", "[tss04]"), `domains` (recipient
//      domains it hosts), `kind` ("receiver" or "blocklist").
//    - `entries`: one per meaning of its published table. `id` starts with the provider id;
//      `code` as published ("5.7.26", "4.7.0/5.7.1", "" for a meaning known by text or marker);
//      `texts` the provider's phrasings (first = title, `<x>` matches any text; a `title` of its
//      own when the first is a reference code or holds placeholders); `markers` its own
//      reference codes ("[tss04]"); `reasons` the engine reasons that agree; `ownBounce` for a
//      verdict it writes as the sending server (only those match a bounce it merely wrote).
//      Use ./build.ts's deferredAndRefused for one meaning published as 4.x.x and 5.x.x. Summary, cause, fix and
//      adminFix in OUR OWN words, English and Japanese, using the placeholders of
//      src/core/diagnosis/facts.ts ({ip}, {domain}, {list}, ... ; `[[...]]` drops a part whose facts
//      are absent). Owner follows the cause: sender auth / PTR / reputation / volume -> "your-admin";
//      full mailbox -> "recipient"; wrong address or domain -> "you"; recipient's own policy ->
//      "recipient-admin". Never ask the recipient to fix the sender's setup.
// 2. Add it to PROVIDER_CATALOGS below (receivers before block lists; order breaks ties only).
// 3. Write test/catalog/providers/<id>.cases.ts (see gmail.cases.ts): at least 8 cases from the
//    provider's published texts. The harness finds the file by its name and wraps each case four
//    ways (Exchange Online NDR in English, Japanese and its current layout; Postfix DSN);
//    `npx tsx scripts/provider-score.ts` prints the share right per file.
// Precedence and matching are in ../match.ts; the data files hold no logic. The pane loads each
// table when a bounce names it, from what its build reads in this list (see
// scripts/provider-index-loader.cjs): nothing to add for that.
import type { CatalogEntry } from "../types";
import type { ProviderCatalog, ProviderIdentity } from "./types";
import { rowsOf } from "./rows";
import { barracuda } from "./barracuda";
import { OTHER_BLOCK_LISTS } from "./blocklists";
import { cisco } from "./cisco";
import { gmail } from "./gmail";
import { mimecast } from "./mimecast";
import { outlookCom } from "./outlook-com";
import { proofpoint } from "./proofpoint";
import { linkOnDomainList } from "./link-lists";
import { spamhaus } from "./spamhaus";
import { yahoo } from "./yahoo";
import { icloud } from "./icloud";
import { zoho } from "./zoho";
import { gmx } from "./gmx";
import { docomo } from "./docomo";
import { au } from "./au";
import { softbank } from "./softbank";
import { jcom } from "./jcom";
import { sakura } from "./sakura";
import { infosphere } from "./infosphere";
import { yahooJapan } from "./yahoo-japan";
import { netease } from "./netease";
import { comcast } from "./comcast";
import { cox } from "./cox";
import { spectrum } from "./spectrum";
import { yandex } from "./yandex";
import { tOnline } from "./t-online";
import { fastmail } from "./fastmail";
import { freeFr } from "./free-fr";
import { gandi } from "./gandi";
import { godaddy } from "./godaddy";
import { dreamhost } from "./dreamhost";
import { cloudflare } from "./cloudflare";
import { proton } from "./proton";
import { mailru } from "./mailru";
import { tencent } from "./tencent";
import { orange } from "./orange";
import { laPoste } from "./laposte";
import { symantecCloud } from "./symantec-cloud";
import { hornetsecurity } from "./hornetsecurity";
import { fortimail } from "./fortimail";
import { sophos } from "./sophos";
import { mailchannels } from "./mailchannels";
import { hennge } from "./hennge";
import { trendMicro } from "./trendmicro";
import { openDmarc, policydSpf } from "./spf-dmarc-filters";
import { amavis } from "./amavis";
import { rspamd } from "./rspamd";
import { exim } from "./exim";
import { postfix } from "./postfix";
import { qmail } from "./qmail";
import { sendmail } from "./sendmail";
import { popBeforeSmtp } from "./pop-before-smtp";
import { rackspace } from "./rackspace";
import { bt } from "./bt";
import { wp } from "./wp";
import { interia } from "./interia";
import { naver } from "./naver";
import { daum } from "./daum";
import { aruba } from "./aruba";
import { sfr } from "./sfr";
import { italiaonline } from "./italiaonline";
import { att } from "./att";
import { earthlink } from "./earthlink";
import { strato } from "./strato";
import { telstra } from "./telstra";
import { sohu } from "./sohu";
import { proximus } from "./proximus";
import { virginMedia } from "./virginmedia";
import { vade } from "./vade";
import { hmailserver } from "./hmailserver";
import { icewarp } from "./icewarp";
import { smartermail } from "./smartermail";
import { domino } from "./domino";
import { assp } from "./assp";
import { spamdyke } from "./spamdyke";
import { iredapd } from "./iredapd";
import { policydWeight } from "./policyd-weight";
import { ftgate } from "./ftgate";
import { titan } from "./titan";
import { cleanmail } from "./cleanmail";
import { baruwa } from "./baruwa";
import { mailgun } from "./mailgun";
import { vipre } from "./vipre";
import { improvmx } from "./improvmx";
import { mxroute } from "./mxroute";
import { aaisp } from "./aaisp";
import { talktalk } from "./talktalk";
import { cloudfilter } from "./cloudfilter";
import { ziggo } from "./ziggo";
import { epost } from "./epost";
import { alibabaDirectMail, alibabaMail } from "./alibaba";
import { mail263 } from "./mail263";
import { coremail } from "./coremail";

export type { ProviderCatalog, ProviderEntry, ProviderIdentity } from "./types";
export type { ProviderRow } from "./rows";

export const PROVIDER_CATALOGS: readonly ProviderCatalog[] = [
  // receivers
  gmail,
  // mailbox providers
  yahoo,
  icloud,
  zoho,
  gmx,
  docomo,
  au,
  softbank,
  jcom,
  sakura,
  infosphere,
  yahooJapan,
  netease,
  comcast,
  cox,
  spectrum,
  yandex,
  tOnline,
  fastmail,
  freeFr,
  gandi,
  godaddy,
  dreamhost,
  cloudflare,
  proton,
  mailru,
  tencent,
  orange,
  laPoste,
  rackspace,
  bt,
  wp,
  interia,
  naver,
  daum,
  aruba,
  sfr,
  italiaonline,
  att,
  earthlink,
  strato,
  telstra,
  sohu,
  proximus,
  virginMedia,
  titan,
  aaisp,
  talktalk,
  cloudfilter,
  ziggo,
  alibabaMail,
  alibabaDirectMail,
  mail263,
  outlookCom,
  // security gateways in front of company mailboxes
  mimecast,
  proofpoint,
  barracuda,
  cisco,
  symantecCloud,
  hornetsecurity,
  fortimail,
  sophos,
  mailchannels,
  hennge,
  trendMicro,
  vade,
  // filters and mail servers any domain may run: no host of their own, found by their words
  policydSpf,
  openDmarc,
  amavis,
  rspamd,
  exim,
  postfix,
  qmail,
  sendmail,
  popBeforeSmtp,
  assp,
  hmailserver,
  icewarp,
  smartermail,
  domino,
  ftgate,
  cleanmail,
  baruwa,
  mailgun,
  vipre,
  improvmx,
  mxroute,
  spamdyke,
  iredapd,
  policydWeight,
  epost,
  coremail,
  // block lists named in replies; first, a link in the message on any domain list (content, not
  // the sending server: the lists' own entries would name the sending side)
  linkOnDomainList,
  spamhaus,
  ...OTHER_BLOCK_LISTS,
];

export const PROVIDERS: readonly ProviderIdentity[] = PROVIDER_CATALOGS.map((c) => c.provider);

/** Every provider entry, as the catalog lists them. */
export const PROVIDER_ENTRIES: readonly CatalogEntry[] = PROVIDER_CATALOGS.flatMap((c) =>
  rowsOf(c).map((row) => row.entry),
);

const byId = new Map(PROVIDERS.map((p) => [p.id, p]));

export function providerById(id: string): ProviderIdentity | undefined {
  return byId.get(id);
}

/**
 * The tables of these providers. Here every table is loaded at start; the pane's build replaces
 * this module with one that imports each table on demand (scripts/provider-index-loader.cjs).
 */
export function loadProviderTables(ids: readonly string[]): Promise<readonly ProviderCatalog[]> {
  return Promise.resolve(PROVIDER_CATALOGS.filter((c) => ids.includes(c.provider.id)));
}
