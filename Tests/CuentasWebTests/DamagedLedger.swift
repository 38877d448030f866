import CuentasCore
import CuentasIntegrity
import CuentasPublishing
import CuentasStatements
import CuentasStore
import CuentasWeb
import Foundation
import CuentasTables

/// A ledger whose club part is damaged: it answers every call as the store does, except that reading a club's start
/// page fails as a damaged file does. It shows that the app runs on any `AppLedger`, and how it answers the failure.
struct DamagedLedger: AppLedger {
    let store: LedgerStore
    static let damage = StoreError.corruptRow(table: "movement", id: "7", detail: "amount 'x' is not a number")

    func clubSummary(_ id: PartyID, recent: Int) throws(StoreError) -> (state: LedgerState, recent: [Movement]) { throw Self.damage }

    func catalogue() throws(StoreError) -> Catalogue { try store.catalogue() }
    func derived<Value: Sendable>(_ kept: CatalogueDerivedValue<Value>, _ make: (Catalogue) -> Value) throws(StoreError) -> Value {
        try store.derived(kept, make)
    }
    func user(named name: String) throws(StoreError) -> (account: UserAccount, passwordHash: String)? { try store.user(named: name) }
    func users() throws(StoreError) -> [UserAccount] { try store.users() }
    func addUser(_ user: UserAccount, passwordHash: String, createdBy: String) throws(StoreError) {
        try store.addUser(user, passwordHash: passwordHash, createdBy: createdBy)
    }
    func municipalitySummary(_ id: PartyID, recent: Int) throws(StoreError) -> (state: LedgerState, recent: [Movement]) {
        try store.municipalitySummary(id, recent: recent)
    }
    func projectState(_ folio: Folio) throws(StoreError) -> LedgerState? { try store.projectState(folio) }
    func clubState(_ id: PartyID) throws(StoreError) -> LedgerState { try store.clubState(id) }
    func state(for subject: StatementSubject) throws(StoreError) -> LedgerState? { try store.state(for: subject) }
    func version(of subject: StatementSubject) throws(StoreError) -> LedgerPartVersion { try store.version(of: subject) }
    func stateForRecording(_ drafts: [MovementDraft]) throws(StoreError) -> LedgerState { try store.stateForRecording(drafts) }
    func movements(numbered ids: Set<MovementID>) throws(StoreError) -> [Movement] { try store.movements(numbered: ids) }
    func sendingsInTransit(club: PartyID?, folios: Set<Folio>?) throws(StoreError) -> [Movement] {
        try store.sendingsInTransit(club: club, folios: folios)
    }
    func club(ofReceipt code: ReceiptCode) throws(StoreError) -> PartyID? { try store.club(ofReceipt: code) }
    func largestDonation(club: PartyID, amongLast count: Int) throws(StoreError) -> Money? {
        try store.largestDonation(club: club, amongLast: count)
    }
    func addCatalogue(_ entries: [CatalogueEntry]) throws(StoreError) { try store.addCatalogue(entries) }
    func proposeProject(_ project: Project, by official: String) throws(StoreError) -> [PartyID] {
        try store.proposeProject(project, by: official)
    }
    func acceptSponsorship(folio: Folio, club: PartyID, by treasurer: String) throws(StoreError) {
        try store.acceptSponsorship(folio: folio, club: club, by: treasurer)
    }
    func proposals(naming club: PartyID) throws(StoreError) -> [SponsorshipProposal] { try store.proposals(naming: club) }
    func setUser(_ name: String, disabled: Bool, reason: String, by recorder: String) throws(StoreError) {
        try store.setUser(name, disabled: disabled, reason: reason, by: recorder)
    }
    func disabledUserNames() throws(StoreError) -> Set<String> { try store.disabledUserNames() }
    func changePassword(of name: String, to passwordHash: String, reason: String, by recorder: String) throws(StoreError) {
        try store.changePassword(of: name, to: passwordHash, reason: reason, by: recorder)
    }
    func changeScope(of account: UserAccount, reason: String, by recorder: String) throws(StoreError) {
        try store.changeScope(of: account, reason: reason, by: recorder)
    }
    func issueSetupLink(for name: String, tokenHash: String, expiresAt: Date, reason: String, by recorder: String) throws(StoreError) {
        try store.issueSetupLink(for: name, tokenHash: tokenHash, expiresAt: expiresAt, reason: reason, by: recorder)
    }
    func setupLinkUser(tokenHash: String, now: Date) throws(StoreError) -> String? {
        try store.setupLinkUser(tokenHash: tokenHash, now: now)
    }
    func setPassword(throughSetupLink tokenHash: String, passwordHash: String, now: Date) throws(StoreError) -> String {
        try store.setPassword(throughSetupLink: tokenHash, passwordHash: passwordHash, now: now)
    }
    func amend(_ amendments: [CatalogueAmendment]) throws(StoreError) -> [Int64] { try store.amend(amendments) }
    func reprogram(_ reprogramming: BudgetReprogramming, agreedParts: [FundingRole: Int64]) throws(StoreError) -> [Movement] {
        try store.reprogram(reprogramming, agreedParts: agreedParts)
    }
    func observations(folio: Folio) throws(StoreError) -> [Observation] { try store.observations(folio: folio) }
    func oversight(folio: Folio, asOf: CalendarDate?) throws(StoreError) -> ProjectOversight {
        try store.oversight(folio: folio, asOf: asOf)
    }
    func addEvidence(_ draft: EvidenceDraft) throws(StoreError) -> EvidenceItem { try store.addEvidence(draft) }
    func addSiteVisit(
        folio: Folio, visitedOn: CalendarDate, attendees: String, physicalPercent: Int?, remarks: String, recordedBy: String
    ) throws(StoreError) -> SiteVisit {
        try store.addSiteVisit(
            folio: folio, visitedOn: visitedOn, attendees: attendees, physicalPercent: physicalPercent, remarks: remarks,
            recordedBy: recordedBy)
    }
    func addComplaint(
        folio: Folio, kind: Complaint.Kind, origin: Complaint.Origin, author: String, writtenOn: CalendarDate, text: String
    ) throws(StoreError) -> Complaint {
        try store.addComplaint(folio: folio, kind: kind, origin: origin, author: author, writtenOn: writtenOn, text: text)
    }
    func answerComplaint(_ id: Int64, answeredOn: CalendarDate, text: String, answeredBy: String) throws(StoreError) -> Complaint {
        try store.answerComplaint(id, answeredOn: answeredOn, text: text, answeredBy: answeredBy)
    }
    func recordOnce(
        _ drafts: [MovementDraft], submissionKey: String, userName: String, evidence: [(draft: Int, evidence: EvidenceDraft)]
    ) throws(StoreError) -> SubmissionOutcome {
        try store.recordOnce(drafts, submissionKey: submissionKey, userName: userName, evidence: evidence)
    }
    func keepThumbnail(of item: EvidenceItem) { store.keepThumbnail(of: item) }
    func openComplaints(folios: Set<Folio>) throws(StoreError) -> [Complaint] { try store.openComplaints(folios: folios) }
    func addObservation(folio: Folio, author: String, text: String) throws(StoreError) -> Observation {
        try store.addObservation(folio: folio, author: author, text: text)
    }
    func publish(
        into root: URL, identity: SigningIdentity?, asOf: CalendarDate, corridorPrices: [CorridorPrice], baseURL: String?
    ) throws(PublishError) -> SitePublisher.Result {
        try store.publish(into: root, identity: identity, asOf: asOf, corridorPrices: corridorPrices, baseURL: baseURL)
    }
}
