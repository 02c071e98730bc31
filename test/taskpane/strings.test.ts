import { STRINGS, uiLang } from "../../src/taskpane/strings";

describe("UI language", () => {
  it.each([
    ["ja-JP", "ja"],
    ["JA", "ja"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    ["", "en"],
  ])("%s -> %s", (tag, lang) => {
    expect(uiLang(tag)).toBe(lang);
  });

  it("has every text in both languages, and none left empty by mistake", () => {
    const leaves = (o: object, path = ""): [string, unknown][] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === "object" && !Array.isArray(v)
          ? leaves(v, `${path}${k}.`)
          : [[`${path}${k}`, v]],
      );
    const en = leaves(STRINGS.en);
    const ja = leaves(STRINGS.ja);
    expect(ja.map(([k]) => k)).toEqual(en.map(([k]) => k));
    const empty = ja.filter(([k, v]) => v === "" && k !== "kindBody.not-a-bounce");
    expect(empty).toEqual([]);
  });
});

describe("where the report says it, in Japanese", () => {
  it.each([
    ["body", "Exim report", "Exim のレポート (レポート本文)"],
    ["body", "Sendmail transcript", "Sendmail のやり取りの記録 (レポート本文)"],
    ["body", "Google Groups notice", "Google Groups の通知 (レポート本文)"],
    ["body", "list manager notice", "メーリング リスト管理ソフトの通知 (レポート本文)"],
    ["body", "text report", "テキストのレポート (レポート本文)"],
    ["body", "challenge", "送信者確認の依頼 (レポート本文)"],
    ["body", "MSEXCH", "MSEXCH (レポート本文)"],
    // the protocol's field names stay as they are
    ["dsn", "Diagnostic-Code", "Diagnostic-Code (配信ステータス)"],
    ["header", "From", "From (ヘッダー)"],
  ] as const)("%s %s", (source, field, label) => {
    expect(STRINGS.ja.evidenceFrom(source, field)).toBe(label);
  });

  it("in English, as the readers name it", () => {
    expect(STRINGS.en.evidenceFrom("body", "Exim report")).toBe("Exim report (report text)");
  });
});
