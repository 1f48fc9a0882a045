import Foundation
import RotaplanText
import RotaplanWorkbenchText

enum HomePage {
    static func render(_ workspaces: [Workspace], viewer: Viewer, frame: PageFrame) -> HTML {
        let l = frame.language
        let items: [HTML] = workspaces.map { w in
            "<li><a class=\"workspace\" href=\"/w/\(w.id ?? 0)\">\(w.name)</a> <span class=\"muted\">\(w.district)</span></li>"
        }
        let list: HTML = items.isEmpty ? "<p id=\"no-workspaces\">\(WorkbenchText.noWorkspaces, l)</p>" : "<ul id=\"workspaces\">\(items)</ul>"
        let create: HTML = viewer.mayCreateWorkspaces ? """
            <h2>\(WorkbenchText.newWorkspace, l)</h2>
            <form method="post" action="/workspaces" id="new-workspace" class="stack">\(frame.csrfField)
            <label>\(WorkbenchText.workspaceName, l) <input name="name" required maxlength="100"></label>
            <label>\(WorkbenchText.district, l) <input name="district" maxlength="100"></label>
            <button>\(WorkbenchText.create, l)</button></form>
            """ : ""
        return frame.page(WorkbenchText.workspaces.text(l), "<h1>\(WorkbenchText.workspaces, l)</h1>\(list)\(create)")
    }
}

enum SignInPage {
    static func render(frame: PageFrame, failed: Bool) -> HTML {
        let l = frame.language
        let error: HTML = failed ? "<p class=\"problem\" id=\"signin-failed\">\(WorkbenchText.signInFailed, l)</p>" : ""
        return frame.page(WorkbenchText.signIn.text(l), """
            <h1>\(WorkbenchText.signIn, l)</h1>\(error)
            <form method="post" action="/signin" class="stack" id="signin">
            <label>\(WorkbenchText.accountName, l) <input name="account" autocomplete="username" required></label>
            <label>\(WorkbenchText.password, l) <input name="password" type="password" autocomplete="current-password" required></label>
            <button>\(WorkbenchText.signIn, l)</button></form>
            """)
    }
}
