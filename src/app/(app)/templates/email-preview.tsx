"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CodeBlock } from "@/components/ui/code-block";
import { cx } from "@/components/ui/cx";
import { DescriptionList } from "@/components/ui/description-list";
import { Tabs } from "@/components/ui/tabs";
import styles from "./templates.module.css";

const WIDTHS = [
  { id: "desktop", label: "Desktop 600px" },
  { id: "mobile", label: "Mobile 375px" },
] as const;
const BACKDROPS = [
  { id: "light", label: "Light" },
  { id: "dark", label: "Dark" },
] as const;

type TEmail = { subject: string; html: string; text: string };

/** The rendered email as a mail client shows it, at a desktop or phone width, on a light or dark backdrop. */
export function EmailPreview({ email }: { email: TEmail }) {
  const [width, setWidth] = useState<(typeof WIDTHS)[number]["id"]>("desktop");
  const [backdrop, setBackdrop] = useState<(typeof BACKDROPS)[number]["id"]>("light");
  const stage = cx(styles.emailStage, width === "mobile" ? styles.emailStageMobile : styles.emailStageDesktop, backdrop === "dark" ? styles.backdropDark : styles.backdropLight);

  return (
    <div className="stack">
      <DescriptionList items={[{ label: "Subject", value: email.subject }]} />
      <div className="cluster">
        <Segmented label="Preview width" options={WIDTHS} value={width} onChange={setWidth} />
        <Segmented label="Backdrop" options={BACKDROPS} value={backdrop} onChange={setBackdrop} />
      </div>
      <Tabs
        label="Email part"
        items={[
          {
            id: "html",
            label: "HTML",
            content: (
              <div className={stage}>
                {/* sandbox="": the rendered template runs no script and gets no origin. */}
                <iframe className={cx("email-frame", styles.emailFrame)} title="Email preview" sandbox="" srcDoc={email.html} />
              </div>
            ),
          },
          {
            id: "text",
            label: "Plain text",
            content: (
              <CodeBlock label="Plain-text part" wrap copyable>
                {email.text}
              </CodeBlock>
            ),
          },
        ]}
      />
    </div>
  );
}

function Segmented<T extends string>({ label, options, value, onChange }: { label: string; options: readonly { id: T; label: string }[]; value: T; onChange: (id: T) => void }) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {options.map((option) => (
        <Button key={option.id} size="sm" variant="ghost" aria-pressed={value === option.id} onClick={() => onChange(option.id)}>
          {option.label}
        </Button>
      ))}
    </div>
  );
}
