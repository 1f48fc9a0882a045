import RotaplanText

/// The words of the import pages (`/w/:ws/import`, the problems page, `/template.xlsx`).
extension WorkbenchText {
    public static let importTitle = Bilingual(en: "Upload a roster", zh: "上传名册")
    public static let importIntro = Bilingual(
        en: "Choose your Excel workbook (.xlsx), or the CSV files of its sheets (schools.csv, teachers.csv, groups.csv, new-hires.csv, demand.csv, calendar.csv … or 学校.csv, 教师.csv …), or an instance file (.json). Every problem is listed at its row and column; nothing is saved until the files import cleanly.",
        zh: "请选择 Excel 工作簿（.xlsx），或由各工作表另存的 CSV 文件（学校.csv、教师.csv、集团.csv、新教师.csv、走教需求.csv、作息时间.csv …，或 schools.csv、teachers.csv …），或实例文件（.json）。每个问题都会标出行和列；文件全部无误之前不会保存任何内容。")
    public static let importFiles = Bilingual(en: "Files", zh: "文件")
    public static let importYear = Bilingual(en: "School year (2025 = 2025–26)", zh: "学年（2025 即 2025—2026 学年）")
    public static let importPreset = Bilingual(en: "Policy preset (city)", zh: "政策预设（城市）")
    public static let importName = Bilingual(en: "Name (optional)", zh: "名称（可不填）")
    public static let importSubmit = Bilingual(en: "Upload and check", zh: "上传并检查")
    public static let importNeedsScript = Bilingual(en: "Uploading files needs JavaScript in the browser.", zh: "上传文件需要浏览器启用 JavaScript。")
    public static let templateLink = Bilingual(en: "Download the template (.xlsx) to fill in", zh: "下载填写模板（.xlsx）")
    public static func perFileLimit(_ bytes: Int) -> Bilingual {
        let mib = max(1, bytes / (1024 * 1024))
        return Bilingual(en: "At most \(mib) MiB per file.", zh: "每个文件不超过 \(mib) MiB。")
    }
    public static let templateFileName = Bilingual(en: "rotaplan-template.xlsx", zh: "rotaplan-模板.xlsx")

    // The problems page.
    public static func importProblemsTitle(_ n: Int) -> Bilingual {
        Bilingual(en: "\(n) problem\(n == 1 ? "" : "s") in the files", zh: "文件中有 \(n) 个问题")
    }
    public static let importProblemsIntro = Bilingual(
        en: "Nothing was saved. Fix the cells below in Excel, then replace only the file you fixed: the other files are kept.",
        zh: "没有保存任何内容。请在 Excel 中改正下列单元格，然后只替换改过的那个文件：其他文件会保留。")
    public static let columnFile = Bilingual(en: "File", zh: "文件")
    public static let columnRow = Bilingual(en: "Row", zh: "行")
    public static let columnColumn = Bilingual(en: "Column", zh: "列")
    public static let columnField = Bilingual(en: "Field", zh: "字段")
    public static let columnMessage = Bilingual(en: "Problem", zh: "问题")
    public static let columnSeverity = Bilingual(en: "Kind", zh: "类别")
    public static let warningsAndNotes = Bilingual(en: "Warnings and notes", zh: "警告与提示")
    public static let keptFiles = Bilingual(en: "Files kept", zh: "保留的文件")
    public static let replaceFile = Bilingual(en: "Replace with", zh: "替换为")
    public static let addFiles = Bilingual(en: "Add files", zh: "添加文件")
    public static let retry = Bilingual(en: "Check again", zh: "重新检查")
    public static let startOver = Bilingual(en: "Start over", zh: "重新开始")

    // Sentences of 400/404/422 answers.
    public static let uploadNameBad = Bilingual(
        en: "Query parameter “name”: give the file's name without a folder, slash or control character (at most 200 characters).",
        zh: "参数“name”：请给出文件名，不含文件夹、斜杠或控制字符（不超过 200 个字符）。")
    public static let uploadEmpty = Bilingual(en: "The upload is empty: choose the file again (it has no bytes).",
                                              zh: "上传的文件是空的：请重新选择文件（它没有任何内容）。")
    public static func uploadTableUnknown(_ name: String, _ names: String) -> Bilingual {
        Bilingual(en: "File “\(name)”: its name does not say which table it holds. Name CSV files after their table (\(names)), or upload the .xlsx workbook.",
                  zh: "文件“\(name)”：从文件名看不出是哪张表。请按表名命名 CSV 文件（\(names)），或上传 .xlsx 工作簿。")
    }
    public static let uploadTableParameterBad = Bilingual(
        en: "Query parameter “table”: one of schools, groups, teachers, travel, new-hires, trainees, vacancies, demand, calendar, policy.",
        zh: "参数“table”：应为 schools、groups、teachers、travel、new-hires、trainees、vacancies、demand、calendar、policy 之一。")
    public static let importNoFiles = Bilingual(en: "Form field “files”: choose at least one file.", zh: "表单项“文件”：请至少选择一个文件。")
    public static let importUploadIDBad = Bilingual(en: "Form field “upload”: an upload number is not a number.", zh: "表单项“upload”：上传编号不是数字。")
    public static let importYearBad = Bilingual(en: "Form field “school year”: a year from 2000 to 2100, e.g. 2025.",
                                                zh: "表单项“学年”：应为 2000 至 2100 之间的年份，例如 2025。")
    public static func importPresetBad(_ names: String) -> Bilingual {
        Bilingual(en: "Form field “policy preset”: one of \(names).", zh: "表单项“政策预设”：应为 \(names) 之一。")
    }
    public static let importNameBad = Bilingual(en: "Form field “name”: at most 200 characters.", zh: "表单项“名称”：不超过 200 个字。")

    // Problems the workbench adds to the importer's own (shown in the problems table).
    public static let needSchoolsAndTeachers = Bilingual(
        en: "Upload the .xlsx workbook, or at least the schools and teachers CSV files (学校.csv / schools.csv and 教师.csv / teachers.csv).",
        zh: "请上传 .xlsx 工作簿，或至少上传学校和教师两个 CSV 文件（学校.csv / schools.csv 和 教师.csv / teachers.csv）。")
    public static func tableTwice(_ a: String, _ b: String) -> Bilingual {
        Bilingual(en: "“\(a)” and “\(b)” hold the same table: keep one of them.", zh: "“\(a)”和“\(b)”是同一张表：请只保留一个。")
    }
    public static let oneWorkbookOnly = Bilingual(en: "Upload one workbook (.xlsx) at a time, or CSV files named after their tables.",
                                                  zh: "一次只能上传一个工作簿（.xlsx），或按表名命名的 CSV 文件。")
    public static let instanceAlone = Bilingual(en: "An instance file (.json) is imported on its own: upload it without other files.",
                                                zh: "实例文件（.json）需要单独导入：请不要同时上传其他文件。")
    public static func instanceYearDiffers(_ file: Int, _ form: Int) -> Bilingual {
        Bilingual(en: "The instance file is for the \(file) school year, the form says \(form): choose \(file) as the school year, or change the file.",
                  zh: "实例文件属于 \(file) 学年，而表单选择的是 \(form) 学年：请把学年选为 \(file)，或修改文件。")
    }
}
