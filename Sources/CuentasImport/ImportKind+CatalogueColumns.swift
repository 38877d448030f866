/// Where in a catalogue file the ledger's refusal points: the column that names what it found unknown, or the
/// identifier it found taken. (Catalogue files are checked by the ledger when they are added, so its refusals come
/// back as "there is no municipality MUN-X", and the person needs the column too.)
extension ImportKind {
    /// The column that names the entry's own identifier.
    public var identifierColumn: String? {
        switch self {
        case .projects: return "folio"
        case .governments, .clubs, .amendments: return "id"
        default: return nil
        }
    }

    /// The column that names a `what` the ledger does not know ("municipality", "club", "executing agency"…).
    public func column(naming what: String) -> String? {
        switch (self, what) {
        case (.projects, "municipality"): return "municipality"
        case (.projects, "club"), (.projects, "party"): return "clubs"
        case (.projects, "executing agency"): return "executing_agency"
        case (.governments, "government"): return "parent"
        case (.clubs, "federation"): return "federation"
        case (.amendments, "federation"), (.amendments, "executing agency"): return "value"
        case (.amendments, _): return "id"
        default: return nil
        }
    }
}
