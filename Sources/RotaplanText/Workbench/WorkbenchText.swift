import RotaplanText

/// Every word of the workbench's pages (`rotaplan serve`), in both languages. Each area of
/// the workbench has its own file here (`WorkbenchText+Import.swift` …); the pages take
/// `text(language)` of these and nothing else.
public enum WorkbenchText {
    /// The `lang` attribute of a page in `l`.
    public static func htmlLanguage(_ l: Language) -> String {
        switch l { case .en: "en"; case .zh: "zh-CN" }
    }
    /// The language the switch on every page goes to.
    public static func otherLanguage(_ l: Language) -> Language {
        switch l { case .en: .zh; case .zh: .en }
    }
    public static let product = Bilingual(en: "rotaplan workbench", zh: "rotaplan 轮岗工作台")
    public static let switchLanguage = Bilingual(en: "中文", zh: "English")
    public static let workspaces = Bilingual(en: "Workspaces", zh: "工作区")
    public static let newWorkspace = Bilingual(en: "New workspace", zh: "新建工作区")
    public static let workspaceName = Bilingual(en: "Name of the group or district", zh: "集团或区县名称")
    public static let district = Bilingual(en: "District", zh: "区县")
    public static let create = Bilingual(en: "Create", zh: "创建")
    public static let noWorkspaces = Bilingual(en: "No workspace yet: create one for your group.", zh: "还没有工作区：为你的集团新建一个。")
    public static let years = Bilingual(en: "Years", zh: "学年")
    public static let noInstances = Bilingual(en: "No roster yet: upload your Excel file or CSV files.", zh: "还没有名册：请上传 Excel 文件或 CSV 文件。")
    public static let history = Bilingual(en: "History", zh: "操作记录")
    public static let signIn = Bilingual(en: "Sign in", zh: "登录")
    public static let signOut = Bilingual(en: "Sign out", zh: "退出")
    public static let accountName = Bilingual(en: "Account", zh: "账号")
    public static let password = Bilingual(en: "Password", zh: "密码")
    public static let signInFailed = Bilingual(en: "Wrong account or password.", zh: "账号或密码不对。")
    public static let localUser = Bilingual(en: "this computer", zh: "本机用户")
    public static func year(_ y: Int) -> Bilingual { Bilingual(en: "\(y)–\(y + 1) school year", zh: "\(y)—\(y + 1) 学年") }

    // Errors shown as pages (the HTTP code is in the page too).
    public static let needSignIn = Bilingual(
        en: "Please open the link the server printed when it started (it carries a sign-in token), or sign in.",
        zh: "请打开服务器启动时打印的链接（其中带有登录令牌），或先登录。")
    public static let forbidden = Bilingual(en: "This request was refused: it did not come from a page of this workbench (a missing or wrong form token).",
                                            zh: "请求被拒绝：它不是从本工作台的页面发出的（表单令牌缺失或不对）。")
    public static let notFound = Bilingual(en: "There is no such page, or it belongs to a workspace you cannot see.",
                                           zh: "没有这个页面，或它属于你无权查看的工作区。")
    public static let tooLarge = Bilingual(en: "The file is too large", zh: "文件太大")
    public static let tooMany = Bilingual(en: "Too many requests: wait a minute and try again.", zh: "请求太频繁：请等一分钟再试。")
    public static let conflict = Bilingual(en: "Someone else saved a newer version while you were editing: nothing was changed. Reload the page to see it.",
                                           zh: "你编辑期间已有他人保存了更新的版本：本次没有改动。请刷新页面查看。")
    public static let internalError = Bilingual(en: "Something went wrong in the workbench; nothing was changed. The server's log has the details.",
                                                zh: "工作台出错了，没有任何改动。详情见服务器日志。")
    public static let back = Bilingual(en: "Back", zh: "返回")
    public static func maxSize(_ mib: Int) -> Bilingual { Bilingual(en: "(at most \(mib) MiB)", zh: "（不超过 \(mib) MiB）") }
}

extension WorkbenchText {
    public static func tooLargeSentence(_ limit: Int) -> Bilingual {
        let mib = max(1, limit / (1024 * 1024))
        return Bilingual(en: "The request is too large: at most \(mib) MiB is accepted.",
                         zh: "请求太大：最多接受 \(mib) MiB。")
    }
}

extension WorkbenchText {
    public static let workspaceNameNeeded = Bilingual(en: "Form field “name”: give the workspace a name (at most 100 characters).",
                                                      zh: "表单项“名称”：请给工作区起个名字（不超过 100 个字）。")
}

extension WorkbenchText {
    public static let importAction = Bilingual(en: "Upload a roster (Excel or CSV)", zh: "上传名册（Excel 或 CSV）")
}
