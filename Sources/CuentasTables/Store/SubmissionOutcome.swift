import CuentasCore

/// What happened to a form sent to `recordOnce`.
public enum SubmissionOutcome: Sendable, Equatable {
    /// Recorded now, with these numbers.
    case recorded([Movement])
    /// The same form was recorded before: nothing was recorded this time.
    case alreadyRecorded(firstMovement: MovementID, lastMovement: MovementID)
}
