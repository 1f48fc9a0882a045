import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import NIOCore
import RotaplanDomain
import RotaplanFormats
import RotaplanText
import RotaplanWorkbenchText

/// `/w/:ws/import` (the upload page and the import), `/w/:ws/uploads` (one file's bytes from
/// the page's script) and `/template.xlsx` (the workbook to fill in, in the page's language).
enum ImportRoutes {
    static func add(to router: Router<WorkbenchContext>, workspace group: RouterGroup<WorkbenchContext>, _ wb: Workbench) {
        router.get("/template.xlsx") { _, context -> Response in
            _ = try context.requireViewer()
            let data = try XLSXWriter.workbook(TemplateWorkbook.sheets(context.language))
            let name = WorkbenchText.templateFileName.text(context.language)
            return Response(status: .ok, headers: [
                .contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                .contentDisposition: "attachment; filename=\"template.xlsx\"; filename*=UTF-8''\(HTML.component(name))",
                .cacheControl: "no-store",
            ], body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        group.get("import") { request, context -> Response in
            let w = try await wb.workspace(context.parameters.get("ws"), for: try context.requireViewer())
            let year = request.uri.queryParameters.get("year").flatMap { Int($0) }.flatMap { (2000...2100).contains($0) ? $0 : nil }
                ?? UploadImport.today.currentSchoolYear
            // The preset of the workspace's newest roster, else the national one (as `rotaplan import`).
            let newest = try wb.store.currentInstances(workspace: w.id!).first
            let preset = newest.flatMap { try? wb.loaded($0).instance.policy.preset } ?? .national
            return Pages.response(ImportPage.render(w, year: year, preset: preset, limit: wb.configuration.maxUploadBytes,
                                                    frame: context.frame(path: request.uri.path)))
        }
        group.post("uploads") { request, context -> Response in
            let viewer = try context.requireViewer()
            let w = try await wb.workspace(context.parameters.get("ws"), for: viewer)
            let name = request.uri.queryParameters.get("name") ?? ""
            guard Self.acceptable(name) else { throw WorkbenchError.badRequest(WorkbenchText.uploadNameBad) }
            let table = try UploadContent.column(name: name, parameter: request.uri.queryParameters.get("table"))
            var request = request
            let limit = wb.configuration.maxUploadBytes
            let body: ByteBuffer
            // Over the limit, collectBody throws NIO's error (not an HTTPError): 413 with the limit.
            do { body = try await request.collectBody(upTo: limit) }
            catch is NIOTooManyBytesError { throw WorkbenchError.tooLarge(limit: limit) }
            catch let e as HTTPError where e.status == .contentTooLarge { throw WorkbenchError.tooLarge(limit: limit) }
            guard body.readableBytes > 0 else { throw WorkbenchError.badRequest(WorkbenchText.uploadEmpty) }
            let upload = try await wb.store.pool.write { db -> Upload in
                var u = Upload(id: nil, workspaceId: w.id!, fileName: name, table: table, bytes: Data(body.readableBytesView),
                               createdBy: viewer.name, createdAt: Date())
                try u.insert(db)
                try WorkbenchStore.record(db, workspace: w.id, who: viewer.name, action: "upload",
                                          detail: "\(name) (\(body.readableBytes) bytes)")
                return u
            }
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(string: "{\"id\":\(upload.id!)}")))
        }
        group.post("import") { request, context -> Response in
            let viewer = try context.requireViewer()
            let w = try await wb.workspace(context.parameters.get("ws"), for: viewer)
            var request = request
            let form = try await FormFields.read(&request, limit: wb.configuration.maxFormBytes)
            guard let year = form["year"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), (2000...2100).contains(year)
            else { throw WorkbenchError.invalid(WorkbenchText.importYearBad) }
            guard let preset = PolicyPreset(rawValue: (form["preset"] ?? "national").lowercased()) else {
                throw WorkbenchError.invalid(WorkbenchText.importPresetBad(PolicyPreset.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            let given = (form["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard given.count <= 200 else { throw WorkbenchError.invalid(WorkbenchText.importNameBad) }
            var ids: [Int64] = []
            for v in form.all("upload") where !v.isEmpty {
                guard let id = Int64(v) else { throw WorkbenchError.badRequest(WorkbenchText.importUploadIDBad) }
                if !ids.contains(id) { ids.append(id) }
            }
            guard !ids.isEmpty, ids.count <= 20 else { throw WorkbenchError.invalid(WorkbenchText.importNoFiles) }
            let wanted = ids
            let found = try await wb.store.pool.read { db in
                try Upload.filter(wanted.contains(Column("id")) && Column("workspaceId") == w.id!).fetchAll(db)
            }
            // Another workspace's upload (or none) is not told apart from a missing one.
            guard found.count == ids.count else { throw WorkbenchError.notFound }
            let uploads = ids.compactMap { id in found.first { $0.id == id } }
            let name = given.isEmpty ? w.name : given
            let run = UploadImport(uploads: uploads, year: year, preset: preset, name: name, language: context.language,
                                   workbookLimits: wb.configuration.workbookLimits)
            switch try run.run(in: wb.store.files) {
            case .instance(let json, let origin, _):
                _ = try wb.store.addInstance(workspace: w.id!, year: year, name: name, origin: origin, json: json, who: viewer.name)
                return Pages.redirect("/w/\(w.id!)/years/\(year)")
            case .problems(let errors, let warnings):
                let page = ImportProblemsPage.render(w, errors: errors, warnings: warnings, uploads: uploads, year: year, preset: preset,
                                                     name: given, limit: wb.configuration.maxUploadBytes,
                                                     frame: context.frame(path: request.uri.path))
                return Pages.response(page, status: .unprocessableContent)
            }
        }
    }

    /// A file name without a folder, slash, backslash or control character, not `.`/`..`, at most 200 characters.
    static func acceptable(_ name: String) -> Bool {
        guard !name.isEmpty, name.count <= 200, name != ".", name != "..", !name.hasPrefix(".") else { return false }
        return !name.unicodeScalars.contains { $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F || (0x80..<0xA0).contains($0.value) }
    }
}
