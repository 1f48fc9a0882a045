import Foundation

/// Reads an Excel workbook (.xlsx, ECMA-376 SpreadsheetML) into its sheets in workbook
/// order, each cell a typed value with its reference (docs/import.md, "Excel workbooks: the
/// reader"). Hostile input never crashes and is bounded: every problem is an `XLSXError`
/// naming the file and the part, sheet or cell.
///
/// The parts are found as Excel finds them: `_rels/.rels` names the workbook part (else
/// `xl/workbook.xml`), the workbook's relationships name each sheet's part; the shared
/// strings and styles are optional. Chart sheets and dialog sheets are skipped.
public struct XLSXReader: Sendable {
    /// How much a workbook may decompress to, and into how many zip entries.
    public struct Limits: Hashable, Sendable {
        /// The largest decompressed part (a sheet's XML, the shared strings): 256 MiB.
        public var partBytes: Int
        /// All parts read together: 1 GiB.
        public var totalBytes: Int
        /// Zip entries: 10,000 (a workbook has a handful per sheet).
        public var entries: Int

        public init(partBytes: Int = 256 << 20, totalBytes: Int = 1 << 30, entries: Int = 10_000) {
            self.partBytes = partBytes
            self.totalBytes = totalBytes
            self.entries = entries
        }
    }

    public let limits: Limits

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Reads the workbook at `url`; messages name it by its last path component.
    public func read(contentsOf url: URL) throws(XLSXError) -> XLSXWorkbook {
        let file = url.lastPathComponent
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
        if let size, size > limits.totalBytes {
            throw XLSXError(file: file, .fileTooLarge(size: size, limit: limits.totalBytes))
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw XLSXError(file: file, .unreadableFile(error.localizedDescription))
        }
        return try read(data, fileName: file)
    }

    /// Reads a workbook from its bytes; `fileName` is how messages name it.
    public func read(_ data: Data, fileName: String) throws(XLSXError) -> XLSXWorkbook {
        guard data.count <= limits.totalBytes else {
            throw XLSXError(file: fileName, .fileTooLarge(size: data.count, limit: limits.totalBytes))
        }
        var archive = try WorkbookArchive(data, file: fileName, limits: limits)
        let workbookPart = try findWorkbook(&archive)
        let (sheets, date1904) = try WorkbookParts.workbook(try archive.read(workbookPart), part: workbookPart, file: fileName)

        let relsPart = relationshipsPart(of: workbookPart)
        let relationships = archive.contains(relsPart)
            ? try WorkbookParts.relationships(try archive.read(relsPart), part: relsPart, file: fileName) : []
        func target(ofType suffix: String) throws(XLSXError) -> String? {
            guard let r = relationships.first(where: { $0.type.hasSuffix(suffix) }) else { return nil }
            return try archive.resolve(r.target, from: workbookPart, external: r.external)
        }

        var sharedStrings: [String] = []
        if let part = try target(ofType: "/sharedStrings"), archive.contains(part) {
            sharedStrings = try WorkbookParts.sharedStrings(try archive.read(part), part: part, file: fileName)
        }
        var dateStyles: [Bool] = []
        if let part = try target(ofType: "/styles"), archive.contains(part) {
            dateStyles = try WorkbookParts.dateStyles(try archive.read(part), part: part, file: fileName)
        }

        var result: [XLSXSheet] = []
        for sheet in sheets {
            guard let r = relationships.first(where: { $0.id == sheet.relationshipID }) else {
                throw XLSXError(file: fileName, .missingPart("\(relsPart) (relationship \(sheet.relationshipID) of sheet \(sheet.name))"))
            }
            guard r.type.hasSuffix("/worksheet") else { continue }
            let part = try archive.resolve(r.target, from: workbookPart, external: r.external)
            let reader = SheetReader(file: fileName, sheet: sheet.name, part: part, sharedStrings: sharedStrings,
                                     dateStyles: dateStyles, date1904: date1904)
            result.append(XLSXSheet(name: sheet.name, rows: try reader.rows(try archive.read(part))))
        }
        return XLSXWorkbook(fileName: fileName, sheets: result)
    }

    private func findWorkbook(_ archive: inout WorkbookArchive) throws(XLSXError) -> String {
        let root = "_rels/.rels"
        if archive.contains(root) {
            let rels = try WorkbookParts.relationships(try archive.read(root), part: root, file: archive.file)
            if let r = rels.first(where: { $0.type.hasSuffix("/officeDocument") }) {
                let part = try archive.resolve(r.target, from: root.replacingOccurrences(of: "_rels/", with: ""), external: r.external)
                guard archive.contains(part) else { throw XLSXError(file: archive.file, .noWorkbook) }
                return part
            }
        }
        guard archive.contains("xl/workbook.xml") else { throw XLSXError(file: archive.file, .noWorkbook) }
        return "xl/workbook.xml"
    }

    /// `xl/workbook.xml` → `xl/_rels/workbook.xml.rels` (ECMA-376 Part 2, §9.3.3).
    private func relationshipsPart(of part: String) -> String {
        var segments = part.split(separator: "/").map(String.init)
        let name = segments.popLast() ?? part
        return (segments + ["_rels", name + ".rels"]).joined(separator: "/")
    }
}
