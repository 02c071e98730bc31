// Whom "resend to a corrected address" offers to write to, on every test bounce that returns
// the original's recipients (To, Cc) or the DSN's Original-Recipient: the address the user wrote
// (or its domain corrected), never the address an alias or forward rewrote it to, and never a
// recipient of another card of the same bounce that failed too. On main before this rule it
// failed on both: an alias's target offered (a Postfix DSN's Original-Recipient, 1 file of the
// development set) and other failed recipients kept in the form (20 offers in 15 multi-recipient
// bounces of the sets below). Neither set was used to tune the rule.
import { resendForm, type Diagnosis } from "../../src/core";
import { messageDomains, suggestDomain } from "../../src/core/diagnosis/address";
import { addressKey } from "../../src/core/original/addressees";
import { isMailbox } from "../../src/core/mailbox";
import { diagnoses } from "./test-sets";

/** The addresses the user wrote, as far as the bounce shows them; empty when it shows none. */
function writtenSet(d: Diagnosis, originalRecipient: string | undefined): Set<string> {
  const written = [...(d.original?.to ?? []), ...(d.original?.cc ?? [])];
  if (originalRecipient !== undefined) written.push(originalRecipient);
  return new Set(written.map(addressKey));
}

/** A written address, or one with its domain corrected (`nearby`: the message's other domains). */
function fromWritten(
  address: string,
  written: ReadonlySet<string>,
  nearby: readonly string[],
): boolean {
  const key = addressKey(address);
  if (written.has(key)) return true;
  const at = key.lastIndexOf("@");
  return [...written].some((w) => {
    const wat = w.lastIndexOf("@");
    return (
      w.slice(0, wat) === key.slice(0, at) &&
      suggestDomain(w.slice(wat + 1), nearby) === key.slice(at + 1)
    );
  });
}

/** What is wrong with each resend the set's bounces offer, and how many offers were checked. */
function offers(dir: string): { checked: number; wrong: string[] } {
  let checked = 0;
  const wrong: string[] = [];
  for (const { name, d } of diagnoses(dir)) {
    for (const r of d.recipients) {
      if (!r.explanation.actions.includes("resend-corrected-address")) continue;
      const written = writtenSet(d, r.originalRecipient);
      if (written.size === 0) continue;
      checked += 1;
      const form = resendForm(d, r.address);
      const others = d.recipients
        .filter((o) => o !== r && !["delivered", "relayed", "expanded"].includes(o.action ?? ""))
        .flatMap((o) => [o.address, o.originalRecipient ?? ""])
        .filter((a) => a !== "")
        .map(addressKey);
      for (const a of [...form.to, ...form.cc]) {
        const where = `${name} (${r.address}): ${a}`;
        if (!isMailbox(a)) wrong.push(`${where} is no mailbox`);
        else if (!fromWritten(a, written, messageDomains(d.original)))
          wrong.push(`${where} is not an address the user wrote`);
        else if (others.includes(addressKey(a))) wrong.push(`${where} failed on its own card`);
      }
    }
  }
  return { checked, wrong };
}

// The first two bounce-lab sets offer none to check: their originals go to a list, so no failed
// address there is one the user wrote, and the lab's DMA returns no original. The routing set's
// originals name what the user wrote (its own aliases, lists and rewrites expand it).
describe.each([
  // the development set (a copy of Sisimai's; 88 offers checked), our own fixtures (120), the
  // lab's routing set (43)
  ["corpus/sisimai", 85],
  ["fixtures", 100],
  ["corpus/lab-routes", 40],
  // the recipients set (15: its Bcc, display-name, To and Cc rows)
  ["corpus/lab-recipients", 15],
])("%s", (dir, least) => {
  test("every resend offered goes to the address the user wrote, for that card's recipient alone", () => {
    const { checked, wrong } = offers(dir);
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(least);
  });
});
