/// An admin adds a user: a treasurer names their club, an official their municipality, a committee member their projects.
struct NewUserForm: SubmittedForm {
    let csrf: String
    var name: String?
    var role: String?
    var club: String?
    var municipality: String?
    /// A committee member's projects: folios separated by spaces or commas.
    var projects: String?
    var password: String?

    static var maximumBytes: Int { 8 * 1024 }
}
