// Steps to remove a stale autocomplete suggestion in the user's Outlook (no API can do it).
import { makeStyles, tokens } from "@fluentui/react-components";
import { PersonDeleteRegular } from "@fluentui/react-icons";
import type { ClientKind } from "../../office/types";
import { usePane } from "../context";
import type { AutocompleteClient } from "../strings";
import { RevealAction } from "./RevealAction";

const ALL: readonly AutocompleteClient[] = ["classic-windows", "mac", "web"];

/** Which guidance fits the client; outside a known desktop or web client, all of it. */
function clientsFor(client: ClientKind): readonly AutocompleteClient[] {
  switch (client) {
    case "classic-windows":
    case "mac":
      return [client];
    case "web":
    case "new-outlook":
      return ["web"];
    default:
      return ALL;
  }
}

const useStyles = makeStyles({
  title: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalS} 0 0` },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** `entry`: the address the user wrote (writtenAddress), which the suggestion holds; none for an
 * X.500 name, which Outlook shows as a person's name only. */
export function AutocompleteHelp(props: { readonly entry: string | undefined }) {
  const { t, host } = usePane();
  const styles = useStyles();
  return (
    <RevealAction label={t.autocomplete} icon={<PersonDeleteRegular />}>
      <p>{t.autocompleteIntro}</p>
      {props.entry !== undefined && <p>{t.autocompleteEntry(props.entry)}</p>}
      {clientsFor(host.client).map((c) => {
        const guide = t.autocompleteClients[c];
        return (
          <section key={c} aria-label={guide.title}>
            <h5 className={styles.title}>{guide.title}</h5>
            <ol className={styles.steps}>
              {guide.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </section>
        );
      })}
    </RevealAction>
  );
}
