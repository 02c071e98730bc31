// Source: Italiaonline's mail (Libero, Virgilio: one platform, its servers named *.iol.local in
// its replies) and its "550 Invalid Domain [smtp-NN.iol.local]; LIB_420 / VIR_420" refusal as
// senders met it and deliverability experts read it (suped.com on the Email Geeks discussion of
// June 2020: a domain of the transaction or of the message's authentication judged invalid, most
// often the From domain failing DMARC alignment when a sending service signs with its own domain);
// Libero's and Virgilio's help on delivery reports (aiuto.libero.it, aiuto.virgilio.it) for the
// rest. The explanations are our own words.
import { t } from "../types";
import { YOU, YOUR_ADMIN } from "./steps";
import type { ProviderCatalog } from "./types";

export const italiaonline: ProviderCatalog = {
  provider: {
    id: "italiaonline",
    name: "Libero / Virgilio (Italiaonline)",
    page: "https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email",
    hosts: [".libero.it", ".virgilio.it", ".iol.it", ".iol.local"],
    markers: ["iol.local"],
    domains: ["libero.it", "virgilio.it", "inwind.it", "iol.it", "blu.it", "giallo.it"],
    kind: "receiver",
  },
  entries: [
    {
      id: "italiaonline-invalid-domain",
      ownRecordsCause: true,
      code: "",
      texts: ["Invalid Domain"],
      markers: ["lib_420", "vir_420"],
      reasons: ["rejected", "authfailure", "policyviolation", "blocked"],
      temporary: false,
      owner: "your-admin",
      summary: t(
        "Libero / Virgilio refused the message because a domain of it did not pass their checks: most often the From domain[[ ({domain})]], whose DMARC record the message's SPF and DKIM did not satisfy.",
        "メッセージのドメインが Libero / Virgilio の検査に合格しなかったため、メッセージは拒否されました。多くの場合は From のドメイン[[ ({domain}) ]]で、メッセージの SPF と DKIM がその DMARC レコードの条件を満たしていませんでした。",
      ),
      cause: t(
        "Italiaonline checks the domains of the envelope and of the From address (DNS, SPF, DKIM, DMARC) and enforces DMARC strictly. Mail a sending service sends in your domain's name, signed with the service's own domain instead of yours, fails the alignment and is refused with these words, which name no domain.",
        "Italiaonline は、エンベロープと From アドレスのドメイン (DNS・SPF・DKIM・DMARC) を検査し、DMARC を厳格に適用します。送信サービスがあなたのドメイン名で送るメールが、あなたのドメインではなくサービス自身のドメインで署名されていると、一致の条件を満たせずこの文言で拒否されます。この文言はドメインを示しません。",
      ),
      fix: [YOU.forwardToAdmin],
      adminFix: [YOUR_ADMIN.checkDmarc, YOUR_ADMIN.checkDkim],
      actions: ["check-spf-dkim-dmarc", "contact-your-admin"],
    },
  ],
};
