/// Someone with a setup link chooses their password, twice.
struct SetupPasswordForm: SubmittedForm {
    let csrf: String
    var password: String?
    var repeated: String?

    static var maximumBytes: Int { 4 * 1024 }
}
