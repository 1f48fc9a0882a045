import RotaplanDomain

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
