import { formatDateTime } from "@/components/format/format-date";
import { Alert } from "@/components/ui/alert";
import { cancelledByLabel } from "./cancelled-by-label";

export type TNotificationStateAlertProps = {
  status: string;
  deliverAfter: Date | string | null;
  cancelledAt: Date | string | null;
  cancelledBy: string | null;
};

/** Says when a deferred notification goes out, or who cancelled one; nothing for other statuses. */
export function NotificationStateAlert({ status, deliverAfter, cancelledAt, cancelledBy }: TNotificationStateAlertProps) {
  if (status === "DEFERRED") {
    return (
      <Alert tone="info" title={deliverAfter ? `Deferred until ${formatDateTime(deliverAfter)}` : "Deferred"}>
        Held by the recipient&apos;s quiet hours or do-not-disturb; it is sent by itself then.
      </Alert>
    );
  }
  if (status === "CANCELLED") {
    const by = cancelledBy ? ` by ${cancelledByLabel(cancelledBy)}` : "";
    const at = cancelledAt ? ` at ${formatDateTime(cancelledAt)}` : "";
    return (
      <Alert tone="neutral" title={`Cancelled${by}${at}`}>
        It was not sent and will not be.
      </Alert>
    );
  }
  return null;
}
