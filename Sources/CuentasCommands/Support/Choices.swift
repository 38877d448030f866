import ArgumentParser
import CuentasCore
import CuentasImport

// Options with a fixed set of values are these types, not strings checked by hand: the parser refuses any other value
// and lists the choices in the help and the refusal (`ChoiceRefusal` says it in the person's language).
extension NumberStyle: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension GovernmentLevel: ExpressibleByArgument {}
extension ProjectStatus: ExpressibleByArgument {}
extension ProjectKind: ExpressibleByArgument {}
extension UserRole: ExpressibleByArgument {}
extension ImportKind: ExpressibleByArgument {}
extension Complaint.Kind: ExpressibleByArgument {}
extension Complaint.Origin: ExpressibleByArgument {}
