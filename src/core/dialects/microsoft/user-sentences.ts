// Exchange's sentence for the user, written over each recipient above the administrators'
// section: the only words of a notice pasted without that section, and each says one reason.
// Sources: Exchange's NDR templates as the sets hold them (2007/2010 "The recipient's e-mail
// address was not found in the recipient's e-mail system", 2013 and later "The email address you
// entered couldn't be found", their German and Japanese forms; Microsoft's "Email non-delivery
// reports in Exchange Online" for the others).
import { Marks } from "../common/marks";
import type { Reason } from "../../types";

/** Each reason's sentences, lower-case; the first to match wins. */
const USER_SENTENCES: readonly (readonly [Reason, Marks])[] = [
  [
    "userunknown",
    new Marks([
      "address you entered couldn't be found",
      "address was not found in the recipient's e-mail system",
      "adresse des empfängers wurde im e-mail-system des empfängers nicht gefunden",
      "e-mail-adresse wurde nicht gefunden",
      "入力したメール アドレスが見つかりませんでした",
    ]),
  ],
  ["hostunknown", new Marks(["domain of this address could not be found"])],
  ["mesgtoobig", new Marks(["message is larger than this recipient accepts"])],
  ["mailboxfull", new Marks(["mailbox is full and can't accept messages"])],
  // the 4.4.7 report's: the server gave up after its retries
  ["expired", new Marks(["without success, and has stopped trying"])],
];

/** The reason Exchange's sentence for the user says, if it is one of these. */
export function userSentenceReason(words: string): Reason | undefined {
  const lower = words.toLowerCase();
  return USER_SENTENCES.find(([, marks]) => marks.in(lower))?.[0];
}
