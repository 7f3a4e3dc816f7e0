// The few normal-distribution figures the predictive pacer needs, without a dependency.

const inverseRootTwoPi = 1 / Math.sqrt(2 * Math.PI);

export function normalDensity(z: number): number {
  return inverseRootTwoPi * Math.exp(-0.5 * z * z);
}

/** Standard normal CDF (Abramowitz and Stegun 26.2.17: error below 7.5e-8). */
export function normalCumulative(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const tail = normalDensity(z) * poly;
  return z >= 0 ? 1 - tail : tail;
}
