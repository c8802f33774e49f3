import { testChannelRoute } from "../test-channel-route";

/** Body `{"to": "+14155550123"}` (through the organisation SMS provider), `{"channel_name": "…"}` or empty for the saved channel. */
export const POST = testChannelRoute("sms");
