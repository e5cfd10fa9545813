import { afterEach, describe, expect, it, vi } from 'vitest';
import '../rating.js';
import type { CandorRating } from './rating.js';
import { axeViolations, cleanup, fixture, settle } from '../test-support/fixture.js';
import { setPageConfig } from '../shared/config-store.js';

const base = (rating: CandorRating) => rating.shadowRoot!.querySelector<HTMLElement>('[part="base"]');
const label = (rating: CandorRating) => base(rating)?.getAttribute('aria-label');

function reviews(...ratings: number[]) {
  return {
    reviews: {
      items: ratings.map((rating, index) => ({
        id: `r${index}`,
        rating,
        body: 'Good shoes',
        author: 'Anna K.',
        date: '2026-10-01',
      })),
    },
  };
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('<candor-rating>', () => {
  it('is accessible in its default state', async () => {
    const rating = await fixture<CandorRating>('<candor-rating value="4.6" count="128"></candor-rating>', { lang: 'en' });
    expect(await axeViolations(rating.parentElement!)).toEqual([]);
  });

  it('reads once, as one image with the value, the scale and the count', async () => {
    const rating = await fixture<CandorRating>('<candor-rating value="4.6" count="128"></candor-rating>', { lang: 'en' });
    expect(base(rating)?.getAttribute('role')).toBe('img');
    expect(label(rating)).toBe('Rated 4.6 out of 5, 128 reviews');
    expect(rating.shadowRoot!.querySelectorAll('[aria-label]')).toHaveLength(1);
  });

  it('leaves the count out of the name when there is none', async () => {
    const rating = await fixture<CandorRating>('<candor-rating value="3"></candor-rating>', { lang: 'en' });
    expect(label(rating)).toBe('Rated 3.0 out of 5');
    expect(rating.shadowRoot!.querySelector('[part="count"]')).toBeNull();
  });

  it('never shows English while the page language is still loading', async () => {
    const rating = await fixture<CandorRating>('<candor-rating value="4" count="3"></candor-rating>', { lang: 'sl' });
    const labels: Array<string | null | undefined> = [label(rating)];
    await vi.waitFor(() => {
      labels.push(label(rating));
      expect(labels.at(-1)).toContain('4,0');
    });
    expect(labels.filter((each) => each?.startsWith('Rated'))).toEqual([]);
  });

  it('speaks the language of the nearest lang, with its number format and plural', async () => {
    const rating = await fixture<CandorRating>('<candor-rating value="4.6" count="5"></candor-rating>', { lang: 'pl' });
    await vi.waitFor(() => expect(label(rating)).toContain('4,6'));
    expect(label(rating)).toContain('5 opinii');
    rating.count = 2;
    await settle(rating);
    expect(label(rating)).toContain('2 opinie');
  });

  it('follows a change of lang on an ancestor', async () => {
    const rating = await fixture<CandorRating>('<candor-rating value="4.5" count="2"></candor-rating>', { lang: 'en' });
    rating.parentElement!.setAttribute('lang', 'de');
    await vi.waitFor(() => expect(label(rating)).toContain('4,5'));
    expect(label(rating)).not.toContain('Rated');
  });

  /** The filled part's width on screen: the clip rectangle scaled as the SVG is drawn. */
  function filledWidth(rating: CandorRating): number {
    const stars = rating.shadowRoot!.querySelector<SVGSVGElement>('[part="stars"]')!;
    const clip = rating.shadowRoot!.querySelector<SVGRectElement>('clipPath rect')!;
    return clip.width.baseVal.value * (stars.getBoundingClientRect().height / stars.viewBox.baseVal.height);
  }

  it('fills whole stars and the fraction of the next one, never the gaps', async () => {
    // 24-unit stars with 3-unit gaps, drawn 24 px high: one unit is one pixel.
    const rating = await fixture<CandorRating>('<candor-rating value="3.5" style="--candor-rating-size: 24px"></candor-rating>');
    expect(filledWidth(rating)).toBeCloseTo(3 * (24 + 3) + 0.5 * 24, 0);
    rating.value = 4.6;
    await settle(rating);
    expect(filledWidth(rating)).toBeCloseTo(4 * (24 + 3) + 0.6 * 24, 0);
  });

  it('fills from the right in right-to-left text', async () => {
    const rating = await fixture<CandorRating>('<candor-rating value="1"></candor-rating>', { dir: 'rtl', lang: 'en' });
    const stars = rating.shadowRoot!.querySelector('[part="stars"]')!.getBoundingClientRect();
    // The first star, the one that is filled, is drawn at the right-hand end.
    const firstStar = rating.shadowRoot!.querySelector('.filled path')!.getBoundingClientRect();
    expect(firstStar.right).toBeGreaterThan(stars.right - stars.width / 5);
    expect(firstStar.left).toBeGreaterThan(stars.left + stars.width / 2);
  });

  it('summarises only the reviews of its product when given one', async () => {
    const rating = await fixture<CandorRating>('<candor-rating product="boots"></candor-rating>', { lang: 'en' });
    rating.config = {
      reviews: {
        items: [
          { id: 'a', rating: 5, author: 'Ola', date: '2026-01-01', product: 'boots' },
          { id: 'b', rating: 1, author: 'Ewa', date: '2026-01-02', product: 'sandals' },
          { id: 'c', rating: 4, author: 'Jan', date: '2026-01-03', product: 'boots' },
        ],
      },
    };
    await settle(rating);
    expect(label(rating)).toBe('Rated 4.5 out of 5, 2 reviews');
  });

  it('keeps a value outside the scale inside it', async () => {
    const high = await fixture<CandorRating>('<candor-rating value="7"></candor-rating>', { lang: 'en' });
    expect(label(high)).toBe('Rated 5.0 out of 5');
    const low = await fixture<CandorRating>('<candor-rating value="-2" max="10"></candor-rating>', { lang: 'en' });
    expect(label(low)).toBe('Rated 0.0 out of 10');
  });

  it('shows the average of every review in the config when it has no value', async () => {
    const rating = await fixture<CandorRating>('<candor-rating></candor-rating>', { lang: 'en' });
    rating.config = reviews(5, 5, 4, 1, 2);
    await settle(rating);
    expect(label(rating)).toBe('Rated 3.4 out of 5, 5 reviews');
  });

  it('says there are no reviews rather than showing zero stars', async () => {
    const rating = await fixture<CandorRating>('<candor-rating></candor-rating>', { lang: 'en' });
    rating.config = { reviews: { items: [] } };
    await settle(rating);
    expect(rating.shadowRoot!.querySelector('[part="stars"]')).toBeNull();
    expect(rating.shadowRoot!.querySelector('[part="empty"]')?.textContent).toBe('No reviews yet');
  });

  it('reads the page config and follows setPageConfig', async () => {
    const rating = await fixture<CandorRating>('<candor-rating></candor-rating>', { lang: 'en' });
    setPageConfig(reviews(4, 5));
    await settle(rating);
    expect(label(rating)).toBe('Rated 4.5 out of 5, 2 reviews');
    setPageConfig(reviews(1));
    await settle(rating);
    expect(label(rating)).toBe('Rated 1.0 out of 5, 1 review');
  });

  it('renders nothing and warns once, with the JSON pointer, for an invalid section', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const config = reviews(4, 9);
    const first = await fixture<CandorRating>('<candor-rating></candor-rating>');
    const second = await fixture<CandorRating>('<candor-rating></candor-rating>');
    first.config = config;
    second.config = config;
    await settle(first);
    await settle(second);
    expect(first.shadowRoot!.textContent?.trim()).toBe('');
    expect(first.getBoundingClientRect().width).toBe(0);
    // The wording loads on demand, so the warning arrives a moment later — once for both elements.
    const pointerWarnings = () => warn.mock.calls.filter(([message]) => String(message).includes('/reviews/items/1/rating'));
    await vi.waitFor(() => expect(pointerWarnings()).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pointerWarnings()).toHaveLength(1);
    expect(String(pointerWarnings()[0]![0])).toMatch(/at most 5|maximum|≤ ?5|greater than 5/);
  });

  it('never throws into the page, whatever the config', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const rating = await fixture<CandorRating>('<candor-rating></candor-rating>');
    for (const config of [null, 42, 'text', [], { reviews: 'x' }, { reviews: { items: [{}] } }]) {
      rating.config = config as unknown as CandorRating['config'];
      await settle(rating);
      expect(rating.shadowRoot!.querySelector('[part="base"]')).toBeNull();
    }
    expect(warn).toHaveBeenCalled();
  });
});
