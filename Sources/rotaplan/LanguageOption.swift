import ArgumentParser
import Foundation
import RotaplanText

/// The language of what a command says at the terminal (MODEL.md §9).
enum TerminalLanguage {
    /// `--lang`, else the locale of this process (``Language/locale(_:)``).
    static func resolve(_ lang: Language?) -> Language { lang ?? .locale(ProcessInfo.processInfo.environment) }
}

/// `--lang` of a command that writes no report: the language of its messages.
struct LanguageOption: ParsableArguments {
    @Option(help: ArgumentHelp("""
        Language of the messages: en or zh (中文). Default: the locale (LC_ALL, LC_MESSAGES \
        or LANG starting with zh: Chinese; else English).
        """, valueName: "en|zh"))
    var lang: Language?

    /// `--lang`, else the locale.
    var terminal: Language { TerminalLanguage.resolve(lang) }
}
