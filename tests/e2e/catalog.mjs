// What the page holds, read from the page itself, so the suites never hard-code the content's counts: every
// milestone of the unfiltered list with its era, origin, tags and organisations (data attributes of each item).
import { startHarness } from "./harness.mjs";

/** The milestones of the page's unfiltered view, in order: [{ id, era, origin, tags, orgs, years, title, links }]. */
export async function catalog(harness) {
  const { context, page } = await harness.open("?lang=en");
  const items = await page.locator(".milestone:not([hidden])").evaluateAll((all) =>
    all.map((m) => ({
      id: m.dataset.id,
      era: m.dataset.era,
      origin: m.dataset.origin,
      tags: m.dataset.tags.split(" ").filter(Boolean),
      orgs: m.dataset.orgs.split(" ").filter(Boolean),
      // The note's year, or its span ("2023–2024").
      years: m.dataset.years.split(" ").map(Number),
      // The title as shown in English (its own text, without its badges).
      title: [...m.querySelector(".milestone__title").childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join("")
        .trim(),
      // The milestones its cross-links point at.
      links: [...m.querySelectorAll("a.milestone-link[data-target]")].map((a) => a.dataset.target),
    })),
  );
  const eras = await page.locator(".era-card").evaluateAll((all) => all.map((c) => c.dataset.era));
  await context.close();
  return { items, eras, ids: (pred = () => true) => items.filter(pred).map((m) => m.id) };
}

/** A harness started and the catalog of its page read: `{ harness, data }`, for a suite's `before`. */
export async function withCatalog() {
  const harness = await startHarness();
  return { harness, data: await catalog(harness) };
}

/** The titles the page shows in `lang` (their own text, without badges): { id: title }. */
export async function titles(harness, lang) {
  const { context, page } = await harness.open(`?lang=${lang}`);
  const found = await page.locator(".milestone:not([hidden])").evaluateAll((all) =>
    Object.fromEntries(
      all.map((m) => [
        m.dataset.id,
        [...m.querySelector(".milestone__title").childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join("")
          .trim(),
      ]),
    ),
  );
  await context.close();
  return found;
}

/** A word of `text` to search for: its longest run of Latin letters (3 or more), or else its first two Han
 *  characters; with `han`, only the Han characters. Undefined if it has none. */
export function wordOf(text, { han = false } = {}) {
  const chinese = text.match(/\p{Script=Han}{2}/u)?.[0];
  if (han) return chinese;
  return (text.match(/[A-Za-z]{3,}/g) ?? []).sort((a, b) => b.length - a.length)[0] ?? chinese;
}

/** The values of `key` of a milestone, as a list (`era` is one value; `tags` and `orgs` are lists). */
const valuesOf = (m, key) => (Array.isArray(m[key]) ? m[key] : [m[key]]);

/** How many milestones have each pair of values of `a` and `b` (e.g. "era", "tags"): [[x, y, count]], most first
 *  (ties in the page's order). */
export function together({ items }, a, b) {
  const counts = new Map();
  for (const m of items) {
    for (const x of valuesOf(m, a)) {
      for (const y of valuesOf(m, b)) {
        const k = JSON.stringify([x, y]);
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
    }
  }
  return [...counts].map(([k, n]) => [...JSON.parse(k), n]).sort((p, q) => q[2] - p[2]);
}

/** A value of `a` and one of `b` that no milestone has together (a combination with no results), or undefined. */
export function apart({ items }, a, b) {
  const all = (key) => [...new Set(items.flatMap((m) => valuesOf(m, key)))];
  const seen = new Set(together({ items }, a, b).map(([x, y]) => JSON.stringify([x, y])));
  for (const x of all(a)) for (const y of all(b)) if (!seen.has(JSON.stringify([x, y]))) return [x, y];
  return undefined;
}

/** Resolves after the page has rendered two more frames (what a change shows is on screen by then). */
/** The page's address once the app has recorded the view: it writes history just after the change is painted
 *  (a frame later), so this reads `location` two frames on. */
export const address = (page) =>
  page
    .evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(location.href)))))
    .then((href) => new URL(href));

/** Back and forward as a reader's are: after the view they leave is recorded (see `address`). */
export const back = async (page) => {
  await address(page);
  await page.goBack();
};
export const forward = async (page) => {
  await address(page);
  await page.goForward();
};

export const frames = (page, n = 2) =>
  page.evaluate(
    (n) =>
      new Promise((done) => {
        const step = (left) => (left === 0 ? done() : requestAnimationFrame(() => step(left - 1)));
        step(n);
      }),
    n,
  );

/** The search's hits the page marks (CSS Custom Highlight API, `::highlight(search)`), in page order, once they
 *  are there: [milestone id, class of the marked element, marked text]. */
export const hits = async (page) => {
  await page.waitForFunction(() => (CSS.highlights.get("search")?.size ?? 0) > 0);
  return page.evaluate(() =>
    [...CSS.highlights.get("search")]
      .map((r) => [r.startContainer.parentElement, r.toString()])
      .sort(([a], [b]) => (a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
      .map(([el, text]) => [el.closest(".milestone").dataset.id, el.className, text]),
  );
};
