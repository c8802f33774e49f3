import { environmentManager, focusManager, QueryClient, QueryObserver, type QueryObserverOptions } from "@tanstack/react-query";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { liveQueryOptions } from "./live-query-options";
import { liveStatus } from "./live-status";

const fresh = { isError: false, failureCount: 0, dataUpdatedAt: 1 };

describe("[live status] the indicator's states", () => {
  it("is live while visible, online and the last fetch worked", () => {
    expect(liveStatus({ visible: true, online: true, query: fresh })).toBe("live");
  });

  it("is offline when the browser is offline or the last fetch failed", () => {
    expect(liveStatus({ visible: true, online: false, query: fresh })).toBe("offline");
    expect(liveStatus({ visible: true, online: true, query: { ...fresh, isError: true } })).toBe("offline");
    // A retry in progress after a failure: the old data still shows, but it is not live.
    expect(liveStatus({ visible: true, online: true, query: { ...fresh, failureCount: 1 } })).toBe("offline");
  });

  it("is paused while the tab is hidden, whatever else holds", () => {
    expect(liveStatus({ visible: false, online: false, query: { ...fresh, isError: true } })).toBe("paused");
  });
});

describe("[live status] polling with liveQueryOptions", () => {
  let client: QueryClient;
  const wasServer = environmentManager.isServer();

  beforeEach(() => {
    // Node has no window, so TanStack would treat it as a server and schedule no refetch timers.
    environmentManager.setIsServer(() => false);
    vi.useFakeTimers();
    client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.mount();
  });

  afterEach(() => {
    client.unmount();
    client.clear();
    focusManager.setFocused(undefined);
    environmentManager.setIsServer(() => wasServer);
    vi.useRealTimers();
  });

  function observe<T>(queryFn: () => Promise<T>, options: Pick<QueryObserverOptions<T>, "refetchInterval" | "refetchIntervalInBackground">) {
    const observer = new QueryObserver(client, { queryKey: ["live", Math.random()], queryFn, ...options });
    const unsubscribe = observer.subscribe(() => {});
    return { observer, unsubscribe };
  }

  it("asks again every interval, stops while the tab is hidden and catches up when it shows again", async () => {
    let calls = 0;
    const { unsubscribe } = observe(async () => ++calls, liveQueryOptions(1_000));
    await vi.advanceTimersByTimeAsync(3_100);
    expect(calls).toBe(4);

    focusManager.setFocused(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toBe(4);

    focusManager.setFocused(true);
    await vi.advanceTimersByTimeAsync(10);
    expect(calls).toBe(5);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toBe(6);
    unsubscribe();
  });

  it("turns offline when a fetch fails, keeps polling, and is live again after the next success", async () => {
    let failing = false;
    const { observer, unsubscribe } = observe(async () => {
      if (failing) throw new Error("ECONNREFUSED");
      return "ok";
    }, liveQueryOptions(1_000));
    const status = () => liveStatus({ visible: true, online: true, query: observer.getCurrentResult() });

    await vi.advanceTimersByTimeAsync(10);
    expect(status()).toBe("live");
    failing = true;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(status()).toBe("offline");
    expect(observer.getCurrentResult().data).toBe("ok");
    failing = false;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(status()).toBe("live");
    unsubscribe();
  });

  it("lets a page poll by what it shows, and stop once nothing can change", async () => {
    let calls = 0;
    const { unsubscribe } = observe(
      async () => ({ status: ++calls >= 2 ? "sent" : "sending" }),
      liveQueryOptions<{ status: string }>(({ data }) => (data?.status === "sent" ? false : 1_000)),
    );
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toBe(2);
    unsubscribe();
  });
});
