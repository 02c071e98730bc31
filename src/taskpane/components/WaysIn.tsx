// The ways to give the pane a bounce besides the selected item: a file, pasted text, a sample.
import { useId, useRef, useState } from "react";
import {
  Button,
  Field,
  makeStyles,
  mergeClasses,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { DocumentArrowUpRegular } from "@fluentui/react-icons";
import type { LoadResult } from "../../office/types";
import { usePane } from "../context";
import { ACCEPTED_FILES } from "../files";
import { SAMPLES } from "../samples";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    textAlign: "center",
  },
  dragging: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  samples: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function WaysIn(props: {
  readonly dragging: boolean;
  readonly onFile: (file: File) => void;
  readonly onBounce: (result: LoadResult) => void;
}) {
  const { t, host } = usePane();
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [pasteError, setPasteError] = useState(false);
  const headingId = useId();

  function analyzePaste() {
    setPasteError(text.trim() === "");
    if (text.trim()) props.onBounce({ ok: true, bounce: { origin: "paste", input: text } });
  }

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t.waysIn}
      </h2>
      <div
        data-testid="drop-zone"
        className={mergeClasses(styles.zone, props.dragging && styles.dragging)}
      >
        <span>{t.dropZone}</span>
        <Button icon={<DocumentArrowUpRegular />} onClick={() => picker.current?.click()}>
          {t.chooseFile}
        </Button>
        <input
          ref={picker}
          type="file"
          accept={ACCEPTED_FILES}
          aria-label={t.fileInputLabel}
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) props.onFile(file);
          }}
        />
      </div>
      <Field label={t.pasteLabel} validationMessage={pasteError ? t.pasteEmpty : null}>
        <Textarea
          data-testid="paste-input"
          value={text}
          placeholder={t.pastePlaceholder}
          resize="vertical"
          rows={5}
          onChange={(_, data) => setText(data.value)}
        />
      </Field>
      <Button appearance="primary" data-testid="analyze-button" onClick={analyzePaste}>
        {t.analyze}
      </Button>
      {host.kind === "standalone" && (
        <>
          <h3 className={styles.subheading}>{t.samples}</h3>
          <div className={styles.samples}>
            {SAMPLES.map((s) => (
              <Button
                key={s.id}
                data-testid={`sample-${s.id}`}
                onClick={() =>
                  props.onBounce({
                    ok: true,
                    bounce: { origin: "sample", name: t.sampleNames[s.id], input: s.eml },
                  })
                }
              >
                {t.sampleNames[s.id]}
              </Button>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
