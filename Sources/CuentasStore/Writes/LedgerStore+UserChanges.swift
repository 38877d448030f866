import CuentasCore
import CuentasIntegrity
import Foundation
import GRDB
import CuentasTables

/// A user's password, scope and one-time setup link changed by amendment (`userChange`, v15): the user's row is never
/// edited, the latest change is what holds, every change is sealed with the catalogue. Setup links are kept only as
/// the SHA-256 of the token, so the ledger file never holds a usable link.
extension LedgerStore {
    /// A new password, chosen by the user (who gave the old one) or set by an admin.
    public func changePassword(of name: String, to passwordHash: String, reason: String, by recorder: String) throws(StoreError) {
        try writeCatalogue { db in
            try requireRow(db, table: "appUser", key: "name", id: name, what: "user")
            try Self.insertChange(db, name, kind: "password", [("passwordHash", passwordHash)], reason: reason, by: recorder)
        }
    }

    /// A new role, club or municipality for a user (a treasurer moved to another club, say).
    public func changeScope(of account: UserAccount, reason: String, by recorder: String) throws(StoreError) {
        try writeCatalogue { db in
            try requireRow(db, table: "appUser", key: "name", id: account.name, what: "user")
            if let club = account.clubID { try requireRow(db, table: "club", key: "partyId", id: club.text, what: "club") }
            if let municipality = account.municipalityID {
                guard
                    try Bool.fetchOne(
                        db, sql: "SELECT 1 FROM government WHERE partyId = ? AND level = 'municipal'", arguments: [municipality.text])
                        == true
                else { throw StoreError.unknown(what: "municipality", id: municipality.text) }
            }
            // A committee member's scope is the projects they watch (`committeeScope`), added with them; the scope
            // changes of v13 name a club or a municipality, which a committee member has not.
            let before = try Self.currentAccount(db, account.name)
            if account.role == .committee || before?.role == .committee {
                throw StoreError.invalid(
                    InputError(
                        field: "--role", value: UserRole.committee.rawValue,
                        expected: .oneOf(["admin", "treasurer", "official", "auditor"])))
            }
            if let current = try Self.currentAccount(db, account.name), current == account {
                throw StoreError.unchanged(subject: account.name, field: "scope", value: Self.scopeText(account))
            }
            try Self.insertChange(
                db, account.name, kind: "scope",
                [("role", account.role.rawValue), ("clubId", account.clubID?.text), ("municipalityId", account.municipalityID?.text)],
                reason: reason, by: recorder)
        }
    }

    /// Records a one-time setup link for a user: its token's hash, valid until `expiresAt`.
    public func issueSetupLink(for name: String, tokenHash: String, expiresAt: Date, reason: String, by recorder: String) throws(StoreError)
    {
        try writeCatalogue { db in
            try requireRow(db, table: "appUser", key: "name", id: name, what: "user")
            try Self.insertChange(
                db, name, kind: "setupLink",
                [("setupTokenHash", tokenHash), ("expiresAt", ISO8601DateFormatter().string(from: expiresAt))],
                reason: reason, by: recorder)
        }
    }

    /// The user a setup link is for, when it is the user's latest link, unused, unexpired, and the user is enabled.
    public func setupLinkUser(tokenHash: String, now: Date) throws(StoreError) -> String? {
        try read { db in try Self.validSetupLinkUser(db, tokenHash, now) }
    }

    /// Sets a password through a setup link, once; returns the user's name. Refused: a link that is not valid now.
    public func setPassword(throughSetupLink tokenHash: String, passwordHash: String, now: Date) throws(StoreError) -> String {
        try writeCatalogue { db in
            guard let name = try Self.validSetupLinkUser(db, tokenHash, now) else {
                throw StoreError.unknown(what: "setup link", id: String(tokenHash.prefix(8)))
            }
            try Self.insertChange(
                db, name, kind: "password", [("passwordHash", passwordHash), ("setupTokenHash", tokenHash)],
                reason: "setup link", by: name)
            return name
        }
    }

    /// The names of the users disabled now.
    public func disabledUserNames() throws(StoreError) -> Set<String> {
        try read { db in
            guard try db.tableExists("userAmendment") else { return [] }
            return Set(
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT userName FROM userAmendment a WHERE id = (SELECT max(id) FROM userAmendment WHERE userName = a.userName)
                            AND kind = 'disabled'
                        """))
        }
    }

    private static func validSetupLinkUser(_ db: Database, _ tokenHash: String, _ now: Date) throws -> String? {
        guard try db.tableExists("userChange"),
            let row = try Row.fetchOne(
                db, sql: "SELECT id, userName, expiresAt FROM userChange WHERE kind = 'setupLink' AND setupTokenHash = ?",
                arguments: [tokenHash])
        else { return nil }
        let id: Int64 = try row.stored(0, "userChange", "?")
        let name: String = try row.stored(1, "userChange", "\(id)")
        let expires: String = try row.stored(2, "userChange", "\(id)")
        guard let expiresAt = ISO8601DateFormatter().date(from: expires), now < expiresAt else { return nil }
        // A newer link replaces this one; a used link is spent.
        let newer =
            try Bool.fetchOne(
                db, sql: "SELECT 1 FROM userChange WHERE userName = ? AND kind = 'setupLink' AND id > ?", arguments: [name, id]) ?? false
        let used =
            try Bool.fetchOne(
                db, sql: "SELECT 1 FROM userChange WHERE kind = 'password' AND setupTokenHash = ?", arguments: [tokenHash]) ?? false
        if try newer || used || isDisabled(db, name) { return nil }
        return name
    }

    private static func insertChange(
        _ db: Database, _ name: String, kind: String, _ values: [(String, String?)], reason: String, by recorder: String
    ) throws {
        let columns = ["userName", "kind"] + values.map(\.0) + ["reason", "recordedBy", "recordedAt"]
        let arguments: [DatabaseValueConvertible?] =
            [name, kind] + values.map(\.1) + [reason, recorder, ISO8601DateFormatter().string(from: Date())]
        try execute(
            db,
            sql: "INSERT INTO userChange (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))",
            arguments: StatementArguments(arguments))
    }

    /// The user's account with their latest scope, or nil when there is no such user.
    static func currentAccount(_ db: Database, _ name: String) throws -> UserAccount? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM appUser WHERE name = ?", arguments: [name]) else { return nil }
        guard try db.tableExists("userChange"),
            let scope = try Row.fetchOne(
                db, sql: "SELECT * FROM userChange WHERE userName = ? AND kind = 'scope' ORDER BY id DESC LIMIT 1", arguments: [name])
        else { return try watches(db, account(row)) }
        return try account(scope, table: "userChange", name: name)
    }

    /// A committee member's account with the projects they watch.
    static func watches(_ db: Database, _ account: UserAccount) throws -> UserAccount {
        guard account.role == .committee else { return account }
        let folios = try String.fetchAll(db, sql: "SELECT folio FROM committeeScope WHERE userName = ?", arguments: [account.name])
        return account.watching(Set(try folios.map { text in try Folio.stored(text, "committeeScope", account.name) }))
    }

    /// The user's password hash now: the latest one set, else the one they were added with.
    static func currentPasswordHash(_ db: Database, _ name: String, added: String) throws -> String {
        guard try db.tableExists("userChange") else { return added }
        return try String.fetchOne(
            db, sql: "SELECT passwordHash FROM userChange WHERE userName = ? AND kind = 'password' ORDER BY id DESC LIMIT 1",
            arguments: [name]) ?? added
    }

    static func scopeText(_ account: UserAccount) -> String {
        [account.role.rawValue, account.clubID?.text, account.municipalityID?.text].compactMap { $0 }.joined(separator: " ")
    }
}
