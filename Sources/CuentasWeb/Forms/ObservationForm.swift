/// An auditor's observation on a project.
struct ObservationForm: SubmittedForm {
    let csrf: String
    var text: String?
}
