export {
  UNIT_SYSTEMS, MM_PER_INCH, CM_PER_INCH, defaultUnitSystem, isFootMeasurement, chartUnit, roundTo, lengthKind, toShown, fromEntered,
  enteredUnit, feetAndInches, fromFeetAndInches, unitSymbol, formatEntered, formatMeasure, formatMeasureRange, parseMeasurement,
  type UnitSystem, type ChartMeasurement, type LengthKind, type Shown,
} from './units.js';
export {
  findChart, sizeValue, valueRange, chartMeasurements, howToMeasureTopics, chartSystem, sizeLabel, MEASUREMENT_LIMITS,
  type ChartSize, type ChartValue,
} from './charts.js';
export {
  SHOE_SCALES, BARLEYCORN_MM, PARIS_POINT_MM, DEFAULT_TOE_ALLOWANCE_MM, APPROXIMATE_MM, standardShoeSizes, footLengthForShoeSize,
  numericSizeLabel, type ShoeScale, type ShoeSizeEstimate, type StandardShoeSizes,
} from './shoes.js';
export {
  recommendSize, fitShare,
  type BuyerMeasurements, type MeasurementVerdict, type MeasurementReason, type FitShare, type RecommendationStatus, type SizeRecommendation,
} from './recommend.js';
export {
  recommendationText, reasonText, labelledRange, fitShareText, standardSizesText,
  type TextOptions, type RecommendationText, type StandardSizesText,
} from './text.js';
