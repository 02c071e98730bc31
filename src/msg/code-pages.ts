// Windows code pages (PidTagMessageCodepage) to the encoding names both TextDecoder and
// iconv-lite know: a non-Unicode .msg ("Outlook Message Format", PT_STRING8 strings) is written
// in its code page, Shift_JIS by a Japanese Outlook.
const CODE_PAGES: Readonly<Record<number, string>> = {
  874: "windows-874",
  932: "shift_jis",
  936: "gbk",
  949: "euc-kr",
  950: "big5",
  1250: "windows-1250",
  1251: "windows-1251",
  1252: "windows-1252",
  1253: "windows-1253",
  1254: "windows-1254",
  1255: "windows-1255",
  1256: "windows-1256",
  1257: "windows-1257",
  1258: "windows-1258",
  20866: "koi8-r",
  21866: "koi8-u",
  28591: "iso-8859-1",
  28592: "iso-8859-2",
  28595: "iso-8859-5",
  28597: "iso-8859-7",
  28605: "iso-8859-15",
  51932: "euc-jp",
  54936: "gb18030",
  65001: "utf-8",
};

/** The encoding of a code page, undefined for one not listed. */
export function codePageEncoding(codePage: unknown): string | undefined {
  return typeof codePage === "number" ? CODE_PAGES[codePage] : undefined;
}
