// Preloaded into a child process (node --import) to make its clock run
// CLOCK_SKEW_MS behind or ahead, as a badly synchronised host's would.
const skew = Number(process.env.CLOCK_SKEW_MS ?? 0);
const RealDate = Date;
class SkewedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + skew);
    else super(...args);
  }
  static now() {
    return RealDate.now() + skew;
  }
}
globalThis.Date = SkewedDate;
