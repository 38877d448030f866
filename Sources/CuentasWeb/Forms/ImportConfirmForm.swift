/// "Record all": the key of a previewed file (`PendingImports`).
struct ImportConfirmForm: SubmittedForm {
    let csrf: String
    var pending: String?
}
