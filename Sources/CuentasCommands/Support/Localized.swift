import CuentasCore

/// Picks the Spanish or English wording of a line the command line prints.
func tr(_ language: Language, _ spanish: String, _ english: String) -> String {
    language == .spanish ? spanish : english
}
