/* cctv-audit report: start the MOJ sortable tables and the table filters.
   Every page works without this file: tables show all their rows, the filter forms stay
   hidden. Filters are read from and written to the address (?verdict=d5_5:not_met&force=...),
   so a filtered view can be bookmarked or sent to a colleague. */
(function () {
  "use strict";

  document.body.classList.add("js-enabled", "govuk-frontend-supported");

  function startSortableTables() {
    var moj = window.MOJFrontend;
    if (!moj || !moj.SortableTable) {
      return;
    }
    document.querySelectorAll('[data-module="moj-sortable-table"]').forEach(function (table) {
      try {
        new moj.SortableTable(table);
      } catch (error) {
        // the table stays as served, in its original order
        window.console.warn("sortable table not started:", error);
      }
    });
  }

  function rowMatches(row, wanted) {
    return Object.keys(wanted).every(function (name) {
      var want = wanted[name];
      if (name === "q") {
        return (row.getAttribute("data-name") || "").indexOf(want) !== -1;
      }
      if (name === "verdict") {
        var parts = want.split(":");
        var tokens = (row.getAttribute("data-" + parts[0]) || "").split(" ");
        return tokens.indexOf(parts[1]) !== -1;
      }
      return (row.getAttribute("data-" + name) || "").toLowerCase() === want;
    });
  }

  function startFilter(form) {
    var tableId = form.getAttribute("data-app-filter");
    var table = document.getElementById(tableId);
    var count = document.getElementById(tableId + "-count");
    if (!table || !table.tBodies.length) {
      return;
    }
    var noun = form.getAttribute("data-noun") || "rows";
    var fields = Array.prototype.slice.call(form.querySelectorAll("select, input[name]"));
    var params = new URLSearchParams(window.location.search);
    fields.forEach(function (field) {
      if (params.has(field.name)) {
        field.value = params.get(field.name);
      }
    });

    function apply() {
      var wanted = {};
      var query = new URLSearchParams();
      fields.forEach(function (field) {
        if (field.value) {
          wanted[field.name] = field.value.toLowerCase();
          query.set(field.name, field.value);
        }
      });
      var rows = table.tBodies[0].rows;
      var shown = 0;
      for (var i = 0; i < rows.length; i += 1) {
        var ok = rowMatches(rows[i], wanted);
        rows[i].hidden = !ok;
        shown += ok ? 1 : 0;
      }
      if (count) {
        count.textContent = "Showing " + shown + " of " + rows.length + " " + noun + ".";
      }
      try {
        var search = query.toString();
        window.history.replaceState(null, "", search ? "?" + search : window.location.pathname);
      } catch (error) {
        // some browsers refuse to change the address of a file opened from disk
        window.console.info("filters not saved in the address:", error.name);
      }
    }

    form.addEventListener("change", apply);
    form.addEventListener("input", function (event) {
      if (event.target.type === "search") {
        apply();
      }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      apply();
    });
    form.addEventListener("reset", function () {
      window.setTimeout(apply, 0);
    });
    form.hidden = false;
    apply();
  }

  startSortableTables();
  document.querySelectorAll("form[data-app-filter]").forEach(startFilter);
}());
