"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import { useTRPC } from "@/trpc/react";

/** Deletes the template after a confirmation, then goes back to the list. */
export function DeleteTemplateButton({ templateKey, name }: { templateKey: string; name: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { toast } = useToast();
  const [open, setOpen] = useState(false);
  const remove = useMutation(trpc.templates.delete.mutationOptions());

  function confirm() {
    remove.mutate(
      { key: templateKey },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries({ queryKey: trpc.templates.list.queryKey() });
          toast({ tone: "success", title: `"${name}" deleted`, description: "Its events get another matching template or the built-in one." });
          router.push("/templates");
        },
        onError: (error) => toast({ tone: "danger", title: "Could not delete the template", description: trpcErrorMessage(error) }),
        onSettled: () => setOpen(false),
      },
    );
  }

  return (
    <>
      <Button variant="ghost" onClick={() => setOpen(true)}>
        Delete
      </Button>
      <ConfirmDialog
        open={open}
        title={`Delete "${name}"?`}
        message="Events it served, including those of rules that name it, get another matching template or the built-in one from now on. Its history is deleted with it."
        confirmLabel="Delete template"
        tone="danger"
        loading={remove.isPending}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}
