import HTTPTypes
import Hummingbird

/// `/assets/workbench.css` and `/assets/workbench.js`, shipped inside the binary (nothing
/// is loaded from outside), cached for an hour.
enum AssetRoutes {
    static func add(to router: Router<WorkbenchContext>) {
        router.get("/assets/workbench.css") { _, _ in asset(WorkbenchCSS.text, type: "text/css; charset=utf-8") }
        router.get("/assets/workbench.js") { _, _ in asset(WorkbenchJS.all, type: "text/javascript; charset=utf-8") }
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }  // browsers ask for it: no 404 in their console
    }

    static func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "private, max-age=3600",
                                        HTTPField.Name("X-Content-Type-Options")!: "nosniff"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

extension WorkbenchJS {
    /// The whole script: the base, then each area's part (each in its own file as `static let`).
    static var all: String { ([text] + parts).joined(separator: "\n") }
    /// Each area's script, in order. An area adds its `static let` here.
    static let parts: [String] = [importPart, jobs, plan]
}
