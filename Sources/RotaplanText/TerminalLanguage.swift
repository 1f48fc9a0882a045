extension Language {
    /// The language of what the terminal says when `--lang` is not given (MODEL.md §9):
    /// the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty (the POSIX
    /// order), Chinese when it starts with `zh` (`zh_CN.UTF-8`, `zh_TW`), else English
    /// (`C`, `en_US.UTF-8`, nothing set).
    public static func locale(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty { return value.lowercased().hasPrefix("zh") ? .zh : .en }
        }
        return .en
    }
}
