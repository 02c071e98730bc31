// Reading manifest.xml in tests: elements by local name whatever their prefix, xsi:type, URLs.
export const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

export function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  if (doc.getElementsByTagName("parsererror").length > 0) throw new Error("manifest.xml: not XML");
  return doc;
}

export const all = (root: Document | Element): Element[] =>
  Array.from(root.getElementsByTagName("*"));
/** Elements by local name, whatever their prefix (bt:Url is "Url"). */
export const named = (root: Document | Element, name: string): Element[] =>
  all(root).filter((e) => e.localName === name);
export const xsiType = (el: Element | undefined): string | null =>
  el?.getAttributeNS(XSI, "type") ?? null;

/** Every URL the manifest names, in DefaultValue/Value attributes and AppDomain text. */
export function xmlUrls(doc: Document): string[] {
  const found: string[] = [];
  for (const el of all(doc)) {
    for (const attr of ["DefaultValue", "Value"]) {
      const value = el.getAttribute(attr);
      if (value && /^[a-z]+:\/\//i.test(value)) found.push(value);
    }
    if (el.localName === "AppDomain" && el.textContent) found.push(el.textContent.trim());
  }
  return found;
}
