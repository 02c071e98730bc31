// Source: fixed sentences of MTAs' own bounce texts (their sources and manuals, as Sisimai's lhost modules list them).
import type { Reason } from "../../types";
import { phraseLookup } from "./marks";

/**
 * Sentences only one MTA writes, lower-case, and the reason each means. They are the MTA's
 * own words about the failure, so they decide when a text report carries one.
 */
const MTA_WORDS: readonly (readonly [string, Reason])[] = [
  // Lotus Domino / Notes, in its localised forms
  ["not listed in domino directory", "userunknown"],
  ["not listed in public name & address book", "userunknown"],
  // "non répertorié ..." and "n'est pas répertorié ..."
  ["répertorié dans l'annuaire domino", "userunknown"],
  ["no se encuentra en el directorio de domino", "userunknown"],
  ["nicht im domino-verzeichnis", "userunknown"],
  ["domino ディレクトリには見つかりません", "userunknown"],
  ["ディレクトリのリストにありません", "userunknown"],
  ["cannot route mail to user", "filtered"],
  ["several matches found in domino directory", "systemerror"],
  ["message has exceeded maximum hop count", "networkerror"],
  // Courier
  ["this domain's dns violates rfc 1035.", "systemerror"],
  ["dns lookup failed.", "networkerror"],
  // Oracle Communications Messaging Server
  ["illegal host/domain name found", "hostunknown"],
  // BIGLOBE
  ["mail delivery failed... user unknown", "filtered"],
  ["the number of messages in recipient's mailbox exceeded the local limit", "mailboxfull"],
  // KDDI (dion.ne.jp)
  ["as their mailbox is full", "mailboxfull"],
  ["due to the following smtp relay error", "norelaying"],
  ["as the remote domain doesnt exist", "hostunknown"],
  // 1&1 (EinsUndEins)
  ["mail size limit exceeded", "mesgtoobig"],
  // Zoho Mail
  ["host not reachable", "expired"],
  // Gmail's own summaries
  ["dns error: could not contact dns servers", "expired"],
  ["delivery to the following recipient has been delayed", "expired"],
];

/** The reason of the first of MTA_WORDS the (lower-case) diagnostic holds. */
export const mtaWordsReason = phraseLookup(MTA_WORDS);
