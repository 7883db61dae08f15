export type { ExactDecimal, RoundingMode, RoundingRule } from "./exact.js";
export {
  HUNDRED,
  ROUNDING_MODES,
  ZERO,
  compareRatio,
  exactOf,
  formatExact,
  formatFixed,
  formatRatio,
  fromScaledBigInt,
  isDecimalString,
  roundExact,
  roundRatio,
  toExact,
  toScaledBigInt,
} from "./exact.js";
