import CuentasCore
import CuentasRender

/// A new password typed twice, as the password change and the setup link ask for it: its two fields, and what is wrong
/// with what was typed (the password rule, `PasswordHasher.problem`, and the two typed the same), by field name.
enum NewPasswordFields {
    static func problems(password: String, repeated: String?, _ t: Translation) -> [String: String] {
        var errors: [String: String] = [:]
        if let problem = PasswordHasher.problem(with: password, in: t.language) { errors["password"] = problem }
        if password != (repeated ?? "") { errors["repeated"] = t["app.passwordsDiffer"] }
        return errors
    }

    static func fields(_ t: Translation, errors: [String: String]) -> [FormField] {
        [
            FormField(
                name: "password", label: t["app.newPassword"], kind: .password, hint: t["app.hint_ownPassword"], error: errors["password"],
                required: true, autocomplete: "new-password"),
            FormField(
                name: "repeated", label: t["app.repeatPassword"], kind: .password, error: errors["repeated"], required: true,
                autocomplete: "new-password"),
        ]
    }
}
