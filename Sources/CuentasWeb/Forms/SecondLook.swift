/// The question asked before recording an unusual amount, and the amount it was asked about.
struct SecondLook {
    /// The hidden field that carries the confirmed amount back.
    static let field = "confirm_amount"
    let amount: String
    let warning: String
}
