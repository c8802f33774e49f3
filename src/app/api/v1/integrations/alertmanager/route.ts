import { alertReceiverRoute } from "../alert-receiver-route";

export const POST = alertReceiverRoute("alertmanager");
