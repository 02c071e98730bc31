// Microsoft's NDR layouts end to end: our own Exchange Online / Exchange Server fixtures (English,
// Japanese, German, French) against their expected table, the same facts from the human text
// alone (what Office.js hands over without the file), localised labels in more languages, and the
// Microsoft group of the Sisimai corpus held to 95% on every field.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, type BounceReport } from "../../src/core";
import { LABELS } from "../../src/core/dialects/microsoft/labels";
import { labelValue, smtpCodes } from "../../src/core/dialects/microsoft/lines";
import { addressesIn } from "../../src/core/dialects/common/text-addresses";
import { readBounceSource } from "../../src/core/source";

const FIXTURES = join(__dirname, "..", "fixtures", "exchange-online");
const CORPUS = join(__dirname, "..", "corpus", "sisimai");

interface ExpectedRecipient {
  readonly address: string;
  readonly status: string | null;
  readonly replyCode: string | null;
  readonly reason: string;
  readonly temporary: boolean;
  readonly remoteServer: string | null;
}
interface ExpectedFixture {
  readonly file: string;
  readonly kind: string;
  readonly generatingServer: string | null;
  readonly recipients: readonly ExpectedRecipient[];
}

const fixtures = JSON.parse(
  readFileSync(join(FIXTURES, "expected.json"), "utf8"),
) as readonly ExpectedFixture[];

function bytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

function factsOf(report: BounceReport): ExpectedRecipient[] {
  return report.recipients.map((r) => ({
    address: r.address,
    status: r.status ?? null,
    replyCode: r.replyCode ?? null,
    reason: r.reason,
    temporary: r.temporary,
    remoteServer: r.remoteServer ?? null,
  }));
}

describe("Exchange Online fixtures", () => {
  test("cover English, Japanese and a localised layout, several recipients, 5.1.10, 5.7.509, 4.4.7, 5.2.2", () => {
    const files = fixtures.map((f) => f.file).join(" ");
    expect(files).toMatch(/-en-/);
    expect(files).toMatch(/-ja-/);
    expect(files).toMatch(/-(de|fr)-/);
    const statuses = fixtures.flatMap((f) => f.recipients.map((r) => r.status));
    expect(statuses).toEqual(expect.arrayContaining(["5.1.10", "5.7.509", "4.4.7", "5.2.2"]));
    expect(Math.max(...fixtures.map((f) => f.recipients.length))).toBeGreaterThanOrEqual(3);
  });

  test.each(fixtures.map((f) => [f.file, f] as const))("%s: every field", (_file, expected) => {
    const report = analyze(bytes(join(FIXTURES, expected.file)));
    expect(report.kind).toBe(expected.kind);
    expect(report.generatingServer ?? null).toBe(expected.generatingServer);
    expect(factsOf(report)).toEqual(expected.recipients);
    for (const r of report.recipients) {
      expect(r.evidence.some((e) => e.fact === "address")).toBe(true);
    }
  });

  test.each(fixtures.map((f) => [f.file, f] as const))(
    "%s: the same facts from the message text alone",
    (_file, expected) => {
      const src = readBounceSource(bytes(join(FIXTURES, expected.file)));
      const report = analyze({
        body: src.text,
        bodyType: "text",
        subject: src.subject,
        from: src.from,
      });
      expect(report.kind).toBe(expected.kind);
      expect(report.generatingServer ?? null).toBe(expected.generatingServer);
      expect(factsOf(report)).toEqual(expected.recipients);
    },
  );

  test.each(fixtures.map((f) => [f.file, f] as const))(
    "%s: the same facts from an HTML body with labels and values in separate blocks",
    (_file, expected) => {
      const src = readBounceSource(bytes(join(FIXTURES, expected.file)));
      const report = analyze({ body: asHtml(src.text), bodyType: "html", subject: src.subject });
      expect(report.kind).toBe(expected.kind);
      expect(report.generatingServer ?? null).toBe(expected.generatingServer);
      expect(factsOf(report)).toEqual(expected.recipients);
    },
  );
});

/** The report's text as HTML with each label and its value in blocks of their own. */
function asHtml(text: string): string {
  const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const blocks = text.split("\n").map((line) => {
    const labelled = /^([^:：\d]{1,60}[:：])\s*(\S.*)$/.exec(line);
    return labelled
      ? `<div><b>${esc(labelled[1] ?? "")}</b></div><div>${esc(labelled[2] ?? "")}</div>`
      : `<p>${esc(line)}</p>`;
  });
  return `<html><body>${blocks.join("\n")}</body></html>`;
}

/** A modern-layout text body in one language (labels as Exchange localises them). */
function modern(labels: readonly string[], address: string): string {
  const [heading, details, recipient, errors, reported, generated] = labels;
  return [
    `${heading} ${address}`,
    "",
    `${details}`,
    `${recipient}: ${address}`,
    "",
    `${errors}`,
    `${reported}: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup`,
    `${generated}: AB1PR01MB0001.eurprd01.prod.outlook.com`,
  ].join("\n");
}

describe("localised Exchange Online layouts", () => {
  test.each([
    [
      "es",
      [
        "No se pudo entregar su mensaje a",
        "Detalles del mensaje original",
        "Dirección del destinatario",
        "Detalles del error",
        "Error notificado",
        "DSN generado por",
      ],
    ],
    [
      "it",
      [
        "Impossibile recapitare il messaggio a",
        "Dettagli messaggio originale",
        "Indirizzo destinatario",
        "Dettagli errore",
        "Errore segnalato",
        "DSN generato da",
      ],
    ],
    [
      "pt",
      [
        "Não foi possível entregar sua mensagem para",
        "Detalhes da Mensagem Original",
        "Endereço do Destinatário",
        "Detalhes do Erro",
        "Erro relatado",
        "DSN gerado por",
      ],
    ],
    [
      "nl",
      [
        "Uw bericht kan niet worden bezorgd aan",
        "Details van oorspronkelijk bericht",
        "Adres van geadresseerde",
        "Foutdetails",
        "Gerapporteerde fout",
        "DSN gegenereerd door",
      ],
    ],
    [
      "zh",
      [
        "无法将你的邮件传递给",
        "原始邮件详细信息",
        "收件人地址",
        "错误详细信息",
        "报告的错误",
        "DSN 生成者",
      ],
    ],
    [
      "ja",
      [
        "次の宛先へのメッセージを配信できませんでした:",
        "元のメッセージの詳細",
        "受信者のアドレス",
        "エラーの詳細",
        "報告されたエラー",
        "DSN 生成元",
      ],
    ],
  ] as const)("%s", (_lang, labels) => {
    const report = analyze({ body: modern(labels, "kim@fabrikam.com"), subject: "x" });
    expect(report.dialect).toBe("exchange-online");
    expect(report.generatingServer).toBe("AB1PR01MB0001.eurprd01.prod.outlook.com");
    expect(factsOf(report)).toEqual([
      {
        address: "kim@fabrikam.com",
        status: "5.1.10",
        replyCode: "550",
        reason: "userunknown",
        temporary: false,
        remoteServer: null,
      },
    ]);
  });

  test("several recipients named in the opening sentence share the reported error", () => {
    const body = [
      "Your message to kim@fabrikam.com, lee@fabrikam.com couldn't be delivered.",
      "",
      "More Info for Email Admins",
      "Status code: 550 5.4.1",
      "",
      "Error Details",
      "Error: 550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DM6NAM12FT011.eop-nam12.prod.protection.outlook.com]",
      "Message rejected by: DM6NAM12FT011.mail.protection.outlook.com",
    ].join("\n");
    const report = analyze({ body, subject: "Undeliverable: x" });
    expect(report.dialect).toBe("exchange-online");
    expect(report.recipients.map((r) => [r.address, r.status, r.reason, r.remoteServer])).toEqual([
      ["kim@fabrikam.com", "5.4.1", "userunknown", "DM6NAM12FT011.mail.protection.outlook.com"],
      ["lee@fabrikam.com", "5.4.1", "userunknown", "DM6NAM12FT011.mail.protection.outlook.com"],
    ]);
  });

  test("an unknown language still yields the status line and reported error by their shape", () => {
    const body = [
      "Meddelandet till kim@fabrikam.com kunde inte levereras.",
      "Statuskod för felet: 550 5.1.10",
      "Ursprungliga meddelandeinformation",
      "Felinformation",
      "Rapporterat fel: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found",
      "DSN genererat av: AB1PR01MB0001.eurprd01.prod.outlook.com",
      "Meddelandehopp",
    ].join("\n");
    const report = analyze({ body, subject: "x", from: "postmaster@contoso.onmicrosoft.com" });
    expect(report.dialect).toBe("exchange-online");
    expect(report.recipients.map((r) => [r.address, r.status, r.reason])).toEqual([
      ["kim@fabrikam.com", "5.1.10", "userunknown"],
    ]);
    expect(report.generatingServer).toBe("AB1PR01MB0001.eurprd01.prod.outlook.com");
  });
});

describe("older Exchange layouts", () => {
  test("QUEUE.Expired: the answer that made the queue give up is the status, the reason stays expired", () => {
    const body = [
      "Delivery has failed to these recipients or groups:",
      "",
      "Diagnostic information for administrators:",
      "",
      "Generating server: EX1.contoso.com",
      "",
      "ann@fabrikam.com",
      "11/3/2025 8:05:56 PM - Remote Server at mx.fabrikam.com (203.0.113.7) returned '550 4.4.7 QUEUE.Expired; message expired'",
      "11/3/2025 7:58:27 PM - Remote Server at mx.fabrikam.com (203.0.113.7) returned '451 4.4.0 Primary target",
      'IP address responded with: "421 4.4.1 Connection timed out."\'',
      "",
      "Original message headers:",
    ].join("\n");
    const [r] = analyze({ body, subject: "Undeliverable: x" }).recipients;
    expect(r?.address).toBe("ann@fabrikam.com");
    expect(r?.status).toBe("4.4.0");
    expect(r?.reason).toBe("expired");
    expect(r?.remoteServer).toBe("mx.fabrikam.com");
    expect(r?.diagnostic).toContain("QUEUE.Expired");
  });

  test("Exchange 2010 wrapped answers, a host before the hash, and a language without labels", () => {
    const body = [
      "Dostarczenie do tych adresatów lub grup nie powiodło się:",
      "",
      "Informacje diagnostyczne dla administratorów:",
      "",
      "Serwer generujący: EX10.contoso.com",
      "",
      "IMCEAEX-_o=Contoso_ou=Exchange+20Administrative+20Group+20+28FYDIBOHF23SPDLT+29_cn=Recipients_cn=ann@contoso.com",
      "#< #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found> #SMTP#",
      "",
      "bob@fabrikam.com",
      "mx.fabrikam.com #550 5.7.1 Service unavailable; Client host [198.51.100.9] blocked using zen.spamhaus.org ##",
      "",
      "Received: from EX10.contoso.com (10.0.0.5) by EX10.contoso.com",
    ].join("\n");
    const report = analyze({ body, subject: "Niedostarczalne: x", from: "postmaster@contoso.com" });
    expect(report.dialect).toBe("exchange2007");
    expect(factsOf(report)).toEqual([
      {
        address:
          "IMCEAEX-_o=Contoso_ou=Exchange+20Administrative+20Group+20+28FYDIBOHF23SPDLT+29_cn=Recipients_cn=ann@contoso.com",
        status: "5.1.1",
        replyCode: "550",
        reason: "userunknown",
        temporary: false,
        remoteServer: null,
      },
      {
        address: "bob@fabrikam.com",
        status: "5.7.1",
        replyCode: "550",
        reason: "blocked",
        temporary: false,
        remoteServer: "mx.fabrikam.com",
      },
    ]);
  });

  test("the organization named in the user section is the remote server", () => {
    const body = [
      "Delivery has failed to these recipients or groups:",
      "",
      "Joe Smith (joe@fabrikam.com)<mailto:joe@fabrikam.com>",
      "Your message wasn't delivered due to a permission or security issue.",
      "",
      "The following organization rejected your message: mail.fabrikam.com.",
      "",
      "Diagnostic information for administrators:",
      "",
      "Generating server: CY4PR04MB0123.namprd04.prod.outlook.com",
      "",
      "joe@fabrikam.com",
      "Remote Server returned '550 5.7.1 Delivery not authorized, message refused'",
    ].join("\n");
    const [r] = analyze({ body, subject: "Undeliverable: x" }).recipients;
    expect([r?.address, r?.status, r?.remoteServer]).toEqual([
      "joe@fabrikam.com",
      "5.7.1",
      "mail.fabrikam.com",
    ]);
  });

  test("a verdict written by Exchange Online itself is read by Microsoft's code table", () => {
    const report = (generating: string, answer: string) =>
      analyze({
        body: [
          "Delivery has failed to these recipients or groups:",
          "",
          "Diagnostic information for administrators:",
          "",
          `Generating server: ${generating}`,
          "",
          "all-staff@contoso.com",
          `Remote Server returned '${answer}'`,
        ].join("\n"),
        subject: "Undeliverable: x",
      }).recipients[0];
    const online = report(
      "BY5PR04MB1234.namprd04.prod.outlook.com",
      "550 5.7.124 Sender not in allowed-senders list",
    );
    expect([online?.status, online?.reason]).toEqual(["5.7.124", "rejected"]);
    expect(online?.evidence.some((e) => e.field?.startsWith("provider:microsoft"))).toBe(true);
    const limit = report(
      "BY5PR04MB1234.namprd04.prod.outlook.com",
      "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients",
    );
    expect(limit?.reason).toBe("speeding");
    const onPremises = report(
      "EX16-MBX01.contoso.com",
      "550 5.7.124 Sender not in allowed-senders list",
    );
    expect(onPremises?.evidence.some((e) => e.field?.startsWith("provider:microsoft"))).toBe(false);
  });

  test("Exchange 2003: recipient lines, the server's answer and its host", () => {
    const body = [
      "Your message did not reach some or all of the intended recipients.",
      "",
      "      Subject:\tBudget",
      "      Sent:\t4/29/2010 9:19 AM",
      "",
      "The following recipient(s) cannot be reached:",
      "",
      "      'ann@fabrikam.com' on 4/29/2010 9:19 AM",
      "            The e-mail account does not exist at the organization this message was sent to.",
      "            <mx.fabrikam.com #5.1.1 smtp;550 5.1.1 <ann@fabrikam.com>... User unknown>",
      "",
      "      bob@fabrikam.com on 4/29/2010 9:19 AM",
      "            Could not deliver the message in the time limit specified.",
      "            <ex03.contoso.com #4.4.7>",
    ].join("\n");
    const report = analyze({ body, subject: "Undeliverable: Budget" });
    expect(report.dialect).toBe("exchange2003");
    expect(factsOf(report)).toEqual([
      {
        address: "ann@fabrikam.com",
        status: "5.1.1",
        replyCode: "550",
        reason: "userunknown",
        temporary: false,
        remoteServer: "mx.fabrikam.com",
      },
      {
        address: "bob@fabrikam.com",
        status: "4.4.7",
        replyCode: null,
        reason: "expired",
        // returned as undeliverable: the server gave up, so no longer temporary
        temporary: false,
        remoteServer: "ex03.contoso.com",
      },
    ]);
  });
});

describe("Outlook.com and Exchange 5.5 wordings", () => {
  test("Hotmail's own sentence gives the reason; the listed address is the recipient", () => {
    const body = [
      "This is an automatically generated Delivery Status Notification.",
      "",
      "Delivery to the following recipients failed.",
      "",
      "       kim@fabrikam.com",
      "",
      "The mail could not be delivered to the recipient because the domain is not reachable.",
    ].join("\n");
    const report = analyze({
      body,
      subject: "Delivery Status Notification (Failure)",
      from: "postmaster@mail.hotmail.com",
    });
    expect(report.dialect).toBe("outlook-com");
    expect(report.recipients.map((r) => [r.address, r.reason])).toEqual([
      ["kim@fabrikam.com", "hostunknown"],
    ]);
  });

  test("Exchange 5.5: display name with SMTP= address, MSEXCH error number", () => {
    const body = [
      "Your message",
      "",
      "  To:      Kim Lee",
      "  Subject: Budget",
      "  Sent:    Thu, 29 Apr 2010 09:19:59 +0900",
      "",
      "did not reach the following recipient(s):",
      "",
      "Kim Lee (SMTP=kim@fabrikam.com) on Thu, 29 Apr 2010 09:20:01 +0900",
      "    The recipient name is not recognized",
      "    MSEXCH:IMS:FABRIKAM:TOKYO:MAIL01 0 (000C05A6) Unknown Recipient",
    ].join("\n");
    const report = analyze({ body, subject: "Undeliverable: Budget" });
    expect(report.dialect).toBe("exchange2003");
    expect(report.recipients.map((r) => [r.address, r.reason, r.diagnostic])).toEqual([
      ["kim@fabrikam.com", "userunknown", "Unknown Recipient"],
    ]);
  });
});

describe("line readers", () => {
  test("labels match with or without a colon, full-width colons and odd spacing", () => {
    expect(labelValue("Generating server: EX1.contoso.com", "generatingServer")).toBe(
      "EX1.contoso.com",
    );
    expect(labelValue("Serveur de génération : EX1.contoso.fr", "generatingServer")).toBe(
      "EX1.contoso.fr",
    );
    expect(labelValue("状態コード：550 5.1.10", "statusCode")).toBe("550 5.1.10");
    expect(labelValue("Error Details", "errorHeading")).toBe("");
    expect(labelValue("Error Details", "reportedError")).toBeUndefined();
  });

  test("labels are stored lower-case and trimmed (line starts are sifted by their first char)", () => {
    const labels: readonly string[] = Object.values(LABELS).flat();
    expect(labels.length).toBeGreaterThan(100);
    for (const label of labels) expect(label).toBe(label.trim().toLowerCase());
    expect(
      labelValue("   Delivery has failed to these recipients or groups:", "failedHeading"),
    ).toBe("");
  });

  test("hostile lines: long runs, many @ and open brackets read in one pass", () => {
    expect(addressesIn(`${"x".repeat(1_000_000)}@fabrikam.com`)).toHaveLength(1);
    expect(addressesIn("a@".repeat(300_000))).toEqual([]);
    expect(addressesIn("kim@fabrikam.com, lee@contoso.com")).toEqual([
      "kim@fabrikam.com",
      "lee@contoso.com",
    ]);
    const hostile = ["(".repeat(500_000), `server at ${"a".repeat(500_000)} returned`];
    for (const body of hostile) {
      const report = analyze({ body: `#550 5.1.1 x ##\n${body}`, from: "postmaster@outlook.com" });
      expect(report.recipients).toEqual([]);
    }
  });

  test("reply and status codes: class must agree for the reply to count", () => {
    expect(smtpCodes("#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##")).toEqual({
      replyCode: "550",
      status: "5.1.1",
    });
    expect(smtpCodes("550 4.4.7 QUEUE.Expired; message expired")).toEqual({ status: "4.4.7" });
    expect(smtpCodes("<mx.example.com #5.0.0 smtp;550 Unknown>")).toEqual({ status: "5.0.0" });
    expect(smtpCodes("version 15.20.1234.5 in 5.1.10")).toEqual({ status: "5.1.10" });
  });
});

describe("Microsoft group of the Sisimai corpus", () => {
  interface Row {
    readonly file: string;
    readonly lhost: string;
    readonly index: number;
    readonly status: string | null;
    readonly status_in_email: boolean;
    readonly reason: string;
    readonly replycode: string | null;
    readonly recipient_count: number;
    readonly also_accepted?: { readonly status?: string; readonly reason?: string };
  }
  const rows = (JSON.parse(readFileSync(join(CORPUS, "expected.json"), "utf8")) as Row[]).filter(
    (r) => /exchange|office365|outlook|microsoft/i.test(r.lhost),
  );

  test("at least 95% of the rows right on recipient count, status, reason and reply code", () => {
    const reports = new Map<string, BounceReport>();
    const score = { count: 0, status: 0, statusN: 0, reason: 0, reply: 0 };
    for (const row of rows) {
      const report = reports.get(row.file) ?? analyze(bytes(join(CORPUS, row.file)));
      reports.set(row.file, report);
      const got = report.recipients[row.index - 1];
      const alt = row.also_accepted ?? {};
      score.count += Number(report.recipients.length === row.recipient_count);
      if (row.status_in_email) {
        score.statusN++;
        score.status += Number(got?.status === row.status || got?.status === alt.status);
      }
      score.reason += Number(got?.reason === row.reason || got?.reason === alt.reason);
      score.reply += Number((got?.replyCode ?? null) === (row.replycode ?? null));
    }
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(score.count / rows.length).toBeGreaterThanOrEqual(0.95);
    expect(score.status / score.statusN).toBeGreaterThanOrEqual(0.95);
    expect(score.reason / rows.length).toBeGreaterThanOrEqual(0.95);
    expect(score.reply / rows.length).toBeGreaterThanOrEqual(0.95);
  });
});
