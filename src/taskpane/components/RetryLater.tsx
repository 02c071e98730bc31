// When to try again: after the sending server's own retries (Will-Retry-Until) or after a pause.
import { ClockRegular } from "@fluentui/react-icons";
import { usePane } from "../context";
import { formatDate } from "../format";
import { RevealAction } from "./RevealAction";

export function RetryLater({ willRetryUntil }: { readonly willRetryUntil: string | undefined }) {
  const { t, lang } = usePane();
  return (
    <RevealAction label={t.retryLater} icon={<ClockRegular />}>
      <p>
        {willRetryUntil ? t.retryLaterUntil(formatDate(willRetryUntil, lang)) : t.retryLaterSoon}
      </p>
    </RevealAction>
  );
}
