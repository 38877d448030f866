/// The treasurer's look-ups: a receipt by its code, or one member's donations of a year.
struct ReceiptLookupForm: SubmittedForm {
    let csrf: String
    var code: String?
    var member: String?
    var year: String?
}
