import Foundation
import HTTPTypes
import Hummingbird
import RotaplanWorkbenchText

/// `GET /w/:ws/plans/:plan/files/**` and `GET /w/:ws/jobs/:job/files/**`: the files of a
/// plan's folder (solution.json, report/report.html, report/plan.xlsx, report/notices/…)
/// and of a job's result folder, resolved by ``FileArea/resolve(_:)`` inside that folder
/// only: `..`, encoded or not, absolute paths, links out of the folder and folders are 404.
/// Every file is an attachment, except an `.html` page asked for with `?inline=1` (the
/// plan page's frame), which is shown under a policy that runs no script.
enum DownloadRoutes {
    static func add(to group: RouterGroup<WorkbenchContext>, _ wb: Workbench) {
        group.get("plans/:plan/files/**") { request, context -> Response in
            let viewer = try context.requireViewer()
            let w = try await wb.workspace(context.parameters.get("ws"), for: viewer)
            guard let n = context.parameters.get("plan").flatMap({ Int64($0) }), let plan = try wb.store.plan(n, workspace: w.id!)
            else { throw WorkbenchError.notFound }
            return try serve(wb, folder: plan.folder, context.parameters.getCatchAll(), request)
        }
        group.get("jobs/:job/files/**") { request, context -> Response in
            let (_, job) = try await JobRoutes.find(wb, context)
            guard let folder = job.resultFolder else { throw WorkbenchError.notFound }
            return try serve(wb, folder: folder, context.parameters.getCatchAll(), request)
        }
    }

    /// The file `parts` names inside `folder` (a relative path in the file area).
    static func serve(_ wb: Workbench, folder: String, _ parts: [Substring], _ request: Request) throws -> Response {
        var names: [String] = []
        for p in parts {
            guard let name = String(p).removingPercentEncoding, !name.isEmpty, !name.contains("/") else { throw WorkbenchError.notFound }
            names.append(name)
        }
        guard !names.isEmpty, let base = wb.store.files.resolve(folder),
              let url = wb.store.files.resolve(folder + "/" + names.joined(separator: "/")) else { throw WorkbenchError.notFound }
        // Inside this folder, through any link: not another plan's folder.
        let root = base.resolvingSymlinksInPath().path
        let real = url.resolvingSymlinksInPath().path
        guard real.hasPrefix(root + "/") else { throw WorkbenchError.notFound }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: real),
              attributes[.type] as? FileAttributeType == .typeRegular,
              let data = FileManager.default.contents(atPath: real) else { throw WorkbenchError.notFound }
        let name = names.last!
        let ext = (name as NSString).pathExtension.lowercased()
        let inline = ext == "html" && request.uri.queryParameters.get("inline") == "1"
        var headers: HTTPFields = [.contentType: contentType(ext), .cacheControl: "no-store"]
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        headers[.contentSecurityPolicy] = reportPolicy
        if inline {
            headers[HTTPField.Name("Content-Disposition")!] = "inline"
        } else {
            headers[HTTPField.Name("Content-Disposition")!] = "attachment; filename=\"\(asciiName(name))\"; filename*=UTF-8''\(HTML.component(name))"
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A report page runs no script and loads nothing; only this site may frame it.
    static let reportPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'"

    static func contentType(_ ext: String) -> String {
        switch ext {
        case "html": "text/html; charset=utf-8"
        case "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "csv": "text/csv; charset=utf-8"
        case "json": "application/json; charset=utf-8"
        case "md": "text/markdown; charset=utf-8"
        case "png": "image/png"
        case "svg": "image/svg+xml"
        default: "application/octet-stream"
        }
    }

    /// The name for browsers that read only `filename=`: ASCII, without quotes.
    static func asciiName(_ s: String) -> String {
        String(s.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0 != "\"" && $0 != "\\" ? Character($0) : "_" })
    }
}
