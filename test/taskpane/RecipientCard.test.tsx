import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screen, within, fireEvent } from "@testing-library/react";
import { analyze, diagnose, type DiagnosedRecipient } from "../../src/core";
import { Results } from "../../src/taskpane/components/Results";
import {
  delayedRecipient,
  diagnosisOf,
  fakeHost,
  renderInPane,
  typoExplanation,
  typoRecipient,
} from "./fixtures";

describe("recipient cards", () => {
  it("shows one card per failed recipient, with what happened, the owner and the fix (en)", () => {
    renderInPane(<Results diagnosis={diagnosisOf(typoRecipient, delayedRecipient)} />);
    const cards = screen.getAllByTestId("recipient-card");
    expect(cards.map((c) => c.getAttribute("data-address"))).toEqual([
      "kenji@gmial.com",
      "accounts@northwind.example",
    ]);
    const card = within(screen.getAllByTestId("recipient-card")[0] as HTMLElement);
    expect(card.getByRole("heading", { level: 3 }).textContent).toBe("kenji@gmial.com");
    expect(card.getByText("The address does not exist at the receiving server.")).toBeTruthy();
    expect(card.getByTestId("owner").textContent).toContain("Fix-it owner: You");
    expect(card.getByText("Permanent failure")).toBeTruthy();
    expect(card.getByText("Code 5.1.1")).toBeTruthy();
    expect(card.getByRole("heading", { name: "How to fix it" })).toBeTruthy();
    expect(card.getByText("Check the address and send again.")).toBeTruthy();
    expect(
      card.getByText("gmial.com looks like a typo: did you mean kenji@gmail.com?"),
    ).toBeTruthy();
    expect(card.getByText("5.1.1").tagName).toBe("PRE");
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(
      "Your message was not delivered",
    );
  });

  it("speaks Japanese when Outlook's display language is ja-JP", () => {
    renderInPane(
      <Results diagnosis={diagnosisOf(typoRecipient)} />,
      fakeHost({ displayLanguage: "ja-JP" }),
    );
    const card = within(screen.getByTestId("recipient-card"));
    expect(card.getByText("受信側のサーバーにそのアドレスは存在しません。")).toBeTruthy();
    expect(card.getByTestId("owner").textContent).toContain("対応する人: あなた");
    expect(card.getByText("永続的なエラー")).toBeTruthy();
    expect(card.getByRole("button", { name: "正しいアドレスに送り直す" })).toBeTruthy();
    expect(screen.getByText("メッセージは配信されませんでした")).toBeTruthy();
  });

  it("says so when the report names no mailbox (an X.400 name is not shown as one)", () => {
    renderInPane(<Results diagnosis={diagnosisOf({ ...delayedRecipient, address: "" })} />);
    const card = within(screen.getByTestId("recipient-card"));
    expect(card.getByRole("heading", { level: 3 }).textContent).toBe("(no address in the report)");
  });

  it.each([
    // the administrators' part of an Exchange NDR pasted alone: the answer, no address
    "Remote Server returned '550 5.1.1 User unknown'",
    "Remote Server returned '550 5.1.10 RESOLVER.ADR.ExRecipNotFound; not found'",
  ])("a card with no address offers no resend and no autocomplete removal (%s)", (answer) => {
    const text = [
      "Diagnostic information for administrators:",
      "Generating server: AM0PR01MB1234.eurprd01.prod.exchangelabs.com",
      answer,
    ].join("\n");
    renderInPane(<Results diagnosis={diagnose(analyze(text))} />);
    const card = within(screen.getByTestId("recipient-card"));
    expect(card.getByRole("heading", { level: 3 }).textContent).toBe("(no address in the report)");
    expect(card.getByTestId("owner").getAttribute("data-owner")).toBe("you");
    expect(card.queryByLabelText("Send to")).toBeNull();
    expect(card.queryByRole("button", { name: "Resend to a corrected address" })).toBeNull();
    expect(card.queryByRole("button", { name: "Remove the stale autocomplete entry" })).toBeNull();
    expect(card.getByRole("button", { name: "Copy summary for the help desk" })).toBeTruthy();
    // what the report says is its own lines, not our finding that it names no address
    expect(card.getByText(answer)).toBeTruthy();
    expect(card.queryByText(/names no address|no address before/)).toBeNull();
  });

  it("names the recipient's admin as owner and says until when the server retries a delay", () => {
    renderInPane(<Results diagnosis={diagnosisOf(delayedRecipient)} />);
    const card = within(screen.getByTestId("recipient-card"));
    expect(card.getByTestId("owner").textContent).toContain("The recipient's admin");
    expect(card.getByText("Temporary problem")).toBeTruthy();
    expect(card.getByText(/keeps the message and tries again by itself until .*2026/)).toBeTruthy();
    expect(screen.getByText("Your message has not been delivered yet")).toBeTruthy();
  });

  it("keeps admin steps and admin details folded until asked for", () => {
    renderInPane(<Results diagnosis={diagnosisOf(typoRecipient)} />);
    const details = screen.getByRole("button", { name: "Admin details" });
    expect(details.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByTestId("admin-details")).toBeNull();
    expect(screen.getByRole("heading", { level: 4, name: "Admin details" })).toBeTruthy();

    fireEvent.click(details);
    const panel = within(screen.getByTestId("admin-details"));
    expect(details.getAttribute("aria-expanded")).toBe("true");
    expect(panel.getByText("Generating server")).toBeTruthy();
    expect(panel.getByText("AM0PR01MB6402.eurprd01.prod.exchangelabs.com")).toBeTruthy();
    expect(panel.getByText("mx1.gmial.com")).toBeTruthy();
    expect(panel.getByText(/4 s after the previous hop/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "For your admin" }));
    expect(screen.getByText("Look up the recipient's MX.")).toBeTruthy();
  });

  it("shows hostile text from the email as literal text and creates no element from it", () => {
    const payload = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">';
    const hostile: DiagnosedRecipient = {
      ...typoRecipient,
      address: `<b>x</b>@evil.example`,
      diagnostic: payload,
      evidence: [{ fact: "diagnostic", source: "body", text: `javascript:alert(1) ${payload}` }],
      explanation: { ...typoExplanation, addressHints: [] },
    };
    const { container } = renderInPane(<Results diagnosis={diagnosisOf(hostile)} />);
    fireEvent.click(screen.getByRole("button", { name: "Admin details" }));

    expect(screen.getByText(`javascript:alert(1) ${payload}`).tagName).toBe("PRE");
    expect(screen.getByText(payload).tagName).toBe("DD");
    expect(screen.getByRole("heading", { level: 3 }).textContent).toBe("<b>x</b>@evil.example");
    expect(container.querySelectorAll("script, img, b, a").length).toBe(0);
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it("makes no card for recipients the message reached", () => {
    const delivered = { ...typoRecipient, address: "ok@contoso.com", action: "delivered" };
    renderInPane(<Results diagnosis={diagnosisOf(typoRecipient, delivered)} />);
    expect(screen.getAllByTestId("recipient-card")).toHaveLength(1);
  });

  it.each([
    ["delivered", "Your message was delivered", "This is a delivery receipt: nothing failed."],
    ["autoreply", "This is an automatic reply, not a bounce", /out of office/],
    ["feedback", "This is a spam complaint report", /marked as spam/],
  ] as const)("tells what the %s report is, with no failure card", (kind, title, body) => {
    renderInPane(<Results diagnosis={{ ...diagnosisOf(), kind }} />);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(title);
    expect(screen.getByText(body)).toBeTruthy();
    expect(screen.queryByTestId("recipient-card")).toBeNull();
  });

  it.each([
    // [lab bounce, the original's To, the card shows the not-written steps]
    ["exim/unknown-refusal.eml", "team@lists.lab.test", true],
    ["exim/unknown-refusal.eml", "unknown@lab.test", false],
    ["postfix/unknown-refusal.eml", "unknown@lab.test", false],
    // Postfix's notice shows the address was given as it is to the server the message was
    // submitted to (its own Received line only, Original-Recipient the address itself): a Bcc the
    // user typed keeps the typed steps and the resend, its own step saying to check and correct it
    ["postfix/unknown-refusal.eml", "team@lists.lab.test", false],
  ])("%s sent to %s: steps for an address the user did not write: %s", (file, to, hidden) => {
    const lab = join(__dirname, "..", "corpus", "lab", "maildir", file);
    const text = readFileSync(lab, "latin1").replace(
      "To: Lab Team <team@lists.lab.test>",
      `To: Lab Team <${to}>`,
    );
    renderInPane(<Results diagnosis={diagnose(analyze(text))} />);
    const card = within(screen.getByTestId("recipient-card"));
    expect(card.queryByText(/^You did not write this address in To or Cc/) !== null).toBe(hidden);
    const bcc = file.startsWith("postfix/") && to.startsWith("team@");
    expect(card.queryByText(/^You added this address as Bcc/) !== null).toBe(bcc);
    // (the Bcc step checks and corrects the address itself: no second check step that resends)
    expect(card.queryByText(/^Check the address for typos/) !== null).toBe(!hidden && !bcc);
    expect(card.queryByRole("button", { name: "Resend to a corrected address" }) === null).toBe(
      hidden,
    );
    expect(
      card.queryByRole("button", { name: "Remove the stale autocomplete entry" }) === null,
    ).toBe(hidden);
  });

  // A held post or a sender check is neither a failure nor a passing problem: the card's badge
  // said "Permanent failure" over a challenge and "Temporary problem" over a list's held post.
  it.each([
    ["challenges/boxtrapper-verify.eml", "en-US", "Held, not refused"],
    ["challenges/near-miss-list-moderation-hold.eml", "en-US", "Held, not refused"],
    ["challenges/japanese-sender-confirm.eml", "ja-JP", "保留中 (拒否されていません)"],
  ])("%s: a held message's card says it is held (%s)", (file, displayLanguage, badge) => {
    const text = readFileSync(join(__dirname, "..", "fixtures", file), "latin1");
    const diagnosis = diagnose(analyze(text));
    expect(diagnosis.kind).toBe("held");
    renderInPane(<Results diagnosis={diagnosis} />, fakeHost({ displayLanguage }));
    const card = within(screen.getByTestId("recipient-card"));
    expect(card.getByText(badge)).toBeTruthy();
    for (const shown of [
      "Permanent failure",
      "Temporary problem",
      "永続的なエラー",
      "一時的な問題",
    ])
      expect(card.queryByText(shown)).toBeNull();
  });

  // A text notice without actions is read as delayed from its words; that conclusion was shown
  // as a line of the report, in English in a Japanese pane.
  it("a delay read from a notice's words shows the notice's lines, not our conclusion", () => {
    const file = join(__dirname, "..", "fixtures", "delays", "groupwise-gwia-retry-schedule.eml");
    const diagnosis = diagnose(analyze(readFileSync(file, "latin1")));
    expect(diagnosis.kind).toBe("delayed");
    renderInPane(<Results diagnosis={diagnosis} />, fakeHost({ displayLanguage: "ja-JP" }));
    const card = within(screen.getByTestId("recipient-card"));
    expect(card.getByText(/Host Down, try again later/)).toBeTruthy();
    expect(card.queryByText(/the notice says/)).toBeNull();
  });
});
