import { expect, test, type Page } from "@playwright/test";
import { SEED_ORGNR } from "../dev/testdata/parties";
import { iDag } from "../lib/dato";
import { tekster } from "./helpers/tekster";
import { expectNoA11yViolations } from "./axe";
import { loginAs } from "./helpers/login";

/**
 * WCAG 2.1 A/AA on every screen and opened state: axe, plus the criteria Skatteetaten's own
 * "Mine krav" reports breaches of, tested explicitly: 1.3.1 (headings and table headers),
 * 1.4.10 (reflow at 320 px and at 200 % zoom), 2.4.3 (focus order).
 */

const t = tekster.oversikt;

const SKJERMER: { navn: string; url: string; testid: string }[] = [
  { navn: "Ubetalte krav", url: `/${SEED_ORGNR}`, testid: "ubetalt-krav" },
  { navn: "Betalte krav 2023", url: `/${SEED_ORGNR}?fane=betalte&aar=2023`, testid: "betalt-krav" },
  { navn: "Innbetalinger 2023", url: `/${SEED_ORGNR}?fane=betalte&visning=innbetalinger&aar=2023`, testid: "innbetaling" },
  { navn: "Utbetalinger 2025", url: "/314961900?fane=utbetalinger&aar=2025", testid: "utbetaling" },
  { navn: "Tilgodebeløp 2025", url: "/314961900?fane=utbetalinger&visning=tilgode&aar=2025", testid: "tilgode" },
];

async function aapneFoerste(page: Page, testid: string) {
  await page.getByTestId(testid).first().getByRole("button", { expanded: false }).click();
  await expect(page.getByTestId(testid).first().getByRole("button", { expanded: true })).toBeVisible();
}

/** Heading levels in document order never skip a level, and there is exactly one h1. */
async function expectHeadingOrder(page: Page) {
  const levels = await page.locator("main").evaluate((main) =>
    [...main.querySelectorAll("h1, h2, h3, h4, h5, h6")].filter((h) => !h.closest("[aria-hidden=true]")).map((h) => Number(h.tagName[1])),
  );
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  levels.reduce((prev, l) => {
    expect(l, `heading levels ${levels.join(",")}`).toBeLessThanOrEqual(prev + 1);
    return l;
  }, 1);
}

async function expectNoPageScroll(page: Page) {
  const { scroll, viewport } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
  expect(scroll, "the page itself must not scroll sideways").toBeLessThanOrEqual(viewport);
}

test.beforeEach(async ({ page }) => {
  await loginAs(page, "Rita Regnskap");
});

for (const skjerm of SKJERMER) {
  test(`${skjerm.navn}: no axe violations, closed and opened; headings in order; table headers in place`, async ({ page }) => {
    await page.goto(skjerm.url);
    await expect(page.getByTestId(skjerm.testid).first()).toBeVisible();
    await expectNoA11yViolations(page);
    await expectHeadingOrder(page);
    const tabell = page.getByTestId(`${skjerm.testid === "ubetalt-krav" ? "ubetalte" : skjerm.testid}-tabell`);
    expect(await tabell.locator("thead th").count()).toBeGreaterThan(2);
    await aapneFoerste(page, skjerm.testid);
    await expectNoA11yViolations(page);
    await expectHeadingOrder(page);
  });

  test(`${skjerm.navn}: reflows at 320 px and at 200 % zoom without the page scrolling sideways (1.4.10)`, async ({ page }) => {
    for (const width of [320, 640]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(skjerm.url);
      await expect(page.getByTestId(skjerm.testid).first()).toBeVisible();
      await expectNoPageScroll(page);
      await aapneFoerste(page, skjerm.testid);
      await expectNoPageScroll(page);
    }
  });
}

test("the states reflow at 320 px too: empty, screened, upstream error, bad year", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const url of ["/310478717", "/315900034", `/${SEED_ORGNR}?fane=betalte&aar=1999`, "/314961900"]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoPageScroll(page);
  }
});

test("the interest estimate passes axe with an error shown, and the states pages pass too", async ({ page }) => {
  await page.goto(`/${SEED_ORGNR}`);
  await aapneFoerste(page, "ubetalt-krav");
  const felt = page.getByLabel(t.renter.dato);
  await felt.fill("99.99.9999");
  await felt.blur();
  await expect(page.getByText(t.renter.ugyldig)).toBeVisible();
  await expectNoA11yViolations(page);
  for (const url of ["/310478717", "/315900034", `/${SEED_ORGNR}?fane=betalte&aar=1999`]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoA11yViolations(page);
    await expectHeadingOrder(page);
  }
});

test("focus order follows the page (2.4.3): tabs, then the panel's controls, then the rows; a year change keeps focus on the year", async ({ page }) => {
  await page.goto(`/${SEED_ORGNR}`);
  await page.getByRole("tab", { selected: true }).focus();
  const rekkefoelge: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press("Tab");
    rekkefoelge.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return `${el.getAttribute("role") ?? el.tagName.toLowerCase()}:${el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 30) ?? ""}`;
      }),
    );
  }
  // The kontoutskrift link, the tab panel (focusable by the tabs pattern), the search field,
  // the table's scroll region, then the sort buttons left to right.
  expect(rekkefoelge).toEqual([
    `a:${t.faner.kontoutskrift}`,
    expect.stringMatching(/^tabpanel:/),
    expect.stringMatching(/^input:/),
    `region:${t.ubetalte.overskrift}`,
    `button:${t.tabell.forfallsdato}`,
    `button:${t.tabell.beskrivelse}`,
  ]);

  await page.getByRole("tab", { name: t.faner.betalte, exact: true }).click();
  const aar = page.getByLabel(t.aar.label, { exact: true });
  await aar.focus();
  // Down the year list with the keyboard to 2023 (the seed's year with paid claims).
  for (let a = Number(iDag().slice(0, 4)); a > 2023; a--) await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/aar=2023/);
  await expect(page.getByTestId("betalt-krav").first()).toBeVisible();
  await expect(aar, "focus stays on the year while the list changes").toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("region", { name: t.betalte.overskrift })).toBeFocused();
  const etter = await aar.evaluate((select) => Boolean(select.compareDocumentPosition(document.activeElement!) & Node.DOCUMENT_POSITION_FOLLOWING));
  const hva = await page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.getAttribute("role")} ${document.activeElement?.textContent?.slice(0, 40)}`);
  expect(etter, `the next Tab goes on into the list, not back to the top (${hva})`).toBe(true);
});
