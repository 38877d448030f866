/// A signed-in user changes their own password: the current one, then the new one twice.
struct PasswordChangeForm: SubmittedForm {
    let csrf: String
    var current: String?
    var password: String?
    var repeated: String?

    static var maximumBytes: Int { 4 * 1024 }
}
