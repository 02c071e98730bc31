// The human-readable part of an Exchange NDR ("Delivery has failed to these recipients or groups",
// "Remote Server returned '...'"), in English or Japanese: one builder for the seed-row fixtures
// and the provider cases' Exchange Online wrapping.

export interface ExchangeText {
  readonly lang: "en" | "ja";
  readonly delayed: boolean;
  readonly recipient: string;
  /** The Exchange server that wrote the NDR. */
  readonly generatingServer: string;
  /** The server that refused, when the NDR names one. */
  readonly receivingServer?: string;
  /** The remote server's reply, as quoted after "Remote Server returned". */
  readonly reply: string;
}

const WORDS = {
  en: {
    failed: "Delivery has failed to these recipients or groups:",
    delayed: "Delivery is delayed to these recipients or groups:",
    failedNote: "Your message couldn't be delivered. The error the server returned is shown below.",
    delayedNote:
      "Your message hasn't been delivered yet. The server will keep trying to deliver it.",
    admin: "Diagnostic information for administrators:",
    generating: "Generating server:",
    receiving: "Receiving server:",
  },
  ja: {
    failed: "次の受信者またはグループへの配信に失敗しました:",
    delayed: "次の受信者またはグループへの配信が遅れています:",
    failedNote: "メッセージを配信できませんでした。サーバーが返したエラーは以下のとおりです。",
    delayedNote: "メッセージはまだ配信されていません。サーバーは引き続き配信を試みます。",
    admin: "管理者向けの診断情報:",
    generating: "生成サーバー:",
    receiving: "受信サーバー:",
  },
} as const;

/** CRLF line ends, as in a message. */
export function exchangeText(x: ExchangeText): string {
  const w = WORDS[x.lang];
  return [
    x.delayed ? w.delayed : w.failed,
    "",
    x.recipient,
    x.delayed ? w.delayedNote : w.failedNote,
    "",
    w.admin,
    "",
    `${w.generating} ${x.generatingServer}`,
    ...(x.receivingServer !== undefined && x.receivingServer !== ""
      ? [`${w.receiving} ${x.receivingServer}`]
      : []),
    "",
    x.recipient,
    `Remote Server returned '${x.reply}'`,
    "",
  ].join("\r\n");
}

/** An RFC 2047 encoded word (UTF-8, base64) for a header. */
export function encodeWord(text: string): string {
  return `=?UTF-8?B?${Buffer.from(text, "utf8").toString("base64")}?=`;
}
