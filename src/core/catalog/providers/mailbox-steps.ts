// Steps that the mailbox providers' tables (Yahoo, iCloud, Zoho, GMX / WEB.DE / IONOS, the Japanese
// carriers) share for the same kind of meaning, in our own words; {provider} is the receiver's name.
import { SENDER } from "../steps";
import { t } from "../types";

export const MAILBOX = {
  /** The address is gone or turned off: only the recipient can give a working one. */
  askCurrentAddress: SENDER.askCurrentAddress,
  /** The same step as the catalog's own (../steps.ts). */
  resendAfterRoom: SENDER.resendAfterRoom,
  /** The same step as the catalog's own: the recipient is told their mailbox is full. */
  tellMailboxFull: SENDER.tellMailboxFull,
  /** For the sender's admin, after a missing or closed address. */
  dropFromLists: t(
    "For mailing lists: remove the address so that it is not tried again; repeated sends to missing addresses lower your server's standing with {provider}.",
    "メーリング リストの場合: 今後送られないよう、この宛先をリストから外してください。存在しない宛先への送信を繰り返すと、{provider} での送信サーバーの評価が下がります。",
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
  /** The recipient's own block list holds the sender: nothing for an admin to change. */
  recipientsOwnList: t(
    "Nothing to change on the sending side: the block is the recipient's own setting, and only they (or their mail admin) can remove your address from it.",
    "送信側で変える設定はありません。ブロックは受信者自身の設定で、あなたのアドレスを外せるのは受信者 (またはそのメール管理者) だけです。",
  ),
} as const;

/** The Japanese carriers' reception filters belong to the recipient; the spoofing check reads SPF. */
export const CARRIER = {
  allowSender: t(
    "Ask the recipient (by phone or a message) to add your address or your domain ({domain}) to the allowed senders in their carrier mail settings, then send again. Carrier phones often refuse mail from computers or from domains they have not allowed.",
    "受信者に電話やメッセージで連絡し、携帯電話会社のメール設定 (迷惑メール対策) で、あなたのアドレスまたはドメイン ({domain}) を受信リストに登録してもらってから送り直してください。携帯電話では、パソコンからのメールや、許可していないドメインからのメールを拒否する設定になっていることがよくあります。",
  ),
  spoofCheck: t(
    "If the recipient already allows {domain}: check that its SPF record lists every server that sends for it (the carriers' spoofing filters check the envelope and From domains against SPF), and add DKIM and DMARC.",
    "受信者がすでに {domain} を許可している場合: SPF レコードに、このドメインのメールを送るすべてのサーバーが含まれているか確認してください (携帯電話会社のなりすまし判定は、エンベロープと From のドメインを SPF で確認します)。DKIM と DMARC も設定してください。",
  ),
} as const;
