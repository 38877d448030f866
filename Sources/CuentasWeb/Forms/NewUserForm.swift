/// An admin adds a user: a treasurer names their club, an official their municipality.
struct NewUserForm: SubmittedForm {
    let csrf: String
    var name: String?
    var role: String?
    var club: String?
    var municipality: String?
    var password: String?

    static var maximumBytes: Int { 8 * 1024 }
}
