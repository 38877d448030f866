import CuentasCore
import CuentasIntegrity

/// A check of the stored ledger: every rule, the hash chain that shows whether the file was changed outside the
/// program, the stored balances against a full replay, the heads of the ledger's own publications, and (on a file)
/// SQLite's own check of its structure. Both stores' `check` give one.
public struct StoredLedgerCheck: Sendable {
    public let ledger: LedgerCheck
    /// The first movement whose hashes no longer match, if any.
    public let brokenLink: (id: MovementID, reason: HashChain.BrokenLink)?
    public let headHash: String
    /// Every stored balance that is not what the replay gives (empty when the balances were not compared).
    public var balanceDifferences: [BalanceDifference] = []
    /// Each publication whose head the ledger no longer holds: movements were removed after it was published (a
    /// truncated or damaged file), or changed under it.
    public var lostPublicationHeads: [LostPublicationHead] = []
    /// Catalogue rows (names, titles, budget lines, schemes, users) that are not as the program sealed them.
    public var catalogueProblems: [CatalogueSealProblem] = []
    /// Movements whose recording time, or whose write's record, is not as the program wrote it.
    public var recordingProblems: [RecordingProblem] = []
    /// Evidence files missing from the evidence folder or no longer matching their recorded hash.
    public var evidenceProblems: [EvidenceProblem] = []
    /// What `PRAGMA integrity_check` found wrong with the file's pages and indexes (empty when it says "ok").
    public var fileProblems: [String] = []

    public init(ledger: LedgerCheck, brokenLink: (id: MovementID, reason: HashChain.BrokenLink)?, headHash: String) {
        self.ledger = ledger
        self.brokenLink = brokenLink
        self.headHash = headHash
    }

    public var passed: Bool {
        ledger.passed && brokenLink == nil && balanceDifferences.isEmpty && lostPublicationHeads.isEmpty && fileProblems.isEmpty
            && catalogueProblems.isEmpty && recordingProblems.isEmpty
            && evidenceProblems.isEmpty
    }
}

/// A publication recorded in the ledger whose last movement is gone, or no longer has the hash it was published with.
public struct LostPublicationHead: Hashable, Sendable, ExplainedError {
    public let publication: Int
    public let movements: Int64
    public let publishedHash: String
    /// The hash the ledger now holds for that movement; nil when the movement is gone.
    public let storedHash: String?
    /// The ledger's last movement now.
    public let lastMovement: Int64

    public func explanation(in language: Language) -> String {
        guard let storedHash else {
            return say(
                language,
                es:
                    "la publicación \(publication) se hizo con \(movements) movimientos y el libro tiene \(lastMovement): se quitaron movimientos ya publicados (archivo truncado o dañado); restaure la última copia de seguridad",
                en:
                    "publication \(publication) was made of \(movements) movements and the ledger has \(lastMovement): published movements were removed (a truncated or damaged file); restore the last backup"
            )
        }
        return say(
            language,
            es:
                "la publicación \(publication) terminó en el movimiento #\(movements) con hash \(publishedHash.prefix(16)) y el libro guarda \(storedHash.prefix(16)): lo publicado fue cambiado",
            en:
                "publication \(publication) ended at movement #\(movements) with hash \(publishedHash.prefix(16)) and the ledger holds \(storedHash.prefix(16)): what was published was changed"
        )
    }
}
