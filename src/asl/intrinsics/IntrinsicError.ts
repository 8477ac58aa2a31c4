/** A failing intrinsic call: wrong argument types or counts, bad values. Surfaces as States.IntrinsicFailure (seed L10731–L10732). */
export class IntrinsicError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IntrinsicError";
  }
}
