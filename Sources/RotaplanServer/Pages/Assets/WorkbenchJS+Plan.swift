/// The plan page's and the edit page's script: the pin dialog (opened by a row's
/// button.pin-button; posts with fetch and reloads), and the live check of a hand edit
/// (every change of a select.destination, and a swap, calls `POST …/check`). User data
/// goes in with `textContent` only.
extension WorkbenchJS {
    static let plan = """
        (window.rotaplanInit ??= []).push(() => {
          const dialog = document.getElementById("pin-dialog");
          if (dialog) {
            const form = dialog.querySelector("form");
            const rule = form.querySelector('select[name="rule"]');
            const target = form.querySelector('select[name="target"]');
            const who = form.querySelector('input[name="who"]');
            const err = document.getElementById("pin-error");
            let kind = "teacher", subject = "";
            const visible = (sel) => [...sel.options].filter(o => !o.hidden);
            const fit = () => {
              for (const o of rule.options) o.hidden = !(o.dataset.for ?? "").split(" ").includes(kind);
              if (!rule.selectedOptions[0] || rule.selectedOptions[0].hidden) rule.value = visible(rule)[0]?.value ?? "";
              const want = rule.selectedOptions[0]?.dataset.target ?? "none";
              const sameSubject = [...target.options].some(o => o.dataset.target === "teacher" && o.dataset.subject === subject);
              for (const o of target.options) {
                o.hidden = o.dataset.target !== want || (want === "teacher" && sameSubject && o.dataset.subject !== subject);
              }
              if (!target.selectedOptions[0] || target.selectedOptions[0].hidden) target.value = visible(target)[0]?.value ?? "";
            };
            rule.addEventListener("change", fit);
            for (const b of document.querySelectorAll("button.pin-button")) {
              b.addEventListener("click", () => {
                kind = b.dataset.kind ?? "teacher"; subject = b.dataset.subject ?? ""; who.value = b.dataset.who ?? "";
                document.getElementById("pin-who").textContent = (b.dataset.who ?? "") + " " + (b.dataset.name ?? "");
                err.hidden = true; fit(); dialog.showModal();
              });
            }
            document.getElementById("pin-cancel")?.addEventListener("click", () => dialog.close());
            form.addEventListener("submit", async (ev) => {
              ev.preventDefault();
              const r = await rotaplan.postForm(form.action, new FormData(form));
              if (r.ok) { dialog.close(); location.reload(); return; }
              const j = await r.json().catch(() => ({}));
              err.textContent = j.error ?? String(r.status); err.hidden = false;
            });
          }
          const edit = document.getElementById("edit-form");
          if (edit) {
            const selects = () => [...edit.querySelectorAll("select.destination")];
            const show = (j) => {
              const box = document.getElementById("check-result");
              box.dataset.holds = String(!!j.holds);
              const summary = document.getElementById("check-summary");
              summary.textContent = j.summary ?? j.error ?? ""; summary.className = j.holds ? "ok" : "problem";
              const list = document.getElementById("violations");
              list.replaceChildren(...(j.violations ?? []).map(v => { const li = document.createElement("li"); li.textContent = v; return li; }));
              document.getElementById("distance").textContent = j.distance ?? "";
              document.getElementById("check-objective").textContent = j.objective == null ? "" : Number(j.objective).toFixed(3);
            };
            const run = async () => {
              const data = new URLSearchParams();
              for (const s of selects()) if (s.value !== s.dataset.base) data.append(s.name, s.value);
              const r = await rotaplan.postForm(edit.dataset.check, data);
              show(await r.json().catch(() => ({error: String(r.status)})));
            };
            edit.addEventListener("change", (ev) => { if (ev.target.matches("select.destination")) run(); });
            document.getElementById("swap")?.addEventListener("submit", (ev) => {
              ev.preventDefault();
              const f = ev.target;
              const find = (id) => edit.querySelector(`select.destination[name="dest.${CSS.escape(id)}"]`);
              const a = find(f.elements.a.value), b = find(f.elements.b.value);
              if (!a || !b || a === b) return;
              const put = (sel, value, label) => {
                if (value === sel.dataset.home) value = "";
                if (![...sel.options].some(o => o.value === value)) { const o = document.createElement("option"); o.value = value; o.textContent = label; sel.append(o); }
                sel.value = value;
              };
              const va = a.value, la = a.selectedOptions[0]?.textContent ?? "", vb = b.value, lb = b.selectedOptions[0]?.textContent ?? "";
              put(a, vb, lb); put(b, va, la);
              run();
            });
          }
        });
        """
}
