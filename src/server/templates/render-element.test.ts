import { render, toPlainText } from "@react-email/render";
import { createElement, type ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { plainTextSelectors } from "@/emails/components/plain-text-selectors";
import CustomAlertEmail, { PreviewProps as customAlertPreview } from "@/emails/custom-alert";
import DigestEmail, { PreviewProps as digestPreview } from "@/emails/digest";
import GenericEmail, { PreviewProps as genericPreview } from "@/emails/generic";
import JobCompletedEmail, { PreviewProps as jobCompletedPreview } from "@/emails/job-completed";
import JobFailedEmail, { PreviewProps as jobFailedPreview } from "@/emails/job-failed";
import SystemEventEmail, { PreviewProps as systemEventPreview } from "@/emails/system-event";
import TestEmail, { PreviewProps as testEmailPreview } from "@/emails/test-email";
import { renderElement } from "./render-element";

// Every template with its own sample data.
const templates: [string, ReactElement][] = [
  ["job-completed", createElement(JobCompletedEmail, jobCompletedPreview)],
  ["job-failed", createElement(JobFailedEmail, jobFailedPreview)],
  ["system-event", createElement(SystemEventEmail, systemEventPreview)],
  ["custom-alert", createElement(CustomAlertEmail, customAlertPreview)],
  ["digest", createElement(DigestEmail, digestPreview)],
  ["test-email", createElement(TestEmail, testEmailPreview)],
  ["generic", createElement(GenericEmail, genericPreview)],
];

describe("renderElement", () => {
  // The synchronous path must keep producing what react-email's own render() and
  // toPlainText() do — less the markers React's streaming renderer leaves as comments.
  it.each(templates)("renders %s as react-email's render() and toPlainText() do", async (_id, element) => {
    const reference = await render(element);
    const ours = await renderElement(element);
    expect(ours.html).toBe(reference.replace(/<!--.*?-->/g, ""));
    expect(ours.text).toBe(toPlainText(reference, { selectors: plainTextSelectors }).replace(/\n{3,}/g, "\n\n").trim());
  });

  it("fails loudly when a template throws, instead of sending a broken email", async () => {
    const Broken = () => {
      throw new Error("template bug");
    };
    await expect(renderElement(createElement(Broken))).rejects.toThrow("template bug");
  });
});
