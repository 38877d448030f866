/// The official's answer to a complaint.
struct AnswerForm: SubmittedForm {
    let csrf: String
    var text: String?
}
