// The review desk's keyboard shortcuts and small helpers. No inline script anywhere: the CSP forbids it.
"use strict";
(function () {
  function typing(target) {
    const tag = (target.tagName || "").toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || target.isContentEditable;
  }
  // Rows of a list (queue, incidents): j/k move, Enter opens.
  const rows = Array.from(document.querySelectorAll("tr.item"));
  let current = rows.length ? 0 : -1;
  function mark() {
    rows.forEach(function (row, i) { row.classList.toggle("current", i === current); });
    if (current >= 0) { rows[current].scrollIntoView({block: "nearest"}); }
  }
  mark();
  // The edit form: choosing a field puts its value in the box, and its choices in the list.
  const field = document.getElementById("field");
  const value = document.getElementById("value");
  const choices = document.getElementById("choices");
  function fill() {
    if (!field || !value) { return; }
    const option = field.options[field.selectedIndex];
    value.value = option.dataset.value || "";
    choices.textContent = "";
    (option.dataset.choices || "").split("|").filter(Boolean).forEach(function (c) {
      const item = document.createElement("option");
      item.value = c;
      choices.appendChild(item);
    });
  }
  if (field) { field.addEventListener("change", fill); fill(); }
  function click(id) { const el = document.getElementById(id); if (el) { el.click(); } }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
    switch (event.key) {
      case "j": if (current < rows.length - 1) { current += 1; mark(); } break;
      case "k": if (current > 0) { current -= 1; mark(); } break;
      case "Enter": if (current >= 0) { window.location.href = rows[current].dataset.href; } break;
      case "a": click("accept"); break;
      case "r": click("reject"); break;
      case "s": click("split"); break;
      case "n": click("next"); break;
      case "g": window.location.href = "/"; break;
      case "e": if (field) { event.preventDefault(); field.focus(); } break;
      case "u": {
        const undo = document.querySelector("#history button.undo, #log button.undo");
        if (undo) { undo.click(); }
        break;
      }
      default: return;
    }
  });
})();
