import { afterAll, beforeAll, vi } from 'vitest';
import { setTraps, watchUncaught } from './delivery.js';

/**
 * The page a fuzz suite runs on, set up once for the file: dialogs trapped, every console warning
 * kept (a problem is logged once per page, so an empty element may rely on a line an earlier run
 * logged), uncaught errors watched, and an English container to mount elements in.
 */
export function fuzzPage(): { readonly warnings: string[]; readonly container: HTMLElement; readonly uncaught: ReturnType<typeof watchUncaught> } {
  const warnings: string[] = [];
  let uncaught: ReturnType<typeof watchUncaught> | undefined;
  let container: HTMLElement | undefined;
  beforeAll(() => {
    setTraps();
    vi.spyOn(console, 'warn').mockImplementation((...parts: unknown[]) => void warnings.push(parts.map(String).join(' ')));
    uncaught = watchUncaught();
    container = document.createElement('div');
    container.lang = 'en';
    document.body.append(container);
  });
  afterAll(() => {
    uncaught?.stop();
    container?.remove();
    localStorage.clear();
    vi.restoreAllMocks();
  });
  return {
    warnings,
    get container() {
      return container!;
    },
    get uncaught() {
      return uncaught!;
    },
  };
}
