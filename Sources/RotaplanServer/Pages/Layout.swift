import Foundation
import RotaplanText
import RotaplanWorkbenchText

/// What every page shares: the head (one style sheet and one script from `/assets/`, a
/// Content-Security-Policy that loads nothing from outside), the top bar with the
/// workspace, the language switch and the user, and the CSRF token every form carries.
public struct PageFrame: Sendable {
    public var language: Language
    public var viewerName: String
    public var csrf: String
    /// The path of this page (for the language switch to come back to).
    public var path: String
    public var signedIn: Bool

    public init(language: Language, viewerName: String, csrf: String, path: String, signedIn: Bool) {
        self.language = language; self.viewerName = viewerName; self.csrf = csrf; self.path = path; self.signedIn = signedIn
    }

    /// A hidden input with the CSRF token: every `<form method=post>` includes it.
    public var csrfField: HTML { "<input type=\"hidden\" name=\"csrf\" value=\"\(csrf)\">" }

    /// The page: `title` in the head and the top bar, `crumbs` (label, link) before it.
    public func page(_ title: String, crumbs: [(String, String)] = [], _ body: HTML) -> HTML {
        let l = language
        let other = WorkbenchText.otherLanguage(l)
        let crumbLinks: [HTML] = crumbs.map { "<a href=\"\($0.1)\">\($0.0)</a> › " }
        let user: HTML = signedIn
            ? "<span class=\"who\">\(viewerName)</span> <form method=\"post\" action=\"/signout\" class=\"inline\">\(csrfField)<button class=\"link\">\(WorkbenchText.signOut, l)</button></form>"
            : ""
        return """
            <!doctype html>
            <html lang="\(WorkbenchText.htmlLanguage(l))">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="csrf" content="\(csrf)">
            <title>\(title) · \(WorkbenchText.product, l)</title>
            <link rel="stylesheet" href="/assets/workbench.css"><script src="/assets/workbench.js" defer></script></head>
            <body><header class="bar"><a class="home" href="/">\(WorkbenchText.product, l)</a>
            <nav>\(crumbLinks)<b>\(title)</b></nav>
            <span class="right"><a id="lang-switch" href="/lang?to=\(other.rawValue)&amp;back=\(HTML.component(path))">\(WorkbenchText.switchLanguage, l)</a> \(user)</span></header>
            <main>\(body)</main></body></html>
            """
    }
}
