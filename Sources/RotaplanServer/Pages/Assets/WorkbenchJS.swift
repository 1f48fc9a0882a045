/// The workbench's one script (`/assets/workbench.js`), modern JavaScript with no library:
/// every page works without it except what is live (progress over Server-Sent Events,
/// uploads of several files, checks as you edit). Scripts of each area add their parts
/// here as functions keyed by `data-` attributes, never inline (the CSP forbids inline scripts).
enum WorkbenchJS {
    static let text = """
        "use strict";
        const csrf = () => document.querySelector('meta[name="csrf"]')?.content ?? "";
        async function postForm(url, data) {
          const body = new URLSearchParams(data);
          const r = await fetch(url, {method: "POST", body, headers: {"X-CSRF-Token": csrf(), "Accept": "application/json"}});
          return r;
        }
        const esc = (s) => String(s).replace(/[&<>"']/g, c => ({"&":"&amp;","<":"&lt;",">":"&gt;","\\"":"&quot;","'":"&#39;"}[c]));
        window.rotaplan = {csrf, postForm, esc};
        document.addEventListener("DOMContentLoaded", () => {
          for (const f of (window.rotaplanInit ?? [])) f();
        });
        """
}
