import ArgumentParser
import Foundation
import GRDB
import RotaplanDomain
import RotaplanServer
import RotaplanText

/// `rotaplan accounts add|list|remove`: the workbench's accounts, kept in its data folder
/// (docs/serve.md). The password is read as one line from standard input, so it never
/// appears in the shell's history or the process list.
struct Accounts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accounts",
        abstract: "Manage the workbench's accounts (rotaplan serve on a non-local address).",
        discussion: "Exit codes: 0 done; 2 invalid input (a short password, an unknown workspace or account, a name taken); 64 usage error; 73 the data folder cannot be written.",
        subcommands: [Add.self, List.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an account; its password is one line on standard input.")
        @Argument(help: "The account's name (what the person types to sign in).") var name: String
        @Option(help: "principal (sees and edits one workspace) or bureau (every workspace of a district).") var role: AccountRole
        @Option(help: "A bureau account's district.") var district: String?
        @Option(help: "A principal's workspace: its id or its name (it is created if no workspace has that name).") var workspace: String?
        @Option(help: "The workbench's data folder.") var data = "rotaplan-data"
        @OptionGroup var language: LanguageOption

        func run() throws {
            let l = language.terminal
            func fail(_ b: Bilingual, _ code: ExitCode = Exit.invalidInput) -> ExitCode {
                printError(CommandText.accountProblem(b).text(l)); return code
            }
            guard !name.isEmpty, name.count <= 64, !name.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7f })
            else { throw fail(CommandText.accountBadName, Exit.usage) }
            let password = (readLine(strippingNewline: true) ?? "")
            guard password.count >= Passwords.minimumLength else { throw fail(CommandText.accountPasswordShort) }
            let store = try openStore(data, l)
            let hash = try Passwords.hash(password)
            let scope: String
            do {
                scope = try store.pool.write { db -> String in
                    if try Account.filter(Column("name") == name).fetchCount(db) > 0 { throw AccountsFailure.exists }
                    var a: Account
                    switch role {
                    case .bureau:
                        guard let district, !district.isEmpty else { throw AccountsFailure.scope }
                        a = Account(name: name, role: .bureau, district: district, workspaceId: nil, passwordHash: hash)
                    case .principal:
                        guard let workspace, !workspace.isEmpty else { throw AccountsFailure.scope }
                        var w: Workspace?
                        if let id = Int64(workspace) {
                            // An id names a workspace that exists; a name may be a new one.
                            guard let found = try Workspace.fetchOne(db, key: id) else { throw AccountsFailure.noWorkspace }
                            w = found
                        } else {
                            w = try Workspace.filter(Column("name") == workspace).fetchOne(db)
                        }
                        if w == nil {
                            var n = Workspace(name: workspace, district: district ?? ""); try n.insert(db); w = n
                            try WorkbenchStore.record(db, workspace: n.id, who: "accounts", action: "workspace.create", detail: workspace)
                        }
                        a = Account(name: name, role: .principal, district: w!.district, workspaceId: w!.id, passwordHash: hash)
                    }
                    try a.insert(db)
                    try WorkbenchStore.record(db, workspace: a.workspaceId, who: "accounts", action: "account.add", detail: "\(name) \(role.rawValue)")
                    return a.workspaceId.map { "workspace \($0)" } ?? "district \(a.district)"
                }
            } catch AccountsFailure.exists { throw fail(CommandText.accountExists) }
            catch AccountsFailure.scope { throw fail(CommandText.accountNeedsScope, Exit.usage) }
            catch AccountsFailure.noWorkspace { throw fail(CommandText.accountNoWorkspace) }
            print(CommandText.accountAdded(name, role: role.rawValue, scope: scope).text(l))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the accounts: name, role, district, workspace.")
        @Option(help: "The workbench's data folder.") var data = "rotaplan-data"
        @OptionGroup var language: LanguageOption
        func run() throws {
            let store = try openStore(data, language.terminal)
            for a in try store.pool.read({ db in try Account.order(Column("name")).fetchAll(db) }) {
                // Tab-separated: each field escaped for the terminal, the tabs between them kept
                // (this module's `print` would show them as `\t`).
                let fields = [a.name, a.role.rawValue, a.district, a.workspaceId.map(String.init) ?? ""]
                Swift.print(fields.map { TerminalText.escaped($0, keepingNewlines: false) }.joined(separator: "\t"))
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an account (and end its sessions).")
        @Argument var name: String
        @Option(help: "The workbench's data folder.") var data = "rotaplan-data"
        @OptionGroup var language: LanguageOption
        func run() throws {
            let l = language.terminal
            let store = try openStore(data, l)
            // Its sessions go with it (ON DELETE CASCADE): a signed-in browser is signed out at once.
            let n = try store.pool.write { db -> Int in
                let n = try Account.filter(Column("name") == name).deleteAll(db)
                if n > 0 { try WorkbenchStore.record(db, workspace: nil, who: "accounts", action: "account.remove", detail: name) }
                return n
            }
            guard n > 0 else { printError(CommandText.accountProblem(CommandText.accountUnknown).text(l)); throw Exit.invalidInput }
            print(CommandText.accountRemoved(name).text(l))
        }
    }
}

enum AccountsFailure: Error { case exists, scope, noWorkspace }

/// The workbench's store in `data`, or exit 73 with a sentence.
func openStore(_ data: String, _ l: Language) throws -> WorkbenchStore {
    do { return try WorkbenchStore(directory: URL(fileURLWithPath: data, isDirectory: true)) }
    catch { printError(CommandText.serveDataUnwritable(data, "\(error)").text(l)); throw Exit.cannotWrite }
}

extension AccountRole: ExpressibleByArgument {}
