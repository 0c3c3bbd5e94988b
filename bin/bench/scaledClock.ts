/**
 * A clock that runs `factor` times faster than the wall clock, for the
 * Softruck sandbox: its rate window and token lifetime are then the real
 * ones, in a time that passes faster. The speed can change between days
 * without the clock jumping.
 */
export class ScaledClock {
  private wallBase = Date.now();
  private timeBase = this.wallBase;
  private factor = 1;

  readonly now = (): number =>
    this.timeBase + (Date.now() - this.wallBase) * this.factor;

  setFactor(factor: number): void {
    this.timeBase = this.now();
    this.wallBase = Date.now();
    this.factor = factor;
  }
}
