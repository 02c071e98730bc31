// Messages that report on a recipient without being a delivery failure: ARF feedback reports
// (RFC 5965, and Microsoft's JMRP layout without the report part) and RFC 3834 auto-replies.
import type { BounceSource, DecodedRecipient, HeaderField } from "../dialects/types";
import { headerValue } from "../mime/headers";
import { addressesIn } from "../dialects/common/text-addresses";
import { STOPPED_SUBJECT, looksLikeBounce } from "./signs";
import type { Evidence } from "../types";

/** JMRP reports carry the complained-about recipient in this field of the attached original. */
const JMRP_RECIPIENT = "x-hmxmroriginalrecipient";

function recipient(address: string, evidence: Evidence): DecodedRecipient {
  return { address, evidence: [evidence] };
}

/** Recipients of a feedback report, or undefined when the message is not one. */
export function feedbackRecipients(src: BounceSource): DecodedRecipient[] | undefined {
  const report = src.feedbackReport;
  const original = src.originalHeaders ?? [];
  const jmrp = headerValue(original, JMRP_RECIPIENT);
  if (!report && !jmrp) return undefined;
  const fromReport = (report ?? []).filter(
    (f) => f.name === "original-rcpt-to" || f.name === "removal-recipient",
  );
  if (fromReport.length > 0) {
    return fromReport.flatMap((f) =>
      addressesIn(f.value).map((a) =>
        recipient(a, { fact: "address", source: "attachment", field: f.name, text: f.value }),
      ),
    );
  }
  // Without a named recipient, the original's To; failing that, the report's own addressee.
  const candidates: (HeaderField | undefined)[] = [
    jmrp ? { name: JMRP_RECIPIENT, value: jmrp } : undefined,
    original.find((h) => h.name === "to"),
    src.headers.find((h) => h.name === "to"),
  ];
  const field = candidates.find((c) => c !== undefined && addressesIn(c.value).length > 0);
  const addresses = field ? addressesIn(field.value) : [];
  return addresses.map((a) =>
    recipient(a, {
      fact: "address",
      source: "attachment",
      field: field?.name ?? "to",
      text: field?.value ?? a,
    }),
  );
}

const AUTO_REPLY_SUBJECT =
  /^(auto(matic)?[ -]?(reply|response|antwort)|autoreply|out of (the )?office|away from|vacation|abwesenheit|absence|réponse automatique|respuesta automática|risposta automatica|自動応答|自動返信|不在)/i;

/** The absent person of an RFC 3834 auto-reply, or undefined when the message is not one. */
export function autoReplyRecipient(src: BounceSource): DecodedRecipient | undefined {
  const submitted = headerValue(src.headers, "auto-submitted") ?? "";
  const flagged =
    /auto-replied/i.test(submitted) ||
    headerValue(src.headers, "x-autoreply") !== undefined ||
    /^auto[_-]?reply$/i.test(headerValue(src.headers, "precedence") ?? "") ||
    AUTO_REPLY_SUBJECT.test(src.subject.trim());
  if (!flagged || looksLikeBounce(src.headers) || STOPPED_SUBJECT.test(src.subject)) {
    return undefined;
  }
  const address = addressesIn(src.from)[0];
  if (!address) return undefined;
  return recipient(address, { fact: "address", source: "header", field: "From", text: src.from });
}
