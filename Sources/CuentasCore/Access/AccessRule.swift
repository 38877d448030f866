/// Who may record what: a treasurer only their club's money, an official only their municipality's projects.
/// Admins and auditors record no money. The web app asks this before every write and refuses with 403.
public enum AccessRule {
    /// Whether `user` may record `body`, given the projects in `catalogue`.
    public static func mayRecord(_ body: MovementBody, by user: UserAccount, catalogue: Catalogue) -> Bool {
        switch (user.role, body) {
        case (.treasurer, .donation(let donation)):
            return donation.clubID == user.clubID
        case (.treasurer, .transfer(let transfer)):
            return transfer.clubID == user.clubID
        // The two sides of a sending: the club's treasurer sends (and records a return), the project's official
        // confirms the arrival; neither records the other side's part.
        case (.treasurer, .sending(let sending)):
            return sending.clubID == user.clubID
        case (.treasurer, .returned(let returned)):
            return returned.clubID == user.clubID
        case (.official, .pledge), (.official, .deposit), (.official, .payment), (.official, .refund), (.official, .progress),
            (.official, .status), (.official, .arrival):
            guard let folio = body.folio else { return false }
            return mayManage(folio, by: user, catalogue: catalogue)
        default:
            // A reversal's scope is its target's (`mayReverse`); the body alone does not say whose it is.
            return false
        }
    }

    /// Whether `user` may correct `target` with a reversal: a person may undo what they could have recorded (a
    /// treasurer their club's donations and transfers, an official their projects' movements); a reversal itself is
    /// never reversed.
    public static func mayReverse(_ target: MovementBody, by user: UserAccount, catalogue: Catalogue) -> Bool {
        if case .reversal = target { return false }
        return mayRecord(target, by: user, catalogue: catalogue)
    }

    /// Whether `user` is the official of the municipality where the project is.
    public static func mayManage(_ folio: Folio, by user: UserAccount, catalogue: Catalogue) -> Bool {
        guard user.role == .official, let project = catalogue.projects[folio] else { return false }
        return project.municipalityID == user.municipalityID
    }

    /// Whether `user` may read the working (unpublished) figures of a project: its official, a sponsoring club's
    /// treasurer, or an auditor.
    public static func mayRead(_ folio: Folio, by user: UserAccount, catalogue: Catalogue) -> Bool {
        guard let project = catalogue.projects[folio] else { return false }
        switch user.role {
        case .auditor: return true
        case .official: return project.municipalityID == user.municipalityID
        case .treasurer: return user.clubID.map(project.sponsorClubIDs.contains) ?? false
        case .committee: return user.watches.contains(folio)
        case .admin: return false
        }
    }

    /// Whether `user` may read a statement's working figures: a project's as above, a club's its treasurer, a
    /// municipality's its official; an auditor every one.
    public static func mayRead(_ subject: StatementSubject, by user: UserAccount, catalogue: Catalogue) -> Bool {
        switch subject {
        case .project(let folio): return mayRead(folio, by: user, catalogue: catalogue)
        case .club(let id): return user.role == .auditor || user.clubID == id
        case .municipality(let id): return user.role == .auditor || user.municipalityID == id
        }
    }

    /// Whether `user` may record a site visit on a project: a member of its committee.
    public static func mayVisit(_ folio: Folio, by user: UserAccount) -> Bool {
        user.role == .committee && user.watches.contains(folio)
    }

    /// Whether `user` may attach evidence to a project: its official, or a member of its committee (photos of a visit).
    public static func mayAttachEvidence(_ folio: Folio, by user: UserAccount, catalogue: Catalogue) -> Bool {
        mayManage(folio, by: user, catalogue: catalogue) || mayVisit(folio, by: user)
    }

    /// Who `user` raises a complaint on a project as, when they may: its committee, a sponsoring club's treasurer, an
    /// auditor. Officials answer complaints; they do not raise them.
    public static func complaintOrigin(_ folio: Folio, by user: UserAccount, catalogue: Catalogue) -> Complaint.Origin? {
        guard let project = catalogue.projects[folio] else { return nil }
        switch user.role {
        case .committee: return user.watches.contains(folio) ? .committee : nil
        case .treasurer: return user.clubID.map(project.sponsorClubIDs.contains) == true ? .treasurer : nil
        case .auditor: return .auditor
        case .official, .admin: return nil
        }
    }

    /// Whether `user` may answer a complaint on a project: its official.
    public static func mayAnswer(_ folio: Folio, by user: UserAccount, catalogue: Catalogue) -> Bool {
        mayManage(folio, by: user, catalogue: catalogue)
    }

    /// Whether `user` may read the receipts of a club's donations, with the members' numbers: the club's treasurer
    /// (who gives them to the members) and an auditor. Anyone may read a receipt's public page, which names no member.
    public static func mayReadReceipts(of clubID: PartyID, by user: UserAccount) -> Bool {
        switch user.role {
        case .auditor: return true
        case .treasurer: return user.clubID == clubID
        case .official, .admin, .committee: return false
        }
    }

    /// Whether `user` may propose a new project: only in their own municipality.
    public static func mayPropose(_ project: Project, by user: UserAccount) -> Bool {
        user.role == .official && project.municipalityID == user.municipalityID
    }

    /// Whether `user` may amend an entry of the catalogue: an official their municipality's projects and the
    /// municipality itself (a new administration), a treasurer their club's details.
    public static func mayAmend(_ subject: CatalogueAmendment.Subject, by user: UserAccount, catalogue: Catalogue) -> Bool {
        switch (user.role, subject) {
        case (.official, .project(let folio)): return mayManage(folio, by: user, catalogue: catalogue)
        case (.official, .government(let id)): return id == user.municipalityID
        case (.treasurer, .club(let id)): return id == user.clubID
        default: return false
        }
    }

    /// Whether `user` may write an observation on a project.
    public static func mayObserve(by user: UserAccount) -> Bool { user.role == .auditor }
}
