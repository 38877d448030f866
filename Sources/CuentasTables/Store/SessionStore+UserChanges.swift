import CuentasCore
import Foundation

/// A user's password, scope and one-time setup link changed by amendment (`userChange`): the user's row is never
/// edited, the latest change is what holds, every change is sealed with the catalogue. Setup links are kept only as
/// the SHA-256 of the token, so the ledger never holds a usable link.
extension SessionStore {
    /// A new password, chosen by the user (who gave the old one) or set by an admin.
    public func changePassword(of name: String, to passwordHash: String, reason: String, by recorder: String) throws(StoreError) {
        try writingCatalogue { db in
            try db.requireRow(table: "appUser", key: "name", id: name, what: "user")
            try Self.insertChange(db, name, kind: "password", [("passwordHash", passwordHash)], reason: reason, by: recorder)
        }
    }

    /// A new role, club or municipality for a user (a treasurer moved to another club, say).
    public func changeScope(of account: UserAccount, reason: String, by recorder: String) throws(StoreError) {
        try writingCatalogue { db in
            try db.requireRow(table: "appUser", key: "name", id: account.name, what: "user")
            if let club = account.clubID { try db.requireRow(table: "club", key: "partyId", id: club.text, what: "club") }
            if let municipality = account.municipalityID { try Self.requireMunicipality(db, municipality) }
            // A committee member's scope is the projects they watch (`committeeScope`), added with them; the scope
            // changes of v13 name a club or a municipality, which a committee member has not.
            let before = try Self.currentAccount(db, account.name)
            if account.role == .committee || before?.role == .committee {
                throw StoreError.invalid(
                    InputError(
                        field: "--role", value: UserRole.committee.rawValue,
                        expected: .oneOf(["admin", "treasurer", "official", "auditor"])))
            }
            if let before, before == account {
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
        try writingCatalogue { db in
            try db.requireRow(table: "appUser", key: "name", id: name, what: "user")
            try Self.insertChange(
                db, name, kind: "setupLink",
                [("setupTokenHash", tokenHash), ("expiresAt", ISO8601DateFormatter().string(from: expiresAt))],
                reason: reason, by: recorder)
        }
    }

    /// The user a setup link is for, when it is the user's latest link, unused, unexpired, and the user is enabled.
    public func setupLinkUser(tokenHash: String, now: Date) throws(StoreError) -> String? {
        try reading { db in try Self.validSetupLinkUser(db, tokenHash, now) }
    }

    /// Sets a password through a setup link, once; returns the user's name. Refused: a link that is not valid now.
    public func setPassword(throughSetupLink tokenHash: String, passwordHash: String, now: Date) throws(StoreError) -> String {
        try writingCatalogue { db in
            guard let name = try Self.validSetupLinkUser(db, tokenHash, now) else {
                throw StoreError.unknown(what: "setup link", id: String(tokenHash.prefix(8)))
            }
            try Self.insertChange(
                db, name, kind: "password", [("passwordHash", passwordHash), ("setupTokenHash", tokenHash)],
                reason: "setup link", by: name)
            return name
        }
    }

    private static func validSetupLinkUser(_ db: Session, _ tokenHash: String, _ now: Date) throws -> String? {
        guard try db.hasTable("userChange"),
            let row = try db.rows(
                "SELECT id, userName, expiresAt FROM userChange WHERE kind = 'setupLink' AND setupTokenHash = ?", [.text(tokenHash)]
            ).first
        else { return nil }
        let id: Int64 = try row.stored(0, "userChange", "?")
        let name: String = try row.stored(1, "userChange", "\(id)")
        let expires: String = try row.stored(2, "userChange", "\(id)")
        guard let expiresAt = ISO8601DateFormatter().date(from: expires), now < expiresAt else { return nil }
        // A newer link replaces this one; a used link is spent.
        let newer = try db.exists(
            "SELECT 1 FROM userChange WHERE userName = ? AND kind = 'setupLink' AND id > ?", [.text(name), .integer(id)])
        let used = try db.exists("SELECT 1 FROM userChange WHERE kind = 'password' AND setupTokenHash = ?", [.text(tokenHash)])
        if try newer || used || isDisabled(db, name) { return nil }
        return name
    }

    private static func insertChange(
        _ db: Session, _ name: String, kind: String, _ values: [(String, String?)], reason: String, by recorder: String
    ) throws {
        let columns = ["id", "userName", "kind"] + values.map(\.0) + ["reason", "recordedBy", "recordedAt"]
        let arguments: [ColumnValue] =
            [.integer(try db.nextID("userChange")), .text(name), .text(kind)] + values.map { .optional($0.1) }
            + [.text(reason), .text(recorder), .text(RecordingTime.now())]
        try db.execute(
            "INSERT INTO userChange (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))",
            arguments)
    }

    static func scopeText(_ account: UserAccount) -> String {
        [account.role.rawValue, account.clubID?.text, account.municipalityID?.text].compactMap { $0 }.joined(separator: " ")
    }
}
