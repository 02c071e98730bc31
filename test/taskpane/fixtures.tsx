// Hand-made diagnoses and a fake MailHost for the pane's component tests.
import type { ReactElement } from "react";
import { act, render, type RenderResult } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { DiagnosedRecipient, Diagnosis, Explanation } from "../../src/core";
import { SENDER } from "../../src/core/catalog/steps";
import type { LoadResult, MailHost, NewMessageForm } from "../../src/office/types";
import { App } from "../../src/taskpane/App";
import { Pane } from "../../src/taskpane/context";
import { STRINGS, uiLang } from "../../src/taskpane/strings";

export const typoExplanation: Explanation = {
  id: "exo-5.1.1",
  code: "5.1.1",
  title: "Bad destination mailbox address",
  source: "exchange-online",
  owner: "you",
  temporary: false,
  summary: {
    en: "The address does not exist at the receiving server.",
    ja: "受信側のサーバーにそのアドレスは存在しません。",
  },
  cause: { en: "The recipient's server rejected the mailbox.", ja: "受信側が拒否しました。" },
  fix: [{ en: "Check the address and send again.", ja: "アドレスを確認して送り直します。" }],
  adminFix: [{ en: "Look up the recipient's MX.", ja: "受信者の MX を調べます。" }],
  actions: ["resend-corrected-address", "clear-autocomplete-entry", "copy-summary"],
  confidence: "exact",
  evidence: [{ fact: "status", source: "dsn", field: "Status", text: "5.1.1" }],
  addressHints: [
    {
      kind: "domain-typo",
      text: {
        en: "gmial.com looks like a typo: did you mean kenji@gmail.com?",
        ja: "gmial.com は入力ミスのようです。kenji@gmail.com ではありませんか?",
      },
      suggestion: "kenji@gmail.com",
    },
  ],
  resendTo: "kenji@gmail.com",
};

export const typoRecipient: DiagnosedRecipient = {
  address: "kenji@gmial.com",
  action: "failed",
  status: "5.1.1",
  replyCode: "550",
  diagnostic: "550 5.1.1 <kenji@gmial.com>: Recipient address rejected: User unknown",
  remoteServer: "mx1.gmial.com",
  temporary: false,
  reason: "userunknown",
  evidence: [
    {
      fact: "diagnostic",
      source: "dsn",
      field: "Diagnostic-Code",
      text: "smtp;550 5.1.1 <kenji@gmial.com>: Recipient address rejected: User unknown",
    },
  ],
  explanation: typoExplanation,
};

export const delayedRecipient: DiagnosedRecipient = {
  address: "accounts@northwind.example",
  action: "delayed",
  status: "4.4.7",
  temporary: true,
  willRetryUntil: "Sat, 21 Nov 2026 06:18:09 +0000",
  reason: "expired",
  evidence: [],
  explanation: {
    ...typoExplanation,
    id: "exo-4.4.7",
    code: "4.4.7",
    owner: "recipient-admin",
    temporary: true,
    // as diagnose() tells a delay: the meaning, then the notice's sentence on the retries
    summary: {
      en: "The message has not been delivered yet. Your mail server keeps the message and tries again by itself until Sat, 21 Nov 2026 06:18:09 +0000.",
      ja: "メッセージはまだ配信されていません。送信側のメール サーバーがメッセージを保持し、Sat, 21 Nov 2026 06:18:09 +0000 まで自動で再試行を続けます。",
    },
    fix: [SENDER.waitForRetry],
    actions: ["wait-for-retry", "copy-summary"],
    addressHints: [],
  },
};

export function diagnosisOf(...recipients: DiagnosedRecipient[]): Diagnosis {
  return {
    kind: recipients.every((r) => r.temporary) ? "delayed" : "failed",
    dialect: "rfc3464",
    generatingServer: "AM0PR01MB6402.eurprd01.prod.exchangelabs.com",
    recipients,
    original: {
      subject: "Contract draft",
      from: "megan@contoso.com",
      to: ["kenji@gmial.com", "yuki@fabrikam.example"],
      cc: ["alex@contoso.com"],
      received: [
        { from: "client", by: "AM0PR01MB6402", date: "Tue, 17 Nov 2026 09:13:58 +0000" },
        { from: "AM0PR01MB6402", by: "mx1.gmial.com", delaySeconds: 4 },
      ],
      authenticationResults: [],
    },
    evidence: [],
    warnings: [],
  };
}

export interface FakeHost extends MailHost {
  readonly opened: NewMessageForm[];
  /** Fires the pinned pane's ItemChanged listeners. */
  changeItem(next: LoadResult): void;
  /** Fires Outlook's drop event. */
  drop(result: LoadResult): void;
}

export function fakeHost(overrides: Partial<MailHost> & { current?: LoadResult } = {}): FakeHost {
  let current: LoadResult = overrides.current ?? {
    ok: false,
    failure: "no-item",
    message: "",
  };
  const itemListeners = new Set<() => void>();
  const dropListeners = new Set<(r: LoadResult) => void>();
  const opened: NewMessageForm[] = [];
  return {
    kind: "outlook",
    client: "web",
    displayLanguage: "en-US",
    isDarkTheme: false,
    canOpenNewMessage: true,
    loadCurrent: async () => current,
    onItemChanged: (l) => (itemListeners.add(l), () => void itemListeners.delete(l)),
    onDrop: (l) => (dropListeners.add(l), () => void dropListeners.delete(l)),
    openNewMessage: async (form) => (opened.push(form), { ok: true }),
    ...overrides,
    opened,
    changeItem(next) {
      current = next;
      itemListeners.forEach((l) => l());
    },
    drop(result) {
      dropListeners.forEach((l) => l(result));
    },
  };
}

/** Renders a pane component with the host's language, as App provides it. */
export function renderInPane(ui: ReactElement, host: MailHost = fakeHost()): RenderResult {
  const lang = uiLang(host.displayLanguage);
  return render(
    <FluentProvider theme={webLightTheme}>
      <Pane.Provider value={{ host, lang, t: STRINGS[lang] }}>{ui}</Pane.Provider>
    </FluentProvider>,
  );
}

/** The whole pane for `host`, rendered and its first effects run. */
export async function renderApp(host: MailHost): Promise<void> {
  await act(async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App host={host} />
      </FluentProvider>,
    );
  });
}
