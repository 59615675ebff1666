/* Accessibility repairs to the theme's (pydata-sphinx-theme) controls, found by axe-core in
 * tests/test_browser.py. The theme builds these in its templates and its Python code, so they
 * are repaired here, when the page has loaded, rather than by copying its templates.
 *
 * - The search field's accessible name ("Søk") left out the shortcut shown in it ("Ctrl + K"):
 *   speech users say what they see. Without aria-label the name is the visible text.
 * - The light/dark button was named in English ("Color mode") on a Norwegian page, and its
 *   name must not contradict its icon's tooltip.
 * - The sidebar's fold-out arrows (<summary>) had no name at all: a screen reader said only
 *   "disclosure triangle". They are named after the chapter they open. */
(function () {
  function repair() {
    document.querySelectorAll(".search-button-field[aria-label]").forEach(function (button) {
      button.removeAttribute("aria-label");
    });
    document.querySelectorAll(".theme-switch-button").forEach(function (button) {
      button.setAttribute("aria-label", "Lys eller mørk visning");
      button.querySelectorAll("[title]").forEach(function (icon) {
        icon.removeAttribute("title");
      });
    });
    document.querySelectorAll("nav summary").forEach(function (summary) {
      if (summary.textContent.trim()) return;
      var link = summary.parentElement.parentElement.querySelector("a");
      var chapter = link ? link.textContent.trim() : "kapittelet";
      summary.setAttribute("aria-label", "Vis eller skjul delene av " + chapter);
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", repair);
  } else {
    repair();
  }
})();
