// What the pane says when its UI chunk (React, Fluent UI, the shell) cannot load: plain text in
// the page, with none of the UI's parts to say it with, rather than a blank pane.

export const NO_UI = {
  en: "NDR Explainer could not load. Check your connection, then close and reopen the pane.",
  ja: "NDR Explainer を読み込めませんでした。接続を確認してから、ウィンドウを閉じて開き直してください。",
};

export function showNoUi(container: HTMLElement, displayLanguage: string): void {
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.textContent = displayLanguage.toLowerCase().startsWith("ja") ? NO_UI.ja : NO_UI.en;
  container.replaceChildren(message);
}
