import CuentasCore

/// A movements file checked row by row without recording anything: every bad field and every ledger rule a row
/// would break, so a person sees all the problems at once (the web app's preview). Rows are checked in order on a
/// copy of the ledger, as an import would record them.
public struct ImportReview: Sendable {
    public struct Row: Sendable {
        public let line: Int
        /// The row's fields by column.
        public let values: [String: String]
        /// The movements the row asks for (empty when a field is bad), recorded only when it has no error.
        public let drafts: [MovementDraft]
        public let error: ImportError?
    }

    public let kind: ImportKind
    public let columns: [String]
    public let rows: [Row]

    public var errors: [ImportError] { rows.compactMap(\.error) }
    /// The movements of the rows without errors. An import records them only when every row is clean (`isClean`).
    public var drafts: [MovementDraft] { rows.filter { $0.error == nil }.flatMap(\.drafts) }
    public var isClean: Bool { errors.isEmpty }

    /// The movements a file's rows ask for, rows with bad fields left out: enough to know which part of the ledger
    /// the review must be checked against (the store's `stateForRecording`).
    public static func requestedDrafts(table: CSVTable, kind: ImportKind?, mapper: ImportMapper) -> [MovementDraft] {
        guard let (resolved, indexes) = try? ImportMapper.columns(of: table, kind: kind), !resolved.isCatalogue else { return [] }
        return table.rows.flatMap { (try? mapper.entry($0, kind: resolved, indexes: indexes))?.drafts ?? [] }
    }

    /// Checks a movements file. Throws for a header it cannot read (nothing else can be checked then) and for a
    /// catalogue file, which this review does not cover.
    public init(table: CSVTable, kind: ImportKind?, mapper: ImportMapper, state: LedgerState) throws(ImportError) {
        let (resolved, indexes) = try ImportMapper.columns(of: table, kind: kind)
        guard !resolved.isCatalogue else {
            throw ImportError(
                line: 1, column: nil, value: nil, problem: .unrecognizedHeader(formats: ImportKind.movementKinds.map(\.rawValue)))
        }
        var ledger = state
        var rows: [Row] = []
        for row in table.rows {
            var values: [String: String] = [:]
            for (name, index) in indexes { values[name] = row.fields[index] }
            do {
                let entry = try mapper.entry(row, kind: resolved, indexes: indexes)
                // `record` changes nothing when it refuses, so a one-movement row needs no copy; a row of several
                // (an approval's status and pledges) is tried on a copy so that it counts whole or not at all.
                var refusal: ImportError?
                if entry.drafts.count == 1 {
                    do {
                        try ledger.record(entry.drafts[0].numbered(ledger.nextMovementID))
                    } catch {
                        refusal = entry.error(error.unnumbered, kind: resolved)
                    }
                } else {
                    var trial = ledger
                    for draft in entry.drafts where refusal == nil {
                        do {
                            try trial.record(draft.numbered(trial.nextMovementID))
                        } catch {
                            refusal = entry.error(error.unnumbered, kind: resolved)
                        }
                    }
                    if refusal == nil { ledger = trial }
                }
                rows.append(Row(line: row.line, values: values, drafts: entry.drafts, error: refusal))
            } catch {
                rows.append(Row(line: row.line, values: values, drafts: [], error: error))
            }
        }
        self.kind = resolved
        self.columns = table.header
        self.rows = rows
    }
}
