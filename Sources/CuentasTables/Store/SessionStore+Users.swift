import CuentasCore

/// The web app's users. Passwords arrive already hashed (bcrypt); the store never sees one in clear.
extension SessionStore {
    /// Adds a user. Refuses a name already taken, or a club or municipality the ledger does not have.
    public func addUser(_ user: UserAccount, passwordHash: String, createdBy: String) throws(StoreError) {
        try writingCatalogue { db in
            if try db.exists("SELECT 1 FROM appUser WHERE name = ?", [.text(user.name)]) {
                throw StoreError.duplicate(what: "user", id: user.name)
            }
            if let club = user.clubID { try db.requireRow(table: "club", key: "partyId", id: club.text, what: "club") }
            if let municipality = user.municipalityID { try Self.requireMunicipality(db, municipality) }
            let createdAt = RecordingTime.now()
            try db.execute(
                "INSERT INTO appUser (name, role, clubId, municipalityId, passwordHash, createdAt, createdBy) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    .text(user.name), .text(user.role.rawValue), .optional(user.clubID?.text), .optional(user.municipalityID?.text),
                    .text(passwordHash), .text(createdAt), .text(createdBy),
                ])
            // A committee member watches at least one project, each one in the ledger.
            if user.role == .committee && user.watches.isEmpty {
                throw StoreError.invalid(InputError(field: "--project", value: "", expected: .identifier))
            }
            for folio in user.watches.sorted() {
                try db.requireRow(table: "project", key: "folio", id: folio.text, what: "project")
                try db.execute(
                    "INSERT INTO committeeScope (userName, folio, recordedBy, recordedAt) VALUES (?, ?, ?, ?)",
                    [.text(user.name), .text(folio.text), .text(createdBy), .text(createdAt)])
            }
        }
    }

    /// A user and their password hash, or nil when there is no such user.
    /// A disabled user is as good as absent: they cannot sign in, and a session of theirs ends at its next request.
    public func user(named name: String) throws(StoreError) -> (account: UserAccount, passwordHash: String)? {
        // One statement: it runs for every request of a signed-in user. (Every ledger a store opens has all its
        // migrations: a read-only file from before is refused.)
        try reading { db in
            guard
                let row = try db.rows(
                    """
                    SELECT u.name, coalesce(s.role, u.role) AS role,
                        CASE WHEN s.id IS NULL THEN u.clubId ELSE s.clubId END AS clubId,
                        CASE WHEN s.id IS NULL THEN u.municipalityId ELSE s.municipalityId END AS municipalityId,
                        coalesce((SELECT passwordHash FROM userChange WHERE userName = u.name AND kind = 'password' ORDER BY id DESC LIMIT 1),
                            u.passwordHash) AS passwordHash,
                        (SELECT kind FROM userAmendment WHERE userName = u.name ORDER BY id DESC LIMIT 1) AS state
                    FROM appUser u
                    LEFT JOIN userChange s ON s.id = (SELECT max(id) FROM userChange WHERE userName = u.name AND kind = 'scope')
                    WHERE u.name = ?
                    """, [.text(name)]
                ).first
            else { return nil }
            let state: String? = try row.storedOptional(5, "appUser", name)
            if state == "disabled" { return nil }
            return (try Self.watches(db, Self.account(row, name: name)), try row.stored(4, "appUser", name))
        }
    }

    /// Disables a user (they left the treasury, say) or enables them again: an amendment with who and why.
    public func setUser(_ name: String, disabled: Bool, reason: String, by recorder: String) throws(StoreError) {
        try writingCatalogue { db in
            try db.requireRow(table: "appUser", key: "name", id: name, what: "user")
            guard try Self.isDisabled(db, name) != disabled else {
                throw StoreError.duplicate(what: disabled ? "disabled user" : "enabled user", id: name)
            }
            try db.execute(
                "INSERT INTO userAmendment (id, userName, kind, reason, recordedBy, recordedAt) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    .integer(try db.nextID("userAmendment")), .text(name), .text(disabled ? "disabled" : "enabled"), .text(reason),
                    .text(recorder), .text(RecordingTime.now()),
                ])
        }
    }

    /// Every user, by name, with their scope now.
    public func users() throws(StoreError) -> [UserAccount] {
        try reading { db in
            try db.rows("SELECT name FROM appUser ORDER BY name").compactMap { row in
                try Self.currentAccount(db, try row.stored(0, "appUser", "?"))
            }
        }
    }

    /// The names of the users disabled now.
    public func disabledUserNames() throws(StoreError) -> Set<String> {
        try reading { db in
            guard try db.hasTable("userAmendment") else { return [] }
            return Set(
                try db.rows(
                    """
                    SELECT userName FROM userAmendment a WHERE id = (SELECT max(id) FROM userAmendment WHERE userName = a.userName)
                        AND kind = 'disabled'
                    """
                ).map { row in try row.stored(0, "userAmendment", "?") as String })
        }
    }

    /// Whether the user's latest amendment disabled them. A ledger opened read-only before v14 has none.
    static func isDisabled(_ db: Session, _ name: String) throws -> Bool {
        guard try db.hasTable("userAmendment") else { return false }
        let kind: String? = try db.value(
            "SELECT kind FROM userAmendment WHERE userName = ? ORDER BY id DESC LIMIT 1", [.text(name)])
        return kind == "disabled"
    }

    static func requireMunicipality(_ db: Session, _ municipality: PartyID) throws {
        guard try db.exists("SELECT 1 FROM government WHERE partyId = ? AND level = 'municipal'", [.text(municipality.text)]) else {
            throw StoreError.unknown(what: "municipality", id: municipality.text)
        }
    }

    /// An account from a row whose columns 1 to 3 are role, club and municipality (a user's row, or a change of
    /// their scope: `table` userChange).
    static func account(_ row: some StoredColumns, table: String = "appUser", name: String) throws -> UserAccount {
        let roleText: String = try row.stored(1, table, name)
        let club: PartyID? = try row.storedOptionalIdentifier(2, table, name)
        let municipality: PartyID? = try row.storedOptionalIdentifier(3, table, name)
        guard let role = UserRole(rawValue: roleText),
            let account = UserAccount(stored: name, role: role, clubID: club, municipalityID: municipality)
        else { throw StoreError.corruptRow(table: table, id: name, detail: "role \(roleText) and its club or municipality") }
        return account
    }

    /// The user's account with their latest scope, or nil when there is no such user.
    static func currentAccount(_ db: Session, _ name: String) throws -> UserAccount? {
        guard let row = try db.rows("SELECT name, role, clubId, municipalityId FROM appUser WHERE name = ?", [.text(name)]).first
        else { return nil }
        guard try db.hasTable("userChange"),
            let scope = try db.rows(
                "SELECT userName, role, clubId, municipalityId FROM userChange WHERE userName = ? AND kind = 'scope' ORDER BY id DESC LIMIT 1",
                [.text(name)]
            ).first
        else { return try watches(db, account(row, name: name)) }
        return try account(scope, table: "userChange", name: name)
    }

    /// A committee member's account with the projects they watch.
    static func watches(_ db: Session, _ account: UserAccount) throws -> UserAccount {
        guard account.role == .committee else { return account }
        let folios = try db.rows("SELECT folio FROM committeeScope WHERE userName = ?", [.text(account.name)]).map { row in
            try row.storedIdentifier(0, "committeeScope", account.name) as Folio
        }
        return account.watching(Set(folios))
    }
}

extension ColumnValue {
    /// A text that may be missing: NULL then.
    public static func optional(_ text: String?) -> ColumnValue { text.map(ColumnValue.text) ?? .null }
    /// A number that may be missing: NULL then.
    public static func optional(_ number: Int64?) -> ColumnValue { number.map(ColumnValue.integer) ?? .null }
}
