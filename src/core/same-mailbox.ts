// Whether two addresses of one recipient are the same mailbox spelled twice, not an alias, list or
// forward that sent the message on to another one: the local part in another case or with a
// "+tag", the domain a host of the same organization (user@example.jp, user@mx.example.jp) or a
// mail host's routing domain for its tenants' mailboxes (Microsoft 365's hybrid routing address
// user@tenant.mail.onmicrosoft.com, Google Workspace's user@example.com.test-google-a.com).
import { organizationalDomain } from "./diagnosis/auth";

const ROUTING = /(?:^|\.)(?:onmicrosoft\.com|test-google-a\.com)$/;

/** The local part as compared: lower-case, without a "+tag". */
function localKey(local: string): string {
  const plus = local.indexOf("+");
  return (plus > 0 ? local.slice(0, plus) : local).toLowerCase();
}

export function sameMailbox(a: string, b: string): boolean {
  const [x, y] = [a.trim().toLowerCase(), b.trim().toLowerCase()];
  if (x === y) return true;
  const [ax, ay] = [x.lastIndexOf("@"), y.lastIndexOf("@")];
  if (ax < 0 || ay < 0 || localKey(x.slice(0, ax)) !== localKey(y.slice(0, ay))) return false;
  const [dx, dy] = [x.slice(ax + 1), y.slice(ay + 1)];
  return (
    dx === dy ||
    organizationalDomain(dx) === organizationalDomain(dy) ||
    ROUTING.test(dx) ||
    ROUTING.test(dy)
  );
}
