// The Japanese texts read as one product: the glossary's terms, one register (です/ます, steps as
// 〜してください) and one punctuation and spacing convention (README, "Japanese texts"). Every
// Japanese string literal of the explanation files is checked, so a new table or label keeps them.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { CATALOG } from "../../src/core/catalog/index";
import { fillText } from "../../src/core/diagnosis/fill";

const ROOT = join(__dirname, "../..");
const FOLDERS = ["src/core/catalog", "src/core/catalog/providers", "src/core/diagnosis"];
// (the evidence labels moved out of the pane's strings, which the pane and the help-desk summary share)
const FILES = [
  "src/cli/labels.ts",
  "src/cli/summary.ts",
  "src/taskpane/strings.ts",
  "src/core/evidence-labels.ts",
];

const KANA_KANJI = "\\u3041-\\u3096\\u30a1-\\u30fa\\u30fc\\u4e00-\\u9fff";
const JAPANESE = new RegExp(`[${KANA_KANJI}]`);
/** Japanese next to a Latin letter or digit with no space: checked on literals and composed texts. */
const LATIN_UNSPACED = new RegExp(`[${KANA_KANJI}][A-Za-z0-9]|[A-Za-z0-9][${KANA_KANJI}]`);

/** A rule: what is wrong, and the form to write instead. */
const RULES: readonly (readonly [RegExp, string])[] = [
  // Punctuation and spacing.
  [/[，．]/, "、 and 。, not ， or ．"],
  [/[（）：；]/, "half-width ( ) : ; with a space before the (, as Microsoft writes them"],
  [/[Ａ-Ｚａ-ｚ０-９]/, "half-width letters and digits"],
  // A count is a digit and a space, as 1 時間 and 30 分 are: the Bcc step's 二通目 stood out.
  [
    /[二三四五六七八九十]+(?:通|件|回|人|台|日|時間|か月)/,
    "digits for a count: 2 通目, not 二通目",
  ],
  [/(SPF|DKIM|DMARC)、(SPF|DKIM|DMARC)/, "short noun lists with ・: SPF・DKIM・DMARC"],
  [new RegExp(`[${KANA_KANJI}]\\(|\\)[${KANA_KANJI}]`), "a space around ( ): 受信者 (To) の"],
  [new RegExp(`[${KANA_KANJI}][?!]`), "full-width ？ and ！ after Japanese"],
  [LATIN_UNSPACED, "a space between Japanese and Latin letters or digits"],
  [
    /メーリングリスト|メールアドレス|メールサーバー|メールアプリ|(?<!迷惑)メールフィルター|ブロックリスト/,
    "a space between katakana words: メーリング リスト, メール アドレス, ブロック リスト",
  ],
  // An optional part is dropped whole when its fact is unknown: a space after it would stay
  // before the particle ("あなたのサーバー の IP アドレス"), so the space goes inside.
  [
    new RegExp(`\\]\\] [${KANA_KANJI}]`),
    "the space inside the optional part: サーバー[[ ({ip}) ]]の, not サーバー[[ ({ip})]] の",
  ],
  // A closing ) inside the optional part needs the space there too, or it meets the particle.
  [
    new RegExp(`\\)\\]\\][${KANA_KANJI}]`),
    "the space inside the optional part: 上限[[ ({limit}) ]]に, not 上限[[ ({limit})]]に",
  ],
  // Dropped, an optional part leaves the words either side of it together: "IP[[ ({ip}) ]]が"
  // reads IPが when the bounce gives no address, so a Latin word keeps its space outside.
  [
    new RegExp(
      `[A-Za-z0-9]\\[\\[[^\\]]*\\]\\][${KANA_KANJI}]|[${KANA_KANJI}]\\[\\[[^\\]]*\\]\\][A-Za-z0-9]`,
    ),
    "the space outside the optional part after a Latin word: IP [[({ip}) ]]が, not IP[[ ({ip}) ]]が",
  ],
  // Filled, an optional part that ends in a Japanese word and a space leaves that space before
  // the next Japanese word: "[[{listPage} で ]]検索し" read "https://admin.uribl.com/ で 検索し".
  [
    new RegExp(
      `[\\u3041-\\u3096\\u4e00-\\u9fff] \\]\\][${KANA_KANJI}]|[${KANA_KANJI}] \\]\\][\\u3041-\\u3096\\u4e00-\\u9fff]`,
    ),
    "no space at an optional part's end between Japanese words: [[{page} で]]検索し, not [[{page} で ]]検索し",
  ],
  [
    /サーバ(?!ー)|ユーザ(?!ー)|フォルダ(?!ー)/,
    "サーバー, ユーザー, フォルダー (Microsoft's long vowel)",
  ],
  // Register.
  [/だ。|である。|であった。|のだ|だろう/, "です/ます, not だ/である"],
  [/下さい|お試し|ご確認|ご利用/, "〜してください, without honorific prefixes"],
  // One term per concept.
  [
    /スパム(?!対策| トラップ| フィルター)/,
    "迷惑メール (スパム only in スパム対策, スパム トラップ, 送信スパム フィルター)",
  ],
  [/ブラックリスト/, "ブロック リスト"],
  [/送信拒否リスト/, "受信拒否リスト (a list of blocked senders, as Outlook names it)"],
  [/送信先/, "宛先 (the address a message is sent to)"],
  [
    /受信サーバー|受信側サーバー|送信側サーバー/,
    "受信側のサーバー, 送信側のサーバー (or 送信サーバー)",
  ],
  [/受信ドメイン|受信者のドメイン/, "受信側のドメイン (or 宛先のドメイン)"],
  [
    /受信者側|受信者の組織|受信者の(メール)?管理者|受信者の(メール )?サーバー|相手側|相手先|相手サーバー|相手の(メール )?管理者|先方|宛先側|宛先の組織/,
    "受信側 (the recipient's side: its organization, servers, admin)",
  ],
  [/担当者|IT 部門/, "管理者 (or ヘルプデスク)"],
  [
    /(?<!信頼できる|元の)差出人(?! \(From\))/,
    "送信者 (差出人 only for the From field: 差出人 (From))",
  ],
  [/電子メール/, "メール"],
  // The From field is 差出人 (From) in Outlook; "送信者 (From) アドレス" named it as the sender.
  [/送信者 \(From\)/, "差出人 (From) for the From field, as Outlook names it"],
  // 自社 is a named company's own ("Proofpoint は自社の…"); the user's is 自組織 or あなたの.
  [/自社(?:専用|サイト)/, "自組織 or あなたの for the user's own (自社 is a named company's own)"],
  // Allowing a sender is 許可リスト in Microsoft's pages (Google's own reply words may differ).
  [/ホワイトリスト(?:に|へ|への)?登録/, "許可リストに登録 (Microsoft's term), not ホワイトリスト"],
  [/再送(?!信)/, "送り直す (you send again) or 再試行 (the server retries)"],
  [/もう一度送/, "送り直す (you send again)"],
  [/来直/, "接続し直す or 再試行 (a server comes back)"],
  // (either order: "送信サーバーに別の配信で送り直すよう求めました" too)
  [
    /(?:後で送る|送り直す)よう[^。]{0,20}サーバーに求め|サーバーに[^。]{0,20}(?:後で送る|送り直す)よう求め/,
    "再試行するよう求めました (a server asked to try again; 送り直す is the user's)",
  ],
  [
    /メール ?(?:ソフト|プログラム)/,
    "メール アプリ (the email program, as Microsoft's Japanese pages name it)",
  ],
  [/諦め/, "あきらめる"],
  [/恒久/, "永続的 (a permanent error)"],
  [/侵害/, "乗っ取られた (a compromised account or host)"],
  [/評判/, "評価 (reputation)"],
  [/グレイ|グレーリスト(?!ィング)/, "グレーリスティング"],
  [/バウンス|返送メール/, "配信エラー or 配信不能レポート (NDR)"],
  [/リターン ?パス|返信先/, "エンベロープ送信者 (Return-Path) or 返送先 (返信先 is Reply-To)"],
  [/満杯/, "いっぱい"],
  // 自組織 is the user's own organization throughout; a recipient's is 受信側の組織.
  [/自組織内/, "受信側の組織内 for the recipient's organization (自組織 is always the user's)"],
  // A server answers (応答); a person or an automatic reply answers a message (返信).
  [
    /(?:同じ|別の|前の)返信|この返信(?:で|より)|返信(?:に書か|をします)/,
    "応答 (a server's SMTP reply; 返信 is a person's or an automatic reply)",
  ],
  [/返答/, "応答 (a server's SMTP reply), not 返答"],
  // "サーバーがこのように答えるのは", "と答え": a server's reply is 応答 in the verb too.
  [/(?:と|で|こう|ように)答え/, "応答する (a server answers; a list lookup 返す), not 答える"],
  // A forwarder passes a message on; "送り直した転送サービス" read as a resend.
  [
    /転送[^。]{0,20}送り直し|送り直した転送/,
    "転送する (a forwarder passes a message on; 送り直す is the user's)",
  ],
  // Signing in to a mail server is サインイン, as Outlook's account settings say; ログイン stays for
  // a Web page's login and Postfix's 送信者ログイン maps.
  [
    /(?:SMTP|smtp|送信サーバー|サーバー(?:に|へ))[^。]{0,20}(?<!送信者)ログイン|(?<!送信者)ログイン[^。]{0,20}(?:SMTP|認証)/,
    "サインイン (signing in to a mail server, SMTP 認証), not ログイン",
  ],
  // A service sending as the user's domain "from 自社のサーバー" reads as the user's company's.
  [/名(?:義|前)で自社/, "そのサービス自身のサーバー (a sending service's own), not 自社のサーバー"],
  // A step is read by the one it names: "管理者が…してください" asks the reader to make the admin
  // (and "受信者 (または管理者) が…してください" the recipient and their admin); so does a domain's
  // or a rule's owner ("{recipientDomain} の所有者が…作成してください", Cloudflare's two admin steps).
  [
    /(?:管理者|所有者)\)? ?が[^。]*てください/,
    "管理者は…してください (the step speaks to them) or 管理者が…する必要があります",
  ],
  // (in the next sentence too: "…のどちらかに合格することを求めています。どちらにも成功しませんでした")
  [
    /(?:SPF|DKIM|DMARC)[\s\S]{0,80}(?:に|も)成功し/,
    "合格する (SPF・DKIM・DMARC pass; they fail: 失敗する, 不合格), not 成功する",
  ],
  // A message passes or fails an SPF, DKIM or DMARC check: 検査 ("DMARC 検査に合格せず"), as the
  // other tables write it; Sophos's and OpenDMARC's texts had 確認 ("SPF の確認に失敗").
  [
    /(?:SPF|DKIM|DMARC|示された)(?: の)?確認に(?:[^。]{0,12})?(?:失敗|合格)/,
    "検査 for an SPF, DKIM or DMARC check a message passes or fails (DMARC 検査に失敗), not 確認",
  ],
  [/デバイス/, "機器 (a device: a phone, a printer, a scanner)"],
  // A header RFC 5322 allows once: "1 つだけのはずのヘッダーが 2 つある" read as what one expects.
  [
    /だけのはずのヘッダー|ヘッダー[^。]{0,40}を 2 回書/,
    "1 つしか入れられないヘッダー…が重複している (RFC 5322's once-only headers)",
  ],
  [/宛(?![て先])/, "宛て (宛てのメール), not 宛の"],
  [/メール マガジン/, "メールマガジン (one word, as Japanese senders write it)"],
  [
    /1 つの送信者(?!アドレス|ドメイン)/,
    "1 人の送信者 (a person) or 1 つの送信元 (a server, an IP)",
  ],
];

function sourceFiles(): string[] {
  const inFolders = FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder))
      .filter((name) => name.endsWith(".ts"))
      .map((name) => `${folder}/${name}`),
  );
  return [...inFolders, ...FILES];
}

/** Every string or template literal holding Japanese, with where it is. */
function japaneseLiterals(): [string, string][] {
  const found: [string, string][] = [];
  for (const file of sourceFiles()) {
    const text = readFileSync(join(ROOT, file), "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node)) {
        const literal = node.getText(source).slice(1, -1);
        if (JAPANESE.test(literal)) {
          const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
          found.push([`${file}:${line}`, literal]);
        }
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

const LITERALS = japaneseLiterals();

/** Texts as a read-through found them, each with the rule that now stops it. */
const CAUGHT: readonly (readonly [string, string])[] = [
  [
    "メール プログラムから送った場合は、送信サーバーの認証 (「送信サーバーは認証が必要」) をアカウントのユーザー名とパスワードで有効にしてから、送り直してください。",
    "メール アプリ (the email program, as Microsoft's Japanese pages name it)",
  ],
  [
    "正しいアドレスに直し、その宛先だけに送り直してください (ほかの受信者に二通目が届かないようにするためです)。",
    "digits for a count: 2 通目, not 二通目",
  ],
  [
    "送信サーバーに別の配信で送り直すよう求めました。",
    "再試行するよう求めました (a server asked to try again; 送り直す is the user's)",
  ],
  [
    "返答に書かれたリンクを (署名の中も) 探してください。",
    "応答 (a server's SMTP reply), not 返答",
  ],
  [
    "Gmail は SPF か DKIM のどちらかに合格することを求めています。このメッセージはどちらにも成功しませんでした。",
    "合格する (SPF・DKIM・DMARC pass; they fail: 失敗する, 不合格), not 成功する",
  ],
  ["受信者のドメインは DNSSEC 対応を示しています。", "受信側のドメイン (or 宛先のドメイン)"],
  ["存在しないアドレス宛のメッセージを数え、", "宛て (宛てのメール), not 宛の"],
  [
    "あなたのサーバーの IP[[ ({ip}) ]]が Spamhaus のブロック リストに載っているため、",
    "the space outside the optional part after a Latin word: IP [[({ip}) ]]が, not IP[[ ({ip}) ]]が",
  ],
  [
    "掲載されたドメインが自組織のものなら、[[{listPage} で ]]検索し、サイトの問題を解消してから削除を申請してください。",
    "no space at an optional part's end between Japanese words: [[{page} で]]検索し, not [[{page} で ]]検索し",
  ],
  [
    "Microsoft 365 から受信者のメール サーバーへの接続がすべて拒否され、つながりませんでした。",
    "受信側 (the recipient's side: its organization, servers, admin)",
  ],
  [
    "このメッセージはそこで拒否されたため、受信者のサーバーには届いていません。",
    "受信側 (the recipient's side: its organization, servers, admin)",
  ],
  [
    "サーバーがこのように答えるのは、まだ知らない送信者をグレーリスティングで保留している間",
    "応答する (a server answers; a list lookup 返す), not 答える",
  ],
  [
    'Titan は、自身がホストしていないアドレスに "Relay access denied" と答え、',
    "応答する (a server answers; a list lookup 返す), not 答える",
  ],
  [
    "機器、またはメッセージを送り直した転送サービスがよくある原因です。",
    "転送する (a forwarder passes a message on; 送り直す is the user's)",
  ],
  [
    "または転送サービスが自分のサーバーからメッセージを送り直したことです。",
    "転送する (a forwarder passes a message on; 送り直す is the user's)",
  ],
  [
    "Mail.ru のアドレスから、Mail.ru の送信サーバーにログインせずに送られたため、",
    "サインイン (signing in to a mail server, SMTP 認証), not ログイン",
  ],
  [
    "メール アプリが送信前にサーバーへログインしていませんでした。",
    "サインイン (signing in to a mail server, SMTP 認証), not ログイン",
  ],
  [
    "パスワードによるログイン (認証) を有効にしてから、メッセージを送り直してください。",
    "サインイン (signing in to a mail server, SMTP 認証), not ログイン",
  ],
  [
    "あなたのドメイン名義で自社のサーバー[[ ({ip}) ]]から送る外部サービス (メール配信ツール、Web フォーム、複合機、CRM など) でよく起こります。",
    "そのサービス自身のサーバー (a sending service's own), not 自社のサーバー",
  ],
  [
    "そのドメインの名前で自社のサーバーから送るウェブサイト、機器、配信サービスがこの検査にかかります。",
    "そのサービス自身のサーバー (a sending service's own), not 自社のサーバー",
  ],
  [
    "繰り返し起きる場合は、受信側のサーバーの管理者が負荷、キュー、ディスク容量を確認してください。",
    "管理者は…してください (the step speaks to them) or 管理者が…する必要があります",
  ],
  [
    "グループのオーナーまたは Google Workspace の管理者が、グループから組織外への配信を減らしてください。",
    "管理者は…してください (the step speaks to them) or 管理者が…する必要があります",
  ],
  [
    "メッセージを送ったプログラム、機器、アカウントに設定されている送信者 (From) アドレスを確認し、ドメインを直してから送り直してください。",
    "差出人 (From) for the From field, as Outlook names it",
  ],
  [
    "メール アプリや機器のアカウント設定で送信者 (From) アドレスを確認してください。",
    "差出人 (From) for the From field, as Outlook names it",
  ],
  [
    "自社専用のリンク用ドメインで送信し、評価の低いドメインへのリンクは削除してください。",
    "自組織 or あなたの for the user's own (自社 is a named company's own)",
  ],
  [
    "自社サイトへのリンクが原因であれば、そのサイトが改ざんされていないか確認してください。",
    "自組織 or あなたの for the user's own (自社 is a named company's own)",
  ],
  [
    "受信者 (または管理者) がメールボックスの空き容量を確保するか、保存容量の上限を引き上げてください。",
    "管理者は…してください (the step speaks to them) or 管理者が…する必要があります",
  ],
  [
    "受信者 (または管理者) が、メールボックスの転送設定 (.qmail ファイルやホスティングの管理画面の転送設定) を確認し、元のアドレスへ戻る転送を外してください。",
    "管理者は…してください (the step speaks to them) or 管理者が…する必要があります",
  ],
  [
    "受信側の Sophos Email ゲートウェイは、メッセージが SPF の確認に失敗したため拒否しました。",
    "検査 for an SPF, DKIM or DMARC check a message passes or fails (DMARC 検査に失敗), not 確認",
  ],
  [
    "受信側の Sophos Email ゲートウェイは、メッセージが {domain} の DMARC の確認に失敗したため拒否しました。",
    "検査 for an SPF, DKIM or DMARC check a message passes or fails (DMARC 検査に失敗), not 確認",
  ],
  [
    "受信側の組織は、応答に示された確認に失敗したメッセージを拒否する設定にしています。",
    "検査 for an SPF, DKIM or DMARC check a message passes or fails (DMARC 検査に失敗), not 確認",
  ],
  [
    "差出人 (From) のドメイン[[ {domain} ]]の DMARC の確認にメッセージが合格せず、",
    "検査 for an SPF, DKIM or DMARC check a message passes or fails (DMARC 検査に失敗), not 確認",
  ],
  [
    "送信サーバーの IP アドレスとドメインのホワイトリスト登録を申請してください",
    "許可リストに登録 (Microsoft's term), not ホワイトリスト",
  ],
  [
    "MXroute がホワイトリストに登録するまで、メッセージの内容にかかわらず拒否されます。",
    "許可リストに登録 (Microsoft's term), not ホワイトリスト",
  ],
  [
    "1 つだけのはずのヘッダー (To、Cc、Subject、Date、From、Message-ID) が 2 つある、有効な From アドレスがない、Message-ID がない、などです。",
    "1 つしか入れられないヘッダー…が重複している (RFC 5322's once-only headers)",
  ],
  [
    "メッセージには有効な From アドレスがちょうど 1 つと Message-ID が必要で、1 つだけのはずのヘッダー (To、Cc、Subject、Date、Message-ID) を 2 回書かず、RFC 5322 に沿ったヘッダーにする必要があります。",
    "1 つしか入れられないヘッダー…が重複している (RFC 5322's once-only headers)",
  ],
  [
    "Date や Message-ID がない、1 つだけのはずのヘッダーが 2 つある、ASCII 以外の文字をエンコードせずにヘッダーに書いている、といった場合です。",
    "1 つしか入れられないヘッダー…が重複している (RFC 5322's once-only headers)",
  ],
  [
    "受信側の組織とドメイン セキュリティを取り決めている場合は、無効にしているのが意図したものか相手の管理者に確認してください。",
    "受信側 (the recipient's side: its organization, servers, admin)",
  ],
  [
    "このアドレスでメールを受け取るべき場合は、{recipientDomain} の所有者が Cloudflare Email Routing でそのアドレスの転送ルール (またはキャッチオール) を作成してください。",
    "管理者は…してください (the step speaks to them) or 管理者が…する必要があります",
  ],
  [
    "受信者 (ドメインの所有者) が Email Routing のアクティビティ ログで転送先の応答を確認し、転送先が拒否し続ける場合はルールを別の転送先に向けてください。",
    "管理者は…してください (the step speaks to them) or 管理者が…する必要があります",
  ],
];

describe("Japanese texts", () => {
  test("are found in every explanation file", () => {
    expect(LITERALS.length).toBeGreaterThan(1000);
  });

  test.each(LITERALS)("%s follows the style guide", (_where, text) => {
    const broken = RULES.filter(([rule]) => rule.test(text)).map(([, want]) => want);
    expect(broken).toEqual([]);
  });

  test.each(CAUGHT)("%s is caught", (text, want) => {
    expect(RULES.filter(([rule]) => rule.test(text)).map(([, w]) => w)).toContain(want);
  });
});

/** The sentences of a text, each with its closing parentheses and optional parts taken off. */
function sentenceEnds(text: string): string[] {
  return text
    .split("。")
    .slice(0, -1)
    .map((sentence) => sentence.replace(/(\s*(\([^()]*\)|\[\[[^\]]*\]\]))+\s*$/, "").trim());
}

/** A polite ending, or one that leads a list or a command ("確認してください: ..."). */
const POLITE = /(です|ます|ません|でした|ました|ください)(:\s.*)?$/;

/**
 * A space between two Japanese words where one is not katakana ("リスト に", "が 予約済み"): left
 * where a template spaces its value for a Latin name ("${lists.ja} に") and gets a Japanese one.
 */
const STRAY_SPACE = new RegExp(
  `[\\u3041-\\u3096\\u4e00-\\u9fff] [${KANA_KANJI}]|[${KANA_KANJI}] [\\u3041-\\u3096\\u4e00-\\u9fff]`,
);

const ENTRIES = CATALOG.map((e) => [e.id, e] as const);

/** A stand-in run into a "(" after it, or into the colon before it. */
const STAND_IN_UNSPACED = new RegExp(`[${KANA_KANJI}]\\(|:[${KANA_KANJI}]`);

/** Composed texts a read-through found with a value run into the Japanese before it. */
const UNSPACED_COMPOSED = [
  "宛先は、受信側の組織内の送信者からのメールしか受け付けないMicrosoft 365 グループです。",
  "このMicrosoft 365 グループは組織外からのメッセージを拒否する設定になっています。",
];

describe("every catalog entry's Japanese", () => {
  test.each(ENTRIES)("%s has no space between Japanese words but katakana ones", (_id, entry) => {
    for (const text of [entry.summary, entry.cause, ...entry.fix, ...entry.adminFix]) {
      expect(text.ja).not.toMatch(STRAY_SPACE);
    }
  });

  // A template that puts a value after Japanese spaces it only when the value starts with Latin
  // letters ("受け付けない Microsoft 365 グループです"), which no literal shows.
  test.each(ENTRIES)("%s spaces Latin letters and digits from Japanese", (_id, entry) => {
    for (const text of [entry.summary, entry.cause, ...entry.fix, ...entry.adminFix]) {
      expect(text.ja).not.toMatch(LATIN_UNSPACED);
    }
  });

  // h-ja14: a stand-in for a fact the bounce does not give took the space before "(" and after a
  // colon ("あなたのドメイン(および", a give-up's "応答:送信サーバーの"; fill.ts)
  test.each(ENTRIES)("%s keeps the spaces around a stand-in for an unknown fact", (_id, entry) => {
    for (const text of [entry.summary, entry.cause, ...entry.fix, ...entry.adminFix]) {
      const filled = fillText(`応答: ${text.ja}`, {}, "ja");
      expect(filled).not.toMatch(STAND_IN_UNSPACED);
    }
  });

  test.each(UNSPACED_COMPOSED)("%s is caught", (text) => {
    expect(text).toMatch(LATIN_UNSPACED);
  });

  test.each(ENTRIES)("%s is polite and ends each sentence", (_id, entry) => {
    for (const text of [entry.summary, entry.cause, ...entry.fix, ...entry.adminFix]) {
      expect(text.ja.trim()).toMatch(/[。:]$/);
      for (const end of sentenceEnds(text.ja)) expect(end).toMatch(POLITE);
    }
  });
});
