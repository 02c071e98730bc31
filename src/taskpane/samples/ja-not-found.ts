// Sample bounce (written for this project): a Japanese Exchange Online report, 5.1.10 recipient not found.
export const jaNotFound = `MIME-Version: 1.0
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.co.jp>
To: <yamada.hanako@contoso.co.jp>
Date: Fri, 20 Nov 2026 01:05:33 +0000
Subject: =?utf-8?B?6YWN5L+h5LiN6IO9OiDkvJrorbDjga7jgZTmoYjlhoU=?=
Content-Type: multipart/report; report-type=delivery-status;
 boundary="ja_b4"
Message-ID: <9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d@TYCPR01MB8888.jpnprd01.prod.outlook.com>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:

--ja_b4
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

suzuki.ichiro@fabrikam.co.jp へのメッセージを配信できませんでした。

fabrikam.co.jp に suzuki.ichiro が見つかりませんでした。

対処方法
受信者のアドレスが間違っているか、存在しない可能性があります。受信者に正しいアドレスを確認してください。

メール管理者向けの詳細情報
状態コード: 550 5.1.10

元のメッセージの詳細
作成日: 2026/11/20 1:05:30
送信者のアドレス: yamada.hanako@contoso.co.jp
受信者のアドレス: suzuki.ichiro@fabrikam.co.jp
件名: 会議のご案内

エラーの詳細
報告されたエラー: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient suzuki.ichiro@fabrikam.co.jp not found by SMTP address lookup
DSN の生成元: TYCPR01MB8888.jpnprd01.prod.outlook.com

--ja_b4
Content-Type: message/delivery-status

Reporting-MTA: dns;TYCPR01MB8888.jpnprd01.prod.outlook.com
Received-From-MTA: dns;TYCPR01MB7777.jpnprd01.prod.outlook.com
Arrival-Date: Fri, 20 Nov 2026 01:05:30 +0000

Final-Recipient: rfc822;suzuki.ichiro@fabrikam.co.jp
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient suzuki.ichiro@fabrikam.co.jp not found by SMTP address lookup

--ja_b4
Content-Type: text/rfc822-headers

From: =?utf-8?B?5bGx55SwIOiKseWtkA==?= <yamada.hanako@contoso.co.jp>
To: suzuki.ichiro@fabrikam.co.jp
Subject: =?utf-8?B?5Lya6K2w44Gu44GU5qGI5YaF?=
Date: Fri, 20 Nov 2026 01:05:30 +0000
Message-ID: <TYCPR01MB7777AB12CD34@TYCPR01MB7777.jpnprd01.prod.outlook.com>

--ja_b4--
`;
