// The fifty-ninth round of the words (December 2026), a random held-out sample of issue threads and
// help pages (the rule, set and scoring script are in /work/wt/h-words59-set, outside the
// repository). One class was fixed: Exchange Online's own errors for a destination server that
// answers with an error or drops the connection, from Microsoft Learn's "Mail flow intelligence in
// EOP" (4.4.317 "Cannot connect to remote server", 4.4.318 "Connection was closed abruptly"), and
// the give-up of the first, 5.4.317, as a Server Fault question quotes it. A bare 4.4.317 was read as
// an untrusted certificate chain, its give-up as a plain expiry, and 4.4.318 as nobody's delay.
// Plain variants of each class follow the real replies; the certificate cases keep their entries.
import type { ProviderCase } from "./types";

const CANNOT_CONNECT = {
  id: "exo-4.4.317-cannot-connect",
  owner: "recipient-admin",
  temporary: true,
  words: ["Microsoft 365", "answered with an error"],
  wordsJa: ["Microsoft 365", "エラーを返した"],
} as const;
const GAVE_UP = {
  id: "exo-5.4.317-expired-cannot-connect",
  owner: "recipient-admin",
  temporary: false,
  words: ["gave up", "answered with an error"],
  wordsJa: ["あきらめました", "エラーを返した"],
} as const;
const CLOSED = {
  id: "exo-4.4.318-connection-closed",
  owner: "recipient-admin",
  temporary: true,
  words: ["broke off", "firewall"],
  wordsJa: ["接続が配信の途中で切れました", "ファイアウォール"],
} as const;
const EXO = "BN7NAM10FT066.eop-nam10.prod.protection.outlook.com";

export const CASES: readonly ProviderCase[] = [
  // https://snapoverflow.com/server/question/1091875/why-does-outlook-only-connect-to-my-server-but-not-send-any-email
  {
    name: "r59-01: 550 5.4.317 Message expired, cannot connect to remote server(451 4.4.0 Socket error",
    reply:
      "550 5.4.317 Message expired, cannot connect to remote server(451 4.4.0 Socket error SocketError)",
    status: "5.4.317",
    remote: EXO,
    expected: GAVE_UP,
  },
  {
    name: "r59-01 variant: the give-up with no inner answer",
    reply: "550 5.4.317 Message expired, cannot connect to remote server",
    status: "5.4.317",
    expected: GAVE_UP,
  },
  {
    name: "r59-01 variant: the give-up under 554 with Exchange Online's server name",
    reply:
      "554 5.4.317 Message expired, cannot connect to remote server [BN7NAM10FT066.eop-nam10.prod.protection.outlook.com]",
    status: "5.4.317",
    expected: GAVE_UP,
  },
  // https://learn.microsoft.com/en-us/defender-office-365/connectors-mail-flow-intelligence
  {
    name: "r59-02: 450 4.4.317 Cannot connect to remote server",
    reply: "450 4.4.317 Cannot connect to remote server",
    status: "4.4.317",
    remote: EXO,
    expected: CANNOT_CONNECT,
  },
  {
    name: "r59-02 variant: with Exchange Online's server name after it",
    reply:
      "450 4.4.317 Cannot connect to remote server [BN7NAM10FT066.eop-nam10.prod.protection.outlook.com]",
    status: "4.4.317",
    expected: CANNOT_CONNECT,
  },
  {
    name: "r59-02 variant: TLS required by the connector, not offered",
    reply:
      "450 4.4.317 Cannot connect to remote server [Message=TlsNotSupported] [LastAttemptedServerName=mail.fabrikam.example]",
    status: "4.4.317",
    expected: CANNOT_CONNECT,
  },
  {
    name: "r59-03: 450 4.4.318 Connection was closed abruptly",
    reply: "450 4.4.318 Connection was closed abruptly",
    status: "4.4.318",
    remote: EXO,
    expected: CLOSED,
  },
  {
    name: "r59-03 variant: with the socket error and the last server tried",
    reply:
      "450 4.4.318 Connection was closed abruptly [Message=SocketError] [LastAttemptedServerName=mail.fabrikam.example]",
    status: "4.4.318",
    expected: CLOSED,
  },
  {
    name: "r59-03 variant: under 451, no host",
    reply: "451 4.4.318 Connection was closed abruptly",
    status: "4.4.318",
    expected: CLOSED,
  },
];
