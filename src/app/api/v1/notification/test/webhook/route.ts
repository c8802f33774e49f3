import { testChannelRoute } from "../test-channel-route";

/** Body `{"url": "…", "secret": "whsec_…"}` (the secret signs the test), `{"channel_name": "…"}` or empty for the saved channel. */
export const POST = testChannelRoute("webhook");
