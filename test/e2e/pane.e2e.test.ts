// The built pane (npm run build) in Debian's chromium, with a stand-in Office host that serves
// fixture bounces, and as a standalone page without office.js.
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { analyze, diagnose, type AnalyzeInput } from "../../src/core";
import { readBounceFile } from "../../src/office/bounce-file";
import { STRINGS } from "../../src/taskpane/strings";
import { CASES as GMAIL_CASES } from "../catalog/providers/gmail.cases";
import { wrap } from "../catalog/providers/wrap";
import {
  ARTIFACTS,
  cspViolations,
  emlItem,
  foreignRequests,
  openPane,
  type OpenPane,
} from "./pane";
import { builtPane } from "./built-pane";

const ROOT = join(__dirname, "..", "..");
const CORPUS = join(ROOT, "test", "corpus", "sisimai", "maildir", "bsd");
const EXO_NOT_FOUND = join(CORPUS, "lhost-office365-01.eml"); // 5.1.10 for kijitora@example.com
const EXO_TYPO = join(__dirname, "fixtures", "exo-domain-typo.eml"); // 5.1.1 at gmial.com
const HOSTILE = join(ROOT, "test", "fixtures", "hostile", "hostile-ndr.eml");
const NDR_MSG = join(ROOT, "test", "fixtures", "msg", "exchange-ndr.msg");
// A Postfix greylisted the lab's message: its delay warning, then its notice that it gave up.
const LAB_POSTFIX = join(ROOT, "test", "corpus", "lab", "maildir", "postfix");
const DELAY_WARNING = join(LAB_POSTFIX, "greylist-warning.eml");
const GAVE_UP = join(LAB_POSTFIX, "greylist-expiry.eml");

jest.setTimeout(60_000);

const pane = builtPane();

beforeAll(() => {
  mkdirSync(ARTIFACTS, { recursive: true });
});

const cards = (page: Page) => page.getByTestId("recipient-card");

async function cardAddresses(page: Page): Promise<(string | null)[]> {
  await cards(page).first().waitFor();
  return cards(page).evaluateAll((els) => els.map((el) => el.getAttribute("data-address")));
}

async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

async function shot(opened: OpenPane, name: string): Promise<void> {
  await opened.page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

describe("in Outlook (stand-in host)", () => {
  test("an Exchange Online bounce gives one card, in English", async () => {
    const opened = await openPane(pane.browser, pane.site.origin, {
      item: emlItem(EXO_NOT_FOUND, "Undeliverable: Nyaan"),
    });
    const { page } = opened;
    expect(await cardAddresses(page)).toEqual(["kijitora@example.com"]);
    const card = cards(page).first();
    await expect(card.textContent()).resolves.toContain(STRINGS.en.permanent);
    await expect(card.textContent()).resolves.toContain("5.1.10");
    await expect(card.getByTestId("owner").getAttribute("data-owner")).resolves.toBe("you");
    await expect(page.locator("main").getAttribute("lang")).resolves.toBe("en");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(opened, "outlook-en-exo-5.1.10");
    expect(foreignRequests(opened, pane.site.origin)).toEqual([]);
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).not.toContain("unsafe-eval");
    expect(await cspViolations(opened)).toEqual([]);
    await page.context().close();
  });

  test("with displayLanguage ja-JP the pane speaks Japanese", async () => {
    const opened = await openPane(pane.browser, pane.site.origin, {
      displayLanguage: "ja-JP",
      item: emlItem(EXO_TYPO, "Undeliverable: Quarterly report"),
    });
    const { page } = opened;
    expect(await cardAddresses(page)).toEqual(["kenji.tanaka@gmial.com"]);
    await expect(page.locator("main").getAttribute("lang")).resolves.toBe("ja");
    await expect(cards(page).first().textContent()).resolves.toContain(STRINGS.ja.permanent);
    await expect(page.getByRole("button", { name: STRINGS.ja.resend }).count()).resolves.toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(opened, "outlook-ja-domain-typo");
    await page.context().close();
  });

  test.each([
    // the summary in the pane's language, from Gmail's table loaded on demand
    ["en", "exo-en", "Gmail", "outlook-en-gmail-dkim", "its DKIM signature for contoso.com"],
    ["ja-JP", "exo-ja", "Gmail", "outlook-ja-gmail-dkim", "contoso.com の DKIM 署名がない"],
  ] as const)(
    "a Gmail DKIM refusal inside an Exchange Online NDR (%s) gets Gmail's meaning, the failing domain and your admin",
    async (displayLanguage, wrapping, provider, name, summary) => {
      const dkim = GMAIL_CASES.find((c) => c.expected.id === "gmail-5.7.30-dkim");
      if (dkim === undefined) throw new Error("the Gmail DKIM case is missing");
      const opened = await openPane(pane.browser, pane.site.origin, {
        displayLanguage,
        item: {
          itemClass: "REPORT.IPM.Note.NDR",
          subject: "Undeliverable: Quarterly report",
          base64: Buffer.from(wrap(dkim, wrapping)).toString("base64"),
        },
      });
      const { page } = opened;
      expect(await cardAddresses(page)).toEqual(["kim@gmail.com"]);
      const card = cards(page).first();
      await expect(card.getByTestId("owner").getAttribute("data-owner")).resolves.toBe(
        "your-admin",
      );
      const text = (await card.textContent()) ?? "";
      expect(text).toContain("DKIM");
      expect(text).toContain(summary);
      expect(text).not.toContain("REQUIRETLS");
      await expect(card.getByTestId("provider-source").textContent()).resolves.toContain(provider);
      // Gmail's table came on demand, the other providers' tables did not come at all.
      const tables = opened.requests.filter((url) => /\/provider-[\w-]+\.\w+\.js$/.test(url));
      expect(tables).toEqual([expect.stringMatching(/\/provider-gmail\.\w+\.js$/)]);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await shot(opened, name);
      await page.context().close();
    },
  );

  test("resend opens a new message to the corrected address, keeping the other recipients", async () => {
    const opened = await openPane(pane.browser, pane.site.origin, {
      item: emlItem(EXO_TYPO, "Undeliverable: Quarterly report"),
    });
    const { page } = opened;
    await cards(page).first().waitFor();
    await page.getByRole("button", { name: STRINGS.en.resend }).click();
    await page.getByText(STRINGS.en.resendOpened).waitFor();
    const calls = await page.evaluate(
      () => (window as unknown as { __officeStubCalls: unknown[] }).__officeStubCalls,
    );
    expect(calls).toEqual([
      {
        api: "displayNewMessageFormAsync",
        form: {
          toRecipients: ["kenji.tanaka@gmail.com", "jon.doe@fabrikam.example"],
          ccRecipients: ["bob@contoso.example"],
          subject: "Quarterly report",
          htmlBody: expect.stringContaining("kenji.tanaka@gmail.com"),
        },
      },
    ]);
    await shot(opened, "outlook-resend");
    await page.context().close();
  });

  test("on a Mailbox 1.8 host it reads body, headers and the attached original; resend uses displayNewMessageForm", async () => {
    const raw = readFileSync(EXO_TYPO, "utf8");
    const [, textPart = "", , originalPart = ""] = raw.split("--b1_0f5c");
    const opened = await openPane(pane.browser, pane.site.origin, {
      mailbox: "1.8",
      item: {
        itemClass: "REPORT.IPM.Note.NDR",
        subject: "Undeliverable: Quarterly report",
        headers: raw.slice(0, raw.indexOf("\r\n\r\n")),
        bodyText: textPart.slice(textPart.indexOf("\r\n\r\n") + 4),
        attachments: [
          {
            id: "att1",
            name: "Quarterly report",
            eml: originalPart.slice(originalPart.indexOf("\r\n\r\n") + 4),
          },
        ],
      },
    });
    const { page } = opened;
    expect(await cardAddresses(page)).toEqual(["kenji.tanaka@gmial.com"]);
    await page.getByRole("button", { name: STRINGS.en.resend }).click();
    await page.getByText(STRINGS.en.resendOpened).waitFor();
    const calls = await page.evaluate(
      () => (window as unknown as { __officeStubCalls: unknown[] }).__officeStubCalls,
    );
    expect(calls).toEqual([
      {
        api: "displayNewMessageForm",
        form: expect.objectContaining({
          toRecipients: ["kenji.tanaka@gmail.com", "jon.doe@fabrikam.example"],
          ccRecipients: ["bob@contoso.example"],
          subject: "Quarterly report",
        }),
      },
    ]);
    await page.context().close();
  });

  test("a pinned pane follows the selection (ItemChanged) and says when nothing is selected", async () => {
    const opened = await openPane(pane.browser, pane.site.origin, {
      item: emlItem(EXO_NOT_FOUND, "Undeliverable: Nyaan"),
    });
    const { page } = opened;
    expect(await cardAddresses(page)).toEqual(["kijitora@example.com"]);
    await page.evaluate(() =>
      (window as unknown as { __officeStubSelect: (s: null) => void }).__officeStubSelect(null),
    );
    await page.getByText(STRINGS.en.failures["no-item"]).first().waitFor();
    expect(await cards(page).count()).toBe(0);
    await page.context().close();
  });

  test("a bounce dropped through Outlook's drag-and-drop event (web, new Outlook) is explained", async () => {
    const opened = await openPane(pane.browser, pane.site.origin, { item: null });
    const { page } = opened;
    await page.getByText(STRINGS.en.failures["no-item"]).first().waitFor();
    await page.evaluate(
      (data) => {
        const handlers = (
          window as unknown as { __officeStubHandlers: Record<string, (e: unknown) => void> }
        ).__officeStubHandlers;
        const file = {
          name: "Undeliverable.eml",
          type: "message/rfc822",
          fileContent: new Blob([new Uint8Array(data)]),
        };
        handlers["olkDragAndDropEvent"]?.({
          type: "olkDragAndDropEvent",
          dragAndDropEventData: {
            type: "drop",
            pageX: 10,
            pageY: 10,
            dataTransfer: { files: [file] },
          },
        });
      },
      [...readFileSync(EXO_TYPO)],
    );
    expect(await cardAddresses(page)).toEqual(["kenji.tanaka@gmial.com"]);
    await page.context().close();
  });

  test("an ordinary message is reported as not a bounce", async () => {
    const plain = Buffer.from(
      "From: a@example.org\r\nTo: b@example.org\r\nSubject: Lunch\r\n\r\nNoon?\r\n",
    );
    const opened = await openPane(pane.browser, pane.site.origin, {
      item: { itemClass: "IPM.Note", subject: "Lunch", base64: plain.toString("base64") },
    });
    await opened.page.getByText(STRINGS.en.failures["not-a-bounce"]).first().waitFor();
    expect(await cards(opened.page).count()).toBe(0);
    await opened.page.context().close();
  });

  test("a hostile bounce runs nothing and reaches no other host", async () => {
    const opened = await openPane(pane.browser, pane.site.origin, {
      item: emlItem(HOSTILE, "Undeliverable: hostile"),
    });
    const { page } = opened;
    await cards(page).first().waitFor();
    await page.getByText(STRINGS.en.adminDetails).first().click(); // opens the raw facts too
    await page.waitForTimeout(300); // lets any injected handler (onerror, onload) fire if it could
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      scripts: Array.from(document.scripts).map((s) => s.src.replace(location.origin, "")),
      handlers: document.querySelectorAll("[onerror], [onload], [onclick]").length,
      javascriptLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]')
        .length,
      frames: document.querySelectorAll(
        'iframe, object, embed, base, meta[http-equiv]:not([http-equiv="Content-Security-Policy"])',
      ).length,
      foreignImages: Array.from(document.images).filter((i) => !i.src.startsWith(location.origin))
        .length,
    }));
    expect(state).toEqual({
      pwned: null,
      scripts: [
        expect.stringContaining("appsforoffice.microsoft.com"),
        expect.stringMatching(/^\/taskpane\.\w+\.js$/),
      ],
      handlers: 0,
      javascriptLinks: 0,
      frames: 0,
      foreignImages: 0,
    });
    expect(opened.dialogs).toEqual([]);
    expect(foreignRequests(opened, pane.site.origin)).toEqual([]);
    expect(await cspViolations(opened)).toEqual([]);
    expect(opened.console.filter((line) => /pwned|alert/i.test(line))).toEqual([]);
    // The payload is shown as text, which is how it must appear.
    await expect(cards(page).first().textContent()).resolves.toContain("onerror");
    await shot(opened, "outlook-hostile");
    await page.context().close();
  });
});

// The kinds and layouts this session added, as a user meets them in Outlook: the banner, the
// card's badge and actions, nothing of ours quoted as the report's words; in English, Japanese
// and dark mode.
describe("held, delayed, Bcc and typo reports (stand-in host)", () => {
  const FIXTURES = join(ROOT, "test", "fixtures");
  const LAB_RECIPIENTS = join(ROOT, "test", "corpus", "lab-recipients", "maildir");
  const actionButtons = (page: Page) =>
    [STRINGS.en.resend, STRINGS.en.retryLater, STRINGS.ja.resend, STRINGS.ja.retryLater].map(
      (name) => cards(page).getByRole("button", { name }).count(),
    );

  test.each([
    ["challenges/boxtrapper-verify.eml", "en-US", false, "held", "outlook-en-held-challenge"],
    ["challenges/japanese-sender-confirm.eml", "ja-JP", false, "held", "outlook-ja-held-challenge"],
    [
      "challenges/near-miss-list-moderation-hold.eml",
      "en-US",
      true,
      "held",
      "outlook-dark-list-held",
    ],
    [
      "delays/groupwise-gwia-retry-schedule.eml",
      "ja-JP",
      false,
      "delayed",
      "outlook-ja-delay-text",
    ],
    ["delays/exchange-de-two-recipients.eml", "en-US", true, "delayed", "outlook-dark-delay-two"],
    [
      "delays/postfix-warning-554-refused-to-talk.eml",
      "en-US",
      false,
      "delayed",
      "outlook-en-delay-dsn",
    ],
  ] as const)(
    "%s (%s, dark %s): the %s banner, no resend or retry, nothing of ours quoted",
    async (file, displayLanguage, isDarkTheme, kind, name) => {
      const opened = await openPane(pane.browser, pane.site.origin, {
        displayLanguage,
        isDarkTheme,
        mailbox: "1.14",
        item: emlItem(join(FIXTURES, file), "Re: Budget", "IPM.Note"),
      });
      const { page } = opened;
      const t = STRINGS[displayLanguage === "ja-JP" ? "ja" : "en"];
      await cards(page).first().waitFor();
      await expect(
        page.getByRole("heading", { level: 2, name: t.kindTitle[kind] }).count(),
      ).resolves.toBe(1);
      const badge = kind === "held" ? t.held : t.temporary;
      for (const card of await cards(page).all()) {
        await expect(card.getByText(badge, { exact: true }).count()).resolves.toBe(1);
      }
      expect(await Promise.all(actionButtons(page))).toEqual([0, 0, 0, 0]);
      await expect(page.getByText("the notice says").count()).resolves.toBe(0);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await shot(opened, name);
      await page.context().close();
    },
  );

  test.each([
    // a Bcc the user typed: the corrected address alone, the others get no second copy
    [
      join(LAB_RECIPIENTS, "postfix", "rc-bcc-refusal.eml"),
      "unknown@lab.test",
      { toRecipients: ["unknown@lab.test"], ccRecipients: [] },
      "outlook-bcc-resend",
    ],
    // a domain typo in Cc, the To recipient failed too: the correction in To, the kept Cc in Cc
    [
      join(FIXTURES, "templates", "exchange2003-three-mixed.eml"),
      "ops@porto-logistic.example.pt",
      {
        toRecipients: ["ops@porto-logistica.example.pt"],
        ccRecipients: ["files@reilly-freight.example.ie"],
      },
      "outlook-typo-cc-resend",
    ],
  ])("%s: resend for %s opens the right recipients", async (file, address, form, name) => {
    const opened = await openPane(pane.browser, pane.site.origin, {
      item: emlItem(file, "Undeliverable: x"),
    });
    const { page } = opened;
    await cards(page).first().waitFor();
    const card = page.locator(`[data-testid="recipient-card"][data-address="${address}"]`);
    await card.getByRole("button", { name: STRINGS.en.resend }).click();
    await page.getByText(STRINGS.en.resendOpened).waitFor();
    const calls = await page.evaluate(
      () => (window as unknown as { __officeStubCalls: unknown[] }).__officeStubCalls,
    );
    expect(calls).toEqual([
      { api: "displayNewMessageFormAsync", form: expect.objectContaining(form) },
    ]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(opened, name);
    await page.context().close();
  });
});

describe("standalone (no office.js)", () => {
  async function standalone(): Promise<OpenPane> {
    const opened = await openPane(pane.browser, pane.site.origin, "none");
    await opened.page.getByTestId("paste-input").waitFor();
    return opened;
  }

  test("pasting a bounce's text explains it", async () => {
    const opened = await standalone();
    const { page } = opened;
    await expect(page.getByText(STRINGS.en.standaloneIntro).count()).resolves.toBe(1);
    await page.getByTestId("paste-input").fill(readFileSync(EXO_NOT_FOUND, "latin1"));
    await page.getByTestId("analyze-button").click();
    expect(await cardAddresses(page)).toEqual(["kijitora@example.com"]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(opened, "standalone-paste");
    expect(foreignRequests(opened, pane.site.origin)).toEqual([]);
    await page.context().close();
  });

  test("dropping an .eml file explains it", async () => {
    const opened = await standalone();
    const { page } = opened;
    const bytes = [...readFileSync(EXO_TYPO)];
    const transfer = await page.evaluateHandle((data) => {
      const dt = new DataTransfer();
      dt.items.add(
        new File([new Uint8Array(data)], "Undeliverable.eml", { type: "message/rfc822" }),
      );
      return dt;
    }, bytes);
    const zone = page.getByTestId("drop-zone");
    await zone.dispatchEvent("dragenter", { dataTransfer: transfer });
    await zone.dispatchEvent("dragover", { dataTransfer: transfer });
    await zone.dispatchEvent("drop", { dataTransfer: transfer });
    expect(await cardAddresses(page)).toEqual(["kenji.tanaka@gmial.com"]);
    await page.context().close();
  });

  test("picking an Outlook .msg delivery report explains every failed recipient", async () => {
    const opened = await standalone();
    const { page } = opened;
    await page.getByLabel(STRINGS.en.fileInputLabel).setInputFiles(NDR_MSG);
    expect(await cardAddresses(page)).toEqual([
      "jon.doe@fabrikam.example",
      "sales@contoso.exmaple",
    ]);
    await shot(opened, "standalone-msg");
    expect(foreignRequests(opened, pane.site.origin)).toEqual([]);
    await page.context().close();
  });

  // Whether the sending server retries is the notice's: a delay says it still does and offers no
  // resend or retry; the notice that it gave up says so. Greylisting given up on is no wait's to
  // clear (its retries never counted): it offers no "retry later" either, but the help-desk summary
  // (lasting-deferral.test.ts).
  test.each([
    [DELAY_WARNING, "tries again by itself until", false],
    [GAVE_UP, "has now given up", true],
  ])("%s: the card tells the retries as the notice does", async (file, words, retry) => {
    const opened = await standalone();
    const { page } = opened;
    await page.getByTestId("paste-input").fill(readFileSync(file, "latin1"));
    await page.getByTestId("analyze-button").click();
    expect(await cardAddresses(page)).toEqual(["greylist@lab.test"]);
    const card = cards(page).first();
    await expect(card.getByText(words).count()).resolves.toBe(1);
    await expect(card.getByText("tries again by itself").count()).resolves.toBe(retry ? 0 : 1);
    await expect(card.getByRole("button", { name: STRINGS.en.retryLater }).count()).resolves.toBe(
      0,
    );
    await expect(card.getByRole("button", { name: STRINGS.en.copySummary }).count()).resolves.toBe(
      1,
    );
    await expect(card.getByRole("button", { name: STRINGS.en.resend }).count()).resolves.toBe(0);
    await shot(opened, retry ? "standalone-gave-up" : "standalone-delay");
    await page.context().close();
  });

  test("the built-in samples work offline", async () => {
    const opened = await standalone();
    const { page } = opened;
    await page.getByTestId("sample-domain-typo").click();
    expect((await cardAddresses(page)).length).toBeGreaterThan(0);
    await shot(opened, "standalone-sample");
    expect(foreignRequests(opened, pane.site.origin)).toEqual([]);
    await page.context().close();
  });
});

// What a user brings when Outlook keeps the report from add-ins: text pasted without headers, an
// Exchange NDR's part without the address, and Outlook .msg reports of every class. Each page's
// cards are the command's (the engine's) for the same input: address, badge and owner.
describe("pasted texts and .msg reports, several through one page (stand-in host, no item)", () => {
  const PASTED = join(ROOT, "test", "fixtures", "pasted");
  const MSG = join(ROOT, "test", "fixtures", "msg");
  const REACHED = new Set(["delivered", "relayed", "expanded"]);

  interface Shown {
    readonly address: string | null;
    readonly badges: string[];
    readonly owner: string | null | undefined;
    readonly buttons: string[];
  }

  async function shownCards(page: Page): Promise<Shown[]> {
    return cards(page).evaluateAll((els) =>
      els.map((el) => ({
        address: el.getAttribute("data-address"),
        badges: Array.from(el.querySelectorAll(".fui-Badge"), (b) => b.textContent ?? ""),
        owner: el.querySelector('[data-testid="owner"]')?.getAttribute("data-owner"),
        buttons: Array.from(el.querySelectorAll("button"), (b) => b.textContent ?? ""),
      })),
    );
  }

  /** Which of these buttons the card shows. */
  const offers = (card: Shown, ...names: string[]) => card.buttons.filter((b) => names.includes(b));

  /** The command's answer, as the pane's cards would show it. */
  function engineCards(input: AnalyzeInput, t: (typeof STRINGS)["en"]) {
    const d = diagnose(analyze(input));
    const shown = d.recipients.filter((r) => !REACHED.has(r.action?.toLowerCase() ?? ""));
    return {
      kind: d.kind,
      cards: shown.map((r) => ({
        address: r.address,
        badge: d.kind === "held" ? t.held : r.temporary ? t.temporary : t.permanent,
        owner: r.explanation.owner,
      })),
    };
  }

  const matches = (shown: Shown[], want: ReturnType<typeof engineCards>["cards"]) =>
    expect(shown.map((c) => ({ address: c.address, badge: c.badges[0], owner: c.owner }))).toEqual(
      want,
    );

  test("pasted texts: the command's cards; no resend or autocomplete offer without an address; markup stays text", async () => {
    const t = STRINGS.en;
    // Consecutive texts give different cards, so each wait sees the new answer.
    const texts: readonly [string, string][] = [
      ["no address, real", "noaddr-mimecast"],
      ["Outlook copy, ja", "exchange-online--exo-ja-5.1.10-recipient-not-found--copy.txt"],
      ["no address, 5.1.1", "noaddr-user-unknown"],
      ["body, de delay", "delays--exchange-de-two-recipients--body.txt"],
      ["with details, fr", "exchange-online--ex2019-fr-5.7.1-not-authorized--diag.txt"],
      ["no address, markup", "noaddr-markup"],
    ];
    const ADMIN = [
      "Diagnostic information for administrators:",
      "Generating server: AM0PR01MB1234.eurprd01.prod.exchangelabs.com",
    ];
    const written: Record<string, string> = {
      // https://misstech.co.uk/2015/05/01/sharepoint-online-sharing-emails-rejected-bounced-ndr/
      "noaddr-mimecast": [
        "Your message wasn't delivered because the recipient's email provider rejected it.",
        "",
        ...ADMIN,
        "Remote Server returned '< #5.5.0 smtp;550 Administrative Lockout - Inbound not allowed >'",
      ].join("\n"),
      "noaddr-user-unknown": [...ADMIN, "Remote Server returned '550 5.1.1 User unknown'"].join(
        "\n",
      ),
      "noaddr-markup": [
        ...ADMIN,
        `Remote Server returned '550 5.1.10 <img src=x onerror="window.__pwned=1"> not found'`,
      ].join("\n"),
    };
    const opened = await openPane(pane.browser, pane.site.origin, { item: null });
    const { page } = opened;
    await page.getByTestId("paste-input").waitFor();
    for (const [form, name] of texts) {
      const text = written[name] ?? readFileSync(join(PASTED, name), "utf8");
      const want = engineCards(text, t);
      await page.getByTestId("paste-input").fill(text);
      await page.getByTestId("analyze-button").click();
      await page.waitForFunction(
        (addresses) =>
          JSON.stringify(
            Array.from(document.querySelectorAll('[data-testid="recipient-card"]'), (el) =>
              el.getAttribute("data-address"),
            ),
          ) === addresses,
        JSON.stringify(want.cards.map((c) => c.address)),
      );
      await expect(
        page.getByRole("heading", { level: 2, name: t.kindTitle[want.kind] }).count(),
      ).resolves.toBe(1);
      const shown = await shownCards(page);
      matches(shown, want.cards);
      for (const card of shown.filter((c) => c.address === "" || c.badges[0] !== t.permanent)) {
        // nobody to send to or point at; a delay is still being retried
        expect([form, offers(card, t.resend, t.autocomplete, t.retryLater)]).toEqual([form, []]);
      }
      if (name === "noaddr-user-unknown") await shot(opened, "paste-no-address");
    }
    const noAddress = cards(page).first();
    await expect(noAddress.getByRole("heading", { level: 3 }).textContent()).resolves.toBe(
      t.noAddress,
    );
    await expect(noAddress.getByLabel(t.resendAddressLabel).count()).resolves.toBe(0);
    await expect(noAddress.textContent()).resolves.toContain(
      '<img src=x onerror="window.__pwned=1">',
    );
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      images: document.querySelectorAll("main img").length,
    }));
    expect(state).toEqual({ pwned: null, images: 0 });
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(foreignRequests(opened, pane.site.origin)).toEqual([]);
    await page.context().close();
  });

  test("every Outlook .msg report dropped on one pane (ja, dark): the command's cards; a delay offers no send again", async () => {
    const t = STRINGS.ja;
    const opened = await openPane(pane.browser, pane.site.origin, {
      displayLanguage: "ja-JP",
      isDarkTheme: true,
      item: null,
    });
    const { page } = opened;
    const zone = page.getByTestId("drop-zone");
    await zone.waitFor();
    const files = readdirSync(MSG).filter((f) => f.endsWith(".msg"));
    expect(files).toHaveLength(13);
    for (const name of files) {
      const bytes = readFileSync(join(MSG, name));
      const read = await readBounceFile(name, new Uint8Array(bytes));
      if (!read.ok) throw new Error(`${name}: ${read.message ?? read.failure}`);
      const want = engineCards(read.bounce.input, t);
      const transfer = await page.evaluateHandle(
        ([data, file]) => {
          const dt = new DataTransfer();
          dt.items.add(new File([new Uint8Array(data)], file));
          return dt;
        },
        [[...bytes], name] as const,
      );
      await zone.dispatchEvent("dragover", { dataTransfer: transfer });
      await zone.dispatchEvent("drop", { dataTransfer: transfer });
      if (want.kind === "not-a-bounce") {
        await page.getByText(t.failures["not-a-bounce"]).first().waitFor();
        continue;
      }
      await page.getByText(t.sourceName(name)).waitFor();
      await expect(
        page.getByRole("heading", { level: 2, name: t.kindTitle[want.kind] }).count(),
      ).resolves.toBe(1);
      const shown = await shownCards(page);
      matches(shown, want.cards);
      if (want.kind === "delayed") {
        for (const card of shown) {
          expect(offers(card, t.resend, t.retryLater)).toEqual([]);
        }
        await shot(opened, "drop-ja-dark-delay-msg");
      }
      if (name === "x500-ndr.msg") {
        // the resend waits for an address to be typed, without an error shown first
        const card = cards(page).first();
        await expect(card.getByLabel(t.resendAddressLabel).inputValue()).resolves.toBe("");
        await expect(card.getByText(t.resendInvalid).count()).resolves.toBe(0);
        await shot(opened, "drop-ja-dark-x500-msg");
      }
      if (name === "ndr-mixed.msg") expect(await seriousA11yViolations(page)).toEqual([]);
    }
    expect(foreignRequests(opened, pane.site.origin)).toEqual([]);
    await page.context().close();
  });
});
