import Foundation
import GRDB
import Hummingbird
import RotaplanText
import RotaplanWorkbenchText

/// `/` (the workspaces the viewer may see, and a form for a new one), `/lang`, `/signin`,
/// `/signout`, `POST /workspaces`.
enum HomeRoutes {
    static func add(to router: Router<WorkbenchContext>, _ wb: Workbench) {
        router.get("/") { request, context -> Response in
            let viewer = try context.requireViewer()
            let all = try await wb.store.pool.read { db in try Workspace.order(Column("name")).fetchAll(db) }
            let visible = all.filter { viewer.canSee($0) }
            return Pages.response(HomePage.render(visible, viewer: viewer, frame: context.frame(path: "/")))
        }
        router.get("/lang") { request, context -> Response in
            let to = Language(rawValue: request.uri.queryParameters.get("to") ?? "") ?? .zh
            var back = request.uri.queryParameters.get("back") ?? "/"
            // Only a path on this site: never `//host` or `https://…` (an open redirect).
            if !back.hasPrefix("/") || back.hasPrefix("//") || back.contains("\\") { back = "/" }
            var r = Pages.redirect(back)
            r.setCookie(Cookie(name: "lang", value: to.rawValue, maxAge: 365 * 86400, path: "/", httpOnly: true, sameSite: .strict))
            return r
        }
        router.get("/signin") { _, context -> Response in
            Pages.response(SignInPage.render(frame: context.frame(path: "/signin"), failed: false))
        }
        router.post("/signin") { request, context -> Response in
            guard await wb.signIns.admit(context.client) else { throw WorkbenchError.tooManyRequests }
            var request = request
            let form = try await FormFields.read(&request, limit: wb.configuration.maxFormBytes)
            let name = form["account"] ?? "", password = form["password"] ?? ""
            let account = try await wb.store.pool.read { db in try Account.filter(Column("name") == name).fetchOne(db) }
            // The hash is computed even for an unknown account, so timing does not tell which names exist.
            let ok = Passwords.verify(password, against: account?.passwordHash ?? Passwords.decoy)
            guard ok, let account else {
                return Pages.response(SignInPage.render(frame: context.frame(path: "/signin"), failed: true), status: .unauthorized)
            }
            let cookie = try wb.newSession(account: account)
            var r = Pages.redirect("/")
            r.setCookie(cookie)
            return r
        }
        router.post("/signout") { request, context -> Response in
            if let s = context.session {
                try await wb.store.pool.write { db in
                    _ = try SessionRecord.deleteOne(db, key: s.tokenHash)
                    try WorkbenchStore.record(db, workspace: nil, who: context.viewer?.name ?? "", action: "signout")
                }
            }
            var r = Pages.redirect(wb.configuration.isLocal ? "/signedout" : "/signin")
            r.setCookie(Cookie(name: SessionMiddleware.cookieName, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
            return r
        }
        router.get("/signedout") { _, context -> Response in
            Pages.response(context.frame(path: "/").page(WorkbenchText.signOut.text(context.language),
                                                        "<p id=\"signed-out\">\(WorkbenchText.needSignIn, context.language)</p>"))
        }
        router.post("/workspaces") { request, context -> Response in
            let viewer = try context.requireViewer()
            guard viewer.mayCreateWorkspaces else { throw WorkbenchError.forbidden }
            var request = request
            let form = try await FormFields.read(&request, limit: wb.configuration.maxFormBytes)
            let name = (form["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty, name.count <= 100 else { throw WorkbenchError.invalid(WorkbenchText.workspaceNameNeeded) }
            var given = (form["district"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if case .account(let a) = viewer { given = a.district }
            let district = given
            let w = try await wb.store.pool.write { db -> Workspace in
                var w = Workspace(name: name, district: district)
                try w.insert(db)
                try WorkbenchStore.record(db, workspace: w.id, who: viewer.name, action: "workspace.create", detail: name)
                return w
            }
            return Pages.redirect("/w/\(w.id!)")
        }
    }
}

extension Passwords {
    /// A valid hash of no password anyone has: what sign-in compares against for an unknown account.
    static let decoy: String = (try? Passwords.hash(Tokens.random())) ?? ""
}
