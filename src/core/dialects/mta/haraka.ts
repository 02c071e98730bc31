// Haraka (the Node.js MTA): its bounce template ("This is the Haraka Mailer program at ...",
// "Intended Recipients: <a>, <b>", "Failure Reason: Error: ...", then a line per refused recipient,
// "<a>: 550 5.1.1 ...") beside a DSN part, and the same template's HTML part ("A problem has
// occurred when trying to deliver your mail to <a>", "Reaction of the server:", "Error: ..."),
// which is what a person pastes. "Too many failures (...)" is its give-up after temporary
// failures: it turns the last reply's status 4.X.Y into 5.X.Y in the DSN, or, when no server
// answered, gives a status of its own ("Tried all MXs" 5.1.2, "DNS lookup failure" 5.1.0).
import type { BounceSource, DecodedRecipient, Dialect, DsnRecipient } from "../types";
import { headerValue } from "../../mime/headers";
import { decodedBy } from "../common/decoded";
import { recipientFromLines } from "../common/text-bounce";
import { addressesIn } from "../common/text-addresses";
import { textLines } from "../common/text-lines";

/** Its template's own words, as written: a plain search spares the lower-cased text's cost. */
const SIGNATURE = "This is the Haraka Mailer program";
const INTENDED = "intended recipients:";
const FAILURE = /^Failure Reason:\s{0,4}(?:Error:\s{0,4})?(.{1,2000})$/;
/** Its HTML part's opening sentence and heading, which a person pastes without the text part. */
const HTML_SIGNATURE = "A problem has occurred when trying to deliver your mail to";
const HTML_REACTION = "Reaction of the server:";
const HTML_FAILURE = /^(?:Error:\s{0,4})?(.{1,2000})$/;
const GAVE_UP = /^Too many failures \((.{1,2000})\)$/;
/** Reporting words before a remote reply in the failure ("Upstream error: 421 4.7.28 ..."). */
const UPSTREAM = /^Upstream error:\s{0,4}/;
const FIELD = "Haraka report";

/**
 * Its words for giving up with no reply from any server, in its DSN's Status comment when the
 * template is missing ("Status: 5.1.2 (550 Tried all MXs example.com)"): `haraka -i` sets up a
 * folder without the package's templates, and the bounce is then its DSN alone. Code and status
 * are its own.
 */
const OWN_GIVE_UP = /\((?:[45]\d\d )?((?:Tried all MXs|DNS lookup failure)\b[^()]{0,300})\)/;

function ownGiveUp(block: DsnRecipient): string | undefined {
  return block.diagnosticCode
    ? undefined
    : OWN_GIVE_UP.exec(headerValue(block.fields, "status") ?? "")?.[1];
}

/** The DSN alone (no template): the blocks whose Status comment says Haraka gave up. */
function fromDsnAlone(src: BounceSource): ReturnType<Dialect["decode"]> {
  const recipients = (src.deliveryStatus?.recipients ?? []).flatMap((block) => {
    const words = ownGiveUp(block);
    const address = block.finalRecipient;
    return words && address ? [recipientFromLines(address, [words], "Status", "expired")] : [];
  });
  return decodedBy(recipients, "dsn", "Status", "Haraka's own give-up");
}

/** The template's recipients and failure: its text part's, else its HTML part's as shown. */
function templateFacts(
  lines: readonly string[],
): { readonly addresses: readonly string[]; readonly failure: string } | undefined {
  const at = lines.findIndex((l) => l.toLowerCase().startsWith(INTENDED));
  if (at >= 0) {
    const addresses = addressesIn((lines[at] as string).slice(INTENDED.length));
    return { addresses, failure: FAILURE.exec((lines[at + 1] ?? "").trim())?.[1]?.trim() ?? "" };
  }
  // the HTML part, pasted as shown: the addresses in its opening sentence, the failure on the
  // first line under "Reaction of the server:"
  const opening = lines.findIndex((l) => l.includes(HTML_SIGNATURE));
  if (opening < 0) return undefined;
  const addresses = addressesIn((lines[opening] as string).split(HTML_SIGNATURE)[1] ?? "");
  const reaction = lines.findIndex((l, i) => i > opening && l.trim() === HTML_REACTION);
  const said = reaction < 0 ? undefined : lines.slice(reaction + 1).find((l) => l.trim() !== "");
  return { addresses, failure: HTML_FAILURE.exec(said?.trim() ?? "")?.[1]?.trim() ?? "" };
}

function decode(src: BounceSource): ReturnType<Dialect["decode"]> {
  const { lines } = textLines(src);
  const facts = templateFacts(lines);
  if (!facts) return fromDsnAlone(src);
  const { addresses, failure } = facts;
  const gaveUp = GAVE_UP.exec(failure)?.[1];
  const cause = (gaveUp ?? failure).replace(UPSTREAM, "");
  const recipients = addresses.map((address): DecodedRecipient => {
    // its own line ("<a>: 550 5.1.1 ..."), else the failure: a reply, Haraka's own words, or
    // only "Some recipients failed: <a>, <b>" (recipients it split off, their replies lost)
    const prefix = `<${address.toLowerCase()}>:`;
    const own = lines.find((l) => l.toLowerCase().startsWith(prefix))?.slice(prefix.length);
    const said = own?.trim() || cause;
    const r = recipientFromLines(
      address,
      said ? [said] : [],
      FIELD,
      gaveUp ? "expired" : undefined,
    );
    // After giving up, the reply's own status is the remote answer behind Haraka's 5.X.Y.
    return gaveUp && r.status ? { ...r, preciseStatus: true } : r;
  });
  return decodedBy(recipients, "body", FIELD, failure || "Haraka bounce");
}

export const haraka: Dialect = {
  id: "haraka",
  detect: (src) =>
    src.text.includes(SIGNATURE) ||
    src.text.includes(HTML_SIGNATURE) ||
    (src.text.trim() === "" && (src.deliveryStatus?.recipients ?? []).some((b) => ownGiveUp(b))),
  decode,
};
