export { formatNumber, formatDecimal, formatCurrency, formatDuration, type DurationParts } from './number.js';
export { formatDate, formatDateRange, formatTime, type CalendarDateOptions } from './date.js';
export { formatList } from './list.js';
export { formatRelativeTime } from './relative-time.js';
