import { afterEach, expect, it, vi } from 'vitest';
import '../rating.js';
import type { CandorRating } from '../rating/rating.js';
import { cleanup, fixture } from '../test-support/fixture.js';

afterEach(cleanup);

it('a page config that is not JSON leaves the element empty and quotes the broken text', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = 'candor-config';
  script.textContent = '{ "reviews": { "items": [ } }';
  document.head.append(script);
  const rating = await fixture<CandorRating>('<candor-rating></candor-rating>');
  expect(rating.shadowRoot!.querySelector('[part="base"]')).toBeNull();
  const messages = warn.mock.calls.map(([message]) => String(message));
  expect(messages.filter((message) => message.includes('#candor-config is not valid JSON'))).toHaveLength(1);
  // Chromium quotes the text around the error; the CLI and the preview give line and column.
  expect(messages.join('\n')).toContain('"items": [ } }');
});
