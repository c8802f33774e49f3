"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Button } from "./button";
import { cx } from "./cx";
import { toneClassName, type TTone } from "./tone";

export type TToastInput = {
  title: ReactNode;
  description?: ReactNode;
  tone?: TTone;
  /** Milliseconds before it disappears; danger toasts stay until dismissed unless this is set. */
  duration?: number;
};

type TToast = TToastInput & { id: number };

type TToastContext = {
  toast: (input: TToastInput) => number;
  dismiss: (id: number) => void;
};

const ToastContext = createContext<TToastContext | null>(null);

/** `const { toast } = useToast(); toast({ tone: "success", title: "Test email sent" })`. */
export function useToast(): TToastContext {
  const context = useContext(ToastContext);
  if (!context) throw new Error("useToast must be used inside <ToastProvider>");
  return context;
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<TToast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const toast = useCallback((input: TToastInput) => {
    const id = nextId.current++;
    // Keep the stack short: the oldest goes when a fifth arrives.
    setToasts((current) => [...current.slice(-3), { ...input, id }]);
    return id;
  }, []);

  const value = useMemo(() => ({ toast, dismiss }), [toast, dismiss]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      {/* The live region is always mounted: screen readers ignore regions that appear with their content. */}
      <ol className="toast-region" aria-live="polite" aria-label="Status messages">
        {toasts.map((item) => (
          <ToastItem key={item.id} toast={item} dismiss={dismiss} />
        ))}
      </ol>
    </ToastContext.Provider>
  );
}

function ToastItem({ toast, dismiss }: { toast: TToast; dismiss: (id: number) => void }) {
  const tone = toast.tone ?? "neutral";
  const duration = toast.duration ?? (tone === "danger" ? undefined : 5000);
  // Hovering or focusing a toast pauses its timer so it can be read and acted on.
  const [paused, setPaused] = useState(false);

  useEffect(() => {
    if (paused || duration === undefined) return;
    const timer = setTimeout(() => dismiss(toast.id), duration);
    return () => clearTimeout(timer);
  }, [paused, duration, dismiss, toast.id]);

  return (
    <li
      className={cx("toast", toneClassName(tone))}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <div className="toast__content">
        <p className="toast__title">{toast.title}</p>
        {toast.description && <p className="toast__description">{toast.description}</p>}
      </div>
      <Button variant="ghost" size="sm" iconOnly aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
        <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" aria-hidden="true">
          <path d="m4 4 8 8M12 4l-8 8" />
        </svg>
      </Button>
    </li>
  );
}
