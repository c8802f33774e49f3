"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CodeBlock } from "@/components/ui/code-block";
import { DescriptionList } from "@/components/ui/description-list";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { Tabs } from "@/components/ui/tabs";
import { useTRPC } from "@/trpc/react";

const WIDTHS = [
  { id: "desktop", label: "Desktop" },
  { id: "phone", label: "Phone 375px" },
] as const;

type TWidth = (typeof WIDTHS)[number]["id"];

export function TemplatePreview({ id, name }: { id: string; name: string }) {
  const trpc = useTRPC();
  const [width, setWidth] = useState<TWidth>("desktop");
  const preview = useQuery(trpc.templates.builtIn.preview.queryOptions({ id }));
  const stageClassName = width === "phone" ? "template-preview__stage template-preview__stage--phone" : "template-preview__stage";

  return (
    <Card className="template-preview" aria-label={`Preview of ${name}`}>
      <CardHeader
        as="h3"
        title={name}
        actions={
          <div className="segmented" role="group" aria-label="Preview width">
            {WIDTHS.map((option) => (
              <Button key={option.id} size="sm" variant="ghost" aria-pressed={width === option.id} onClick={() => setWidth(option.id)}>
                {option.label}
              </Button>
            ))}
          </div>
        }
      />
      <CardBody>
        {preview.isPending ? (
          <LoadingState label="Rendering…" />
        ) : preview.isError ? (
          <ErrorState message={trpcErrorMessage(preview.error)} onRetry={() => preview.refetch()} retrying={preview.isFetching} />
        ) : (
          <div className="stack">
            <DescriptionList
              items={[
                { label: "Subject", value: preview.data.subject },
                { label: "Template", value: id, mono: true },
              ]}
            />
            <Tabs
              label="Message format"
              items={[
                {
                  id: "html",
                  label: "HTML",
                  content: (
                    <div className={stageClassName}>
                      {/* sandbox="" as for caught mail: the preview runs no script and gets no origin. */}
                      <iframe
                        className="email-frame"
                        title={`HTML preview of ${name}`}
                        sandbox=""
                        srcDoc={preview.data.html}
                      />
                    </div>
                  ),
                },
                {
                  id: "text",
                  label: "Plain text",
                  content: (
                    <div className={stageClassName}>
                      <CodeBlock label="Plain-text part" wrap copyable>
                        {preview.data.text}
                      </CodeBlock>
                    </div>
                  ),
                },
              ]}
            />
          </div>
        )}
      </CardBody>
    </Card>
  );
}
