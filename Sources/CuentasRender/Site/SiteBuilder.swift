import CuentasCore
import CuentasIntegrity
import CuentasStatements
import CuentasTemplates
import Foundation

/// Builds the whole transparency site in memory: the language choice, every statement in both languages as HTML, every
/// statement as XML (each validated against the XSD; one invalid document stops the build), the schema, and the
/// movements as CSV. Writing the files is the caller's job.
public struct SiteBuilder: Sendable {
    let html: HTMLRenderer
    let validator: XMLSchemaValidator
    let folder: URL
    /// When a sending is flagged not confirmed, and an arrival short, on every statement this builder writes.
    public var transitRule: TransitRule
    /// The address the site is served at, ending in "/" (`publish --base-url`): receipts' pages then carry their own
    /// address, a QR code of it and absolute links. Nil: relative links and no address.
    public var baseURL: String?

    public init(folder: URL = TemplateFiles.folder, transitRule: TransitRule = .standard, baseURL: String? = nil) throws(RenderError) {
        self.folder = folder
        self.transitRule = transitRule
        self.baseURL = baseURL
        html = try HTMLRenderer(folder: folder)
        validator = try XMLSchemaValidator(schemaPath: folder.appendingPathComponent("xml/\(StatementXML.schemaFileName)").path)
    }

    /// The XML of a statement, validated. Throws the validator's line and message if it does not match the schema.
    public func validated(_ xml: String, name: String) throws(RenderError) -> String {
        try validator.validate(xml, documentName: name)
        return xml
    }

    public var renderer: HTMLRenderer { html }

    /// How a publication is signed: the key, the publication's number and date.
    public struct Signing: Sendable {
        public let identity: SigningIdentity
        public let number: Int
        public let publishedOn: CalendarDate

        public init(identity: SigningIdentity, number: Int, publishedOn: CalendarDate) {
            self.identity = identity
            self.number = number
            self.publishedOn = publishedOn
        }
    }

    /// Receives each file of the site as soon as it is made, by path relative to the site's root; called from several
    /// threads at once, never twice for one path.
    public typealias FileSink = @Sendable (_ path: String, _ data: Data) -> Void

    /// Receives one large file in pieces: `produce` hands each piece, in order, to the function it is given. For the
    /// movements CSV, which is never whole in memory (125 MB for a national ledger).
    public typealias PieceSink = (_ path: String, _ produce: (_ emit: (Data) -> Void) -> Void) -> Void

    /// Every file of the site, by path relative to its root. With `signing`, every page and document carries the
    /// publication's stamp and its own signature. With `units`, only those statements are rendered (see
    /// `SiteChanges`); the portfolio index, the language choice, the movements CSV and the schema always are.
    public func build(
        state: LedgerState, asOf: CalendarDate, corridorPrices: [CorridorPrice], signing: Signing? = nil,
        units: Set<StatementSubject>? = nil,
        evidence: SiteEvidence? = nil
    ) throws(RenderError) -> [String: Data] {
        let collected = CollectedFiles()
        try write(
            state: state, asOf: asOf, corridorPrices: corridorPrices, signing: signing, units: units, evidence: evidence, to: collected.add,
            pieces: { path, produce in
                var data = Data()
                produce { data.append($0) }
                collected.add(path, data)
            })
        return collected.files
    }

    /// The whole site (or, with `units`, those statements and the rest), each file handed to `sink` as it is made, so
    /// that a national site is never held in memory.
    /// `clubCosts`, `contribution`: every club's cost of sending and years, when the caller has computed them (they are
    /// `state`'s).
    public func write(
        state: LedgerState, asOf: CalendarDate, corridorPrices: [CorridorPrice], signing: Signing? = nil,
        units: Set<StatementSubject>? = nil,
        clubCosts: [ClubSendingCosts]? = nil, contribution: [PartyID: [Int: ClubContributionYear]]? = nil, evidence: SiteEvidence? = nil,
        to sink: FileSink, pieces pieceSink: PieceSink
    ) throws(RenderError) {
        try writeStatements(
            state: state, asOf: asOf, corridorPrices: corridorPrices, signing: signing, units: units, evidence: evidence, to: sink)
        let index =
            clubCosts.map { costs in
                PortfolioIndex(
                    summaries: state.projects.values.map { ProjectSummary(account: $0, catalogue: state.catalogue, asOf: asOf) },
                    catalogue: state.catalogue, asOf: asOf, clubCosts: costs, corridorPrices: corridorPrices)
            } ?? PortfolioIndex(state: state, asOf: asOf, corridorPrices: corridorPrices)
        try writeFrontFiles(index: index, signing: signing, to: sink)
        let reports = DiasporaContribution.all(
            byClub: contribution ?? ClubContributionYear.all(in: state), catalogue: state.catalogue,
            statuses: state.projects.mapValues(\.status), asOf: asOf, corridorPrices: corridorPrices)
        writeContribution(reports, clubPages: nil, signing: signing, to: sink)
        pieceSink(SitePath.movementsCSV) { emit in MovementsCSV.write(state) { emit(Data($0.utf8)) } }
    }

    /// The statements of `state` (only `units`, when given), rendered on every core: they are independent.
    public func writeStatements(
        state: LedgerState, asOf: CalendarDate, corridorPrices: [CorridorPrice], signing: Signing?, units: Set<StatementSubject>?,
        receipts selection: ReceiptSelection? = nil, evidence: SiteEvidence? = nil, to sink: FileSink
    ) throws(RenderError) {
        let shownFiles = CollectedEvidence()
        let finisher = Finisher(builder: self, signing: signing)
        let html = finisher.renderer
        let pages = (units ?? StatementSubject.all(in: state.catalogue)).sorted()
        // The feeds are read at the site's root (a signed site's copy of the latest publication's, `StableFolders`), three
        // folders down from it: their links are written for that place.
        let version = signing.map { "versions/\($0.number)/" } ?? ""
        let feeds = AreaFeed(state: state, asOf: asOf, pagesBase: (baseURL ?? "../../../") + version, baseURL: baseURL)
        let failures = FirstFailure()
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            guard !failures.happened else { return }
            do {
                let subject = pages[index]
                guard let statement = Statement(subject, state: state, asOf: asOf, corridorPrices: corridorPrices, transitRule: transitRule)
                else { return }
                var pageEvidence: PageEvidence?
                var oversight: MunicipalityOversight?
                if case .project(let project) = statement { pageEvidence = evidence?.page(for: project, state: state) }
                if case .municipality(let id) = subject { oversight = evidence?.municipality(id, state: state, asOf: asOf) }
                for language in Language.allCases {
                    let page = html.page(statement, language: language, evidence: pageEvidence, oversight: oversight)
                    sink(SitePath.page(of: subject, language), finisher.page(page))
                }
                let path = SitePath.xml(of: subject)
                sink(path, try finisher.document(StatementXML.document(statement), path))
                if let pageEvidence { shownFiles.add(pageEvidence.statement.photos + pageEvidence.statement.documents) }
                switch subject {
                case .project: break
                case .club(let id):
                    for language in Language.allCases {
                        sink(SitePath.clubFeed(id, language), Data(feeds.club(id, html.translations[language]!).xml.utf8))
                    }
                    writeReceipts(of: id, state: state, asOf: asOf, selection: selection, finisher: finisher, to: sink)
                case .municipality(let id):
                    for language in Language.allCases {
                        sink(SitePath.municipalityFeed(id, language), Data(feeds.municipality(id, html.translations[language]!).xml.utf8))
                    }
                }
            } catch let error as RenderError {
                failures.record(error)
            } catch {
                preconditionFailure("unexpected \(error)")
            }
        }
        if let error = failures.first { throw error }
        // Each evidence file the rendered pages show, once (a photo attached to two projects is one file), as kept: its
        // name is its SHA-256, and the signed manifest covers it like every file.
        if let evidence {
            for item in shownFiles.items {
                guard let bytes = evidence.file(item) else { throw RenderError.missingFile("evidence \(item.digest) (\(item.fileName))") }
                sink(SitePath.evidence(item), bytes)
            }
        }
    }

    /// The public page of each of a club's donations that has a receipt code (part of the club's unit: whatever
    /// changes the club's statement may change where its donations went).
    /// With `selection` (a re-publish), only the receipts it says changed.
    private func writeReceipts(
        of clubID: PartyID, state: LedgerState, asOf: CalendarDate, selection: ReceiptSelection?, finisher: Finisher, to sink: FileSink
    ) {
        // A signed publication's project pages are under versions/N/, and its receipts are read at the stable copy in the
        // site's root (`StableFolders`): links are written for that place. (The copy kept inside versions/N/ is the
        // signed record; its relative links work from the root copy only.)
        let version = finisher.signing.map { "versions/\($0.number)/" } ?? ""
        let projectsBase = (baseURL ?? "../../") + version
        let now = FundFollowing(clubID: clubID, state: state)
        let then = selection.map { FundFollowing(clubID: clubID, state: state, through: $0.publishedThrough) }
        for receipt in DonationReceipt.all(clubID: clubID, state: state, asOf: asOf, following: now) {
            guard let code = receipt.code else { continue }
            if let selection, let then, !selection.needs(receipt, clubID: clubID, now: now, then: then) { continue }
            let path = SitePath.receipt(code)
            sink(
                path, finisher.page(finisher.renderer.receiptPage(receipt, address: baseURL.map { $0 + path }, projectsBase: projectsBase)))
        }
    }

    /// The portfolio index and each state's page in each language, the language choice and the schemas.
    public func writeFrontFiles(index: PortfolioIndex, signing: Signing?, to sink: FileSink) throws(RenderError) {
        let finisher = Finisher(builder: self, signing: signing)
        // One language on each core: a national index page lists 40,000 projects.
        DispatchQueue.concurrentPerform(iterations: Language.allCases.count) { position in
            let language = Language.allCases[position]
            sink(SitePath.index(language), finisher.page(finisher.renderer.index(index, language: language)))
        }
        for language in Language.allCases {
            sink(SitePath.glossary(language), finisher.page(finisher.renderer.glossary(asOf: index.asOf, language: language)))
        }
        if let signing {
            let key = signing.identity.publicIdentity
            let listed = HTMLRenderer.ListedKey(name: key.name, fingerprint: key.fingerprint, publicKey: key.base64)
            sink(SitePath.verifyPage, finisher.page(finisher.renderer.verifyPage(keys: [listed])))
        }
        // Each state's page: read from the index's summaries, so written with it at every publication.
        let pages = index.states.flatMap { group in Language.allCases.map { (group, $0) } }
        DispatchQueue.concurrentPerform(iterations: pages.count) { position in
            let (group, language) = pages[position]
            let html = finisher.renderer.state(group, asOf: index.asOf, currency: index.totalCost.currency, language: language)
            sink(SitePath.state(group.state?.id, language), finisher.page(html))
        }
        sink(SitePath.languageChoice, finisher.page(finisher.renderer.languageChoice(asOf: index.asOf)))
        for schema in [StatementXML.schemaFileName, "xml.xsd"] {
            guard let data = try? Data(contentsOf: folder.appendingPathComponent("xml/\(schema)")) else {
                throw RenderError.missingFile(schema)
            }
            sink("xml/\(schema)", data)
        }
    }

    /// The diaspora's contribution: a page per scope in each language and the CSV. The country's, states' and
    /// federations' pages sum clubs across the country and are always written; a club's page only when `clubPages`
    /// holds it (nil: every club), as its statement is.
    public func writeContribution(
        _ reports: [DiasporaContribution], clubPages: Set<PartyID>?, signing: Signing?, to sink: FileSink
    ) {
        let finisher = Finisher(builder: self, signing: signing)
        let shown = reports.filter { report in
            guard case .club(let id) = report.scope, let clubPages else { return true }
            return clubPages.contains(id)
        }
        let pages = shown.flatMap { report in Language.allCases.map { (report, $0) } }
        DispatchQueue.concurrentPerform(iterations: pages.count) { position in
            let (report, language) = pages[position]
            sink(SitePath.contribution(report.scope, language), finisher.page(finisher.renderer.contribution(report, language: language)))
        }
        sink(SitePath.contributionCSV, Data(ContributionCSV.text(reports).utf8))
    }

    /// Turns rendered text into the bytes of a file: signed when the site is, and each XML document validated.
    private struct Finisher: Sendable {
        let builder: SiteBuilder
        let signing: Signing?
        let renderer: HTMLRenderer

        init(builder: SiteBuilder, signing: Signing?) {
            self.builder = builder
            self.signing = signing
            var renderer = builder.html
            // A signed publication's pages live under versions/N/ of the site's address.
            renderer.pagesAddress = builder.baseURL.map { base in signing.map { base + "versions/\($0.number)/" } ?? base }
            if let signing {
                let identity = signing.identity.publicIdentity
                renderer.stamp = PublicationStamp(
                    number: signing.number, publishedOn: signing.publishedOn, signer: identity.name, fingerprint: identity.fingerprint)
            }
            self.renderer = renderer
        }

        func page(_ text: String) -> Data {
            guard let signing else { return Data(text.utf8) }
            return Data(EmbeddedSignature.signHTML(text, publication: signing.number, identity: signing.identity).utf8)
        }

        func document(_ xml: String, _ path: String) throws(RenderError) -> Data {
            guard let signing else { return Data(try builder.validated(xml, name: path).utf8) }
            return Data(
                try builder.validated(EmbeddedSignature.signXML(xml, publication: signing.number, identity: signing.identity), name: path)
                    .utf8)
        }
    }
}

extension SiteBuilder {
    /// The templates and translations built into the program, and the program file itself: a new build or a changed
    /// template makes every statement render again.
    public var programFingerprint: String {
        var text = ""
        if let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) {
            for case let file as URL in files.sorted(by: { ($0 as? URL)?.path ?? "" < ($1 as? URL)?.path ?? "" }) {
                guard let data = try? Data(contentsOf: file) else { continue }
                text += file.lastPathComponent + " " + HashChain.sha256(Array(data)) + "\n"
            }
        }
        if let program = Bundle.main.executablePath, let attributes = try? FileManager.default.attributesOfItem(atPath: program) {
            text += "\(attributes[.size] ?? 0) \((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
        }
        return HashChain.sha256(Array(text.utf8))
    }
}

/// The files of a site gathered in memory (tests and small sites).
private final class CollectedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [String: Data] = [:]

    @Sendable func add(_ path: String, _ data: Data) {
        lock.lock()
        collected[path] = data
        lock.unlock()
    }

    var files: [String: Data] {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }
}

/// The evidence files the rendered pages show, gathered from concurrent workers, each once.
private final class CollectedEvidence: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [String: EvidenceItem] = [:]

    func add(_ files: [OversightStatement.File]) {
        lock.lock()
        for file in files { collected[file.item.digest] = file.item }
        lock.unlock()
    }

    var items: [EvidenceItem] {
        lock.lock()
        defer { lock.unlock() }
        return collected.values.sorted { $0.digest < $1.digest }
    }
}

/// The first error of concurrent workers; the others stop as soon as they see there was one.
private final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var error: RenderError?

    func record(_ error: RenderError) {
        lock.lock()
        if self.error == nil { self.error = error }
        lock.unlock()
    }

    var happened: Bool { first != nil }

    var first: RenderError? {
        lock.lock()
        defer { lock.unlock() }
        return error
    }
}
