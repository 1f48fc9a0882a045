/// The workbench's one style sheet (`/assets/workbench.css`): readable at 1280 px and on a
/// 390 px phone, Chinese fonts first, printable.
enum WorkbenchCSS {
    static let text = """
        *{box-sizing:border-box}
        body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;margin:0;color:#1f2328;line-height:1.5;font-size:16px;background:#fafafa}
        header.bar{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;padding:.5rem 1rem;background:#20415f;color:#fff}
        header.bar a,header.bar button.link{color:#fff}
        header.bar .home{font-weight:700;text-decoration:none}
        header.bar nav{flex:1 1 auto}
        header.bar .right{display:flex;gap:.75rem;align-items:center}
        main{max-width:1200px;margin:0 auto;padding:1rem}
        pre{white-space:pre-wrap;overflow-wrap:anywhere}
        h1{font-size:1.4rem;margin:.5rem 0 1rem}h2{font-size:1.15rem;margin-top:1.75rem;border-bottom:1px solid #d0d7de}
        table{border-collapse:collapse;font-size:.9rem;background:#fff}
        th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}
        th{background:#f0f3f6}td.n{text-align:right;font-variant-numeric:tabular-nums}
        .wrap{overflow-x:auto;max-width:100%}
        td button,td .badge{white-space:nowrap}
        .muted{color:#57606a;font-size:.875rem}
        .problem,.error p{color:#b42318}.warning{color:#9a6700}.ok{color:#1a7f37}
        form.inline{display:inline}
        form.stack{display:flex;flex-direction:column;gap:.6rem;max-width:34rem}
        label{display:flex;flex-direction:column;gap:.15rem;font-size:.95rem}
        input,select,button,textarea{font:inherit;padding:.35rem .5rem;border:1px solid #8c959f;border-radius:4px}
        button{background:#20415f;color:#fff;border-color:#20415f;cursor:pointer}
        button.secondary{background:#fff;color:#20415f}
        button.link{background:none;border:none;padding:0;text-decoration:underline;cursor:pointer}
        button:disabled{opacity:.5;cursor:default}
        .actions{display:flex;flex-wrap:wrap;gap:.5rem 1rem;margin:.5rem 0 1rem}
        .kpi{display:flex;flex-wrap:wrap;gap:.75rem}.kpi div{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:.5rem .8rem;flex:1 1 9rem}
        .kpi b{display:block;font-size:1.2rem}
        .progress{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:.75rem;font-variant-numeric:tabular-nums}
        .badge{display:inline-block;padding:0 .4rem;border-radius:4px;background:#eaeef2;font-size:.8rem}
        .badge.queued{background:#fff8c5}.badge.running{background:#ddf4ff}.badge.done{background:#dafbe1}.badge.failed,.badge.cancelled{background:#ffebe9}
        .side{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem}
        iframe.report{width:100%;height:80vh;border:1px solid #d0d7de;background:#fff}
        dialog{max-width:34rem;width:calc(100% - 2rem)}
        @media (max-width:600px){main{padding:.6rem}.wrap>table{min-width:36rem}table{font-size:.8rem}th,td{padding:.15rem .3rem}header.bar{padding:.4rem .6rem}}
        @media print{header.bar,.actions,form{display:none}body{background:#fff}}
        """
}
