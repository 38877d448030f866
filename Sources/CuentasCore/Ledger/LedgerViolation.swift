/// A movement that would break one of the ledger's rules. It names the project (or club) and the movement.
public struct LedgerViolation: ExplainedError, Equatable {
    public enum Rule: Equatable, Sendable {
        case unknownProject
        case unknownParty(PartyID)
        case unknownClub(PartyID)
        case unknownMember(Int64)
        case unknownBudgetLine(Int)
        case partyNotAFunder(PartyID)
        case currencyDiffers(expected: CurrencyCode, given: CurrencyCode)
        case projectDoesNotAcceptMoney(ProjectStatus)
        case projectNotInExecution(ProjectStatus)
        case invalidTransition(from: ProjectStatus, to: ProjectStatus)
        case approvalNeedsSession
        case completionNeedsHandOver
        case cancellationNeedsReason
        case closingWithBalance(Money)
        case tomaDeNotaNotCurrent(PartyID, expiredOn: CalendarDate?)
        /// The club was proposed as a sponsor by another municipality's official and its treasurer has not accepted.
        case sponsorshipNotAccepted(PartyID)
        case depositWithoutPledge(PartyID)
        case duplicateReference(String, existing: MovementID)
        /// The CFDI invoice is already paid by a payment in force.
        case invoiceAlreadyPaid(String, existing: MovementID)
        case paymentExceedsBalance(amount: Money, balance: Money)
        case refundExceedsReceived(PartyID, amount: Money, refundable: Money)
        case budgetLineOverspent(line: Int, budgeted: Money, paidAfter: Money)
        case transferExceedsFund(PartyID, needed: Money, fund: Money)
        case clubDoesNotSponsor(PartyID)
        case unknownMovement(MovementID)
        case alreadyReversed(MovementID, by: MovementID)
        case reversalOfReversal(MovementID)
        case statusCannotBeReversed(MovementID)
        case reversalLeavesDepositsWithoutPledge(MovementID, PartyID)
        case reversalOverdrawsBalance(MovementID, balance: Money)
        case reversalOverdrawsFund(MovementID, fund: Money)
        case schemePledgesDoNotAddUp(pledged: Money, cost: Money)
        case reversalLeavesRefundAboveReceived(MovementID, PartyID)
        /// A figure of the project or club would leave the range the ledger keeps (`Money.maximumMinorUnits`).
        case figureOutOfRange(limit: Money)
        /// A movement handed to a replay after a later one (a damaged file): left out, never replayed out of order.
        case outOfLedgerOrder(after: MovementID)
        /// Money from a party beyond what it pledged to the project.
        case moneyBeyondPledge(PartyID, committed: Money, receivedAfter: Money)
        /// A government's deposit sent in a currency other than the one it pledged in.
        case depositCurrencyDiffersFromPledge(expected: CurrencyCode, given: CurrencyCode)
        /// A reversal dated before the movement it undoes.
        case reversalBeforeItsTarget(MovementID, targetDate: CalendarDate)
        /// An approval or rejection dated before the committee session that decided it.
        case decisionBeforeSession(session: CalendarDate)
        /// Physical progress lower than the latest report, with no reason in the note.
        case progressDecreasesWithoutReason(from: Int, to: Int)
        /// An arrival or return naming a movement that is not in the ledger.
        case unknownSending(MovementID)
        /// An arrival or return naming a movement that is not a sending.
        case notASending(MovementID, MovementKind)
        /// A sending already confirmed on arrival or returned (by the movement named).
        case sendingAlreadySettled(MovementID, by: MovementID)
        /// An arrival or return whose club, project or amount sent is not its sending's.
        case settlementDiffersFromSending(MovementID)
        /// An arrival or return dated before its sending.
        case settlementBeforeSending(MovementID, sentOn: CalendarDate)
    }

    public let folio: Folio?
    public let clubID: PartyID?
    /// The movement that breaks the rule, once it has a number (when checking the stored ledger).
    public let movementID: MovementID?
    public let rule: Rule

    public init(folio: Folio?, clubID: PartyID? = nil, movementID: MovementID?, rule: Rule) {
        self.folio = folio
        self.clubID = clubID
        self.movementID = movementID
        self.rule = rule
    }

    /// The same violation without the number of the movement, for a movement that was refused and so never recorded.
    public var unnumbered: LedgerViolation {
        LedgerViolation(folio: folio, clubID: clubID, movementID: nil, rule: rule)
    }

    public func explanation(in language: Language) -> String {
        var subject: [String] = []
        if let folio { subject.append(say(language, es: "proyecto \(folio)", en: "project \(folio)")) }
        if let clubID { subject.append(say(language, es: "club \(clubID)", en: "club \(clubID)")) }
        if let movementID { subject.append(say(language, es: "movimiento #\(movementID)", en: "movement #\(movementID)")) }
        let prefix = subject.isEmpty ? "" : subject.joined(separator: ", ") + ": "
        return prefix + ruleText(in: language)
    }

    private func ruleText(in language: Language) -> String {
        func money(_ value: Money) -> String { MoneyFormatter.format(value, in: language) }
        switch rule {
        case .unknownProject: return say(language, es: "no existe ese proyecto", en: "there is no such project")
        case .unknownParty(let id): return say(language, es: "no existe la parte \(id)", en: "there is no party \(id)")
        case .unknownClub(let id): return say(language, es: "no existe el club \(id)", en: "there is no club \(id)")
        case .unknownMember(let id):
            return say(language, es: "no existe el socio \(id) en ese club", en: "there is no member \(id) in that club")
        case .unknownBudgetLine(let line):
            return say(language, es: "el presupuesto no tiene partida \(line)", en: "the budget has no line \(line)")
        case .partyNotAFunder(let id):
            return say(
                language, es: "\(id) no es club patrocinador ni gobierno de ese municipio",
                en: "\(id) is neither a sponsoring club nor a government of that municipality")
        case .currencyDiffers(let expected, let given):
            return say(
                language, es: "el importe es en \(given); se espera \(expected)", en: "the amount is in \(given); expected \(expected)")
        case .projectDoesNotAcceptMoney(let status):
            return say(
                language, es: "un proyecto \(status.name(in: language)) no recibe ni paga dinero",
                en: "a project that is \(status.name(in: language)) takes in and pays out no money")
        case .projectNotInExecution(let status):
            return say(
                language, es: "el proyecto está \(status.name(in: language)); debe estar en ejecución o terminado",
                en: "the project is \(status.name(in: language)); it must be in execution or completed")
        case .invalidTransition(let from, let to):
            let allowed = from.allowedNext.map { $0.rawValue }.joined(separator: ", ")
            return say(
                language,
                es:
                    "no puede pasar de \(from.name(in: language)) a \(to.name(in: language)); desde \(from.name(in: language)) solo: \(allowed.isEmpty ? "ninguno (estado final)" : allowed)",
                en:
                    "cannot go from \(from.name(in: language)) to \(to.name(in: language)); from \(from.name(in: language)) only: \(allowed.isEmpty ? "none (final status)" : allowed)"
            )
        case .approvalNeedsSession:
            return say(
                language, es: "la aprobación necesita la fecha de la sesión y la referencia del acta",
                en: "approval needs the session date and the minutes reference")
        case .completionNeedsHandOver:
            return say(
                language, es: "la terminación necesita la referencia del acta de entrega-recepción",
                en: "completion needs the hand-over record reference")
        case .cancellationNeedsReason:
            return say(language, es: "la cancelación necesita un motivo", en: "cancellation needs a reason")
        case .closingWithBalance(let balance):
            return say(
                language, es: "no se puede cerrar con saldo de \(money(balance)); páguelo o reembólselo antes",
                en: "cannot close with a balance of \(money(balance)); pay or refund it first")
        case .sponsorshipNotAccepted(let id):
            return say(
                language,
                es: "el club \(id) fue propuesto como patrocinador y su tesorero aún no lo acepta; nada de su dinero se compromete antes",
                en: "club \(id) was proposed as a sponsor and its treasurer has not accepted yet; none of its money is pledged before that")
        case .tomaDeNotaNotCurrent(let id, let expiredOn):
            let when = expiredOn.map { $0.formatted(in: language) }
            return when == nil
                ? say(language, es: "el club \(id) no tiene toma de nota", en: "club \(id) has no toma de nota (consular registration)")
                : say(
                    language,
                    es: "la toma de nota del club \(id) venció el \(when!) y no se había renovado en esa fecha (cuentas club renew)",
                    en:
                        "the toma de nota (consular registration) of club \(id) expired on \(when!) and was not renewed by that date (cuentas club renew)"
                )
        case .depositWithoutPledge(let id):
            return say(
                language, es: "\(id) no tiene compromiso vigente con el proyecto; registre su compromiso antes del depósito",
                en: "\(id) has no live pledge to the project; record its pledge before its deposit")
        case .invoiceAlreadyPaid(let uuid, let existing):
            return say(
                language,
                es: "la factura (CFDI) \(uuid) ya está pagada en el movimiento #\(existing); si ese pago estaba mal, reviértalo primero",
                en: "the invoice (CFDI) \(uuid) is already paid by movement #\(existing); if that payment was wrong, reverse it first")
        case .duplicateReference(let reference, let existing):
            return say(
                language, es: "la referencia \"\(reference)\" ya está registrada en el movimiento #\(existing)",
                en: "the reference \"\(reference)\" is already recorded in movement #\(existing)")
        case .paymentExceedsBalance(let amount, let balance):
            return say(
                language, es: "el pago de \(money(amount)) supera el saldo disponible de \(money(balance))",
                en: "the payment of \(money(amount)) exceeds the balance on hand of \(money(balance))")
        case .refundExceedsReceived(let id, let amount, let refundable):
            return say(
                language, es: "el reembolso de \(money(amount)) a \(id) supera lo que aportó y no se le ha devuelto (\(money(refundable)))",
                en: "the refund of \(money(amount)) to \(id) exceeds what it gave and was not returned (\(money(refundable)))")
        case .budgetLineOverspent(let line, let budgeted, let paidAfter):
            return say(
                language,
                es:
                    "la partida \(line) quedaría con \(money(paidAfter)) pagados de \(money(budgeted)) presupuestados; para excederla indique el motivo (--overrun-reason en la línea de órdenes, overrun_reason en un archivo, «Motivo si excede la partida» en el formulario)",
                en:
                    "budget line \(line) would have \(money(paidAfter)) paid of \(money(budgeted)) budgeted; to exceed it give the reason (--overrun-reason on the command line, overrun_reason in a file, \"Reason if the line is exceeded\" in the form)"
            )
        case .transferExceedsFund(let id, let needed, let fund):
            return say(
                language, es: "el envío necesita \(money(needed)) (monto más comisión) y el fondo de \(id) tiene \(money(fund))",
                en: "the transfer needs \(money(needed)) (amount plus fee) and the fund of \(id) holds \(money(fund))")
        case .clubDoesNotSponsor(let id):
            return say(language, es: "el club \(id) no patrocina el proyecto", en: "club \(id) does not sponsor the project")
        case .unknownMovement(let id):
            return say(language, es: "no existe el movimiento #\(id)", en: "there is no movement #\(id)")
        case .alreadyReversed(let id, let by):
            return say(
                language, es: "el movimiento #\(id) ya fue revertido por el #\(by)", en: "movement #\(id) was already reversed by #\(by)")
        case .reversalOfReversal(let id):
            return say(
                language, es: "el movimiento #\(id) es una reversión; registre de nuevo el movimiento original",
                en: "movement #\(id) is a reversal; record the original movement again instead")
        case .statusCannotBeReversed(let id):
            return say(
                language, es: "el movimiento #\(id) es un cambio de estado; se corrige con otra transición, no se revierte",
                en: "movement #\(id) is a status change; correct it with another transition, not a reversal")
        case .reversalLeavesDepositsWithoutPledge(let id, let party):
            return say(
                language,
                es: "revertir el compromiso #\(id) dejaría depósitos de \(party) sin compromiso; registre primero el compromiso correcto",
                en: "reversing pledge #\(id) would leave deposits of \(party) without a pledge; record the correct pledge first")
        case .reversalOverdrawsBalance(let id, let balance):
            return say(
                language, es: "revertir el movimiento #\(id) dejaría el saldo del proyecto en \(money(balance))",
                en: "reversing movement #\(id) would leave the project balance at \(money(balance))")
        case .reversalOverdrawsFund(let id, let fund):
            return say(
                language, es: "revertir el movimiento #\(id) dejaría el fondo del club en \(money(fund))",
                en: "reversing movement #\(id) would leave the club fund at \(money(fund))")
        case .schemePledgesDoNotAddUp(let pledged, let cost):
            return say(
                language, es: "los compromisos del esquema suman \(money(pledged)) y el costo aprobado es \(money(cost))",
                en: "the scheme's pledges add up to \(money(pledged)) and the approved cost is \(money(cost))")
        case .reversalLeavesRefundAboveReceived(let id, let party):
            return say(
                language,
                es: "revertir el movimiento #\(id) dejaría a \(party) con más reembolsado que aportado; revierta antes el reembolso",
                en: "reversing movement #\(id) would leave \(party) refunded more than it gave; reverse the refund first")
        case .figureOutOfRange(let limit):
            return say(
                language,
                es:
                    "este movimiento llevaría una cifra más allá del mayor importe que el libro guarda (\(money(limit))); revise el importe o el tipo de cambio",
                en:
                    "this movement would take a figure beyond the largest amount the ledger keeps (\(money(limit))); check the amount or the exchange rate"
            )
        case .reversalBeforeItsTarget(let id, let date):
            return say(
                language, es: "una reversión no puede tener fecha anterior al movimiento #\(id) que deshace (\(date.isoText))",
                en: "a reversal cannot be dated before movement #\(id), which it undoes (\(date.isoText))")
        case .decisionBeforeSession(let session):
            return say(
                language, es: "la decisión no puede tener fecha anterior a la sesión del comité que la tomó (\(session.isoText))",
                en: "the decision cannot be dated before the committee session that took it (\(session.isoText))")
        case .unknownSending(let id):
            return say(
                language, es: "no existe el envío #\(id); una llegada o devolución se registra contra un envío en camino",
                en: "there is no sending #\(id); an arrival or a return is recorded against a sending in transit")
        case .notASending(let id, let kind):
            return say(
                language, es: "el movimiento #\(id) es un \(kind.name(in: .spanish)), no un envío en camino",
                en: "movement #\(id) is a \(kind.name(in: .english)), not a sending in transit")
        case .sendingAlreadySettled(let id, let by):
            return say(
                language, es: "el envío #\(id) ya fue confirmado o devuelto por el movimiento #\(by)",
                en: "sending #\(id) was already confirmed or returned by movement #\(by)")
        case .settlementDiffersFromSending(let id):
            return say(
                language, es: "el club, el proyecto o el monto enviado no son los del envío #\(id)",
                en: "the club, the project or the amount sent is not that of sending #\(id)")
        case .settlementBeforeSending(let id, let sentOn):
            return say(
                language, es: "la fecha es anterior al envío #\(id), hecho el \(sentOn.isoText)",
                en: "the date is before sending #\(id), made on \(sentOn.isoText)")
        case .progressDecreasesWithoutReason(let from, let to):
            return say(
                language, es: "el avance físico bajaría de \(from) % a \(to) %; escriba el motivo en la nota",
                en: "physical progress would go down from \(from)% to \(to)%; write the reason in the note")
        case .moneyBeyondPledge(let party, let committed, let received):
            return say(
                language,
                es:
                    "\(party) comprometió \(money(committed)) y con esto habría entregado \(money(received)), más del 1 % por encima; registre antes el compromiso mayor (cuentas pledge en la línea de órdenes)",
                en:
                    "\(party) pledged \(money(committed)) and this would make \(money(received)) received, over 1 % more; record the larger pledge first (cuentas pledge on the command line)"
            )
        case .depositCurrencyDiffersFromPledge(let expected, let given):
            return say(
                language, es: "un gobierno deposita en la moneda de su compromiso (\(expected.code)), no en \(given.code)",
                en: "a government deposits in the currency of its pledge (\(expected.code)), not \(given.code)")
        case .outOfLedgerOrder(let previous):
            return say(
                language, es: "llegó después del movimiento #\(previous): el archivo está dañado",
                en: "came after movement #\(previous): the file is damaged")
        }
    }
}
