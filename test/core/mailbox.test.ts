// isMailbox: the one test of what may be reported as an address.
import { isMailbox } from "../../src/core/mailbox";

describe("isMailbox", () => {
  test.each([
    ["user@example.com"],
    ["first.last+tag@mail.example.co.jp"],
    ["o'brien@example.ie"],
    ["IMCEAEX-_O=EXAMPLE_OU=EXCHANGE+20ADMINISTRATIVE+20GROUP_CN=RECIPIENTS_CN=JSMITH@example.com"],
    ["taro..hanako.@docomo.example.ne.jp"],
    ['"john smith"@example.org'],
    ['"山田 太郎"@example.jp'],
    ["🐈🐈@example.org"],
    ["用户@例子.广告"],
    ["user@[192.0.2.1]"],
    ["user@xn--bcher-kva.example"],
  ])("%s is a mailbox", (address) => expect(isMailbox(address)).toBe(true));

  test.each([
    ["/S=Wagner/G=Franz/O=STADTWERKE/PRMD=LINDAU/ADMD=VIAT/C=DE/"],
    ["CN=Maria Lopez/OU=Claims/O=Greenfield"],
    ["wkim"],
    ["@mx.example.org"],
    ["user@localhost"],
    ["user@example.123"],
    ["user@-example.com"],
    ["us er@example.com"],
    ["user\u0000@example.com"],
    ["\ufffd\ufffd@example.com"],
    ["e\u0085@n.ab"],
    ["user@exa mple.com"],
    ["user@example..com"],
    [`${"a".repeat(300)}@example.com`],
    // a quoted local part holds no quotes, brackets, backslash or "@": markup, not mail
    ['"<img src=x onerror=alert(9)>"@evil.example'],
    ['"a@b"@example.org'],
    ['"x\\"y"@example.org'],
  ])("%s is not", (address) => expect(isMailbox(address)).toBe(false));
});
