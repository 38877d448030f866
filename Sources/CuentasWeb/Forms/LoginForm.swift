/// The sign-in form. Read before anyone is signed in, so it reads only a small body.
struct LoginForm: SubmittedForm {
    let csrf: String
    var name: String?
    var password: String?

    static var maximumBytes: Int { 4 * 1024 }
}
