// Which provider's published table gave the meaning, with a link to its page for senders. The
// page opens only on a click, through the host (the system browser in classic Outlook).
import type { MouseEvent } from "react";
import { Link, Text } from "@fluentui/react-components";
import type { ProviderRef } from "../../core";
import { usePane } from "../context";

export function ProviderSource(props: { readonly provider: ProviderRef }) {
  const { host, t } = usePane();
  const { name, page } = props.provider;
  // Catalog data, but checked anyway: only an https page becomes a link.
  if (!/^https:\/\/[^\s"<>]+$/.test(page)) return null;
  const open = (event: MouseEvent): void => {
    if (host.openLink === undefined) return;
    event.preventDefault();
    host.openLink(page);
  };
  return (
    <Text as="p" size={200} data-testid="provider-source">
      {t.meaningFrom(name)}{" "}
      <Link href={page} target="_blank" rel="noopener noreferrer" onClick={open}>
        {t.providerPage}
      </Link>
    </Text>
  );
}
