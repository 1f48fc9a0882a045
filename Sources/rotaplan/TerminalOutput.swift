import RotaplanDomain
import RotaplanFormats
import RotaplanText

/// Every `print` of this module (the summary lines on stdout, the compare table) goes
/// through here rather than `Swift.print`: declared at module scope, it shadows the
/// standard library's for every file of the CLI, so no call site can forget it. Terminal
/// controls in the text — from file names, ids, names, variant names — are shown
/// escaped (``TerminalText``); the text's own newlines are kept. Messages to stderr go
/// through ``printError(_:)``, which does the same.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { "\($0)" }.joined(separator: separator)
    Swift.print(TerminalText.escaped(text), terminator: terminator)
}

/// Writes each diagnostic to standard error, one line each, in `language` (issue 17 item 5:
/// `错误`/`警告`/`提示` and the message in Chinese; the frame and record path as they are).
func printDiagnostics(_ diagnostics: [Diagnostic], _ language: Language) {
    for d in diagnostics { printError(d.text(language)) }
}
