/// Where a project is in its life.
public enum ProjectStatus: String, Sendable, CaseIterable, Codable {
    case proposed
    /// Approved by the validation committee (COVAM) in a session with minutes.
    case approved
    case rejected
    case inExecution = "in-execution"
    /// Built and handed over (acta de entrega-recepción).
    case completed
    /// Accounts closed: the final statement can be published.
    case closed
    case cancelled

    public func name(in language: Language) -> String {
        switch self {
        case .proposed: return say(language, es: "propuesto", en: "proposed")
        case .approved: return say(language, es: "aprobado", en: "approved")
        case .rejected: return say(language, es: "rechazado", en: "rejected")
        case .inExecution: return say(language, es: "en ejecución", en: "in execution")
        case .completed: return say(language, es: "terminado", en: "completed")
        case .closed: return say(language, es: "cerrado", en: "closed")
        case .cancelled: return say(language, es: "cancelado", en: "cancelled")
        }
    }

    /// The statuses this one may move to. Cancelling is possible from any status that is not final.
    public var allowedNext: [ProjectStatus] {
        switch self {
        case .proposed: return [.approved, .rejected, .cancelled]
        case .approved: return [.inExecution, .cancelled]
        case .inExecution: return [.completed, .cancelled]
        case .completed: return [.closed, .cancelled]
        case .rejected, .closed, .cancelled: return []
        }
    }

    /// Whether money may still come in and go out of the project account.
    public var acceptsMoney: Bool { self == .approved || self == .inExecution || self == .completed }
}
