/// The job page's script: follows `#progress[data-events]` with an EventSource, writes each
/// `progress` event's shown values (`text`, in the page language) with textContent, and on
/// `done` goes to the result (or reloads the page to show why it failed).
extension WorkbenchJS {
    static let jobs = """
        (window.rotaplanInit ??= []).push(() => {
          const box = document.getElementById("progress");
          if (!box || !box.dataset.events) return;
          const state = box.dataset.state;
          if (state !== "queued" && state !== "running") return;
          const source = new EventSource(box.dataset.events);
          const put = (id, v) => { const e = document.getElementById(id); if (e && v != null) e.textContent = v; };
          source.addEventListener("progress", (m) => {
            const p = JSON.parse(m.data);
            const was = box.dataset.state;
            box.dataset.state = p.state;
            put("progress-state", p.text.state); put("progress-stage", p.text.stage); put("progress-plan", p.text.plan);
            put("progress-bound", p.text.bound); put("progress-gap", p.text.gap); put("progress-seconds", p.text.seconds);
            if (was === "queued" && p.state === "running") document.getElementById("queue-place")?.remove();
          });
          source.addEventListener("done", (m) => {
            source.close();
            const d = JSON.parse(m.data);
            box.dataset.state = d.state;
            const target = new URL(d.url, location.href);
            if (target.pathname === location.pathname && !target.search) location.reload();
            else if (d.planId != null || d.state === "done") location.assign(target.href);
            else location.reload();
          });
        });
        """
}
