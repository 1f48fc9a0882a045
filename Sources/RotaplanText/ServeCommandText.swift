/// What `rotaplan serve` and `rotaplan accounts` say at the terminal.
extension CommandText {
    public static func serveBadPort(_ p: Int) -> Bilingual {
        Bilingual(en: "serve: --port \(p) is not a port (0 to 65535)", zh: "serve：--port \(p) 不是端口号（0 到 65535）")
    }
    public static func serveDataUnwritable(_ dir: String, _ why: String) -> Bilingual {
        Bilingual(en: "serve: the data folder \(dir) cannot be opened or written: \(why)",
                  zh: "serve：数据文件夹 \(dir) 无法打开或写入：\(why)")
    }
    public static func serveNeedsAccounts(_ host: String, _ dir: String) -> Bilingual {
        Bilingual(en: "serve: refusing to listen on \(host) without accounts: teacher rosters are personal data. Create one first: rotaplan accounts add NAME --role bureau --district D --data \(dir) (or listen on 127.0.0.1)",
                  zh: "serve：没有账号时拒绝在 \(host) 上监听：教师名册属于个人信息。请先创建账号：rotaplan accounts add 名称 --role bureau --district 区县 --data \(dir)（或只在 127.0.0.1 上监听）")
    }
    public static func serveListening(_ url: String, local: Bool) -> Bilingual {
        local
            ? Bilingual(en: "rotaplan workbench: open \(url) in a browser on this computer (the link signs you in; keep it to yourself). Ctrl-C stops it.",
                        zh: "rotaplan 轮岗工作台：请在本机浏览器中打开 \(url)（此链接用于登录，请勿外传）。按 Ctrl-C 停止。")
            : Bilingual(en: "rotaplan workbench: listening on \(url); everyone signs in with an account. Ctrl-C stops it.",
                        zh: "rotaplan 轮岗工作台：正在 \(url) 上监听；每个人都需用账号登录。按 Ctrl-C 停止。")
    }
    public static func serveFailed(_ why: String) -> Bilingual {
        Bilingual(en: "serve: the server stopped: \(why)", zh: "serve：服务器已停止：\(why)")
    }
    public static func accountAdded(_ name: String, role: String, scope: String) -> Bilingual {
        Bilingual(en: "account \(name) added (\(role), \(scope))", zh: "已添加账号 \(name)（\(role)，\(scope)）")
    }
    public static func accountProblem(_ why: Bilingual) -> Bilingual {
        Bilingual(en: "accounts: \(why.en)", zh: "accounts：\(why.zh)")
    }
    public static let accountPasswordShort = Bilingual(en: "the password (one line on standard input) must have at least 10 characters",
                                                       zh: "密码（标准输入的一行）至少需要 10 个字符")
    public static let accountExists = Bilingual(en: "an account of that name exists already", zh: "同名账号已存在")
    public static let accountNeedsScope = Bilingual(en: "a bureau account needs --district; a principal account needs --workspace (its id or name)",
                                                    zh: "区县教育局账号需要 --district；校长账号需要 --workspace（工作区编号或名称）")
    public static let accountBadName = Bilingual(en: "an account's name has 1 to 64 characters, without spaces or control characters",
                                                 zh: "账号名称为 1 到 64 个字符，不能含空格或控制字符")
    public static let accountNoWorkspace = Bilingual(en: "no workspace of that id or name", zh: "没有该编号或名称的工作区")
    public static func accountRemoved(_ name: String) -> Bilingual { Bilingual(en: "account \(name) removed", zh: "已删除账号 \(name)") }
    public static let accountUnknown = Bilingual(en: "no account of that name", zh: "没有该名称的账号")
}
