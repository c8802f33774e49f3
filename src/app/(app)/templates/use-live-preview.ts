"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { TPreviewTemplateRequest, TTemplatePreview } from "@/server/templates/custom/preview-template";
import { useTRPC } from "@/trpc/react";

const DEBOUNCE_MS = 400;

type TPreviewState = { signature: string | null; result: TTemplatePreview | null; error: unknown; pending: boolean };

export type TLivePreview = {
  result: TTemplatePreview | null;
  error: unknown;
  /** A request is waiting for the pause in typing or for its answer. */
  pending: boolean;
  /** The result or error is for an older version of the bodies than the one in the form. */
  stale: boolean;
};

/**
 * templates.preview for the form as it is: asked once typing pauses, and only the answer to the
 * latest request is kept (an older one arriving late is dropped).
 */
export function useLivePreview(request: TPreviewTemplateRequest | null): TLivePreview {
  const trpc = useTRPC();
  const { mutateAsync } = useMutation(trpc.templates.preview.mutationOptions());
  const [state, setState] = useState<TPreviewState>({ signature: null, result: null, error: null, pending: false });
  const signature = request ? JSON.stringify(request) : null;

  useEffect(() => {
    if (signature === null) return;
    let current = true;
    const timer = setTimeout(() => {
      setState((previous) => ({ ...previous, pending: true }));
      mutateAsync(JSON.parse(signature) as TPreviewTemplateRequest).then(
        (result) => current && setState({ signature, result, error: null, pending: false }),
        (error: unknown) => current && setState({ signature, result: null, error, pending: false }),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [signature, mutateAsync]);

  const stale = state.signature !== signature;
  return { result: state.result, error: state.error, pending: signature !== null && (state.pending || stale), stale };
}
