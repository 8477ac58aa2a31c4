/**
 * The interpreter runs synchronously until something really has to wait (a callback task, a
 * scaled real-time wait, an async hook or task handler). Functions on the hot path therefore
 * return `T | Promise<T>`; a Pass/Choice loop never touches a promise.
 */
export type MaybePromise<T> = T | Promise<T>;

export function isPromise<T>(value: MaybePromise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}

/** `then` that stays synchronous for a plain value. Errors thrown by `fn` propagate the same way. */
export function chain<T, U>(value: MaybePromise<T>, fn: (value: T) => MaybePromise<U>): MaybePromise<U> {
  return isPromise(value) ? value.then(fn) : fn(value);
}

/** Runs `fn`, routing a synchronous throw and an async rejection to `onError`. */
export function attempt<T>(fn: () => MaybePromise<T>, onError: (error: unknown) => MaybePromise<T>): MaybePromise<T> {
  let value: MaybePromise<T>;
  try {
    value = fn();
  } catch (error) {
    return onError(error);
  }
  return isPromise(value) ? value.then(undefined, onError) : value;
}
