(async () => {
  // Served at any address under an unknown path: the bundle's root is the nearest folder of this address that
  // holds its manifest. The stylesheet, icon and links then point there.
  const folders = location.pathname.split("/").slice(1, -1);
  for (let n = folders.length; n >= 0; n--) {
    const root = "/" + folders.slice(0, n).map((f) => f + "/").join("");
    try {
      const response = await fetch(root + "manifest.webmanifest", { cache: "no-store" });
      if (!response.ok || !(await response.json()).start_url) continue;
    } catch {
      continue;
    }
    for (const el of document.querySelectorAll("[data-path]")) {
      const href = root + el.dataset.path;
      if (el.getAttribute("href") !== href) el.setAttribute("href", href);
    }
    return;
  }
})();
