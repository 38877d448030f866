/// A complaint or an observation on a project, from its committee, a sponsoring club's treasurer or an auditor.
struct ComplaintForm: SubmittedForm {
    let csrf: String
    var kind: String?
    var text: String?
}
