/**
 * Rules a JSON Schema cannot say: ranges whose minimum is above their maximum, ids used
 * twice, a reply dated before its review. They run beside the schema checks, on whatever
 * parts already have the right types, so a merchant sees every problem in one pass.
 */
import { pointerSegment } from './checks.js';
import { quote } from './quote.js';

export interface ConfigError {
  /** JSON pointer (RFC 6901) of the offending value, from the root of what was validated. */
  path: string;
  message: string;
}

/** Checks a section's value; paths start at the section (`""` is the section itself). */
export type Rule = (section: unknown) => ConfigError[];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const records = (value: unknown): [Record<string, unknown>, number][] =>
  Array.isArray(value) ? value.flatMap((item, i): [Record<string, unknown>, number][] => (isRecord(item) ? [[item, i]] : [])) : [];
const entries = (value: unknown): [string, unknown][] => (isRecord(value) ? Object.entries(value) : []);

/** `[min, max]` with min > max, worded as "transit minimum 5 is greater than maximum 2". */
function range(what: string, value: unknown, path: string, errors: ConfigError[]): void {
  if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'number' && typeof value[1] === 'number' && value[0] > value[1]) {
    errors.push({ path, message: `${what} minimum ${value[0]} is greater than maximum ${value[1]}` });
  }
}

/** Reports the second and later uses of the same id. */
function unique(ids: [unknown, string][], what: string, errors: ConfigError[]): void {
  const seen = new Set<unknown>();
  for (const [id, path] of ids) {
    if (typeof id !== 'string') continue;
    if (seen.has(id)) errors.push({ path, message: `${what} ${quote(id)} is used twice` });
    seen.add(id);
  }
}

export const sizeGuideRules: Rule = (section) => {
  const errors: ConfigError[] = [];
  const charts = records(isRecord(section) ? section.charts : undefined);
  unique(charts.map(([chart, i]) => [chart.id, `/charts/${i}/id`]), 'chart id', errors);
  for (const [chart, c] of charts) {
    const systems = Array.isArray(chart.systems) ? chart.systems : [];
    for (const [size, s] of records(chart.sizes)) {
      const at = `/charts/${c}/sizes/${s}`;
      for (const [system] of entries(size.labels)) {
        if (!systems.includes(system)) {
          errors.push({ path: `${at}/labels/${pointerSegment(system)}`, message: `${quote(system)} is not one of this chart's "systems"; add it there or remove this label` });
        }
      }
      for (const [name, value] of entries(size.measurements)) range(name, value, `${at}/measurements/${pointerSegment(name)}`, errors);
      range('footLength', size.footLength, `${at}/footLength`, errors);
      range('footWidth', size.footWidth, `${at}/footWidth`, errors);
    }
  }
  return errors;
};

export const partnersRules: Rule = (section) => {
  const errors: ConfigError[] = [];
  for (const list of ['payment', 'couriers']) {
    const partners = records(isRecord(section) ? section[list] : undefined);
    unique(partners.map(([partner, i]) => [partner.id, `/${list}/${i}/id`]), 'partner', errors);
  }
  return errors;
};

export const deliveryRules: Rule = (section) => {
  const errors: ConfigError[] = [];
  if (!isRecord(section)) return errors;
  const carriers = records(section.carriers);
  unique(carriers.map(([carrier, i]) => [carrier.id, `/carriers/${i}/id`]), 'carrier id', errors);
  for (const [carrier, i] of carriers) {
    for (const [destination, transit] of entries(carrier.transit)) {
      range('transit', transit, `/carriers/${i}/transit/${pointerSegment(destination)}`, errors);
    }
  }
  // Each of these can pass the schema alone; together they would mean nothing ever ships.
  const workingDays = Array.isArray(section.workingDays) ? section.workingDays : ['mon', 'tue', 'wed', 'thu', 'fri'];
  const cutoff = section.cutoff;
  if (isRecord(cutoff) && workingDays.length > 0 && !workingDays.some((day) => typeof day === 'string' && typeof cutoff[day] === 'string')) {
    errors.push({
      path: '/cutoff',
      message: `none of the working days (${workingDays.join(', ')}) has a cut-off here, so no order would ever ship: give at least one of them a time`,
    });
  }
  const onTime = section.onTime;
  if (isRecord(onTime) && typeof onTime.from === 'string' && typeof onTime.to === 'string' && onTime.from > onTime.to) {
    errors.push({ path: '/onTime/to', message: `the measured period ends (${onTime.to}) before it starts (${onTime.from})` });
  }
  return errors;
};

export const reviewsRules: Rule = (section) => {
  const errors: ConfigError[] = [];
  const items = records(isRecord(section) ? section.items : undefined);
  unique(items.map(([review, i]) => [review.id, `/items/${i}/id`]), 'review id', errors);
  for (const [review, i] of items) {
    const reply = review.reply;
    if (isRecord(reply) && typeof reply.date === 'string' && typeof review.date === 'string' && reply.date < review.date) {
      errors.push({ path: `/items/${i}/reply/date`, message: `the reply (${reply.date}) is dated before the review (${review.date})` });
    }
    if (review.incentive !== undefined && review.incentivised !== true) {
      errors.push({ path: `/items/${i}/incentivised`, message: 'an "incentive" is given, so "incentivised" must be true' });
    }
  }
  return errors;
};

/** Two exceptions for one date would leave its hours ambiguous. */
function hoursRules(hours: unknown, path: string, errors: ConfigError[]): void {
  const exceptions = records(isRecord(hours) ? hours.exceptions : undefined);
  const seen = new Set<unknown>();
  for (const [exception, i] of exceptions) {
    if (typeof exception.date !== 'string') continue;
    if (seen.has(exception.date)) errors.push({ path: `${path}/exceptions/${i}/date`, message: `${quote(exception.date)} already has an exception` });
    seen.add(exception.date);
  }
}

export const contactRules: Rule = (section) => {
  const errors: ConfigError[] = [];
  if (!isRecord(section)) return errors;
  hoursRules(section.hours, '/hours', errors);
  for (const [channel, i] of records(section.channels)) hoursRules(channel.hours, `/channels/${i}/hours`, errors);
  return errors;
};

export const noRules: Rule = () => [];
