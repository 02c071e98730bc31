// Libero / Virgilio's "Invalid Domain" refusal, with its internal server name and code. Sample
// values.
import type { ProviderCase } from "./types";

export const CASES: readonly ProviderCase[] = [
  {
    name: "Invalid Domain at Libero, not the registry's 5.0.0",
    reply: "550 Invalid Domain [smtp-12.iol.local]; LIB_420",
    status: "5.0.0",
    remote: "smtp-in.libero.it",
    recipient: "giulia@libero.it",
    expected: {
      id: "italiaonline-invalid-domain",
      owner: "your-admin",
      temporary: false,
      words: ["DMARC", "Libero"],
      wordsJa: ["DMARC", "Libero"],
    },
  },
  {
    name: "Invalid Domain at Virgilio",
    reply: "550 Invalid Domain [smtp-41.iol.local]; VIR_420",
    status: "5.0.0",
    remote: "mx.virgilio.it",
    recipient: "marco@virgilio.it",
    expected: {
      id: "italiaonline-invalid-domain",
      owner: "your-admin",
      temporary: false,
      words: ["DMARC", "DKIM"],
      wordsJa: ["DMARC", "DKIM"],
    },
  },
  {
    name: "named by its internal server name alone",
    reply: "550 Invalid Domain [smtp-41.iol.local]; VIR_420",
    status: "5.0.0",
    expected: {
      id: "italiaonline-invalid-domain",
      owner: "your-admin",
      temporary: false,
      words: ["Virgilio"],
      wordsJa: ["Virgilio"],
    },
  },
  {
    name: "named by the recipient's domain alone",
    reply: "550 Invalid Domain; LIB_420",
    status: "5.0.0",
    recipient: "giulia@inwind.it",
    expected: {
      id: "italiaonline-invalid-domain",
      owner: "your-admin",
      temporary: false,
      words: ["From"],
      wordsJa: ["From"],
    },
  },
  {
    name: "with a 5.7.1 the sending server added",
    reply: "550 Invalid Domain [smtp-12.iol.local]; LIB_420",
    status: "5.7.1",
    remote: "smtp-in.libero.it",
    expected: {
      id: "italiaonline-invalid-domain",
      owner: "your-admin",
      temporary: false,
      words: ["SPF"],
      wordsJa: ["SPF"],
    },
  },
  {
    name: "the words without the code",
    reply: "550 Invalid Domain [smtp-7.iol.local]",
    status: "5.0.0",
    remote: "smtp-in.libero.it",
    expected: {
      id: "italiaonline-invalid-domain",
      owner: "your-admin",
      temporary: false,
      words: ["DMARC"],
      wordsJa: ["DMARC"],
    },
  },
  {
    name: "negative: an unknown Libero user keeps the registry's 5.1.1",
    reply: "550 5.1.1 <giulia@libero.it>: Recipient address rejected: User unknown",
    status: "5.1.1",
    remote: "smtp-in.libero.it",
    recipient: "giulia@libero.it",
    expected: {
      id: "iana-5.1.1",
      owner: "you",
      temporary: false,
      words: [],
      wordsJa: [],
    },
  },
  {
    name: "negative: another server's 'Invalid Domain' is not Italiaonline's",
    reply: "550 Invalid Domain",
    status: "5.0.0",
    remote: "mx.example.net",
    expected: {
      id: "iana-5.0.0",
      owner: "recipient-admin",
      temporary: false,
      words: [],
      wordsJa: [],
    },
  },
];
