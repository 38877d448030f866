import CuentasCore
import CuentasIntegrity
import CuentasPublishing
import CuentasStatements
import CuentasStore
import Foundation
import CuentasTables

/// What the web app asks of the ledger, and nothing more: the controllers are written against this protocol, never
/// against a database. `LedgerStore` (SQLite) is the one implementation today; a second store implements the same
/// protocol (the PostgreSQL issue). Every call blocks: controllers make them inside `BlockingWork.run`.
public protocol AppLedger: Sendable {
    func catalogue() throws(StoreError) -> Catalogue
    func derived<Value: Sendable>(_ kept: CatalogueDerivedValue<Value>, _ make: (Catalogue) -> Value) throws(StoreError) -> Value

    func user(named name: String) throws(StoreError) -> (account: UserAccount, passwordHash: String)?
    func users() throws(StoreError) -> [UserAccount]
    func addUser(_ user: UserAccount, passwordHash: String, createdBy: String) throws(StoreError)
    func setUser(_ name: String, disabled: Bool, reason: String, by recorder: String) throws(StoreError)
    func disabledUserNames() throws(StoreError) -> Set<String>
    func changePassword(of name: String, to passwordHash: String, reason: String, by recorder: String) throws(StoreError)
    func changeScope(of account: UserAccount, reason: String, by recorder: String) throws(StoreError)
    func issueSetupLink(for name: String, tokenHash: String, expiresAt: Date, reason: String, by recorder: String) throws(StoreError)
    func setupLinkUser(tokenHash: String, now: Date) throws(StoreError) -> String?
    func setPassword(throughSetupLink tokenHash: String, passwordHash: String, now: Date) throws(StoreError) -> String

    func clubSummary(_ id: PartyID, recent: Int) throws(StoreError) -> (state: LedgerState, recent: [Movement])
    func municipalitySummary(_ id: PartyID, recent: Int) throws(StoreError) -> (state: LedgerState, recent: [Movement])
    func projectState(_ folio: Folio) throws(StoreError) -> LedgerState?
    func clubState(_ id: PartyID) throws(StoreError) -> LedgerState
    func state(for subject: StatementSubject) throws(StoreError) -> LedgerState?
    func version(of subject: StatementSubject) throws(StoreError) -> LedgerPartVersion

    func stateForRecording(_ drafts: [MovementDraft]) throws(StoreError) -> LedgerState
    /// The largest of a club's last `count` donations in force (the donation form's second look).
    func largestDonation(club: PartyID, amongLast count: Int) throws(StoreError) -> Money?
    func movements(numbered ids: Set<MovementID>) throws(StoreError) -> [Movement]
    func sendingsInTransit(club: PartyID?, folios: Set<Folio>?) throws(StoreError) -> [Movement]
    /// The club whose donation carries a receipt code; nil when none does.
    func club(ofReceipt code: ReceiptCode) throws(StoreError) -> PartyID?
    /// A form's movements, once per submission key, with files attached to them (by the index of their draft) in the same
    /// transaction.
    func recordOnce(
        _ drafts: [MovementDraft], submissionKey: String, userName: String, evidence: [(draft: Int, evidence: EvidenceDraft)]
    ) throws(StoreError) -> SubmissionOutcome
    func addCatalogue(_ entries: [CatalogueEntry]) throws(StoreError)
    /// A project an official registers; the clubs returned must accept before their money is pledged.
    func proposeProject(_ project: Project, by official: String) throws(StoreError) -> [PartyID]
    func acceptSponsorship(folio: Folio, club: PartyID, by treasurer: String) throws(StoreError)
    func proposals(naming club: PartyID) throws(StoreError) -> [SponsorshipProposal]
    /// Amendments of the catalogue, all or none; re-programmings of a project's budget.
    @discardableResult func amend(_ amendments: [CatalogueAmendment]) throws(StoreError) -> [Int64]
    @discardableResult func reprogram(
        _ reprogramming: BudgetReprogramming, agreedParts: [FundingRole: Int64]
    ) throws(StoreError) -> [Movement]

    func observations(folio: Folio) throws(StoreError) -> [Observation]
    func addObservation(folio: Folio, author: String, text: String) throws(StoreError) -> Observation

    /// Evidence, visits, complaints and contacts of a project (`ProjectOversight`).
    func oversight(folio: Folio, asOf: CalendarDate?) throws(StoreError) -> ProjectOversight
    @discardableResult func addEvidence(_ draft: EvidenceDraft) throws(StoreError) -> EvidenceItem
    @discardableResult func addSiteVisit(
        folio: Folio, visitedOn: CalendarDate, attendees: String, physicalPercent: Int?, remarks: String, recordedBy: String
    ) throws(StoreError) -> SiteVisit
    @discardableResult func addComplaint(
        folio: Folio, kind: Complaint.Kind, origin: Complaint.Origin, author: String, writtenOn: CalendarDate, text: String
    ) throws(StoreError) -> Complaint
    func answerComplaint(_ id: Int64, answeredOn: CalendarDate, text: String, answeredBy: String) throws(StoreError) -> Complaint
    /// Makes and keeps a photo's thumbnail now, so that publishing need not decode the photo.
    func keepThumbnail(of item: EvidenceItem)
    /// The complaints on these projects still without an answer, oldest first (an official's start page).
    func openComplaints(folios: Set<Folio>) throws(StoreError) -> [Complaint]

    /// Publishes the whole site into `root`: signed and recorded when there is an identity, else unsigned.
    func publish(
        into root: URL, identity: SigningIdentity?, asOf: CalendarDate, corridorPrices: [CorridorPrice], baseURL: String?
    ) throws(PublishError) -> SitePublisher.Result
}

extension AppLedger {
    func recordOnce(_ drafts: [MovementDraft], submissionKey: String, userName: String) throws(StoreError) -> SubmissionOutcome {
        try recordOnce(drafts, submissionKey: submissionKey, userName: userName, evidence: [])
    }
}

/// A ledger file serves the web app: everything but publishing and thumbnails comes from the code both stores share
/// (`SessionStore`), and those two from `AppLedger`'s own extension below.
extension LedgerStore: AppLedger {}

/// What every store that serves the app does the same way: a photo's thumbnail made beside its file in the evidence
/// folder, and the site published through `SitePublisher`.
extension AppLedger where Self: SessionStore & PublishingLedger {
    public func keepThumbnail(of item: EvidenceItem) {
        EvidenceFiles.thumbnail(of: item, in: evidenceFolder)
    }

    public func publish(
        into root: URL, identity: SigningIdentity?, asOf: CalendarDate, corridorPrices: [CorridorPrice], baseURL: String?
    ) throws(PublishError) -> SitePublisher.Result {
        let publisher = SitePublisher(store: self, root: root, baseURL: baseURL)
        if let identity {
            return try publisher.publishSigned(identity: identity, asOf: asOf, publishedOn: asOf, corridorPrices: corridorPrices)
        }
        return try publisher.publishUnsigned(asOf: asOf, corridorPrices: corridorPrices)
    }
}
