import RotaplanDomain
import RotaplanFormats

/// The template workbook's sheets in a language (`rotaplan template`, and the workbench's
/// `/template.xlsx`): every sheet the importer reads with a header row, a note row (`#`)
/// saying what each column holds, and example rows; the policy sheet last.
public enum TemplateWorkbook {
    public static func sheets(_ lang: Language) -> [XLSXWriter.Sheet] {
        var out: [XLSXWriter.Sheet] = ImportTemplate.sheets.map { sheet in
            let header = sheet.columns.map { XLSXValue.text(TemplateText.name(zh: $0.chinese, en: $0.key, lang)) }
            var notes = sheet.columns.map { XLSXValue.text(TemplateText.note(key: $0.key, kind: $0.kind, required: $0.required, help: $0.help, lang)) }
            if case .text(let first) = notes[0] { notes[0] = .text(TemplateText.firstNote(first)) }
            return XLSXWriter.Sheet(name: TemplateText.name(zh: sheet.chinese, en: sheet.english, lang),
                                    rows: [header, notes] + ImportTemplate.exampleRows(sheet), headerRows: 2)
        }
        let policy = ImportTemplate.policyRows.map { row -> [XLSXValue?] in
            [.text(TemplateText.policyKey(row.key, lang)), row.value, .text(TemplateText.policyNote(row.key, lang))]
        }
        out.append(XLSXWriter.Sheet(name: TemplateText.policySheet(lang),
                                    rows: [TemplateText.policyHeader(lang).map { .text($0) }, TemplateText.policyNoteRow(lang).map { .text($0) }] + policy,
                                    headerRows: 2))
        return out
    }
}
