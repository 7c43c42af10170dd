/** Rounds money to cents (float noise from `"25.990000"`, percentages of a price). */
export function roundMoney(value: number): number {
  return Math.round(value * 100) / 100;
}
