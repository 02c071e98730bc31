// UTF-7 (RFC 2152), which TextDecoder does not know: "+" opens a run of modified base64 holding
// UTF-16 code units, "-" or any non-base64 char closes it, "+-" is a literal "+".

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function decodeUtf7(binary: string): string {
  let out = "";
  let i = 0;
  while (i < binary.length) {
    const plus = binary.indexOf("+", i);
    if (plus < 0) {
      out += binary.slice(i);
      break;
    }
    out += binary.slice(i, plus);
    let j = plus + 1;
    if (binary[j] === "-") {
      out += "+";
      i = j + 1;
      continue;
    }
    let bits = 0;
    let nbits = 0;
    const units: number[] = [];
    for (; j < binary.length; j++) {
      const v = ALPHABET.indexOf(binary[j] ?? "");
      if (v < 0) break;
      bits = ((bits << 6) | v) & 0xffffff;
      nbits += 6;
      if (nbits >= 16) {
        nbits -= 16;
        units.push((bits >> nbits) & 0xffff);
      }
    }
    out += String.fromCharCode(...units);
    i = binary[j] === "-" ? j + 1 : j;
  }
  return out;
}
