import CuentasCore

/// A movement whose recording time, or whose write's record, is not as the program wrote it (`Recordings.problems`).
public struct RecordingProblem: Hashable, Sendable, ExplainedError {
    public enum Kind: Hashable, Sendable {
        /// The movement's `recordedAt` is not its write's.
        case timeChanged(recorded: String, stored: String)
        /// No write's record covers the movement: it was added outside the program.
        case notRecorded
        /// A write's record does not match its chain or its last movement.
        case recordingChanged
        /// A write's last movement is gone.
        case movementGone
    }

    public let movement: Int64
    public let kind: Kind

    public init(movement: Int64, kind: Kind) {
        self.movement = movement
        self.kind = kind
    }

    public func explanation(in language: Language) -> String {
        switch kind {
        case .timeChanged(let recorded, let stored):
            return say(
                language,
                es:
                    "movimiento #\(movement): se registró el \(recorded) y el archivo dice \(TextLimits.shown(stored)): se cambió fuera del programa",
                en:
                    "movement #\(movement): it was recorded at \(recorded) and the file says \(TextLimits.shown(stored)): it was changed outside the program"
            )
        case .notRecorded:
            return say(
                language,
                es: "movimiento #\(movement): ningún registro del programa lo incluye: se agregó fuera del programa",
                en: "movement #\(movement): no write of the program added it: it was added outside the program")
        case .recordingChanged:
            return say(
                language,
                es: "el registro de los movimientos desde el #\(movement) no corresponde a su cadena: se cambió fuera del programa",
                en: "the record of the write of movements from #\(movement) does not match its chain: it was changed outside the program")
        case .movementGone:
            return say(
                language,
                es: "movimiento #\(movement): se registró y ya no está en el archivo; restaure la última copia de seguridad",
                en: "movement #\(movement): it was recorded and is no longer in the file; restore the last backup")
        }
    }
}
