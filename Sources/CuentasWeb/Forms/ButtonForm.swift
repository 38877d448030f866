/// A form that is only a button (sign out, publish): nothing but the anti-forgery token.
struct ButtonForm: SubmittedForm {
    let csrf: String
}
