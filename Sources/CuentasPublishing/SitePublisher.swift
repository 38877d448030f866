import CuentasCore
import CuentasIntegrity
import CuentasRender
import CuentasStatements
import CuentasStore
import Foundation
import CuentasTables

/// Writes the transparency site from the ledger: unsigned into a folder, or as a signed, numbered publication in
/// `versions/N/` recorded in the ledger, with the site's front page (the history of publications) and its list of
/// signing keys rewritten. Earlier versions are never touched. The command line and the web app both publish
/// through this.
public struct SitePublisher: Sendable {
    public let store: any PublishingLedger
    public let root: URL
    /// When a sending is flagged not confirmed and an arrival short (`publish --unconfirmed-after`). Part of what a
    /// folder was published with: another limit renders every statement again.
    public let transitRule: TransitRule
    /// The address the site is served at, ending in "/" (`publish --base-url`): receipts' pages carry it.
    public let baseURL: String?
    /// When an unanswered complaint is flagged (`publish --answer-within`).
    public let complaintRule: ComplaintRule

    public init(
        store: any PublishingLedger, root: URL, transitRule: TransitRule = .standard, baseURL: String? = nil,
        complaintRule: ComplaintRule = .standard
    ) {
        self.store = store
        self.root = root
        self.transitRule = transitRule
        self.baseURL = baseURL
        self.complaintRule = complaintRule
    }

    /// The oversight records in force `asOf`, and the evidence files and thumbnails from the folder beside the ledger.
    private func evidence(asOf: CalendarDate) throws(StoreError) -> SiteEvidence {
        EvidenceFiles(folder: store.evidenceFolder).siteEvidence(oversight: try store.allOversight(asOf: asOf), rule: complaintRule)
    }

    /// What was written.
    public struct Result: Sendable {
        /// The publication's number; nil for an unsigned site.
        public let number: Int?
        /// Statements whose inputs had not changed since the last publish to this folder: not written again.
        public let unchangedStatements: Int
        public let pages: Int
        public let documents: Int
        public let files: Int
        public let bytes: Int
    }

    /// Every statement, unsigned, written into the folder. A folder published before keeps a record of what it was
    /// published from (`SiteRecord`); then only the statements that the movements recorded since (or new catalogue
    /// entries, or files missing from the folder) change are rendered, from a replay of only the part of the ledger
    /// they depend on, and the movements CSV is appended to. Anything else (another date, corridor prices, program or
    /// templates; no record; a ledger that is not the one the folder was published from) renders everything.
    public func publishUnsigned(asOf: CalendarDate, corridorPrices: [CorridorPrice]) throws(PublishError) -> Result {
        let writer = SiteFileWriter(root: root)
        do {
            let builder = try SiteBuilder(transitRule: transitRule, baseURL: baseURL)
            let context = SiteRecord.context(
                program: builder.programFingerprint, asOf: asOf, corridorPrices: corridorPrices, transitRule: transitRule, baseURL: baseURL,
                complaintRule: complaintRule)
            let previous = SiteRecord.read(from: root)
            let previousSummaries = try? Data(contentsOf: root.appendingPathComponent(SiteRecord.summariesFileName))
            // The record is written last: a publish cut short leaves none, and the next one renders everything.
            let previousClubCosts = try? Data(contentsOf: root.appendingPathComponent(ClubCostsFile.fileName))
            let previousContribution = try? Data(contentsOf: root.appendingPathComponent(ContributionFile.fileName))
            for name in [
                SiteRecord.fileName, SiteRecord.summariesFileName, ClubCostsFile.fileName, ContributionFile.fileName,
                Self.formerInputsFileName,
            ] {
                try? FileManager.default.removeItem(at: root.appendingPathComponent(name))
            }
            var outcome: Kept?
            if let previous, let previousSummaries, let previousClubCosts, let previousContribution, previous.context == context {
                outcome = try republish(
                    previous: previous, previousSummaries: String(decoding: previousSummaries, as: UTF8.self),
                    previousClubCosts: String(decoding: previousClubCosts, as: UTF8.self),
                    previousContribution: String(decoding: previousContribution, as: UTF8.self), context: context,
                    builder: builder, asOf: asOf, corridorPrices: corridorPrices, writer: writer)
            }
            if outcome == nil {
                outcome = try publishEverything(
                    context: context, builder: builder, asOf: asOf, corridorPrices: corridorPrices, writer: writer)
            }
            let (record, summaries, clubCosts, contribution, rendered) = outcome!
            try writer.finish()
            writer.write(SiteRecord.summariesFileName, Data(SiteRecord.summariesText(summaries).utf8))
            writer.write(ClubCostsFile.fileName, Data(ClubCostsFile.text(clubCosts).utf8))
            writer.write(ContributionFile.fileName, Data(ContributionFile.text(contribution).utf8))
            writer.write(SiteRecord.fileName, record.encoded)
            try writer.finish()
            return Result(
                number: nil, unchangedStatements: record.units.count - rendered, pages: writer.pages, documents: writer.documents,
                files: writer.files, bytes: writer.bytes)
        } catch let error as PublishError {
            throw error
        } catch let error as RenderError {
            throw .render(error)
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            preconditionFailure("unexpected \(error)")
        }
    }

    /// What a published folder keeps for the next re-publish besides its pages: its record, every project's index line,
    /// every club's cost of sending and years of contribution (`ContributionFile`), and how many statements were rendered.
    private typealias Kept = (
        record: SiteRecord, summaries: [Folio: ProjectSummary], clubCosts: [ClubSendingCosts],
        contribution: [PartyID: [Int: ClubContributionYear]], rendered: Int
    )

    /// Where sites published by earlier versions of the program kept the digests of their statements' inputs.
    static let formerInputsFileName = ".cuentas-inputs.json"

    /// Every statement from a replay of the whole ledger.
    private func publishEverything(
        context: String, builder: SiteBuilder, asOf: CalendarDate, corridorPrices: [CorridorPrice], writer: SiteFileWriter
    ) throws -> Kept {
        let seal = try store.catalogueVersion()
        let state = try store.state()
        // Computed once: for the index, and kept for the next re-publish.
        let clubCosts = state.clubFunds.keys.compactMap { ClubSendingCosts(clubID: $0, state: state, asOf: asOf) }
        let contribution = ClubContributionYear.all(in: state)
        try builder.write(
            state: state, asOf: asOf, corridorPrices: corridorPrices, clubCosts: clubCosts, contribution: contribution,
            evidence: try evidence(asOf: asOf), to: writer.sink, pieces: writer.pieceSink)
        let units = StatementSubject.all(in: state.catalogue)
        var summaries: [Folio: ProjectSummary] = [:]
        for (folio, account) in state.projects {
            summaries[folio] = ProjectSummary(account: account, catalogue: state.catalogue, asOf: asOf)
        }
        let last = state.lastMovementID
        let record = SiteRecord(
            format: SiteRecord.currentFormat, context: context, lastMovement: last,
            lastMovementHash: last == 0 ? HashChain.genesis : (try store.hash(ofMovement: last) ?? ""),
            movementsCSVBytes: Self.fileSize(root.appendingPathComponent(SitePath.movementsCSV)) ?? -1, units: units.map(\.unit).sorted(),
            lastCatalogueSeal: seal)
        return (record, summaries, clubCosts, contribution, units.count)
    }

    /// Only what changed since `previous`; nil when the folder or the ledger is not as the record says, or the part of
    /// the ledger replayed breaks a rule (the whole ledger is then replayed instead).
    private func republish(
        previous: SiteRecord, previousSummaries: String, previousClubCosts: String, previousContribution: String, context: String,
        builder: SiteBuilder,
        asOf: CalendarDate,
        corridorPrices: [CorridorPrice], writer: SiteFileWriter
    ) throws -> Kept? {
        let csv = root.appendingPathComponent(SitePath.movementsCSV)
        guard Self.fileSize(csv) == previous.movementsCSVBytes, let previousSeal = previous.lastCatalogueSeal else { return nil }
        // Read before the catalogue: an amendment sealed in between is rendered again next time, never missed.
        let seal = try store.catalogueVersion()
        let amended = try store.amendedSubjects(afterSeal: previousSeal)
        let knownHash = previous.lastMovement == 0 ? HashChain.genesis : try store.hash(ofMovement: previous.lastMovement)
        guard knownHash == previous.lastMovementHash else { return nil }
        // Independent work two at a time, on both cores: the folder's files are listed while the catalogue is read,
        // then the summaries are read while the part of the ledger that changed is replayed. Each of the four took a
        // third to half a second of a national re-publish (140,000 files, 40,000 projects, 85,000 movements replayed).
        let store = store, root = root, units = previous.subjects
        let (catalogue, missing) = try bothAtOnce(
            { try store.catalogue() },
            {
                let present = PresentFiles(root: root)
                return Set(units.filter { unit in SitePath.files(of: unit).contains { !present.contains($0) } })
            })
        let newMovements = try store.movements(after: previous.lastMovement)
        let last = newMovements.last?.id ?? previous.lastMovement
        var reversed: Set<MovementID> = []
        for movement in newMovements {
            if case .reversal(let reversal) = movement.body, reversal.movementID <= previous.lastMovement {
                reversed.insert(reversal.movementID)
            }
        }
        let earlier = Dictionary(uniqueKeysWithValues: try store.movements(numbered: reversed).map { ($0.id, $0) })
        let changes = SiteChanges(
            newMovements: newMovements, earlierMovements: earlier, catalogue: catalogue, previousUnits: units,
            missingUnits: missing, amended: amended, publishedThrough: previous.lastMovement)
        let (readSummaries, replay) = try bothAtOnce(
            { SiteRecord.summaries(fromText: previousSummaries, catalogue: catalogue) },
            { try store.partialCheck(catalogue: catalogue, folios: changes.folios, clubs: changes.clubs, through: last) })
        guard var summaries = readSummaries, replay.passed else { return nil }
        // Every project keeps a line in the index: from the folder, or computed again below.
        guard catalogue.projects.keys.allSatisfy({ summaries[$0] != nil || changes.folios.contains($0) }) else { return nil }

        try builder.writeStatements(
            state: replay.state, asOf: asOf, corridorPrices: corridorPrices, signing: nil, units: changes.units, receipts: changes.receipts,
            evidence: try evidence(asOf: asOf), to: writer.sink)
        for folio in changes.folios {
            summaries[folio] = ProjectSummary(account: replay.state.projects[folio]!, catalogue: catalogue, asOf: asOf)
        }
        // Every club keeps its cost of sending: from the folder, or computed again for the clubs rendered (their whole
        // fund is in the replay).
        guard var clubCosts = ClubCostsFile.costs(fromText: previousClubCosts, catalogue: catalogue) else { return nil }
        for club in changes.clubs { clubCosts[club] = ClubSendingCosts(clubID: club, state: replay.state, asOf: asOf) }
        try builder.writeFrontFiles(
            index: PortfolioIndex(
                summaries: Array(summaries.values), catalogue: catalogue, asOf: asOf, clubCosts: Array(clubCosts.values),
                corridorPrices: corridorPrices),
            signing: nil, to: writer.sink)
        // Every club keeps its years of contribution: from the folder, or computed again for the clubs rendered (their fund
        // and every project they sponsor are in the replay); the country, states and federations are summed again.
        guard var contribution = ContributionFile.years(fromText: previousContribution, catalogue: catalogue) else { return nil }
        let fresh = ClubContributionYear.years(of: changes.clubs, in: replay.state)
        for club in changes.clubs { contribution[club] = fresh[club] }
        let reports = DiasporaContribution.all(
            byClub: contribution, catalogue: catalogue, statuses: summaries.mapValues(\.status), asOf: asOf, corridorPrices: corridorPrices)
        builder.writeContribution(reports, clubPages: changes.clubs, signing: nil, to: writer.sink)
        try writer.finish()
        try writer.append(SitePath.movementsCSV, Data(MovementsCSV.lines(newMovements, catalogue: catalogue).utf8))
        let record = SiteRecord(
            format: SiteRecord.currentFormat, context: context, lastMovement: last,
            lastMovementHash: newMovements.isEmpty ? previous.lastMovementHash : (try store.hash(ofMovement: last) ?? ""),
            movementsCSVBytes: Self.fileSize(csv) ?? -1, units: StatementSubject.all(in: catalogue).map(\.unit).sorted(),
            lastCatalogueSeal: seal)
        return (record, summaries, Array(clubCosts.values), contribution, changes.units.count)
    }

    private static func fileSize(_ file: URL) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? Int
    }

    /// A signed publication: refused when the ledger does not pass its full check.
    public func publishSigned(
        identity: SigningIdentity, asOf: CalendarDate, publishedOn: CalendarDate, corridorPrices: [CorridorPrice]
    ) throws(PublishError) -> Result {
        do {
            return try signed(identity: identity, asOf: asOf, publishedOn: publishedOn, corridorPrices: corridorPrices)
        } catch let error as PublishError {
            throw error
        } catch let error as StoreError {
            throw .store(error)
        } catch let error as RenderError {
            throw .render(error)
        } catch {
            preconditionFailure("unexpected \(error)")
        }
    }

    /// The ledger records a publication in the same step that moves its folder into place; a publish killed between
    /// the two leaves `versions/.N.partial` with the ledger saying N exists. Recording and renaming must not disagree:
    /// when the partial folder holds the very manifest the ledger recorded (by its SHA-256), its rename is finished
    /// here; when the folder is gone altogether, nothing is published until it is restored (the next number would
    /// leave a hole in the site's history).
    private func finishOrRefuse(_ last: PublicationRecord) throws {
        let version = root.appendingPathComponent("versions/\(last.number)")
        guard !FileManager.default.fileExists(atPath: version.path) else { return }
        let partial = root.appendingPathComponent("versions/.\(last.number).partial")
        let manifest = partial.appendingPathComponent(PublicationManifest.fileName)
        guard let bytes = FileManager.default.contents(atPath: manifest.path), HashChain.sha256(Array(bytes)) == last.manifestSHA256 else {
            throw PublishError.publicationMissing(number: last.number, path: version.path)
        }
        do {
            try FileManager.default.moveItem(at: partial, to: version)
        } catch {
            throw PublishError.unwritable(path: version.path, detail: "\(error)")
        }
    }

    private func signed(
        identity: SigningIdentity, asOf: CalendarDate, publishedOn: CalendarDate, corridorPrices: [CorridorPrice]
    ) throws -> Result {
        let check = try store.fullCheck()
        guard check.passed else { throw PublishError.ledgerFails }
        let earlier = try store.publications()
        if let last = earlier.last { try finishOrRefuse(last) }
        let number = (earlier.last?.number ?? 0) + 1
        let version = root.appendingPathComponent("versions/\(number)")
        guard !FileManager.default.fileExists(atPath: version.path) else { throw PublishError.versionExists(path: version.path) }
        // The head of the very movements the statements show (the ledger may have grown since they were read).
        let head = (movements: check.ledger.state.lastMovementID, hash: check.headHash)
        let builder = try SiteBuilder(transitRule: transitRule, baseURL: baseURL)
        // Write the version beside its final place, record it, then move it in: never a half-written version.
        let partial = root.appendingPathComponent("versions/.\(number).partial")
        try? FileManager.default.removeItem(at: partial)
        let writer = SiteFileWriter(root: partial, hashing: true)
        try builder.write(
            state: check.ledger.state, asOf: asOf, corridorPrices: corridorPrices,
            signing: .init(identity: identity, number: number, publishedOn: publishedOn), evidence: try evidence(asOf: asOf),
            to: writer.sink, pieces: writer.pieceSink)
        try writer.finish()
        let fileHashes = writer.hashes
        var earlierHeads: [PublicationManifest.EarlierHead] = []
        for publication in earlier {
            let hash =
                publication.ledgerMovements == 0 ? HashChain.genesis : (try store.hash(ofMovement: publication.ledgerMovements) ?? "")
            earlierHeads.append(.init(publication: publication.number, movements: publication.ledgerMovements, hash: hash))
        }
        let manifest = PublicationManifest(
            number: number, publishedOn: publishedOn.isoText, asOf: asOf.isoText, signer: identity.publicIdentity,
            ledger: .init(movements: head.movements, hash: head.hash), earlierHeads: earlierHeads, files: fileHashes)
        let manifestBytes = manifest.encoded
        let signature = identity.signature(for: manifestBytes)
        try write(
            [
                PublicationManifest.fileName: Data(manifestBytes),
                PublicationManifest.signatureFileName: Data((signature.base64EncodedString() + "\n").utf8),
            ], under: partial)
        try store.recordPublication(
            PublicationRecord(
                number: number, publishedOn: publishedOn, asOf: asOf, signerName: identity.name, publicKey: identity.publicIdentity.base64,
                ledgerMovements: head.movements, ledgerHeadHash: head.hash, manifestSHA256: HashChain.sha256(manifestBytes),
                signature: signature.base64EncodedString()),
            files: fileHashes)
        do {
            try FileManager.default.moveItem(at: partial, to: version)
        } catch {
            throw PublishError.unwritable(path: version.path, detail: "\(error)")
        }
        try StableFolders.place(from: version, under: root)

        let all = try store.publications()
        var keys: [PublicIdentity] = []
        for publication in all {
            guard let raw = Data(base64Encoded: publication.publicKey) else { continue }
            let key = PublicIdentity(name: publication.signerName, publicKey: raw)
            if !keys.contains(key) { keys.append(key) }
        }
        let summaries = all.map { publication in
            let key = PublicIdentity(name: publication.signerName, publicKey: Data(base64Encoded: publication.publicKey) ?? Data())
            return PublicationSummary(
                number: publication.number, publishedOn: publication.publishedOn, signer: publication.signerName,
                fingerprint: key.fingerprint, movements: publication.ledgerMovements)
        }
        let history = builder.renderer.history(summaries, keys: keys.map { ($0.name, $0.fingerprint) })
        var front = ["index.html": Data(history.utf8), KeyList.fileName: Data(KeyList(keys).encoded)]
        for language in Language.allCases {
            let feed = builder.renderer.publicationsFeed(summaries, language: language, baseURL: baseURL, publishedOn: publishedOn)
            front[SitePath.publicationsFeed(language)] = Data(feed.xml.utf8)
        }
        try write(front, under: root)
        for key in keys {
            let name = "keys/\(key.fingerprint.replacingOccurrences(of: " ", with: "")).pub"
            try write([name: Data(key.fileText.utf8)], under: root)
        }
        return Result(
            number: number, unchangedStatements: 0, pages: writer.pages, documents: writer.documents, files: writer.files,
            bytes: writer.bytes)
    }

    private func write(_ files: [String: Data], under folder: URL) throws(PublishError) {
        for (path, data) in files {
            let file = folder.appendingPathComponent(path)
            do {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: file, options: .atomic)
            } catch {
                throw .unwritable(path: file.path, detail: "\(error)")
            }
        }
    }
}
