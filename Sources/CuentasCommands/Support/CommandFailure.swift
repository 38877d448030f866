/// A refusal to show the person: already written in their language. Exit code 1.
struct CommandFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
