// What the page holds, read from the page itself, so the suites never hard-code the content's counts: every
// milestone of the unfiltered list with its era, origin, tags and organisations (data attributes of each item).
/** The milestones of the page's unfiltered view, in order: [{ id, era, origin, tags, orgs, years }]. */
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
    })),
  );
  const eras = await page.locator(".era-card").evaluateAll((all) => all.map((c) => c.dataset.era));
  await context.close();
  return { items, eras, ids: (pred = () => true) => items.filter(pred).map((m) => m.id) };
}

/** Resolves after the page has rendered two more frames (what a change shows is on screen by then). */
export const frames = (page, n = 2) =>
  page.evaluate(
    (n) =>
      new Promise((done) => {
        const step = (left) => (left === 0 ? done() : requestAnimationFrame(() => step(left - 1)));
        step(n);
      }),
    n,
  );
