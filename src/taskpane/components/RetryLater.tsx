// When to try again, once the sending server has stopped retrying: after a pause.
import { ClockRegular } from "@fluentui/react-icons";
import { usePane } from "../context";
import { RevealAction } from "./RevealAction";

export function RetryLater() {
  const { t } = usePane();
  return (
    <RevealAction label={t.retryLater} icon={<ClockRegular />}>
      <p>{t.retryLaterSoon}</p>
    </RevealAction>
  );
}
