// Rules over every entry's words, for faults a user meets in the most-read entries: a step that
// says to send again without saying when, a cause that calls a resend futile beside a step that
// resends, a size limit (or a full or disabled mailbox) whose admin step is about something else,
// an expired message told to wait an hour, a missing domain sent to the directory's addresses, an unknown mailbox with no step for
// an address that is right (the person left or moved), a retry step that speaks of a block where
// nothing is blocked (a passing fault, a limit, a full mailbox), an admin step that points to steps
// below where none follow, the recipient reached in two steps, a block list's step that guesses a
// cause its list does not name, a sign-in or TLS code whose admin step is SPF, DKIM and DMARC, a
// receiving side's fault told that the fix is on the sender's.
import { CATALOG } from "../../src/core/catalog/index";
import type { CatalogEntry } from "../../src/core/catalog/index";
import { YOU, YOUR_ADMIN } from "../../src/core/catalog/providers/steps";
import { ADMIN, SENDER } from "../../src/core/catalog/steps";

const ids = (entries: readonly CatalogEntry[]): string[] => entries.map((e) => e.id);

/** A step that has the user send the message again (now, later, or once something changed). */
const SEND_AGAIN = {
  en: /\bagain\b|\bresend|\blater\b|\bwait\b/i,
  ja: /送り直|再送|待って|時間をおいて/,
};

test("a permanent refusal that offers sending again later says when, in both languages", () => {
  const silent = CATALOG.filter((e) => !e.temporary && e.actions.includes("retry-later")).filter(
    (e) =>
      !e.fix.some((step) => SEND_AGAIN.en.test(step.en)) ||
      !e.fix.some((step) => SEND_AGAIN.ja.test(step.ja)),
  );
  expect(ids(silent)).toEqual([]);
});

test("a cause that says a resend fails the same way says until when, where a step resends", () => {
  const resends = (e: CatalogEntry) => e.fix.some((step) => SEND_AGAIN.en.test(step.en));
  const futile = CATALOG.filter(resends).filter(
    (e) =>
      (/fails? the same way/i.test(e.cause.en) && !/\buntil\b/i.test(e.cause.en)) ||
      (/同じように失敗/.test(e.cause.ja) && !/まで/.test(e.cause.ja)),
  );
  expect(ids(futile)).toEqual([]);
});

test("a message too big for the receiver: the admin's step is about the size limit (or a link instead)", () => {
  const offTopic = CATALOG.filter((e) => e.fix.includes(SENDER.shrink)).filter(
    (e) =>
      !e.adminFix.some((step) => /size|large|limit|link/i.test(step.en)) ||
      !e.adminFix.some((step) => /サイズ|大き|上限|リンク/.test(step.ja)),
  );
  expect(ids(offTopic)).toEqual([]);
});

/** An entry's meaning in English: the reply's words (title) and the summary. */
const meaningOf = (e: CatalogEntry) => `${e.title ?? e.texts[0] ?? ""} ${e.summary.en}`;
/** A mailbox's (or inbox's) storage: full, over its quota, out of space (not a queue's quota). */
const FULL = /\b(?:mailbox|inbox)\b[^.]*\b(?:full|quota|storage)\b/i;
const DISABLED = /disabled|suspended|deactivated/i;

// The h-review sample: the registry's 5.2.2 (two Postfix "Mailbox is full" refusals) and 5.2.1
// (au's "account is disabled") gave one admin step for both, "check its quota and whether it is
// disabled", and the registry's 5.2.4, a list that could not be expanded, the same.
test("a full mailbox's admin step is about its quota, a disabled one's about why it is off, in both languages", () => {
  const onlyFull = CATALOG.filter((e) => FULL.test(meaningOf(e)) && !DISABLED.test(meaningOf(e)));
  const onlyOff = CATALOG.filter((e) => DISABLED.test(meaningOf(e)) && !FULL.test(meaningOf(e)));
  // the rule reads the registry's and the providers' entries, not nothing
  expect(ids(onlyFull)).toEqual(expect.arrayContaining(["iana-5.2.2", "iana-4.2.2"]));
  expect(ids(onlyOff)).toEqual(expect.arrayContaining(["iana-5.2.1", "iana-4.2.1"]));
  const offTopic = [
    ...onlyFull.filter((e) =>
      e.adminFix.some((step) => /disabled|enable it/i.test(step.en) || /無効/.test(step.ja)),
    ),
    ...onlyOff.filter((e) =>
      e.adminFix.some((step) => /quota|free space/i.test(step.en) || /容量|空き/.test(step.ja)),
    ),
    ...CATALOG.filter((e) => /^[45]\.2\.4$/.test(e.code)).filter(
      (e) => !e.adminFix.some((step) => /\blist\b/i.test(step.en) && /リスト/.test(step.ja)),
    ),
  ];
  expect(ids(offTopic)).toEqual([]);
});

// The h-review sample's UOL deferral (the registry's 4.7.1) asked the user to send the report to
// their own help desk and, next, to have the recipient's admin told that "only they can change it".
test("a step that says only the recipient's admin can change it is not beside one for your own admin", () => {
  const yours = [SENDER.askYourAdmin, YOU.forwardToAdmin];
  const onlyTheirs = {
    en: /; only they can change it\.$/,
    ja: /てください。変更できるのは受信側の管理者だけです。$/,
  };
  const both = CATALOG.filter((e) => e.fix.some((step) => yours.includes(step)));
  // the rule reads the registry's policy codes and Exchange's transport rule, not nothing
  expect(ids(both)).toEqual(
    expect.arrayContaining(["iana-5.7.1", "iana-4.7.1", "token-TRANSPORT.RULES.RejectMessage"]),
  );
  const contradicting = both.filter((e) =>
    e.fix.some((step) => onlyTheirs.en.test(step.en) || onlyTheirs.ja.test(step.ja)),
  );
  expect(ids(contradicting)).toEqual([]);
});

/** Words that put the fault on the receiving side: its server down, busy or unreachable. */
const RECEIVER_FAULT =
  /\b(?:receiving|recipient's|destination) (?:mail )?(?:server|system)s? (?:was|were|is|are) (?:down|unreachable|overloaded|busy)|on (?:the receiving|their) side\b/i;

// The h-ja13 read-through: a connection given up on (Gmail's "The recipient server
// did not accept our requests to connect", Haraka's "Tried all MXs") said the receiving server
// was down, then "the fix is in your organization's mail settings, not on the recipient's side".
test("a meaning that puts the fault on the receiving side does not say the fix is on yours", () => {
  const receivers = CATALOG.filter(
    (e) => RECEIVER_FAULT.test(e.summary.en) || RECEIVER_FAULT.test(e.cause.en),
  );
  // the rule reads the connection failures and the receivers' own faults, not nothing
  expect(ids(receivers)).toEqual(expect.arrayContaining(["connect-gave-up"]));
  expect(ids(receivers.filter((e) => e.fix.includes(YOU.forwardToAdmin)))).toEqual([]);
});

/** A message whose delivery expired in a queue: its code (x.4.7) or its title says so. */
const EXPIRED = /\b(?:message|delivery time) expired\b|queue\.expired/i;

test("an expired message is not told to wait an hour (the retries took a day or more) but to tell the recipient", () => {
  const expired = CATALOG.filter(
    (e) => /^[45]\.4\.7$/.test(e.code) || EXPIRED.test(e.title ?? e.texts[0] ?? ""),
  );
  // the rule reads the registry's, Exchange's and the tokens' expiries, not nothing
  expect(ids(expired)).toEqual(
    expect.arrayContaining([
      "iana-4.4.7",
      "iana-5.4.7",
      "exo-5.4.300-message-expired",
      "token-QUEUE.Expired",
    ]),
  );
  const waitAnHour = expired.filter((e) =>
    [SENDER.retryLater, YOU.retryAfterBlock, YOU.retryAfterLimit].some((s) => e.fix.includes(s)),
  );
  expect(ids(waitAnHour)).toEqual([]);
  // where the recipient's side must act, the user tells the recipient another way
  const untold = expired
    .filter((e) => e.owner === "recipient-admin")
    .filter((e) => !e.fix.some((step) => /another way/i.test(step.en)));
  expect(ids(untold)).toEqual([]);
});

test("a destination domain that takes no mail (x.1.2) sends the admin to its DNS, not the directory", () => {
  const domain = CATALOG.filter((e) => /^[45]\.1\.2$/.test(e.code));
  expect(domain.length).toBeGreaterThanOrEqual(2);
  const wrong = domain.filter((e) => e.adminFix.includes(ADMIN.checkRecipientExists));
  expect(ids(wrong)).toEqual([]);
});

/** One recipient's mailbox that does not exist, by the entries' ids (bulk "invalid recipients" aside). */
const UNKNOWN_MAILBOX =
  /no-such-user|unknown-user|user-unknown|recipient-not-found|RecipNotFound|bad-destination-mailbox|invalid-recipient$|unknown-recipient$/;

test("an unknown mailbox says what to do when the address is right: ask the recipient another way", () => {
  const unknown = CATALOG.filter(
    (e) => e.owner === "you" && (UNKNOWN_MAILBOX.test(e.id) || /^iana-[45]\.1\.1$/.test(e.id)),
  );
  expect(unknown.length).toBeGreaterThanOrEqual(20);
  const typosOnly = unknown.filter(
    (e) =>
      !e.fix.some((step) => /another way|by phone|another address|phone, chat/i.test(step.en)) ||
      !e.fix.some((step) => /電話|別の/.test(step.ja)),
  );
  expect(ids(typosOnly)).toEqual([]);
});

/** A step that sends again and speaks of the block (waiting for it to lapse, resending prolongs it). */
const BLOCK_STEP = { en: /\bthe block\b/i, ja: /ブロックが/ };
/** An entry whose meaning is a block or a listing: its title (the reply's words, in English), summary or cause says so. */
const BLOCK_MEANING = {
  en: /\bblock|\blist(?:ed|ing)\b|blacklist|reputation|\bflood/i,
  ja: /ブロック|リスト|評価|大量/,
};

test.each(["en", "ja"] as const)(
  "a retry step that speaks of a block is only on entries whose meaning is a block or a listing (%s)",
  (lang) => {
    const speaksOfBlock = (e: CatalogEntry) =>
      e.fix.some((step) => SEND_AGAIN[lang].test(step[lang]) && BLOCK_STEP[lang].test(step[lang]));
    const withBlockStep = CATALOG.filter(speaksOfBlock);
    // the rule reads the blocks' entries, not nothing
    expect(ids(withBlockStep)).toEqual(
      expect.arrayContaining(["cox-cdrbl", "yandex-spam-block", "godaddy-ib111", "iana-5.7.28"]),
    );
    const unblocked = withBlockStep.filter(
      (e) =>
        !BLOCK_MEANING.en.test(e.title ?? e.texts[0] ?? "") &&
        ![e.summary[lang], e.cause[lang]].some((text) => BLOCK_MEANING[lang].test(text)),
    );
    expect(ids(unblocked)).toEqual([]);
  },
);

// The h-review2 sample: Sympa's refusal of a non-member (the list notices' entry) had one admin
// step, "You cannot fix this yourself; the steps below are for the admin named as owner", and no
// steps below it; the list's Bcc refusal, which the sender fixes, told them they could not.
test("an admin step points to no steps below where none follow, and tells no sender who fixes it that they cannot", () => {
  const below = { en: /\bsteps? below\b/i, ja: /下の手順/ };
  const nothingFollows = CATALOG.filter((e) => {
    const last = e.adminFix[e.adminFix.length - 1];
    return last !== undefined && (below.en.test(last.en) || below.ja.test(last.ja));
  });
  expect(ids(nothingFollows)).toEqual([]);
  const cannot = { en: /you cannot fix/i, ja: /あなた自身では直せない/ };
  const contradicting = CATALOG.filter((e) => e.owner === "you").filter((e) =>
    [...e.fix, ...e.adminFix].some((step) => cannot.en.test(step.en) || cannot.ja.test(step.ja)),
  );
  expect(ids(contradicting)).toEqual([]);
  // the admin step of the sender's (or a list owner's) own fix reads the list notices, not nothing
  const nothingToChange = CATALOG.filter((e) => e.adminFix.includes(ADMIN.nothingToChange));
  expect(ids(nothingToChange)).toEqual(
    expect.arrayContaining(["list-refused-sender", "list-implicit-destination"]),
  );
});

// The h-review2 sample: Exchange Online's 5.7.133 (a group that takes only internal senders) said
// "ask the recipient to pass this error on", then "reach the recipient another way and tell them
// their mailbox refused your message": out of order, and a group has no mailbox.
test.each(["en", "ja"] as const)(
  "the recipient is reached in one step: one that has them pass the error on has no second step that only contacts them (%s)",
  (lang) => {
    const passOn = { en: /pass this error on/i, ja: /伝えてもらって/ }[lang];
    const reach = { en: /another way/i, ja: /他の手段/ }[lang];
    const asking = CATALOG.filter((e) => e.fix.some((step) => passOn.test(step[lang])));
    // the rule reads Exchange Online's, the tokens' and the wordings' refusals, not nothing
    expect(ids(asking)).toEqual(
      expect.arrayContaining(["exo-5.7.133-group-external-blocked", "receiver-rule-refused"]),
    );
    const twice = asking.filter((e) =>
      e.fix.some(
        (step) =>
          reach.test(step[lang]) && !passOn.test(step[lang]) && !SEND_AGAIN[lang].test(step[lang]),
      ),
    );
    expect(ids(twice)).toEqual([]);
  },
);

// The h-review2 sample: LashBack's listing (an IP that mailed addresses from unsubscribe lists)
// had the shared block-list step "fix what got it listed (often an infected machine or an open
// relay)", a cause its own entry does not name; Backscatterer's, SpamRATS's and the spam traps'
// the same.
test.each(["en", "ja"] as const)(
  "a block list's lookup step guesses no cause (an infected machine, an open relay) its entry does not name (%s)",
  (lang) => {
    const guess = { en: /infected|open relay/i, ja: /感染|オープン リレー/ }[lang];
    const listed = CATALOG.filter((e) => e.adminFix.includes(YOUR_ADMIN.checkListing));
    // the rule reads the block lists' entries, not nothing
    expect(ids(listed)).toEqual(
      expect.arrayContaining(["lashback-listed", "backscatterer-listed", "spamhaus-zen"]),
    );
    const guessing = listed.filter(
      (e) => !guess.test(e.cause[lang]) && e.adminFix.some((step) => guess.test(step[lang])),
    );
    expect(ids(guessing)).toEqual([]);
  },
);

// The h-review3 sample: every full mailbox (the registry's 5.2.2 and 4.2.2, Exchange's, fifteen
// providers') had the recipient told only that "their mailbox refused your message"; on a delay
// warning, which drops "send it again once they made room", nothing asked them to make room.
test.each(["en", "ja"] as const)(
  "a full mailbox's step to the recipient says it is full and asks for room (%s)",
  (lang) => {
    const says = {
      en: (text: string) => /mailbox is full/.test(text) && /make room/.test(text),
      ja: (text: string) => /いっぱい/.test(text) && /空きを作/.test(text),
    }[lang];
    const full = CATALOG.filter((e) => e.fix.includes(SENDER.resendAfterRoom));
    // the rule reads the full mailboxes of every table, not a few
    expect(ids(full)).toEqual(
      expect.arrayContaining([
        "iana-5.2.2",
        "iana-4.2.2",
        "exs-5.2.2-mailbox-full",
        "gmail-5.2.2-mailbox-full",
      ]),
    );
    const vague = full.filter((e) => !e.fix.some((step) => says(step[lang])));
    expect(ids(vague)).toEqual([]);
  },
);

// The h-review4 sample: the registry's sign-in and encryption codes took subject 7's admin step,
// "check SPF, DKIM and DMARC" (5.7.9, and the lab's 22 refusals "530 5.7.0 Must issue a STARTTLS
// command first" read as 5.7.10), which names nothing the code is about; so did REQUIRETLS
// (5.7.30). The sender's null MX (x.7.27) keeps it: Gmail gives that code to mail whose SPF failed.
test("an entry about the sending account, its sign-in or TLS has no SPF/DKIM/DMARC step for the admin", () => {
  const subject = /\blog ?in\b|password|encrypted connection|\bTLS\b|account used/i;
  const about = CATALOG.filter((e) => subject.test(meaningOf(e)));
  // the rule reads both classes of the registry's codes, not a few
  expect(ids(about)).toEqual(
    expect.arrayContaining(["iana-5.7.8", "iana-5.7.10", "iana-4.7.11", "iana-5.7.30"]),
  );
  const offTopic = about.filter((e) => e.adminFix.includes(ADMIN.checkAuthRecords));
  expect(ids(offTopic)).toEqual([]);
});

test("no step follows 'send it again once their mail works' with another way to send it", () => {
  // Exchange Online's 4.4.7 told the sender to wait for the recipient's word, then to send to
  // fewer recipients; a remote header limit is the admin's to find (h-words58)
  const after = CATALOG.filter((e) => {
    const told = e.fix.indexOf(SENDER.expiredTellRecipient);
    return told >= 0 && e.fix.slice(told + 1).includes(SENDER.split);
  });
  expect(ids(after)).toEqual([]);
});
