// Steps that the mailbox providers' tables (Yahoo, iCloud, Zoho, GMX / WEB.DE / IONOS, the Japanese
// carriers) share for the same kind of meaning, in our own words; {provider} is the receiver's name.
import { t } from "../types";

export const MAILBOX = {
  /** The address is gone or turned off: only the recipient can give a working one. */
  askCurrentAddress: t(
    "Ask the recipient, by phone or another address, which address they use now.",
    "電話や別のアドレスで受信者に連絡し、現在使っているアドレスを確認してください。",
  ),
  /** A full mailbox: the message can go again once its owner made room. */
  resendAfterRoom: t(
    "Send the message again once the recipient has made room.",
    "受信者が空きを作ってから送り直してください。",
  ),
  /** For the sender's admin, after a missing or closed address. */
  dropFromLists: t(
    "For mailing lists: remove the address so that it is not tried again; repeated sends to missing addresses lower your server's standing with {provider}.",
    "メーリングリストの場合: 再送されないよう、この宛先をリストから外してください。存在しない宛先への送信を繰り返すと、{provider} での送信サーバーの評価が下がります。",
  ),
  /** One mailbox receives too fast: the sender can only space the messages out. */
  spaceOut: t(
    "If you send many messages to this same address, space them out.",
    "同じアドレスに多数のメールを送っている場合は、送信の間隔を空けてください。",
  ),
  /** The receiver was busy: only a persistent case needs the admin. */
  fewerConnections: t(
    "If it lasts for hours, lower the number of parallel connections and messages per connection to {provider}.",
    "何時間も続く場合は、{provider} への同時接続数と 1 接続あたりのメッセージ数を減らしてください。",
  ),
} as const;
