// One click puts a plain-text summary of the bounce facts on the clipboard for a help desk request.
import { useState } from "react";
import { Button, Field, Textarea } from "@fluentui/react-components";
import { CopyRegular } from "@fluentui/react-icons";
import { helpDeskSummary, type Diagnosis } from "../../core";
import { copyText } from "../clipboard";
import { usePane } from "../context";

type CopyState = "idle" | "copied" | "failed";

export function CopySummary({ diagnosis }: { readonly diagnosis: Diagnosis }) {
  const { t, lang } = usePane();
  const [state, setState] = useState<CopyState>("idle");
  const text = helpDeskSummary(diagnosis, lang);
  return (
    <div>
      <Button
        icon={<CopyRegular />}
        onClick={() => void copyText(text).then((ok) => setState(ok ? "copied" : "failed"))}
      >
        {t.copySummary}
      </Button>
      <div role="status">
        {state === "copied" ? t.copied : state === "failed" ? t.copyFailed : ""}
      </div>
      {state === "failed" && (
        <Field label={t.summaryLabel}>
          <Textarea readOnly value={text} resize="vertical" />
        </Field>
      )}
    </div>
  );
}
