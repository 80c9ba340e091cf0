import type { Page } from "@playwright/test";

/** Records what the copy buttons write (the app's Permissions-Policy rightly forbids reading the clipboard back). */
export async function fangKopiering(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __kopiert: string[] };
    w.__kopiert = [];
    const clipboard = navigator.clipboard;
    if (!clipboard) return;
    const original = clipboard.writeText.bind(clipboard);
    clipboard.writeText = (tekst: string) => {
      w.__kopiert.push(tekst);
      return original(tekst).catch(() => undefined);
    };
  });
}

/** What the copy buttons have written so far, oldest first. */
export const kopiert = (page: Page) => page.evaluate(() => (window as unknown as { __kopiert: string[] }).__kopiert);
