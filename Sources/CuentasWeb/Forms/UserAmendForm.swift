/// An admin changes a user: disables or enables them, gives them a new setup link, or changes their scope.
struct UserAmendForm: SubmittedForm {
    enum Action: String, CaseIterable {
        case disable, enable, setupLink, scope
    }

    let csrf: String
    var user: String?
    var action: String?
    var role: String?
    var club: String?
    var municipality: String?
    var reason: String?

    static var maximumBytes: Int { 8 * 1024 }
}
