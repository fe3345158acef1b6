import { useCallback, useRef, useState } from 'react';
import { userMessage } from './errors';

/** A tab's action states: what it is doing, what went wrong, what it did. */
export interface Task {
  /** The busy bar's label while an action runs. */
  readonly busy: string | null;
  readonly error: string | null;
  /** The last action's message (role="status"). */
  readonly done: string | null;
  readonly setError: (message: string | null) => void;
  readonly setDone: (message: string | null) => void;
  /**
   * Runs one action at a time (one started meanwhile is dropped): the busy bar, the last message
   * and error cleared, any error shown as one Chinese sentence. The work may return the message
   * to show when done (undefined leaves what it set itself).
   */
  readonly run: (label: string, work: () => Promise<string | null | void>) => Promise<void>;
  /** Whether an action is running now (for events that must not start one meanwhile). */
  readonly isRunning: () => boolean;
}

/** The busy / error / done states of a pane tab. `after` runs when each action ends, failed or not. */
export function useTask(after?: () => void): Task {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const running = useRef(false);
  const afterRef = useRef(after);
  afterRef.current = after;
  const run = useCallback(async (label: string, work: () => Promise<string | null | void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(label);
    setError(null);
    setDone(null);
    try {
      const message = await work();
      if (message !== undefined) setDone(message);
    } catch (e) {
      setError(userMessage(e));
    } finally {
      running.current = false;
      afterRef.current?.();
      setBusy(null);
    }
  }, []);
  const isRunning = useCallback(() => running.current, []);
  return { busy, error, done, setError, setDone, run, isRunning };
}
