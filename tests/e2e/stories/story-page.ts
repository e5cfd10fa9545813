import type { Page } from '@playwright/test';

/** Everything a Storybook page must not do: throw, log an error, or log a warning (Candor reports bad configs as warnings). */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  return problems;
}

/**
 * Waits until `root` has content, none of `busy` (loaders) is in it, and every custom element in
 * it has upgraded and finished updating.
 */
export async function waitForElements(page: Page, root: string, busy?: string): Promise<void> {
  await page.waitForFunction(
    ({ root, busy }) => {
      const container = document.querySelector(root);
      if (!container || container.childElementCount === 0) return false;
      if (busy && container.querySelector(busy)) return false;
      const elements = [...container.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
      return elements.every((element) => {
        if (!customElements.get(element.localName)) return false;
        return !('isUpdatePending' in element) || element.isUpdatePending === false;
      });
    },
    { root, busy },
  );
}

/** What `read` returns, or the error it throws (so a missing build becomes one failing test, not a crash). */
export function readOrError<T>(read: () => T): T | Error {
  try {
    return read();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
