/**
 * Types of the merchant config, all derived from `candorSchema`: the schema is the only
 * place the shape is written down.
 */
import type { FromSchema } from 'json-schema-to-ts';
import type { candorSchema } from './candor.schema.js';

/** Defaulted properties stay optional in the types: readers apply the defaults. */
type Options = { keepDefaultedPropertiesOptional: true };
type TopLevel = typeof candorSchema.properties;
type Sections = { -readonly [K in keyof TopLevel]?: FromSchema<TopLevel[K], Options> };

/**
 * A whole `candor.json`: the same type as `FromSchema<typeof candorSchema, …>` (a test
 * asserts it), built section by section. Deriving the whole document in one go leaves
 * json-schema-to-ts' intermediate types unresolved, and comparing `CandorConfig[S]` for a
 * generic section `S` then costs the compiler tens of seconds.
 */
export interface CandorConfig extends Sections {}

export type ShopConfig = NonNullable<CandorConfig['shop']>;
export type SizeGuideConfig = NonNullable<CandorConfig['sizeGuide']>;
export type PartnersConfig = NonNullable<CandorConfig['partners']>;
export type DeliveryConfig = NonNullable<CandorConfig['delivery']>;
export type ReviewsConfig = NonNullable<CandorConfig['reviews']>;
export type ContactConfig = NonNullable<CandorConfig['contact']>;

export type SizeChart = SizeGuideConfig['charts'][number];
export type ClothingChart = Extract<SizeChart, { kind: 'clothing' }>;
export type ShoeChart = Extract<SizeChart, { kind: 'shoes' }>;

export type PaymentPartner = NonNullable<PartnersConfig['payment']>[number];
export type CourierPartner = NonNullable<PartnersConfig['couriers']>[number];

export type Carrier = DeliveryConfig['carriers'][number];
/** `[min, max]` delivery days. */
export type TransitRange = Carrier['transit'][string];
export type Cutoff = DeliveryConfig['cutoff'];
export type StockConfig = NonNullable<DeliveryConfig['stock']>;
export type OnTimeRate = NonNullable<DeliveryConfig['onTime']>;

export type Review = NonNullable<ReviewsConfig['items']>[number];
export type ReviewReply = NonNullable<Review['reply']>;
export type ReviewPhoto = NonNullable<Review['photos']>[number];
export type ReviewsDisclosure = NonNullable<ReviewsConfig['disclosure']>;

export type ContactChannel = ContactConfig['channels'][number];
export type ContactHours = NonNullable<ContactConfig['hours']>;
/** One `["HH:MM", "HH:MM"]` open–close pair. */
export type OpeningRange = NonNullable<ContactHours['mon']>[number];
export type HoursException = NonNullable<ContactHours['exceptions']>[number];
export type ContactPerson = NonNullable<ContactChannel['person']>;
export type LauncherConfig = NonNullable<ContactConfig['launcher']>;
