import CuentasCore
import Foundation
import GRDB
import CuentasTables

/// The web app's users. Passwords arrive already hashed (bcrypt); the store never sees one in clear.
extension LedgerStore {
    /// Adds a user. Refuses a name already taken, or a club or municipality the ledger does not have.
    public func addUser(_ user: UserAccount, passwordHash: String, createdBy: String) throws(StoreError) {
        try writeCatalogue { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM appUser WHERE name = ?", arguments: [user.name]) == true {
                throw StoreError.duplicate(what: "user", id: user.name)
            }
            if let club = user.clubID, try Bool.fetchOne(db, sql: "SELECT 1 FROM club WHERE partyId = ?", arguments: [club.text]) != true {
                throw StoreError.unknown(what: "club", id: club.text)
            }
            if let municipality = user.municipalityID,
                try Bool.fetchOne(
                    db, sql: "SELECT 1 FROM government WHERE partyId = ? AND level = 'municipal'", arguments: [municipality.text]) != true
            {
                throw StoreError.unknown(what: "municipality", id: municipality.text)
            }
            let createdAt = ISO8601DateFormatter().string(from: Date())
            try db.execute(
                sql:
                    "INSERT INTO appUser (name, role, clubId, municipalityId, passwordHash, createdAt, createdBy) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [
                    user.name, user.role.rawValue, user.clubID?.text, user.municipalityID?.text, passwordHash, createdAt, createdBy,
                ])
            // A committee member watches at least one project, each one in the ledger.
            if user.role == .committee && user.watches.isEmpty {
                throw StoreError.invalid(InputError(field: "--project", value: "", expected: .identifier))
            }
            for folio in user.watches.sorted() {
                guard try Bool.fetchOne(db, sql: "SELECT 1 FROM project WHERE folio = ?", arguments: [folio.text]) == true else {
                    throw StoreError.unknown(what: "project", id: folio.text)
                }
                try db.execute(
                    sql: "INSERT INTO committeeScope (userName, folio, recordedBy, recordedAt) VALUES (?, ?, ?, ?)",
                    arguments: [user.name, folio.text, createdBy, createdAt])
            }
        }
    }

    /// A user and their password hash, or nil when there is no such user.
    /// A disabled user is as good as absent: they cannot sign in, and a session of theirs ends at its next request.
    public func user(named name: String) throws(StoreError) -> (account: UserAccount, passwordHash: String)? {
        // One statement: it runs for every request of a signed-in user. (Every ledger the store opens has all its
        // migrations: a read-only one from before is refused, `LedgerStore.openReadOnly`.)
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db.cachedStatement(
                        sql: """
                            SELECT u.name, coalesce(s.role, u.role) AS role,
                                CASE WHEN s.id IS NULL THEN u.clubId ELSE s.clubId END AS clubId,
                                CASE WHEN s.id IS NULL THEN u.municipalityId ELSE s.municipalityId END AS municipalityId,
                                coalesce((SELECT passwordHash FROM userChange WHERE userName = u.name AND kind = 'password' ORDER BY id DESC LIMIT 1),
                                    u.passwordHash) AS passwordHash,
                                (SELECT kind FROM userAmendment WHERE userName = u.name ORDER BY id DESC LIMIT 1) AS state
                            FROM appUser u
                            LEFT JOIN userChange s ON s.id = (SELECT max(id) FROM userChange WHERE userName = u.name AND kind = 'scope')
                            WHERE u.name = ?
                            """), arguments: [name])
            else { return nil }
            let state: String? = try row.stored("state", "appUser", name)
            if state == "disabled" { return nil }
            return (try Self.watches(db, Self.account(row)), try row.stored("passwordHash", "appUser", name))
        }
    }

    /// Disables a user (they left the treasury, say) or enables them again: an amendment with who and why.
    public func setUser(_ name: String, disabled: Bool, reason: String, by recorder: String) throws(StoreError) {
        try writeCatalogue { db in
            try requireRow(db, table: "appUser", key: "name", id: name, what: "user")
            guard try Self.isDisabled(db, name) != disabled else {
                throw StoreError.duplicate(what: disabled ? "disabled user" : "enabled user", id: name)
            }
            try Self.execute(
                db, sql: "INSERT INTO userAmendment (userName, kind, reason, recordedBy, recordedAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [name, disabled ? "disabled" : "enabled", reason, recorder, ISO8601DateFormatter().string(from: Date())])
        }
    }

    /// Whether the user's latest amendment disabled them. A ledger opened read-only before v14 has none.
    static func isDisabled(_ db: Database, _ name: String) throws -> Bool {
        guard try db.tableExists("userAmendment") else { return false }
        let kind = try String.fetchOne(
            db, sql: "SELECT kind FROM userAmendment WHERE userName = ? ORDER BY id DESC LIMIT 1", arguments: [name])
        return kind == "disabled"
    }

    /// Every user, by name, with their scope now.
    public func users() throws(StoreError) -> [UserAccount] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT name FROM appUser ORDER BY name").compactMap { try Self.currentAccount(db, $0) }
        }
    }

    /// An account from a user's row, or from a change of their scope (`table` userChange, `name` given).
    static func account(_ row: Row, table: String = "appUser", name given: String? = nil) throws -> UserAccount {
        let name: String = try given ?? row.stored("name", "appUser", "?")
        let roleText: String = try row.stored("role", table, name)
        let club: String? = try row.stored("clubId", table, name)
        let municipality: String? = try row.stored("municipalityId", table, name)
        guard let role = UserRole(rawValue: roleText),
            let account = UserAccount(
                stored: name, role: role, clubID: try club.map { text in try PartyID.stored(text, "appUser", name) },
                municipalityID: try municipality.map { text in try PartyID.stored(text, "appUser", name) })
        else { throw StoreError.corruptRow(table: table, id: name, detail: "role \(roleText) and its club or municipality") }
        return account
    }
}
