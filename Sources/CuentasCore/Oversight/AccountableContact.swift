/// Who answers for a project, or a municipality's comptroller: the office, the officer and how to reach them, for
/// questions and complaints. A change of officer is a new, dated entry; the latest in force is shown.
public struct AccountableContact: Hashable, Sendable {
    public enum Role: String, CaseIterable, Hashable, Sendable {
        /// The office and officer responsible for a project.
        case responsible
        /// The municipality's comptroller (contraloría municipal), who receives complaints.
        case comptroller
    }

    public let role: Role
    public let office: String
    public let officer: String
    public let phone: String?
    public let email: String?
    public let address: String?
    public let effectiveOn: CalendarDate

    public init(role: Role, office: String, officer: String, phone: String?, email: String?, address: String?, effectiveOn: CalendarDate) {
        self.role = role
        self.office = office
        self.officer = officer
        self.phone = phone
        self.email = email
        self.address = address
        self.effectiveOn = effectiveOn
    }
}
