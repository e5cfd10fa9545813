export {
  validateConfig,
  validateSection,
  validateShopSection,
  validateSizeGuideSection,
  validatePartnersSection,
  validateDeliverySection,
  validateReviewsSection,
  validateContactSection,
  type ConfigError,
  type ConfigResult,
  type SectionResult,
} from './validate.js';
export {
  checkShopSection,
  checkSizeGuideSection,
  checkPartnersSection,
  checkDeliverySection,
  checkReviewsSection,
  checkContactSection,
  type SectionCheck,
} from './check.js';
export { isCountryCode, isCurrencyCode, isDate, isHttpUrl, isLanguageTag, isTime, isClosingTime, isTimeZone } from './public-formats.js';
export { parseJson, formatPointer, parsePointer, type JsonParseResult, type JsonPosition, type JsonSyntaxError } from '../json/index.js';
