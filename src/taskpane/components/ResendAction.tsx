// Opens a new message to a corrected address, keeping the original subject and other recipients.
import { useState } from "react";
import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { MailArrowForwardRegular } from "@fluentui/react-icons";
import { isMailbox, resendForm, type DiagnosedRecipient, type Diagnosis } from "../../core";
import { usePane } from "../context";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
  },
  field: { alignSelf: "stretch" },
});

type Outcome = { readonly ok: boolean; readonly text: string } | undefined;

export function ResendAction(props: {
  readonly diagnosis: Diagnosis;
  readonly recipient: DiagnosedRecipient;
}) {
  const { recipient: r } = props;
  const { t, lang, host } = usePane();
  // the core decides what is offered: the address the user wrote, corrected where it can tell
  const offered = r.explanation.resendTo;
  const suggested = r.explanation.addressHints.some((h) => h.kind === "domain-typo");
  // the address offered is not the failed one: an alias or forward rewrote what the user wrote
  const rewritten =
    offered !== undefined && r.address !== "" && offered.toLowerCase() !== r.address.toLowerCase();
  const [address, setAddress] = useState(offered ?? "");
  const [outcome, setOutcome] = useState<Outcome>();
  const valid = isMailbox(address.trim());
  const styles = useStyles();

  async function resend() {
    const { to, cc, subject, note } = resendForm(props.diagnosis, r.address, address.trim(), lang);
    const result = await host.openNewMessage({ to, cc, subject, body: note });
    setOutcome(
      result.ok
        ? { ok: true, text: t.resendOpened }
        : { ok: false, text: t.resendFailed(result.message ?? "") },
    );
  }

  return (
    <div className={styles.root}>
      <Field
        className={styles.field}
        label={t.resendAddressLabel}
        hint={suggested ? t.resendHint : rewritten ? t.resendWritten(r.address) : null}
        // an empty field (an X.500 row offers no address) waits for one: no error before typing
        validationMessage={valid || address.trim() === "" ? null : t.resendInvalid}
      >
        <Input value={address} onChange={(_, data) => setAddress(data.value)} type="email" />
      </Field>
      <Button
        icon={<MailArrowForwardRegular />}
        disabledFocusable={!valid || !host.canOpenNewMessage}
        onClick={() => void resend()}
      >
        {t.resend}
      </Button>
      <Text block size={200}>
        {host.canOpenNewMessage ? t.resendSendAgain : t.resendUnavailable}
      </Text>
      <div role="status">{outcome?.text ?? ""}</div>
    </div>
  );
}
